/** A client-side sliding-window limiter, so a burst is spaced out instead of meeting 429s. */
import { MAX_TIMER_MS, checkOptions } from "./options.js";
import { sleep } from "./retry.js";
import type { RequestGate } from "./transport.js";

/** Options of the client-side limiter. */
export interface RateLimitOptions {
  /** Requests allowed in any rolling window. */
  requestsPerMinute: number;
  /** Length of the window. @default 60000 */
  windowMs?: number;
}

const RATE_LIMIT_RULES = {
  requestsPerMinute: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  windowMs: { min: 1, max: MAX_TIMER_MS },
} as const;

function checkRateLimit(options: RateLimitOptions): void {
  checkOptions("rateLimit", options, RATE_LIMIT_RULES);
  if (options.requestsPerMinute === undefined) throw new TypeError("rateLimit: requestsPerMinute is required, e.g. { requestsPerMinute: 60 }.");
}

/**
 * A gate that lets at most `requestsPerMinute` requests into any rolling window. A request holds its
 * slot from start until its response arrives and the window is counted from then: the server counts
 * arrival, which falls in between, so a burst never exceeds the server's window however long the
 * latency. Waiting honours the caller's `AbortSignal`.
 */
export function slidingWindowGate(options: RateLimitOptions): RequestGate {
  checkRateLimit(options);
  const { requestsPerMinute, windowMs = 60_000 } = options;
  // Finish times of recent requests; Infinity while a request is in flight.
  const slots: { at: number }[] = [];
  let wake: (() => void) | undefined;
  let released = new Promise<void>((resolve) => (wake = resolve));
  return {
    async acquire(signal) {
      for (;;) {
        const now = Date.now();
        for (let i = slots.length - 1; i >= 0; i--) if (slots[i]!.at <= now - windowMs) slots.splice(i, 1);
        if (slots.length < requestsPerMinute) {
          const slot = { at: Number.POSITIVE_INFINITY };
          slots.push(slot);
          return () => {
            slot.at = Date.now();
            wake?.();
            released = new Promise<void>((resolve) => (wake = resolve));
          };
        }
        const earliest = Math.min(...slots.map((slot) => slot.at));
        if (Number.isFinite(earliest)) await sleep(earliest + windowMs - now, signal);
        else await abortable(released, signal);
      }
    },
  };
}

function abortable(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
  });
}

// One limiter per token, shared by every client that holds the same token, as the vendor counts per token.
const gatesByToken = new Map<string, { gate: RequestGate; limit: number }>();

/** The shared gate for `token`, created on first use. */
export function gateForToken(token: string, options: RateLimitOptions): RequestGate {
  checkRateLimit(options);
  const existing = gatesByToken.get(token);
  if (existing && existing.limit === options.requestsPerMinute) return existing.gate;
  const gate = slidingWindowGate(options);
  gatesByToken.set(token, { gate, limit: options.requestsPerMinute });
  return gate;
}
