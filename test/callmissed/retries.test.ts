/** The retry rules of CallMissed's Error Codes and Rate Limits pages, as the client applies them. */
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type ApiError, CallMissedClient, RateLimitError, ServerError, type CallMissedClientOptions } from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, MODELS_URL, inferenceError, wireModels } from "./fixtures.js";

useMsw();
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] }));
afterEach(() => vi.useRealTimers());

function newClient(options: Omit<CallMissedClientOptions, "apiKey"> = {}): CallMissedClient {
  return new CallMissedClient({ apiKey: API_KEY, maxRetries: 3, ...options });
}

/** Answers with `failures` in turn, then with the model list for every later request. */
function sequence(...failures: (() => Response)[]) {
  const recorder = createRecorder();
  let calls = 0;
  server.use(
    http.get(
      MODELS_URL,
      recorder.record(() => (failures[calls++] ?? (() => HttpResponse.json(wireModels)))()),
    ),
  );
  return recorder.requests;
}

const failing =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json(body as never, { status, headers });
const tooMany = (code: string, headers: Record<string, string> = {}) => failing(429, inferenceError(code, "Slow down", "rate_limit_error"), headers);

/** Settles `promise` into a value or an error, so a rejection is never left unhandled while timers advance. */
function settle<T>(promise: Promise<T>) {
  return promise.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
}

describe("never retried: fix the key, credits, permission or scope first", () => {
  test.each([
    [401, "invalid_api_key"],
    [401, "api_key_expired"],
    [402, "insufficient_credits"],
    [402, "budget_exceeded"],
    [403, "permission_denied"],
    [403, "domain_not_allowed"],
  ])("%i %s is sent once, even with maxRetries 3 and a Retry-After", async (status, code) => {
    const requests = sequence(failing(status, inferenceError(code), { "Retry-After": "1" }));

    const result = settle(newClient().models.list());
    await vi.advanceTimersByTimeAsync(60_000);

    expect(requests).toHaveLength(1);
    expect((await result).error).toMatchObject({ status, code });
  });
});

describe("429", () => {
  test("quota_exceeded is not retried although its Retry-After is short", async () => {
    const requests = sequence(tooMany("quota_exceeded", { "Retry-After": "1" }));

    const result = settle(newClient().models.list());
    await vi.advanceTimersByTimeAsync(30_000);

    expect(requests).toHaveLength(1);
    const { error } = await result;
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe("quota_exceeded");
    expect((error as RateLimitError).retryAfterMs).toBe(1_000);
    expect((error as RateLimitError).fix).toMatch(/1st of next month/);
  });

  test("quota_exceeded with the documented Retry-After (seconds until the 1st) and X-RateLimit-Reset gives resetAt", async () => {
    // Relative to the (fake) clock, so the test holds at any date.
    const resetAt = new Date(Date.now() + 9 * 24 * 60 * 60 * 1000);
    const headers = { "Retry-After": String(9 * 24 * 60 * 60), "X-RateLimit-Reset": resetAt.toISOString() };
    const requests = sequence(tooMany("quota_exceeded", headers));

    const { error } = await settle(newClient().models.list());

    expect(requests).toHaveLength(1);
    expect((error as RateLimitError).resetAt).toEqual(resetAt);
    expect((error as RateLimitError).retryAfterMs).toBe(9 * 24 * 60 * 60 * 1000);
  });

  test("a {detail} 429 of the platform surface that speaks of a monthly quota is not retried", async () => {
    const requests = sequence(failing(429, { detail: "Monthly quota reached for this plan." }, { "Retry-After": "1" }));

    const result = settle(newClient().models.list());
    await vi.advanceTimersByTimeAsync(30_000);

    expect(requests).toHaveLength(1);
    expect((await result).error).toBeInstanceOf(RateLimitError);
  });

  test("too_many_concurrent_requests is retried after its Retry-After, not before", async () => {
    const requests = sequence(tooMany("too_many_concurrent_requests", { "Retry-After": "3" }));

    const result = settle(newClient().models.list());
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(requests).toHaveLength(2);
    expect((await result).value?.data).toHaveLength(1);
  });

  test("an inference RPM 429 without Retry-After is retried after the jittered backoff", async () => {
    const requests = sequence(tooMany("rate_limit_exceeded"), tooMany("rate_limit_exceeded"));

    const result = settle(newClient().models.list());
    await vi.advanceTimersByTimeAsync(374);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(126 + 1_000);

    expect(requests).toHaveLength(3);
    expect((await result).value?.data).toHaveLength(1);
  });

  test("a Retry-After beyond maxRetryAfterMs is thrown at once, with retryAfterMs set", async () => {
    const requests = sequence(tooMany("rate_limit_exceeded", { "Retry-After": "120" }));

    const { error } = await settle(newClient({ maxRetryAfterMs: 60_000 }).models.list());

    expect(requests).toHaveLength(1);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
  });
});

describe("5xx", () => {
  test.each([500, 502, 503])("%i is retried with backoff on the model list (a GET)", async (status) => {
    const requests = sequence(failing(status, inferenceError("upstream_error", "Upstream failed", "api_error")));

    const result = settle(newClient().models.list());
    await vi.advanceTimersByTimeAsync(500);

    expect(requests).toHaveLength(2);
    expect((await result).value?.data).toHaveLength(1);
  });

  test("retries stop at maxRetries and the last ServerError is thrown", async () => {
    const unavailable = failing(503, inferenceError("model_under_maintenance", "Maintenance", "api_error"));
    const requests = sequence(unavailable, unavailable, unavailable);

    const result = settle(newClient({ maxRetries: 2 }).models.list());
    await vi.advanceTimersByTimeAsync(10_000);

    expect(requests).toHaveLength(3);
    const { error } = await result;
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ApiError).code).toBe("model_under_maintenance");
  });
});
