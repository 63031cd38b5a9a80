/** A client-side sliding-window limiter, so a burst is spaced out instead of meeting 429s. */
import { sleep } from "./retry.js";
import type { RequestGate } from "./transport.js";

/** Options of the client-side limiter. */
export interface RateLimitOptions {
  /** Requests allowed in any rolling window. */
  requestsPerMinute: number;
  /** Length of the window. @default 60000 */
  windowMs?: number;
}

/**
 * A gate that lets at most `requestsPerMinute` requests into any rolling window. A request holds its
 * slot from start until its response arrives and the window is counted from then: the server counts
 * arrival, which falls in between, so a burst never exceeds the server's window however long the
 * latency. Waiting honours the caller's `AbortSignal`.
 */
export function slidingWindowGate({ requestsPerMinute, windowMs = 60_000 }: RateLimitOptions): RequestGate {
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1) {
    throw new TypeError(`rateLimit.requestsPerMinute must be a positive integer, got ${String(requestsPerMinute)}.`);
  }
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
  const existing = gatesByToken.get(token);
  if (existing && existing.limit === options.requestsPerMinute) return existing.gate;
  const gate = slidingWindowGate(options);
  gatesByToken.set(token, { gate, limit: options.requestsPerMinute });
  return gate;
}
