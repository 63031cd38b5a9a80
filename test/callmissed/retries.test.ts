import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { CallMissedClient, RateLimitError, ServerError, type CallMissedClientOptions } from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, KEYS_URL, wireCreated } from "./fixtures.js";

useMsw();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(new Date("2026-11-24T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

function newClient(options: Omit<CallMissedClientOptions, "apiKey"> = {}): CallMissedClient {
  return new CallMissedClient({ apiKey: API_KEY, ...options });
}

/** Answers with `failures` in turn, then with `success` for every later request. */
function sequence(method: "get" | "post", failures: (() => Response)[], success: () => Response) {
  const recorder = createRecorder();
  let calls = 0;
  server.use(http[method](KEYS_URL, recorder.record(() => (failures[calls++] ?? success)())));
  return recorder.requests;
}

const tooMany = (headers: Record<string, string> = {}, code = "rate_limit_exceeded") => () =>
  HttpResponse.json({ error: { code, message: "Slow down", type: "rate_limit_error" } }, { status: 429, headers });
const unavailable = () =>
  HttpResponse.json({ error: { code: "provider_error", message: "Upstream unavailable", type: "server_error" } }, { status: 503 });
const created = () => HttpResponse.json(wireCreated, { status: 201 });
const listed = () => HttpResponse.json([]);

/** Settles `promise` into a value or an error, so a rejection is never left unhandled while timers advance. */
function settle<T>(promise: Promise<T>) {
  return promise.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
}

describe("429", () => {
  test("a rate-limit 429 is retried after its Retry-After", async () => {
    const requests = sequence("get", [tooMany({ "Retry-After": "2" })], listed);

    const result = settle(newClient().apiKeys.list());
    await vi.advanceTimersByTimeAsync(1_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(requests).toHaveLength(2);
    expect((await result).value).toEqual([]);
  });

  test("a 429 with code quota_exceeded is not retried, even with a Retry-After", async () => {
    const requests = sequence("get", [tooMany({ "Retry-After": "1" }, "quota_exceeded")], listed);

    const result = settle(newClient().apiKeys.list());
    await vi.advanceTimersByTimeAsync(30_000);

    expect(requests).toHaveLength(1);
    const { error } = await result;
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe("quota_exceeded");
  });

  test("X-RateLimit-Reset becomes resetAt and is not used as the retry delay: the Retry-After is", async () => {
    const reset = "2026-12-01T00:00:00Z";
    const requests = sequence("get", [tooMany({ "Retry-After": "1", "X-RateLimit-Reset": reset })], listed);

    // A one-week reset would exceed maxRetryAfterMs and be thrown at once if it were taken as the delay.
    const result = settle(newClient({ maxRetryAfterMs: 5_000 }).apiKeys.list());
    await vi.advanceTimersByTimeAsync(1_000);

    expect(requests).toHaveLength(2);
    expect((await result).value).toEqual([]);
  });

  test("without Retry-After a 429 carrying X-RateLimit-Reset is retried after the backoff, and resetAt is that date", async () => {
    const reset = "2026-12-01T00:00:00Z";
    const limited = tooMany({ "X-RateLimit-Reset": reset, "X-RateLimit-Limit": "200", "X-RateLimit-Remaining": "0" });
    const requests = sequence("get", [limited, limited], listed);

    const result = settle(newClient({ maxRetries: 1, maxRetryAfterMs: 5_000 }).apiKeys.list());
    await vi.advanceTimersByTimeAsync(500);

    expect(requests).toHaveLength(2);
    const { error } = await result;
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).resetAt).toEqual(new Date(reset));
    expect((error as RateLimitError).retryAfterMs).toBeUndefined();
  });
});

describe("apiKeys.create on 503", () => {
  test("with an idempotencyKey it sends Idempotency-Key on every attempt and is retried", async () => {
    const requests = sequence("post", [unavailable], created);

    const result = settle(newClient().apiKeys.create({ name: "retry me" }, { idempotencyKey: "create-7f1c" }));
    await vi.advanceTimersByTimeAsync(500);

    expect((await result).value).toMatchObject({ key: wireCreated.key });
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.headers.get("idempotency-key"))).toEqual(["create-7f1c", "create-7f1c"]);
    expect(requests[1]!.body).toEqual(requests[0]!.body);
  });

  test("without an idempotencyKey it is not retried and sends no Idempotency-Key", async () => {
    const requests = sequence("post", [unavailable], created);

    const result = settle(newClient().apiKeys.create({ name: "once only" }));
    await vi.advanceTimersByTimeAsync(30_000);

    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.has("idempotency-key")).toBe(false);
    expect((await result).error).toBeInstanceOf(ServerError);
  });

  test("apiKeys.list, a GET, is retried on 503 without any key", async () => {
    const requests = sequence("get", [unavailable], listed);

    const result = settle(newClient().apiKeys.list());
    await vi.advanceTimersByTimeAsync(500);

    expect(requests).toHaveLength(2);
    expect((await result).value).toEqual([]);
  });
});
