import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AbortError, CommaClient } from "../../src/comma/index.js";
import { createRecorder, server, useMsw } from "../msw.js";

useMsw();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(new Date("2026-11-24T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

const BASE = "https://commareports.com/api/v1";
const MINUTE = 60_000;

// The limiter is shared module-wide by token, so every test uses tokens of its own.
let tokenCount = 0;
function freshToken(): string {
  return `comma_sk_ratelimit_${++tokenCount}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A server that enforces Comma's limit: 429 when `limit` requests from the same token already arrived
 * in the rolling window ending now (by the fake clock).
 */
function slidingWindowServer(limit = 60, { firstArrivesAfterMs = 0 } = {}) {
  const arrivals = new Map<string, number[]>();
  const stats = { ok: 0, tooMany: 0 };
  const { requests, record } = createRecorder();
  server.use(
    http.get(
      `${BASE}/me/usage`,
      record(async ({ request }) => {
        // Network delay on the way in: the server counts the request only once it arrives.
        if (requests.length === 1 && firstArrivesAfterMs) await new Promise((resolve) => setTimeout(resolve, firstArrivesAfterMs));
        const token = request.headers.get("authorization") ?? "";
        const now = Date.now();
        const recent = (arrivals.get(token) ?? []).filter((at) => at > now - MINUTE);
        recent.push(now);
        arrivals.set(token, recent);
        if (recent.length > limit) {
          stats.tooMany++;
          return HttpResponse.json({ error: "Rate limit exceeded" }, { status: 429, headers: { "Retry-After": "60" } });
        }
        stats.ok++;
        return HttpResponse.json({ reports_used: 1 });
      }),
    ),
  );
  return { requests, stats };
}

/** Advances the fake clock a second at a time until `done()` or `limitMs` has passed. */
async function advanceUntil(done: () => boolean, limitMs: number): Promise<void> {
  for (let elapsed = 0; !done() && elapsed < limitMs; elapsed += 1_000) await vi.advanceTimersByTimeAsync(1_000);
}

describe("rateLimit", () => {
  test("a burst of 200 calls at 60 per minute all succeed, meet no 429 and take at least 3 minutes", async () => {
    const { stats } = slidingWindowServer(60);
    const client = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 60 }, maxRetries: 0 });
    const started = Date.now();
    let finished = 0;
    let failed = 0;

    const calls = Array.from({ length: 200 }, () =>
      client.me.usage().then(
        () => void finished++,
        () => {
          failed++;
          finished++;
        },
      ),
    );
    await advanceUntil(() => finished === 200, 10 * MINUTE);
    await Promise.all(calls);

    expect(failed).toBe(0);
    expect(stats).toEqual({ ok: 200, tooMany: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * MINUTE);
    expect(Date.now() - started).toBeLessThan(4 * MINUTE);
  });

  test("a request slow to arrive holds its slot until its response, so the server still never sees too many", async () => {
    const { stats } = slidingWindowServer(2, { firstArrivesAfterMs: 5_000 });
    const client = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 2 }, maxRetries: 0 });
    let finished = 0;

    const calls = Array.from({ length: 4 }, () => client.me.usage().finally(() => finished++));
    await advanceUntil(() => finished === 4, 5 * MINUTE);

    await expect(Promise.all(calls)).resolves.toHaveLength(4);
    expect(stats).toEqual({ ok: 4, tooMany: 0 });
  });

  test("without rateLimit the same burst meets the server's 429s", async () => {
    const { stats } = slidingWindowServer(60);
    const client = new CommaClient({ apiKey: freshToken(), maxRetries: 0 });

    const results = await Promise.allSettled(Array.from({ length: 100 }, () => client.me.usage()));

    expect(results.filter((r) => r.status === "rejected")).toHaveLength(40);
    expect(stats.tooMany).toBe(40);
  });

  test("the first requestsPerMinute calls go out at once and the next waits for the window to pass", async () => {
    const { requests } = slidingWindowServer(60);
    const client = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 2 } });

    const calls = [client.me.usage(), client.me.usage(), client.me.usage()];
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    await Promise.all(calls);
  });

  test("two clients with the same token share one limit", async () => {
    const { requests } = slidingWindowServer(60);
    const token = freshToken();
    const first = new CommaClient({ apiKey: token, rateLimit: { requestsPerMinute: 2 } });
    const second = new CommaClient({ apiKey: token, rateLimit: { requestsPerMinute: 2 } });

    const calls = [first.me.usage(), first.me.usage(), second.me.usage()];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(requests).toHaveLength(3);
    await Promise.all(calls);
  });

  test("clients with different tokens do not wait for each other", async () => {
    const { requests } = slidingWindowServer(60);
    const first = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 2 } });
    const second = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 2 } });

    await Promise.all([first.me.usage(), first.me.usage(), second.me.usage(), second.me.usage()]);

    expect(requests).toHaveLength(4);
  });

  test("aborting a call that waits in the limiter rejects it with AbortError and never sends it", async () => {
    const { requests } = slidingWindowServer(60);
    const client = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 1 } });
    await client.me.usage();
    const controller = new AbortController();

    const waiting = client.me.usage({ signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort();
    const error = await waiting;

    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).name).toBe("AbortError");
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(requests).toHaveLength(1);
  });

  test("aborting a call that waits behind one still in flight rejects it at once and frees no slot early", async () => {
    const token = freshToken();
    const usage = `${BASE}/me/usage`;
    let answerFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (answerFirst = resolve));
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        usage,
        record(async () => {
          if (requests.length === 1) await firstHeld;
          return HttpResponse.json({ reports_used: 1 });
        }),
      ),
    );
    const client = new CommaClient({ apiKey: token, rateLimit: { requestsPerMinute: 1 } });
    const first = client.me.usage();
    await vi.advanceTimersByTimeAsync(0);
    const controller = new AbortController();

    const waiting = client.me.usage({ signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();

    expect(await waiting).toBeInstanceOf(AbortError);
    answerFirst();
    await first;
    const third = client.me.usage();
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await third;
    expect(requests).toHaveLength(2);
  });

  test("an already aborted signal rejects with AbortError and sends nothing", async () => {
    const { requests } = slidingWindowServer(60);
    const client = new CommaClient({ apiKey: freshToken(), rateLimit: { requestsPerMinute: 1 } });

    await expect(client.me.usage({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(0);
  });
});
