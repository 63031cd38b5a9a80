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

/** A {@link RequestGate} whose limit can only be lowered, never raised (the strictest client wins). */
interface SharedGate extends RequestGate {
  limit: number;
  /** Forgets every slot (see {@link resetRateLimits}). */
  reset(): void;
}

const RATE_LIMIT_RULES = {
  requestsPerMinute: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  windowMs: { min: 1, max: MAX_TIMER_MS, integer: true },
} as const;

/** Checks the options (unknown keys and bad values are a TypeError naming them); returns limit and window. */
function checkRateLimit(options: RateLimitOptions): { limit: number; windowMs: number } {
  checkOptions("rateLimit", options, RATE_LIMIT_RULES);
  if (options.requestsPerMinute === undefined) throw new TypeError("rateLimit: requestsPerMinute is required, e.g. { requestsPerMinute: 60 }.");
  return { limit: options.requestsPerMinute, windowMs: options.windowMs ?? 60_000 };
}

/**
 * A gate that lets at most `limit` requests into any rolling window. A request holds its slot from
 * start until its response arrives and the window is counted from then: the server counts arrival, which
 * falls in between, so a burst never exceeds the server's window however long the latency. A slot whose
 * request was never sent is given back whole. Waiting honours the caller's `AbortSignal`.
 */
function createGate(limit: number, windowMs: number): SharedGate {
  // Finish times of recent requests; Infinity while a request is in flight.
  let slots: { at: number }[] = [];
  let wake: (() => void) | undefined;
  let released = new Promise<void>((resolve) => (wake = resolve));
  const notify = (): void => {
    wake?.();
    released = new Promise<void>((resolve) => (wake = resolve));
  };
  const gate: SharedGate = {
    limit,
    reset() {
      slots = [];
      notify();
    },
    async acquire(signal) {
      for (;;) {
        const now = Date.now();
        slots = slots.filter((slot) => slot.at > now - windowMs);
        if (slots.length < gate.limit) {
          const slot = { at: Number.POSITIVE_INFINITY };
          slots.push(slot);
          let done = false;
          return (sent = true) => {
            if (done) return;
            done = true;
            if (sent) slot.at = Date.now();
            else slots = slots.filter((other) => other !== slot);
            notify();
          };
        }
        const earliest = Math.min(...slots.map((slot) => slot.at));
        if (Number.isFinite(earliest)) await sleep(Math.min(MAX_TIMER_MS, earliest + windowMs - now), signal);
        else await abortable(released, signal);
      }
    },
  };
  return gate;
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

/**
 * One gate per token and window, shared by every client holding that token, as the vendor counts per
 * token. Held weakly: clients keep their gate alive, and a token no client holds any more is forgotten
 * (its entry removed once the gate is collected), so rotating through tokens does not grow the registry.
 */
const registry = new Map<string, WeakRef<SharedGate>>();
const forget = new FinalizationRegistry<string>((key) => {
  if (registry.get(key)?.deref() === undefined) registry.delete(key);
});

/**
 * The shared gate for `token` and the options' window, created on first use. A client asking for a lower
 * limit lowers it for all, so two clients with one token never exceed the stricter limit together.
 * @throws TypeError naming the option when `options` is not a positive integer limit and window.
 */
export function gateForToken(token: string, options: RateLimitOptions): RequestGate {
  const { limit, windowMs } = checkRateLimit(options);
  const key = `${windowMs}\u0000${token}`;
  let gate = registry.get(key)?.deref();
  if (!gate) {
    gate = createGate(limit, windowMs);
    registry.set(key, new WeakRef(gate));
    forget.register(gate, key);
  }
  gate.limit = Math.min(gate.limit, limit);
  return gate;
}

/**
 * Forgets every slot of every client-side limiter, so one test's traffic does not slow the next.
 * For tests: call it in `afterEach`. Limits set by clients still alive stay as they are.
 */
export function resetRateLimits(): void {
  for (const ref of registry.values()) ref.deref()?.reset();
}
