/**
 * What every vendor fake is made of: a clock tests can move, a queue of injected failures, a sliding
 * window counter and small response helpers. Vendor fakes hold only their vendor's semantics.
 */
import type { HttpHandler } from "msw";
import { HttpResponse, http } from "./msw.js";

/** A clock that follows real time (so fake timers move it too) plus an offset a test can add to. */
export interface FakeClock {
  /** Milliseconds since the epoch, as the fake sees them. */
  now(): number;
  /** Moves the fake's time forward, e.g. past an OTP's expiry or a rate-limit window. */
  advance(ms: number): void;
}

/** Creates a {@link FakeClock}; `start` pins the fake's "now" at creation time. */
export function createClock(start?: Date | number): FakeClock {
  let offset = start === undefined ? 0 : Number(start) - Date.now();
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
  };
}

/** One injected failure, answered instead of the next matching request. */
export interface FailureOptions {
  /** Sent as `Retry-After` in seconds. */
  retryAfter?: number;
  /** Replaces the vendor's error body for this status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests in a row fail. @default 1 */
  times?: number;
  /** Only requests whose operation id matches (e.g. `"createApiKey"`); any request by default. */
  operation?: string;
}

/** The error body a vendor sends for a status: its own envelope, code and message. */
export type ErrorBodyFor = (status: number, code: string, message: string) => unknown;

/** Header set on every response that `failNext()` injected. */
export const INJECTED_HEADER = "X-Fake-Injected";

/** The shared plumbing of a fake: clock, failure queue and a route builder that applies both. */
export interface FakeKit {
  clock: FakeClock;
  /** Makes the next request(s) fail with `status`, in the vendor's error envelope. */
  failNext(status: number, options?: FailureOptions): void;
  /** Forgets queued failures. */
  clearFailures(): void;
  /**
   * An MSW handler for one operation. Queued failures for it are answered first; then `resolve` gets
   * the request and its parsed JSON body (`undefined` when there is none).
   */
  route(
    operation: string,
    method: "get" | "post" | "put" | "patch" | "delete",
    url: string,
    resolve: (input: RouteInput) => Response | Promise<Response>,
  ): HttpHandler;
  /** A JSON error response in the vendor's envelope. */
  error(status: number, code: string, message: string, headers?: Record<string, string>): Response;
  /** Seeds the state and returns the part of a {@link Fake} every vendor shares; `reset()` reseeds. */
  fake<State>(handlers: HttpHandler[], state: State, seed: () => void): Fake<State>;
}

/** What every fake returns, besides its vendor's own helpers. */
export interface Fake<State> {
  /** One MSW handler per spec operation: `server.use(...fake.handlers)`. */
  handlers: HttpHandler[];
  /** The fake's data, inspectable and changeable between requests. */
  state: State;
  /** The fake's time: `advance(ms)` moves it past expiries and rate-limit windows. */
  clock: FakeClock;
  /** Makes the next request(s) fail with `status`, in the vendor's error body. */
  failNext(status: number, options?: FailureOptions): void;
  /** Back to the seeded state, with queued failures cleared. */
  reset(): void;
}

/** What a route's resolver gets. */
export interface RouteInput {
  request: Request;
  params: Record<string, string>;
  url: URL;
  /** The parsed JSON body; `undefined` when empty. */
  body: unknown;
  /** False when the body was not valid JSON (the resolver decides which error that is). */
  bodyIsJson: boolean;
}

/** Builds the shared plumbing for one fake. */
export function createKit(options: { clock?: FakeClock; errorBody: ErrorBodyFor }): FakeKit {
  const clock = options.clock ?? createClock();
  let failures: Array<{ status: number; options: FailureOptions; left: number }> = [];

  function error(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
    return HttpResponse.json(options.errorBody(status, code, message) as never, { status, headers });
  }

  function takeFailure(operation: string): Response | undefined {
    const failure = failures.find((f) => f.options.operation === undefined || f.options.operation === operation);
    if (!failure) return undefined;
    failure.left -= 1;
    if (failure.left <= 0) failures = failures.filter((f) => f !== failure);
    // Marked so a reader of the traffic (and our spec check) can tell an injected answer from the fake's own.
    const headers: Record<string, string> = { [INJECTED_HEADER]: "true", ...failure.options.headers };
    if (failure.options.retryAfter !== undefined) headers["Retry-After"] = String(failure.options.retryAfter);
    if (failure.options.body !== undefined) {
      return HttpResponse.json(failure.options.body as never, { status: failure.status, headers });
    }
    return error(failure.status, defaultCode(failure.status), `Injected failure (${failure.status})`, headers);
  }

  function failNext(status: number, failureOptions: FailureOptions = {}): void {
    failures.push({ status, options: failureOptions, left: failureOptions.times ?? 1 });
  }

  return {
    clock,
    error,
    failNext,
    clearFailures() {
      failures = [];
    },
    fake(handlers, state, seed) {
      seed();
      return {
        handlers,
        state,
        clock,
        failNext,
        reset() {
          failures = [];
          seed();
        },
      };
    },
    route(operation, method, url, resolve) {
      return http[method](url, async ({ request, params }) => {
        const injected = takeFailure(operation);
        if (injected) return injected;
        const text = await request.text();
        let body: unknown;
        let bodyIsJson = true;
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            bodyIsJson = false;
          }
        }
        const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        return resolve({ request, params: stringParams, url: new URL(request.url), body, bodyIsJson });
      });
    },
  };
}

function defaultCode(status: number): string {
  if (status === 429) return "rate_limit_exceeded";
  if (status >= 500) return "internal_error";
  return `http_${status}`;
}

/** Counts requests per key in a sliding window, the way the vendors' limiters are documented. */
export interface WindowCounter {
  /** Records a request for `key`; returns the seconds to wait when the key is over its limit. */
  hit(key: string): { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };
}

/** Creates a {@link WindowCounter} allowing `limit` requests per `windowMs` per key. */
export function createWindowCounter(limit: number, windowMs: number, clock: FakeClock): WindowCounter {
  const hits = new Map<string, number[]>();
  return {
    hit(key) {
      const now = clock.now();
      const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) };
      }
      recent.push(now);
      hits.set(key, recent);
      return { allowed: true, remaining: limit - recent.length };
    },
  };
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1]?.trim();
}

/** Sequential ids with a prefix (`key_1`, `key_2`, …), so test output is readable and stable. */
export function createIds(): (prefix: string) => string {
  const counters = new Map<string, number>();
  return (prefix) => {
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}_${next}`;
  };
}

/** A random secret of `length` url-safe characters after `prefix`, like a real key. */
export function randomSecret(prefix: string, length = 32): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return prefix + Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

/** A JSON response; re-exported so fakes don't each import MSW's helper. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as never, { status, headers });
}
