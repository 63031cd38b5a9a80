/**
 * One error hierarchy for every vendor. `createApiError` picks the class by status; the envelope parser
 * understands every error body our vendors document, and anything else still yields a usable message.
 * Nothing here ever holds the credential: every string is scrubbed of it before it is stored.
 */

/** Base of every error this package throws. */
export class VendorAuthError extends Error {
  override name = "VendorAuthError";
}

/** What the error body said, whatever the vendor's envelope. */
export interface ErrorDetails {
  message: string;
  code?: string;
  fix?: string;
  docs?: string;
  fieldErrors?: Record<string, string[]>;
  /** For 403s caused by a token scope the credential lacks. */
  missingScope?: string;
}

/**
 * A vendor's own reading of an error body: what it adds to or changes in the shared reading `details`
 * (which it must not modify), or nothing.
 */
export type ErrorReader = (details: Readonly<ErrorDetails>, body: unknown, status: number) => Partial<ErrorDetails> | undefined;

/** Everything known about a failed response. */
export interface ApiErrorInit extends ErrorDetails {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  method: string;
  url: string;
  requestId?: string;
  retryAfterMs?: number;
}

/** The server answered with a non-2xx status (or a 2xx body that was not what the spec promises). */
export class ApiError extends VendorAuthError {
  override name = "ApiError";
  /** HTTP status code. */
  readonly status: number;
  /** The vendor's machine-readable error code, when the body has one. */
  readonly code: string | undefined;
  /** The parsed response body (JSON when it parses, else the text). */
  readonly body: unknown;
  /** Response headers, lower-cased. */
  readonly headers: Record<string, string>;
  /** The request id the server assigned, for support tickets. */
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;
  /** The vendor's suggested next step (AgentMail `fix`). */
  readonly fix: string | undefined;
  /** Link to the vendor's reference entry for this error (AgentMail `docs`). */
  readonly docs: string | undefined;

  constructor(init: ApiErrorInit) {
    super(formatMessage(init));
    this.status = init.status;
    this.code = init.code;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.fix = init.fix;
    this.docs = init.docs;
  }

  /** A plain object for logs; holds no credential. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, ...fields } = { ...this } as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}

/** 401: the credential is missing, unknown, revoked or expired. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}

/** 403: the credential is valid but may not do this. */
export class PermissionDeniedError<Scope extends string = string> extends ApiError {
  override name = "PermissionDeniedError";
  /** The token scope the request needed and the credential lacks, when the vendor says which. */
  readonly missingScope: Scope | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    this.missingScope = init.missingScope as Scope | undefined;
  }
}

/** 404: no such resource, or one outside the credential's scope. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}

/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}

/** 400 or 422: the request was rejected as invalid. */
export class ValidationError extends ApiError {
  override name = "ValidationError";
  /** Messages per field, when the body names fields. */
  readonly fieldErrors: Record<string, string[]>;
  constructor(init: ApiErrorInit) {
    super(init);
    this.fieldErrors = init.fieldErrors ?? {};
  }
}

/** 429: too many requests. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** How long the server asked us to wait, when it said. */
  readonly retryAfterMs: number | undefined;
  /**
   * When the limit resets, from an ISO-8601 `X-RateLimit-Reset` (CallMissed sends the reset of a monthly
   * cap there). Informational: it is never used as a retry delay.
   */
  readonly resetAt: Date | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
    const reset = init.headers["x-ratelimit-reset"];
    // Bare numbers are ambiguous (epoch seconds? seconds from now?), so only dates are read.
    const at = reset && !/^\s*\d+(\.\d+)?\s*$/.test(reset) ? Date.parse(reset) : Number.NaN;
    this.resetAt = Number.isNaN(at) ? undefined : new Date(at);
  }
}

/** 5xx: the server failed. */
export class ServerError extends ApiError {
  override name = "ServerError";
}

/** No response: DNS, connection refused or reset, TLS, or a body cut off mid-way. */
export class ConnectionError extends VendorAuthError {
  override name = "ConnectionError";
  constructor(
    readonly method: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Connection failed: ${method} ${url}. Check the network and baseUrl, then retry.`, options);
  }
}

/** No complete response within `timeoutMs`. */
export class TimeoutError extends VendorAuthError {
  override name = "TimeoutError";
  constructor(
    readonly method: string,
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`Request timed out after ${timeoutMs} ms: ${method} ${url}. Raise timeoutMs or retry later.`);
  }
}

/** The caller's `AbortSignal` fired. `name` is `"AbortError"`, as for `fetch`. */
export class AbortError extends VendorAuthError {
  override name = "AbortError";
  constructor(options?: { cause?: unknown }) {
    super("The request was aborted by its AbortSignal.", options);
  }
}

/** True for any error this package throws, even across duplicated installs. */
export function isVendorAuthError(error: unknown): error is VendorAuthError {
  return error instanceof VendorAuthError;
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
  408: "Request Timeout", 409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests",
  500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
};

function formatMessage(init: ApiErrorInit): string {
  const head = `${init.status}${STATUS_TEXT[init.status] ? ` ${STATUS_TEXT[init.status]}` : ""}`;
  const code = init.code ? ` [${init.code}]` : "";
  const fix = init.fix ? ` Fix: ${init.fix}` : "";
  return `${head}${code}: ${init.message} (${init.method} ${init.url}).${fix}`;
}

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

function fastApiFieldErrors(entries: unknown[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const key = Array.isArray(entry.loc) ? entry.loc.join(".") : String(entry.loc ?? "");
    (out[key] ??= []).push(str(entry.msg) ?? "invalid");
  }
  return out;
}

// Laravel: {field: string[]}; AgentMail: [{path, message}].
function fieldErrorsOf(errors: unknown): Record<string, string[]> | undefined {
  if (Array.isArray(errors)) {
    const out: Record<string, string[]> = {};
    for (const entry of errors) {
      if (!isObject(entry)) continue;
      const key = Array.isArray(entry.path) ? entry.path.join(".") : String(entry.path ?? entry.field ?? "");
      (out[key] ??= []).push(str(entry.message) ?? "invalid");
    }
    return out;
  }
  if (!isObject(errors)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(errors)) {
    out[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return out;
}

/** Picks the error class for a status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const { status } = init;
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 400 || status === 422) return new ValidationError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500) return new ServerError(init);
  return new ApiError(init);
}

/** Response headers as a plain object, without `set-cookie` (session material has no place in logs). */
export function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  return out;
}

/** Deeper than this, a kept error body is cut: a hostile body must not overflow the stack. */
const MAX_KEPT_DEPTH = 100;

/**
 * Replaces every occurrence of each secret in every string of `value` (deeply) with `[redacted]`.
 * Parts nested deeper than {@link MAX_KEPT_DEPTH} levels are replaced by a note.
 */
export function scrub<T>(value: T, secrets: readonly string[], depth = 0): T {
  if (depth > MAX_KEPT_DEPTH) return "[omitted: nested too deeply]" as T;
  if (typeof value === "string") {
    let out: string = value;
    for (const secret of secrets) if (secret) out = out.split(secret).join("[redacted]");
    return out as T;
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets, depth + 1)) as T;
  if (isObject(value)) {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) out[scrub(key, secrets)] = scrub(item, secrets, depth + 1);
    return out as T;
  }
  return value;
}
