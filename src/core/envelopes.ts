/**
 * The error-body envelopes only some vendors use. A profile lists the ones its vendor answers with in
 * `errorEnvelopes`, by name, so a bundle of one vendor keeps only that vendor's readers (about 0.2 kB
 * gzip of readers a consumer of one vendor never sees).
 */
import { isObject, str } from "./error-body.js";
import type { ErrorDetails } from "./errors.js";

/**
 * Reads one envelope's fields of an object `body` into `details`, the reading so far (the core's plain
 * `message` and `code`, then the envelopes listed before this one), which it may change.
 */
export type EnvelopeReader = (details: ErrorDetails, body: Readonly<Record<string, unknown>>) => void;

/** A map whose keys are data: `__proto__` or `constructor` from a body are field names like any other. */
function fieldMap(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

/** AgentMail's `fix` (the suggested next step) and `docs` (its reference entry) beside `message`. */
export const fixAndDocs: EnvelopeReader = (details, body) => {
  details.fix = str(body.fix);
  details.docs = str(body.docs);
};

/** AgentMail's field errors, `errors: [{path, message}]` (`path` a list or a string). */
export const pathErrors: EnvelopeReader = (details, body) => {
  if (!Array.isArray(body.errors)) return;
  const out = fieldMap();
  for (const entry of body.errors) {
    if (!isObject(entry)) continue;
    const key = Array.isArray(entry.path) ? entry.path.join(".") : String(entry.path ?? entry.field ?? "");
    out[key] = [...(out[key] ?? []), str(entry.message) ?? "invalid"];
  }
  details.fieldErrors = out;
};

/** Laravel's field errors, `errors: {field: string[]}` (a lone string kept as a one-message list). */
export const keyedErrors: EnvelopeReader = (details, body) => {
  if (!isObject(body.errors)) return;
  const out = fieldMap();
  for (const [key, value] of Object.entries(body.errors)) {
    out[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  details.fieldErrors = out;
};

/** Comma's `{error: string}`; a top-level `message` still wins. */
export const errorString: EnvelopeReader = (details, body) => {
  if (str(body.error)) details.message = str(body.message) ?? str(body.error)!;
};

/**
 * The OpenAI-style `{error: {message, type, code}}`, which also reads the Anthropic-style `{type: "error",
 * error: {type, message}}`; a top-level `message` or `code` still wins.
 */
export const errorObject: EnvelopeReader = (details, body) => {
  const error = body.error;
  if (!isObject(error)) return;
  details.message = str(body.message) ?? str(error.message) ?? details.message;
  details.code ??= str(error.code) ?? str(error.type);
};

/** FastAPI's `{detail: string}` (which wins over any other message) and `{detail: [{loc, msg}]}`. */
export const fastApiDetail: EnvelopeReader = (details, body) => {
  const detail = body.detail;
  if (str(detail)) details.message = str(detail)!;
  if (!Array.isArray(detail)) return;
  const out = fieldMap();
  for (const entry of detail) {
    if (!isObject(entry)) continue;
    const key = Array.isArray(entry.loc) ? entry.loc.join(".") : String(entry.loc ?? "");
    out[key] = [...(out[key] ?? []), str(entry.msg) ?? "invalid"];
  }
  details.fieldErrors = out;
};
