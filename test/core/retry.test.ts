import fc from "fast-check";
import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AbortError, ConnectionError, RateLimitError, ServerError, TimeoutError } from "../../src/core/errors.js";
import { INITIAL_BACKOFF_MS, MAX_BACKOFF_MS, backoffMs, isRetryableStatus, parseRetryAfter } from "../../src/core/retry.js";
import { BASE, KEY, TinyClient } from "../fixtures/core/tiny.js";
import { createRecorder, server, useMsw } from "../msw.js";

const headers = (init: Record<string, string>) => new Headers(init);

describe("parseRetryAfter", () => {
  test("reads delta-seconds as milliseconds", () => {
    expect(parseRetryAfter(headers({ "retry-after": "2" }))).toBe(2000);
    expect(parseRetryAfter(headers({ "retry-after": "0" }))).toBe(0);
    expect(parseRetryAfter(headers({ "retry-after": " 3 " }))).toBe(3000);
  });

  test("reads decimal seconds", () => {
    expect(parseRetryAfter(headers({ "retry-after": "1.5" }))).toBe(1500);
  });

  test("measures an HTTP date against the response's Date header, whatever the client clock says", () => {
    const h = headers({ "retry-after": "Wed, 21 Oct 2015 07:28:10 GMT", date: "Wed, 21 Oct 2015 07:28:00 GMT" });
    // The client clock is years ahead of the server's; only the server's two dates matter.
    expect(parseRetryAfter(h, Date.parse("2030-01-01T00:00:00Z"))).toBe(10_000);
    expect(parseRetryAfter(h, Date.parse("2000-01-01T00:00:00Z"))).toBe(10_000);
  });

  test("measures an HTTP date against the client clock when there is no Date header", () => {
    const now = Date.parse("2015-10-21T07:28:04Z");
    expect(parseRetryAfter(headers({ "retry-after": "Wed, 21 Oct 2015 07:28:10 GMT" }), now)).toBe(6000);
  });

  test("accepts the obsolete RFC 850 date form", () => {
    const h = headers({ "retry-after": "Sunday, 06-Nov-94 08:49:37 GMT", date: "Sun, 06 Nov 1994 08:49:30 GMT" });
    expect(parseRetryAfter(h)).toBe(7000);
  });

  test("an HTTP date in the past means 0, never a negative wait", () => {
    const h = headers({ "retry-after": "Wed, 21 Oct 2015 07:27:00 GMT", date: "Wed, 21 Oct 2015 07:28:00 GMT" });
    expect(parseRetryAfter(h)).toBe(0);
  });

  test("retry-after-ms takes precedence over Retry-After", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "250", "retry-after": "5" }))).toBe(250);
  });

  test("an unusable retry-after-ms falls back to Retry-After", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "soon", "retry-after": "2" }))).toBe(2000);
  });

  test.each(["soon", "-1", "1e3", "Infinity", "5 seconds", "soon 5", "", "NaN"])("garbage Retry-After %j gives undefined", (value) => {
    expect(parseRetryAfter(headers({ "retry-after": value }))).toBeUndefined();
  });

  test("no header gives undefined", () => {
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
});

describe("backoffMs", () => {
  test("doubles from 500 ms and caps at 8 s", () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffMs(n, noJitter))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  test("full jitter takes off at most a quarter", () => {
    expect(backoffMs(0, () => 1)).toBe(375);
    expect(backoffMs(1, () => 0.5)).toBe(875);
  });

  test("always lies in [0.75, 1] x min(8 s, 500 ms x 2^n)", () => {
    fc.assert(
      fc.property(fc.nat(64), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, random) => {
        const base = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * 2 ** retry);
        const wait = backoffMs(retry, () => random);
        return wait > 0.75 * base - 1e-9 && wait <= base;
      }),
    );
  });
});

describe("isRetryableStatus", () => {
  test("429 is retryable for any method; 408 and 5xx except 501 only when idempotent", () => {
    expect(isRetryableStatus(429, false)).toBe(true);
    expect([408, 500, 502, 503, 504].map((s) => isRetryableStatus(s, true))).toEqual([true, true, true, true, true]);
    expect([408, 500, 502, 503, 504].map((s) => isRetryableStatus(s, false))).toEqual([false, false, false, false, false]);
    expect(isRetryableStatus(501, true)).toBe(false);
    expect(isRetryableStatus(400, true)).toBe(false);
  });
});

