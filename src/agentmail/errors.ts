/**
 * The official AgentMail SDK's error class names, for `instanceof` in migrated catch blocks. They are
 * checks, not new classes: each matches the errors of ours that the official class stands for (and, by
 * brand, those of another copy of this package). The per-status classes it throws on these endpoints,
 * `ValidationError` (400), `NotFoundError` (404) and `ConflictError` (409), are ours under the same names;
 * its two 422 classes, thrown only by endpoints we do not cover, are status checks.
 */
import type { RawResponse } from "../core/api-promise.js";
import { AbortError, isApiError, isConnectionError, isTimeoutError } from "../core/errors.js";

/**
 * Matches what the official `AgentMailError` stands for: every error answer of the API (our `ApiError`,
 * with `statusCode`, `body` and `rawResponse`), and a request that got no answer (`ConnectionError`) or
 * was aborted (`AbortError`), where those three are `undefined`. Not a timeout: see {@link AgentMailTimeoutError}.
 * For `instanceof` only; our errors are never constructed from it.
 */
export abstract class AgentMailError extends Error {
  /** HTTP status of an error answer. */
  declare readonly statusCode?: number;
  /** The parsed error body, scrubbed of the key. */
  declare readonly body?: unknown;
  /** The error answer's response. */
  declare readonly rawResponse?: RawResponse;

  /** True for an `ApiError`, `ConnectionError` or `AbortError`, also from another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isApiError(value) || isConnectionError(value) || value instanceof AbortError;
  }
}

/** Matches what the official `AgentMailTimeoutError` stands for: our `TimeoutError` (no answer within the timeout). For `instanceof` only. */
export abstract class AgentMailTimeoutError extends Error {
  /** True for a `TimeoutError`, also from another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isTimeoutError(value);
  }
}

const is422 = (value: unknown): boolean => isApiError(value) && value.status === 422;

/** Matches a 422 answer, as the official `IsTakenError` (AgentMail documents no 422 on the endpoints covered here). For `instanceof` only. */
export abstract class IsTakenError extends AgentMailError {
  /** True for an `ApiError` with status 422, also from another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return is422(value);
  }
}

/** Matches a 422 answer, as the official `UnprocessableError` (AgentMail documents no 422 on the endpoints covered here). For `instanceof` only. */
export abstract class UnprocessableError extends AgentMailError {
  /** True for an `ApiError` with status 422, also from another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return is422(value);
  }
}
