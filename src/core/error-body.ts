/**
 * Reads an error body, whatever the vendor's envelope, into {@link ErrorDetails}; anything unexpected
 * still yields a usable message.
 */
import { STATUS_TEXT, type ErrorDetails } from "./errors.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/**
 * Reads any of the documented envelopes: `{message, code, fix, docs, errors}` (AgentMail, Communal),
 * `{error: string}` (Comma), `{error: {message, type, code}}` (OpenAI style), `{type: "error", error: {type,
 * message}}` (Anthropic style), `{detail: string}` and `{detail: [{loc, msg}]}` (FastAPI).
 */
export function parseErrorBody(body: unknown, status: number): ErrorDetails {
  const fallback = `The server answered ${status} ${STATUS_TEXT[status] ?? ""}`.trimEnd();
  if (typeof body === "string") {
    const text = body.trim().replace(/\s+/g, " ");
    return { message: text ? `${fallback} with a non-JSON body: ${text.slice(0, 200)}` : `${fallback} with an empty body` };
  }
  if (!isObject(body)) return { message: `${fallback} with an unexpected body` };
  const details: ErrorDetails = { message: fallback };
  const error = body.error;
  if (isObject(error)) {
    details.message = str(error.message) ?? fallback;
    details.code = str(error.code) ?? str(error.type);
  } else if (str(error)) {
    details.message = str(error)!;
  }
  if (str(body.message)) details.message = str(body.message)!;
  details.code = str(body.code) ?? details.code;
  details.fix = str(body.fix);
  details.docs = str(body.docs);
  const detail = body.detail;
  if (str(detail)) details.message = str(detail)!;
  if (Array.isArray(detail)) details.fieldErrors = fastApiFieldErrors(detail);
  if (body.errors !== undefined) details.fieldErrors = fieldErrorsOf(body.errors);
  if (details.fieldErrors && details.message === fallback) {
    const first = Object.entries(details.fieldErrors)[0];
    if (first) details.message = `Validation failed: ${first[0]}: ${first[1].join("; ")}`;
  }
  return details;
}

/** A map whose keys are data: `__proto__` or `constructor` from a body are field names like any other. */
function fieldMap(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

function fastApiFieldErrors(entries: unknown[]): Record<string, string[]> {
  const out = fieldMap();
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const key = Array.isArray(entry.loc) ? entry.loc.join(".") : String(entry.loc ?? "");
    out[key] = [...(out[key] ?? []), str(entry.msg) ?? "invalid"];
  }
  return out;
}

// Laravel: {field: string[]}; AgentMail: [{path, message}].
function fieldErrorsOf(errors: unknown): Record<string, string[]> | undefined {
  if (Array.isArray(errors)) {
    const out = fieldMap();
    for (const entry of errors) {
      if (!isObject(entry)) continue;
      const key = Array.isArray(entry.path) ? entry.path.join(".") : String(entry.path ?? entry.field ?? "");
      out[key] = [...(out[key] ?? []), str(entry.message) ?? "invalid"];
    }
    return out;
  }
  if (!isObject(errors)) return undefined;
  const out = fieldMap();
  for (const [key, value] of Object.entries(errors)) {
    out[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return out;
}
