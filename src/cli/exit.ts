/** Exit codes and how each failure is told on stderr. */
import { AbortError, ApiError, ConnectionError, TimeoutError } from "../core/errors.js";
import { UsageError } from "./command.js";
import type { Context } from "./context.js";

/** The documented exit codes. */
export const EXIT = { ok: 0, api: 1, usage: 2, network: 3, interrupted: 130 } as const;

/** The exit code a failure maps to. */
export function exitCode(error: unknown): number {
  if (error instanceof UsageError || error instanceof TypeError) return EXIT.usage;
  if (error instanceof AbortError) return EXIT.interrupted;
  if (error instanceof ConnectionError || error instanceof TimeoutError) return EXIT.network;
  return EXIT.api;
}

/** What a script reading --json stderr gets about a failure. */
export function describe(error: unknown): Record<string, unknown> {
  if (error instanceof ApiError) {
    return { class: error.name, status: error.status, code: error.code, message: error.message, fix: error.fix, docs: error.docs };
  }
  return { class: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
}

/** Writes the failure to stderr (a JSON line with --json) and returns its exit code. */
export function report(ctx: Context, error: unknown, program: string): number {
  const code = exitCode(error);
  if (ctx.json) {
    ctx.note(JSON.stringify({ error: { ...describe(error), exitCode: code } }));
    return code;
  }
  const red = (text: string) => ctx.paint("31", text);
  if (error instanceof UsageError) {
    ctx.note(`${red("error:")} ${error.message}`);
    ctx.note(`Run "${[program, ...error.path.slice(1), "--help"].join(" ")}" for usage.`);
  } else if (error instanceof ApiError) {
    ctx.note(`${red("error:")} ${error.name}: ${error.message}`);
    if (error.fix) ctx.note(`fix: ${error.fix}`);
    if (error.docs) ctx.note(`docs: ${error.docs}`);
    if (error.requestId) ctx.note(`request id: ${error.requestId}`);
  } else if (error instanceof AbortError) {
    ctx.note("Interrupted: the request in flight was cancelled.");
  } else if (error instanceof Error) {
    ctx.note(`${red("error:")} ${error.name === "Error" ? "" : `${error.name}: `}${error.message}`);
  } else {
    ctx.note(`${red("error:")} ${String(error)}`);
  }
  return code;
}