describe("retries, timeouts and cancellation (on the fixture API)", () => {
  useMsw();
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(new Date("2025-01-01T00:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const client = new TinyClient({ apiKey: KEY });
  const page = { count: 0, items: [] };
  const created = { item_id: "ak", name: "n" };
  const signedUp = { session_id: "s", api_key: "tiny_fresh" };
  const rateLimited = (h: Record<string, string> = {}) =>
    HttpResponse.json({ name: "RateLimitError", code: "rate_limit_exceeded", message: "Too many requests" }, { status: 429, headers: h });
  const failing = (status: number) => HttpResponse.json({ code: "internal_error", message: "boom" }, { status });

  /** Serves `responses` in turn (the last one repeats) and records every request. */
  function serve(method: "get" | "post", path: string, ...responses: Array<() => Response | Promise<Response>>) {
    const { requests, record } = createRecorder();
    server.use(
      http[method](
        `${BASE}${path}`,
        record(() => responses[Math.min(requests.length, responses.length) - 1]!()),
      ),
    );
    return requests;
  }

  /** Settles `promise` into a value that never rejects, so pending calls do not raise unhandled rejections. */
  function settle<T>(promise: Promise<T>) {
    const state: { done: boolean; value?: T; error?: unknown } = { done: false };
    const settled = promise.then(
      (value) => Object.assign(state, { done: true, value }),
      (error: unknown) => Object.assign(state, { done: true, error }),
    );
    return { state, settled };
  }

  /** Asserts that the one retry goes out `latest` ms after the first attempt, not before `earliest`, and the call then settles. */
  async function expectRetryAt(requests: unknown[], call: ReturnType<typeof settle>, latest: number, earliest = latest) {
    await vi.advanceTimersByTimeAsync(earliest - 1);
    expect(requests).toHaveLength(1);
    expect(call.state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(latest - earliest + 1);
    await call.settled;
    expect(requests).toHaveLength(2);
  }

  test("a 429 with Retry-After: 1 is retried after exactly 1000 ms", async () => {
    const requests = serve(
      "get",
      "/items",
      () => rateLimited({ "retry-after": "1" }),
      () => HttpResponse.json(page),
    );
    const call = settle(client.list());
    await expectRetryAt(requests, call, 1000);
    expect(call.state.value).toEqual({ count: 0, items: [] });
  });

  test("an HTTP-date Retry-After is measured against the server's Date, not the skewed client clock", async () => {
    // The server's clock is 10 hours ahead of the client's; it asks for 2 s.
    const requests = serve(
      "get",
      "/items",
      () => rateLimited({ date: "Wed, 01 Jan 2025 10:00:00 GMT", "retry-after": "Wed, 01 Jan 2025 10:00:02 GMT" }),
      () => HttpResponse.json(page),
    );
    const call = settle(client.list());
    await expectRetryAt(requests, call, 2000);
    expect(call.state.error).toBeUndefined();
  });

  test("retry-after-ms is honoured over Retry-After", async () => {
    const requests = serve(
      "get",
      "/items",
      () => rateLimited({ "retry-after-ms": "250", "retry-after": "30" }),
      () => HttpResponse.json(page),
    );
    const call = settle(client.list());
    await expectRetryAt(requests, call, 250);
    expect(call.state.value).toEqual({ count: 0, items: [] });
  });

  test("a Retry-After longer than maxRetryAfterMs throws a RateLimitError at once with retryAfterMs", async () => {
    const requests = serve("get", "/items", () => rateLimited({ "retry-after": "120" }));
    const error = await client.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("maxRetryAfterMs is configurable", async () => {
    const requests = serve("get", "/items", () => rateLimited({ "retry-after": "2" }));
    const strict = client.withOptions({ maxRetryAfterMs: 1000 });
    await expect(strict.list()).rejects.toMatchObject({ name: "RateLimitError", retryAfterMs: 2000 });
    expect(requests).toHaveLength(1);
  });

  test("with maxRetries 2, a persistent 429 is sent exactly 3 times with exponential backoff, then thrown", async () => {
    const requests = serve("get", "/items", () => rateLimited());
    const { state, settled } = settle(client.list());
    // First wait: 500 ms x [0.75, 1].
    await vi.advanceTimersByTimeAsync(374);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(126);
    expect(requests).toHaveLength(2);
    // Second wait: 1000 ms x [0.75, 1], starting somewhere in [375, 500].
    await vi.advanceTimersByTimeAsync(1124 - 500);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1500 - 1124);
    await settled;
    expect(requests).toHaveLength(3);
    expect(state.error).toBeInstanceOf(RateLimitError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(3);
  });

  test("a 429 on POST /items is retried (the request was not processed)", async () => {
    const requests = serve(
      "post",
      "/items",
      () => rateLimited({ "retry-after": "0" }),
      () => HttpResponse.json(created),
    );
    const { state, settled } = settle(client.create({ name: "n" }));
    await vi.advanceTimersByTimeAsync(0);
    await settled;
    expect(requests).toHaveLength(2);
    expect(state.value).toMatchObject({ itemId: "ak" });
    expect(requests[1]!.body).toEqual({ name: "n" });
  });

  test.each([
    { what: "500", response: () => failing(500), Class: ServerError },
    { what: "503", response: () => failing(503), Class: ServerError },
    { what: "a network error", response: () => HttpResponse.error(), Class: ConnectionError },
  ])("POST /items is not retried on $what", async ({ response, Class }) => {
    const requests = serve("post", "/items", response);
    const { state, settled } = settle(client.create({ name: "n" }));
    await vi.advanceTimersByTimeAsync(60_000);
    await settled;
    expect(state.error).toBeInstanceOf(Class);
    expect(requests).toHaveLength(1);
  });

  test("POST /verify is not retried on 503", async () => {
    const requests = serve("post", "/verify", () => failing(503));
    const { state, settled } = settle(client.verify({ otpCode: "123456" }));
    await vi.advanceTimersByTimeAsync(60_000);
    await settled;
    expect(state.error).toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  test.each([
    { what: "503", response: () => failing(503) },
    { what: "408", response: () => HttpResponse.json({ message: "timeout" }, { status: 408 }) },
    { what: "a network error", response: () => HttpResponse.error() },
  ])("GET is retried on $what after a backoff", async ({ response }) => {
    const requests = serve("get", "/items", response, () => HttpResponse.json(page));
    const call = settle(client.list());
    // Backoff: 500 ms x [0.75, 1].
    await expectRetryAt(requests, call, 500, 375);
    expect(call.state.value).toEqual({ count: 0, items: [] });
  });

  test("GET is not retried on 501 Not Implemented", async () => {
    const requests = serve("get", "/items", () => failing(501));
    const { state, settled } = settle(client.list());
    await vi.advanceTimersByTimeAsync(60_000);
    await settled;
    expect(state.error).toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  test("a POST documented as safe to repeat (x-idempotent, like a sign-up), is retried on 503 with the same body", async () => {
    const requests = serve(
      "post",
      "/sessions",
      () => failing(503),
      () => HttpResponse.json(signedUp),
    );
    const { state, settled } = settle(client.startSession({ humanEmail: "h@example.com", username: "bot" }));
    await vi.advanceTimersByTimeAsync(500);
    await settled;
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toEqual({ human_email: "h@example.com", username: "bot" });
    expect(requests[1]!.headers.has("authorization")).toBe(false);
    expect(state.value).toEqual({ sessionId: "s", apiKey: "tiny_fresh" });
  });

  test("every retry sends the Bearer key again", async () => {
    const requests = serve(
      "get",
      "/items",
      () => rateLimited({ "retry-after": "0" }),
      () => HttpResponse.json(page),
    );
    const { settled } = settle(client.list());
    await vi.advanceTimersByTimeAsync(0);
    await settled;
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
  });

  test("aborting during a Retry-After wait rejects with AbortError at once and sends nothing more", async () => {
    const requests = serve("get", "/items", () => rateLimited({ "retry-after": "30" }));
    const controller = new AbortController();
    const { state, settled } = settle(client.list({ signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    expect(requests).toHaveLength(1);
    controller.abort();
    await settled;
    expect(state.error).toBeInstanceOf(AbortError);
    expect((state.error as Error).name).toBe("AbortError");
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });

  test("aborting while the response is pending rejects with AbortError", async () => {
    const requests = serve("get", "/items", async () => {
      await delay("infinite");
      return HttpResponse.json(page);
    });
    const controller = new AbortController();
    const { state, settled } = settle(client.list({ signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(50);
    controller.abort(new Error("user cancelled"));
    await settled;
    expect(state.error).toBeInstanceOf(AbortError);
    expect((state.error as AbortError).cause).toEqual(new Error("user cancelled"));
    expect(requests).toHaveLength(1);
  });

  test("an already aborted signal sends no request", async () => {
    const requests = serve("get", "/items", () => HttpResponse.json(page));
    await expect(client.list({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(0);
  });

  test("a response that never comes is a TimeoutError after timeoutMs", async () => {
    const requests = serve("post", "/items", async () => {
      await delay("infinite");
      return HttpResponse.json(created);
    });
    const { state, settled } = settle(client.create({ name: "n" }, { timeoutMs: 1000 }));
    await vi.advanceTimersByTimeAsync(999);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(state.error).toBeInstanceOf(TimeoutError);
    expect(state.error).toMatchObject({ name: "TimeoutError", timeoutMs: 1000, method: "POST" });
    expect(requests).toHaveLength(1);
  });

  test("the client-wide timeoutMs applies to every attempt of an idempotent request", async () => {
    const requests = serve("get", "/items", async () => {
      await delay("infinite");
      return HttpResponse.json(page);
    });
    const slow = client.withOptions({ timeoutMs: 200, maxRetries: 1 });
    const { state, settled } = settle(slow.list());
    await vi.advanceTimersByTimeAsync(200 + 500 + 200);
    await settled;
    expect(requests).toHaveLength(2);
    expect(state.error).toBeInstanceOf(TimeoutError);
  });

  test("a finished request leaves no timer behind", async () => {
    serve("get", "/items", () => HttpResponse.json(page));
    await client.list();
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a per-request maxRetries overrides the client's", async () => {
    const requests = serve("get", "/items", () => failing(503));
    const { state, settled } = settle(client.list({ maxRetries: 0 }));
    await vi.advanceTimersByTimeAsync(60_000);
    await settled;
    expect(state.error).toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);

    const more = serve("get", "/items", () => failing(503));
    const patient = settle(client.withOptions({ maxRetries: 0 }).list({ maxRetries: 3 }));
    await vi.advanceTimersByTimeAsync(60_000);
    await patient.settled;
    expect(more).toHaveLength(4);
  });
});
