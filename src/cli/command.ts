/**
 * The command tree and its parser. Built on Node's own `util.parseArgs` (no dependency, strict about
 * unknown flags and missing values); this file adds what it lacks: subcommands, help and "did you mean".
 */
import { parseArgs } from "node:util";
import type { Context } from "./context.js";

/** A flag of a command. Every flag takes a value except `boolean` ones. */
export interface Flag {
  type: "string" | "boolean";
  /** One line for `--help`. */
  description: string;
  /** The value's placeholder in `--help`, e.g. `ID`. */
  value?: string;
  short?: string;
  /** The values shell completion offers. */
  choices?: () => readonly string[];
}

/** Parsed flags (camelCase names) and positionals of one invocation. */
export interface Input {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** A command: a group of subcommands, or a leaf that runs. */
export interface Command {
  name: string;
  /** One line, shown in the parent's list. */
  summary: string;
  /** More text for this command's `--help`. */
  description?: string;
  /** Positional arguments, e.g. `["ID"]`; all required. */
  args?: readonly string[];
  flags?: Record<string, Flag>;
  examples?: readonly string[];
  commands?: readonly Command[];
  /** Returns the exit code (0 when nothing is returned). */
  run?: (ctx: Context, input: Input) => Promise<number | void>;
}

/** A mistake in the command line itself: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose `--help` to point at. */
    readonly path: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Where argv led: the command, its path from the root and its parsed input (or a request for help). */
export interface Resolved {
  command: Command;
  path: string[];
  input: Input;
  help: boolean;
}

/** Walks argv down the tree, then parses the rest with `util.parseArgs` (strict). */
export function resolve(root: Command, argv: readonly string[], globals: Record<string, Flag>): Resolved {
  let command = root;
  const path = [root.name];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("-")) {
      rest.push(arg);
      const flag = flagNamed(arg, { ...globals, ...command.flags });
      if (flag?.type === "string" && !arg.includes("=") && i + 1 < argv.length) rest.push(argv[++i]!);
      continue;
    }
    if (command.commands) {
      const next = command.commands.find((c) => c.name === arg);
      if (!next) {
        throw new UsageError(
          `unknown command "${arg}"${suggest(
            arg,
            command.commands.map((c) => c.name),
          )}.`,
          path,
        );
      }
      command = next;
      path.push(arg);
      continue;
    }
    rest.push(arg);
  }
  if (rest.includes("--help") || rest.includes("-h")) return { command, path, input: { flags: {}, positionals: [] }, help: true };
  return { command, path, input: parseInput(command, rest, globals, path), help: false };
}

function flagNamed(arg: string, flags: Record<string, Flag>): Flag | undefined {
  const name = arg.replace(/^--?/, "").split("=")[0]!;
  return Object.entries(flags).find(([key, flag]) => key === name || flag.short === name)?.[1];
}

function parseInput(command: Command, args: string[], globals: Record<string, Flag>, path: string[]): Input {
  const flags = { ...globals, ...command.flags };
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, ...(flag.short ? { short: flag.short } : {}) }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageFromParseArgs(error as Error & { code?: string }, Object.keys(flags), path);
  }
  const positionals = parsed.positionals;
  const wanted = command.args ?? [];
  if (positionals.length < wanted.length) throw new UsageError(`missing ${wanted.slice(positionals.length).join(" ")}.`, path);
  if (positionals.length > wanted.length) throw new UsageError(`unexpected argument "${positionals[wanted.length]}".`, path);
  const values: Input["flags"] = {};
  for (const [name, value] of Object.entries(parsed.values)) values[camel(name)] = value as string | boolean;
  return { flags: values, positionals };
}

function usageFromParseArgs(error: Error & { code?: string }, names: string[], path: string[]): UsageError {
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'(-[^']+)'/.exec(error.message)?.[1] ?? "";
    const bare = flag.replace(/^--?/, "");
    return new UsageError(`unknown flag ${flag}${suggest(bare, names, "--")}.`, path);
  }
  const flag = /'(--?[\w-]+)/.exec(error.message)?.[1];
  if (error.message.includes("does not take an argument")) return new UsageError(`${flag} takes no value.`, path);
  if (flag) return new UsageError(`${flag} needs a value (write ${flag}=VALUE if the value starts with "-").`, path);
  return new UsageError(error.message, path);
}

/** `--api-key-file` -> `apiKeyFile`. */
export function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** ` (did you mean "x"?)` for the closest candidate within a small edit distance, else "". */
export function suggest(given: string, candidates: readonly string[], prefix = ""): string {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, "");
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(norm(given), norm(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = Math.max(2, Math.floor(given.length / 3));
  return best !== undefined && bestDistance <= limit ? ` (did you mean ${prefix}${best}?)` : "";
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The `--help` text of a command. */
export function helpText(command: Command, path: readonly string[], globals: Record<string, Flag>): string {
  const lines: string[] = [];
  const usage = [path.join(" "), command.commands ? "<command>" : "", ...(command.args ?? []), "[flags]"].filter(Boolean);
  lines.push(`Usage: ${usage.join(" ")}`, "", command.summary);
  if (command.description) lines.push("", command.description);
  if (command.commands) {
    lines.push("", "Commands:");
    const width = Math.max(...command.commands.map((c) => c.name.length));
    for (const c of command.commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  }
  if (command.flags && Object.keys(command.flags).length) lines.push("", "Flags:", ...flagLines(command.flags));
  lines.push("", "Global flags:", ...flagLines(globals));
  if (command.examples?.length) lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  if (command.commands) lines.push("", `Run "${path.join(" ")} <command> --help" for a command's flags.`);
  return `${lines.join("\n")}\n`;
}

function flagLines(flags: Record<string, Flag>): string[] {
  const left = Object.entries(flags).map(([name, flag]) => {
    const short = flag.short ? `-${flag.short}, ` : "";
    return `${short}--${name}${flag.type === "string" ? ` ${flag.value ?? "VALUE"}` : ""}`;
  });
  const width = Math.max(...left.map((l) => l.length));
  return Object.values(flags).map((flag, i) => `  ${left[i]!.padEnd(width)}  ${flag.description}`);
}
