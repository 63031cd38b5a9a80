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
 * A gate that lets at most `requestsPerMinute` requests start in any rolling window. Waiting honours the
 * caller's `AbortSignal`.
 */
export function slidingWindowGate({ requestsPerMinute, windowMs = 60_000 }: RateLimitOptions): RequestGate {
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1) {
    throw new TypeError(`rateLimit.requestsPerMinute must be a positive integer, got ${String(requestsPerMinute)}.`);
  }
  const started: number[] = [];
  return {
    async acquire(signal) {
      for (;;) {
        const now = Date.now();
        while (started.length && started[0]! <= now - windowMs) started.shift();
        if (started.length < requestsPerMinute) {
          started.push(now);
          return;
        }
        await sleep(started[0]! + windowMs - now, signal);
      }
    },
  };
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
