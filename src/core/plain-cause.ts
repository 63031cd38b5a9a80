/**
 * A network error's cause, reduced to what helps a reader: class, code and message, scrubbed, three
 * levels deep at most. Runtime errors carry more: undici's parser error keeps the bytes it choked on in
 * `data`, which for a peer that echoes the request is our own `Authorization` header.
 */
import { scrub } from "./redact.js";

const MAX_DEPTH = 3;

/** A plain `Error` with only the name, code and message of `cause` (and of its own causes). */
export function plainCause(cause: unknown, secrets: readonly string[], depth = 0): Error | undefined {
  if (typeof cause !== "object" || cause === null || depth >= MAX_DEPTH) return undefined;
  const { name, message, code } = cause as { name?: unknown; message?: unknown; code?: unknown };
  const inner = plainCause((cause as { cause?: unknown }).cause, secrets, depth + 1);
  const out = new Error(scrub(typeof message === "string" ? message : "", secrets), inner ? { cause: inner } : undefined);
  out.name = typeof name === "string" ? name : "Error";
  if (typeof code === "string" || typeof code === "number") (out as Error & { code?: unknown }).code = code;
  // Our stack, not the runtime's internals.
  out.stack = `${out.name}: ${out.message}`;
  return out;
}
