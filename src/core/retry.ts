/** When to retry and how long to wait. Pure functions: the transport owns the loop. */

/** Methods whose repetition cannot duplicate a side effect (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** True when `method` is idempotent by definition. */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/**
 * Whether a response with this status may be retried. 429 means the request was not processed, so any
 * method may repeat it; 408 and 5xx may have been processed, so only idempotent requests repeat.
 * 501 Not Implemented will not change on a retry.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (status === 429) return true;
  return idempotent && (status === 408 || (status >= 500 && status !== 501));
}

const DELTA_SECONDS = /^\s*\d+(?:\.\d+)?\s*$/;
/** Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a day name; `Date.parse` alone accepts "-1". */
const HTTP_DATE = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i;

/**
 * How long the server asked us to wait, in ms, from `retry-after-ms`, or `Retry-After` as delta-seconds
 * or an HTTP date. A date is measured against the response's own `Date` header when it has one, so the
 * client's clock skew does not matter. Never negative, never NaN; a date in the past means 0.
 * Returns `undefined` when there is no usable header.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && DELTA_SECONDS.test(ms)) {
    const value = Number(ms);
    if (Number.isFinite(value)) return value;
  }
  const header = headers.get("retry-after");
  if (header === null) return undefined;
  if (DELTA_SECONDS.test(header)) {
    const seconds = Number(header);
    return Number.isFinite(seconds) ? seconds * 1000 : undefined;
  }
  const at = HTTP_DATE.test(header) ? Date.parse(header) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  const serverNow = Date.parse(headers.get("date") ?? "");
  return Math.max(0, at - (Number.isNaN(serverNow) ? now : serverNow));
}

/** Base of the exponential backoff used when the server gives no `Retry-After`. */
export const INITIAL_BACKOFF_MS = 500;
/** Ceiling of the exponential backoff. */
export const MAX_BACKOFF_MS = 8_000;

/**
 * Exponential backoff with jitter for retry number `retry` (0-based): 0.5 s, 1 s, 2 s … capped at 8 s,
 * each scaled by a random factor in [0.75, 1] so that clients that failed together do not retry together.
 */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * 2 ** retry);
  return base * (1 - 0.25 * random());
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. Leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
