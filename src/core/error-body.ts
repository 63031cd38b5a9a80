/**
 * Reads an error body into {@link ErrorDetails}, knowing no vendor: anything unexpected still yields a
 * usable message. What a vendor's envelope adds is read by the readers its profile lists
 * (`./envelopes.ts`), so a bundle carries only its own vendor's.
 */
import type { EnvelopeReader } from "./envelopes.js";
import { STATUS_TEXT, type ErrorDetails } from "./errors.js";

/** True for a JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
/** `value` if it is a non-empty string. */
export const str = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/**
 * Reads a string, empty or non-object body into a message that says so, and an object's plain `message`
 * and `code`; then each of `envelopes`, in order. A body with field errors but no message gets one
 * naming the first field.
 */
export function parseErrorBody(body: unknown, status: number, envelopes: readonly EnvelopeReader[] = []): ErrorDetails {
  const fallback = `The server answered ${status} ${STATUS_TEXT[status] ?? ""}`.trimEnd();
  if (typeof body === "string") {
    const text = body.trim().replace(/\s+/g, " ");
    return { message: text ? `${fallback} with a non-JSON body: ${text.slice(0, 200)}` : `${fallback} with an empty body` };
  }
  if (!isObject(body)) return { message: `${fallback} with an unexpected body` };
  const details: ErrorDetails = { message: str(body.message) ?? fallback, code: str(body.code) };
  for (const read of envelopes) read(details, body);
  if (details.fieldErrors && details.message === fallback) {
    const first = Object.entries(details.fieldErrors)[0];
    if (first) details.message = `Validation failed: ${first[0]}: ${first[1].join("; ")}`;
  }
  return details;
}
