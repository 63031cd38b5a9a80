/**
 * What every command gets: the global flags checked once, client options built from them, the
 * credential, and output that keeps stdout for results (one JSON document with --json) and stderr for
 * everything else, scrubbed of every secret the run has seen.
 */
import { readFile, stat } from "node:fs/promises";
import type { ClientOptions } from "../core/client.js";
import { UsageError, type Flag, type Input } from "./command.js";

/** The process around a run: streams, environment and an abort signal (Ctrl-C). */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<string | Uint8Array>;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  /** A custom fetch (the demo's mocks); the global one by default. */
  fetch?: typeof fetch;
}

/** Flags every command accepts. */
export const globalFlags: Record<string, Flag> = {
  json: { type: "boolean", description: "Print one JSON document on stdout (diagnostics stay on stderr)" },
  "base-url": { type: "string", value: "URL", description: "Another server: a region, a proxy or a mock" },
  timeout: { type: "string", value: "SECONDS", description: "Time limit of each attempt (default 60)" },
  "max-retries": { type: "string", value: "N", description: "Retries of a retryable failure, 0-10 (default 2)" },
  "api-key-file": { type: "string", value: "PATH", description: "Read the key from a file (first line)" },
  "api-key": { type: "string", value: "-", description: 'Read the key from stdin with "-" (a literal value shows in ps: avoid)' },
  verbose: { type: "boolean", description: "Log each request's method, URL, status and time on stderr (never keys or bodies)" },
  help: { type: "boolean", short: "h", description: "Show help for this command" },
};

/** Where a vendor's key comes from when no flag names it. */
export interface KeySource {
  vendor: string;
  envVar: string;
  /** Where the vendor's user creates keys, for the "no key" message. */
  where: string;
}

/** One column of a table: its header and how to read a row. */
export type Column<T> = [header: string, cell: (row: T) => unknown];

/** The run's state and helpers, handed to every command. */
export class Context {
  readonly json: boolean;
  readonly clientOptions: ClientOptions;
  readonly signal: AbortSignal;
  /** Every secret seen in this run; removed from anything written to stderr. */
  private readonly secrets = new Set<string>();
  private readonly color: boolean;
  private key: Promise<string> | undefined;

  constructor(
    private readonly io: Io,
    private readonly flags: Input["flags"],
  ) {
    this.json = flags.json === true;
    this.signal = io.signal;
    this.color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    this.clientOptions = clientOptions(flags, io, (line) => this.note(line));
  }

  /** Writes a command's result once: `data` as JSON with --json, else the human rendering. */
  result(data: unknown, human: () => string): void {
    this.io.stdout.write(this.json ? `${JSON.stringify(data, null, 2)}\n` : human());
  }

  /** A line on stderr (progress, hints, warnings), with every known secret removed. */
  note(line: string): void {
    this.io.stderr.write(`${this.scrub(line)}\n`);
  }

  /** A warning on stderr. */
  warn(line: string): void {
    this.note(this.paint("33", "warning: ") + line);
  }

  /** Remembers a secret so it never reaches stderr; the one place it is printed is the result. */
  secret(value: string): string {
    if (value) this.secrets.add(value);
    return value;
  }

  /** `text` with every known secret replaced. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("[redacted]");
    return out;
  }

  /** Bold on a TTY without NO_COLOR. */
  bold(text: string): string {
    return this.paint("1", text);
  }

  /** `text` in an SGR colour (`"31"` red, `"33"` yellow) on a TTY without NO_COLOR. */
  paint(code: string, text: string): string {
    return this.color ? `\x1b[${code}m${text}\x1b[0m` : text;
  }

  /** True when progress lines make sense: a person watching stderr. */
  get interactive(): boolean {
    return Boolean(this.io.stderr.isTTY) && !this.json;
  }

  /** Rows as aligned columns, headers in bold on a TTY. */
  table<T>(rows: readonly T[], columns: readonly Column<T>[], empty = "(none)"): string {
    if (rows.length === 0) return `${empty}\n`;
    const cells = rows.map((row) => columns.map(([, cell]) => display(cell(row))));
    const widths = columns.map(([header], i) => Math.max(header.length, ...cells.map((r) => r[i]!.length)));
    const line = (values: string[]) =>
      values
        .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd();
    return `${[this.bold(line(columns.map(([h]) => h))), ...cells.map(line)].join("\n")}\n`;
  }

