/**
 * One error hierarchy for every vendor; `createApiError` picks the class by status. Each class carries a
 * brand (`brand.ts`), so `instanceof` and the `isX` guards recognise errors thrown by another copy of this
 * package (an ESM and a CJS copy, or two installs). Nothing here ever holds the credential:
 * `response-error.ts` scrubs every string before an error is built.
 */
import type { RawResponse } from "./api-promise.js";
import { KIND, KINDS, hasKind, kindsOf } from "./brand.js";

// The guards are part of the error API; they live beside the brands they read.
export { isApiError, isConnectionError, isRateLimitError, isTimeoutError, isVendorAuthError } from "./brand.js";

/** Base of every error this package throws. */
export class VendorAuthError extends Error {
  static readonly [KIND]: string = "VendorAuthError";

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    // `name` is the class's kind (a subclass of yours inherits its parent's, as with a plain field).
    this.name = (new.target as unknown as { [KIND]: string })[KIND];
    Object.defineProperty(this, KINDS, { value: kindsOf(new.target) });
  }

  /** By brand for our own classes, so errors from another copy of the package match; plain for subclasses of yours. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Object.hasOwn(this, KIND)
      ? hasKind(value, (this as unknown as { [KIND]: string })[KIND])
      : Function.prototype[Symbol.hasInstance].call(this, value);
  }
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
  /** The response's reason phrase, its `redirected` and `type`, for {@link ApiError.rawResponse}. */
  response?: Pick<RawResponse, "statusText" | "redirected" | "type">;
  body: unknown;
  headers: Record<string, string>;
  method: string;
  url: string;
  requestId?: string;
  retryAfterMs?: number;
}

/** The server answered with a non-2xx status (or a 2xx body that was not what the spec promises). */
export class ApiError extends VendorAuthError {
  static override readonly [KIND]: string = "ApiError";
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
  /** How long the server asked us to wait (`Retry-After`), on any status, when it said. */
  readonly retryAfterMs: number | undefined;
  // Kept private so that toJSON and logs show only the fields above.
  readonly #response: ApiErrorInit["response"];

  constructor(init: ApiErrorInit) {
    super(formatMessage(init));
    this.#response = init.response;
    this.status = init.status;
    this.code = init.code;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.fix = init.fix;
    this.docs = init.docs;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** {@link ApiError.status} under the official AgentMail SDK's name. */
  get statusCode(): number {
    return this.status;
  }

  /** The response as the official AgentMail SDK's errors carry it; its headers are scrubbed like {@link ApiError.headers}. */
  get rawResponse(): RawResponse {
    const { statusText = STATUS_TEXT[this.status] ?? "", redirected = false, type = "basic" } = this.#response ?? {};
    return { status: this.status, statusText, headers: new Headers(this.headers), url: this.url, redirected, type };
  }

  /** A plain object for logs; holds no credential. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, ...fields } = { ...this } as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}

/** 401: the credential is missing, unknown, revoked or expired. */
export class AuthenticationError extends ApiError {
  static override readonly [KIND]: string = "AuthenticationError";
}

/** 403: the credential is valid but may not do this. */
export class PermissionDeniedError<Scope extends string = string> extends ApiError {
  static override readonly [KIND]: string = "PermissionDeniedError";
  /** The token scope the request needed and the credential lacks, when the vendor says which. */
  readonly missingScope: Scope | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    this.missingScope = init.missingScope as Scope | undefined;
  }
}

/** 404: no such resource, or one outside the credential's scope. */
export class NotFoundError extends ApiError {
  static override readonly [KIND]: string = "NotFoundError";
}

/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends ApiError {
  static override readonly [KIND]: string = "ConflictError";
}

/** 400 or 422: the request was rejected as invalid. */
export class ValidationError extends ApiError {
  static override readonly [KIND]: string = "ValidationError";
  /** Messages per field, when the body names fields. */
  readonly fieldErrors: Record<string, string[]>;
  constructor(init: ApiErrorInit) {
    super(init);
    this.fieldErrors = init.fieldErrors ?? (Object.create(null) as Record<string, string[]>);
  }
}

/** 429: too many requests. */
export class RateLimitError extends ApiError {
  static override readonly [KIND]: string = "RateLimitError";
  /**
   * When the limit resets, from an ISO-8601 `X-RateLimit-Reset` (CallMissed sends the reset of a monthly
   * cap there). Informational: it is never used as a retry delay.
   */
  readonly resetAt: Date | undefined;
  constructor(init: ApiErrorInit) {
    super(init);
    const reset = init.headers["x-ratelimit-reset"];
    // Bare numbers are ambiguous (epoch seconds? seconds from now?), so only dates are read.
    const at = reset && !/^\s*\d+(\.\d+)?\s*$/.test(reset) ? Date.parse(reset) : Number.NaN;
    this.resetAt = Number.isNaN(at) ? undefined : new Date(at);
  }
}

/** 5xx: the server failed. */
export class ServerError extends ApiError {
  static override readonly [KIND]: string = "ServerError";
}

/** No response: DNS, connection refused or reset, TLS, or a body cut off mid-way. */
export class ConnectionError extends VendorAuthError {
  static override readonly [KIND]: string = "ConnectionError";
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
  static override readonly [KIND]: string = "TimeoutError";
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
  static override readonly [KIND]: string = "AbortError";
  constructor(options?: { cause?: unknown }) {
    super("The request was aborted by its AbortSignal.", options);
  }
}

/** Reason phrases for the statuses our messages name. */
export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function formatMessage(init: ApiErrorInit): string {
  const head = `${init.status}${STATUS_TEXT[init.status] ? ` ${STATUS_TEXT[init.status]}` : ""}`;
  const code = init.code ? ` [${init.code}]` : "";
  const fix = init.fix ? ` Fix: ${init.fix}` : "";
  return `${head}${code}: ${init.message} (${init.method} ${init.url}).${fix}`;
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
