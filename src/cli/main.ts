/**
 * The `vendor-auth` command line: `run(argv, io)` parses, runs one command on the vendor clients and
 * returns the exit code (0 ok, 1 API error, 2 usage, 3 network or timeout, 130 interrupted).
 */
import { agentMailCommand } from "./agentmail.js";
import { callMissedCommand } from "./callmissed.js";
import { commaCommand } from "./comma.js";
import { UsageError, helpText, resolve, type Command } from "./command.js";
import { communalCommand } from "./communal.js";
import { complete, completionCommand } from "./completion.js";
import { Context, globalFlags, type Io } from "./context.js";
import { EXIT, report } from "./exit.js";
import { permissionsCommand } from "./permissions.js";

export type { Io } from "./context.js";
export { EXIT } from "./exit.js";

/** The whole command tree. */
export const root: Command = {
  name: "vendor-auth",
  summary: "Mint, list, rotate and revoke scoped API keys for AgentMail, Communal, CallMissed and Comma.",
  description: [
    "Results go to stdout (a table, or one JSON document with --json); everything else to stderr.",
    "A new key's secret is printed once, on stdout, and nowhere else.",
    "Exit codes: 0 ok, 1 API error, 2 usage error, 3 network error or timeout, 130 interrupted.",
  ].join("\n"),
  commands: [agentMailCommand, communalCommand, callMissedCommand, commaCommand, permissionsCommand, completionCommand],
  examples: [
    "vendor-auth agentmail keys create --name ci --permissions inboxRead,messageRead --json",
    "vendor-auth agentmail keys rotate key_1",
    "vendor-auth permissions agentmail --preset read-only",
    "vendor-auth comma scopes",
  ],
};

/** Runs one command line; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  // The shells' completion callback: raw words in, one candidate per line out.
  if (argv[0] === "__complete") {
    io.stdout.write(
      complete(root, argv.slice(1))
        .map((c) => `${c}\n`)
        .join(""),
    );
    return EXIT.ok;
  }
  let path: string[] = [root.name];
  let ctx: Context | undefined;
  try {
    const resolved = resolve(root, argv, globalFlags);
    path = resolved.path;
    if (resolved.help) {
      io.stdout.write(helpText(resolved.command, path, globalFlags));
      return EXIT.ok;
    }
    ctx = new Context(io, resolved.input.flags);
    if (!resolved.command.run) {
      io.stderr.write(`${helpText(resolved.command, path, globalFlags)}\n`);
      throw new UsageError("missing command.", path);
    }
    const code = await resolved.command.run!(ctx, resolved.input);
    return code ?? EXIT.ok;
  } catch (error) {
    ctx ??= new Context(io, { json: argv.includes("--json") });
    if (error instanceof UsageError && error.path.length === 0) return report(ctx, new UsageError(error.message, path), root.name);
    return report(ctx, error, root.name);
  }
}