  /** Label/value lines for one record. */
  fields(pairs: ReadonlyArray<[label: string, value: unknown]>): string {
    const width = Math.max(...pairs.map(([label]) => label.length));
    return `${pairs.map(([label, value]) => `${this.bold(label.padEnd(width))}  ${display(value)}`).join("\n")}\n`;
  }

  /** The key from --api-key-file, --api-key - (stdin), --api-key VALUE or the vendor's variable. */
  apiKey(source: KeySource): Promise<string> {
    this.key ??= readKey(this.io, this.flags, source, (line) => this.warn(line)).then((key) => this.secret(key));
    return this.key;
  }
}

function display(value: unknown): string {
  if (value === undefined || value === null || value === "") return "-";
  if (Array.isArray(value)) return value.length ? value.join(",") : "-";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function clientOptions(flags: Input["flags"], io: Io, log: (line: string) => void): ClientOptions {
  const options: ClientOptions = {};
  if (typeof flags.baseUrl === "string") options.baseUrl = checkBaseUrl(flags.baseUrl);
  if (typeof flags.timeout === "string") options.timeoutMs = Math.round(number("--timeout", flags.timeout, 0.001, 3600, false) * 1000);
  if (typeof flags.maxRetries === "string") options.maxRetries = number("--max-retries", flags.maxRetries, 0, 10, true);
  const base = io.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  if (flags.verbose !== true) {
    if (io.fetch) options.fetch = base;
    return options;
  }
  // Method, URL and status only: URLs carry ids, never credentials; headers and bodies may.
  options.fetch = async (input: string, init: RequestInit) => {
    const started = performance.now();
    const method = init.method ?? "GET";
    try {
      const response = await base(input, init);
      log(`${method} ${input} -> ${response.status} (${Math.round(performance.now() - started)} ms)`);
      return response;
    } catch (error) {
      log(`${method} ${input} -> ${(error as Error).name} (${Math.round(performance.now() - started)} ms)`);
      throw error;
    }
  };
  return options;
}

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url must be an absolute http(s) URL such as https://api.agentmail.eu, got "${value}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`--base-url must use http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new UsageError("--base-url must not contain a user name or password: pass the key with --api-key-file.");
  return value;
}

/** A number flag, checked as the clients check their options: finite, in range, an integer where it must be. */
function number(flag: string, raw: string, min: number, max: number, integer: boolean): number {
  const value = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new UsageError(`${flag} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

async function readKey(io: Io, flags: Input["flags"], source: KeySource, warn: (line: string) => void): Promise<string> {
  const { apiKey, apiKeyFile } = flags;
  if (typeof apiKey === "string" && typeof apiKeyFile === "string") throw new UsageError("pass either --api-key or --api-key-file, not both.");
  let key: string | undefined;
  let from: string;
  if (apiKey === "-") {
    from = "stdin";
    key = firstLine(await readAll(io.stdin));
  } else if (typeof apiKey === "string") {
    from = "--api-key";
    key = apiKey.trim();
    warn(`--api-key with a value is visible to other users (ps, shell history). Use ${source.envVar}, --api-key-file PATH or --api-key - (stdin).`);
  } else if (typeof apiKeyFile === "string") {
    from = `--api-key-file ${apiKeyFile}`;
    key = firstLine(await readKeyFile(apiKeyFile, warn));
  } else {
    from = source.envVar;
    key = io.env[source.envVar]?.trim();
    if (!key) {
      throw new UsageError(
        `no ${source.vendor} API key. Set ${source.envVar}, or pass --api-key-file PATH, or pipe it to --api-key -. Keys are created ${source.where}.`,
      );
    }
  }
  if (!key) throw new UsageError(`the ${source.vendor} API key from ${from} is empty.`);
  return key;
}

async function readKeyFile(path: string, warn: (line: string) => void): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`--api-key-file ${path} is not a file.`);
    if (process.platform !== "win32" && (info.mode & 0o077) !== 0) warn(`${path} is readable by other users; run chmod 600 ${path}.`);
    return await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UsageError(`cannot read --api-key-file ${path}: ${why}.`);
  }
}

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim()) ?? "").trim();
}
