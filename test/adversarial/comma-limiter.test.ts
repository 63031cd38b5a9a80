/**
 * Comma's client-side limiter as a careless (or hostile) caller could defeat it: two clients with one
 * token and different limits or windows, and a slot taken by a call that fails before anything is sent.
 * The server counts arrivals per token the way Comma's rolling window does.
 */
import { describe, expect, it } from "vitest";
import * as comma from "../../src/comma/index.js";
import { AbortError, CommaClient } from "../../src/comma/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";

const { http } = useServers();
let tokens = 0;
/** A fresh token per test, so no test shares a limiter with another. */
const freshToken = () => `comma_sk_limiter${String(++tokens).padStart(4, "0")}${Math.random().toString(36).slice(2, 10)}`;

async function counting() {
  return http((_, response) => sendJson(response, 200, { requests: 1 }));
}

/** The most arrivals in any span shorter than `windowMs`. */
function busiest(arrivals: number[], windowMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    let count = 0;
    for (let j = i; j < sorted.length && sorted[j]! - sorted[i]! < windowMs; j++) count++;
    most = Math.max(most, count);
  }
  return most;
}

describe("one token, one limit", () => {
  it("two clients with limits 3 and 2 in the same window never exceed the stricter one together", async () => {
    const api = await counting();
    const token = freshToken();
    const windowMs = 400;
    const a = new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 3, windowMs } });
    const b = new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 2, windowMs } });
    const calls = [a, a, a, b, b, b].map((client) => client.me.usage());
    await within(8_000, Promise.all(calls));
    expect(api.requests).toHaveLength(6);
    // A margin for timer granularity: the limiter counts from the response, the server from arrival.
    expect(
      busiest(
        api.requests.map((seen) => seen.at),
        windowMs - 30,
      ),
    ).toBeLessThanOrEqual(2);
  }, 10_000);

  it("a second client with the same limit but a longer window gets its own window, not the first one's", async () => {
    const api = await counting();
    const token = freshToken();
    new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 3, windowMs: 150 } });
    const slow = new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 3, windowMs: 500 } });
    await within(8_000, Promise.all(Array.from({ length: 6 }, () => slow.me.usage())));
    expect(
      busiest(
        api.requests.map((seen) => seen.at),
        470,
      ),
    ).toBeLessThanOrEqual(3);
  }, 10_000);

  it("different tokens do not share a limit", async () => {
    const api = await counting();
    const windowMs = 60_000;
    const first = new CommaClient({ apiKey: freshToken(), baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs } });
    const second = new CommaClient({ apiKey: freshToken(), baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs } });
    await within(2_000, Promise.all([first.me.usage(), second.me.usage()]));
    expect(api.requests).toHaveLength(2);
  });
});

describe("a slot is given back on every failure path", () => {
  it("a call that fails before anything is sent does not use up the window", async () => {
    const api = await counting();
    const client = new CommaClient({ apiKey: freshToken(), baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs: 60_000 } });
    // Not an AbortSignal: the call fails on our side, before a request exists.
    const early = await outcome(client.me.usage({ signal: { aborted: false } as never }));
    expect(early).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(0);
    await within(2_000, client.me.usage({ timeoutMs: 500 }), "the next call");
    expect(api.requests).toHaveLength(1);
  });

  it("a call aborted while it waits for a slot leaves the queue, and the next one still goes out", async () => {
    const api = await counting();
    const client = new CommaClient({ apiKey: freshToken(), baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs: 300 } });
    await client.me.usage();
    const controller = new AbortController();
    const queued = outcome(client.me.usage({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await within(1_000, queued)).toBeInstanceOf(AbortError);
    await within(2_000, client.me.usage(), "the call after the aborted one");
    expect(api.requests).toHaveLength(2);
  });

  it("a call whose request fails on the network gives its slot back for the window's length only", async () => {
    const api = await counting();
    const token = freshToken();
    const broken = new CommaClient({
      apiKey: token,
      baseUrl: "http://127.0.0.1:9",
      maxRetries: 0,
      rateLimit: { requestsPerMinute: 1, windowMs: 200 },
    });
    expect(await outcome(broken.me.usage())).toBeDefined();
    const working = new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs: 200 } });
    await within(2_000, working.me.usage(), "the call after the failed one");
    expect(api.requests).toHaveLength(1);
  });
});

describe("the limiter between tests", () => {
  it("resetRateLimits() forgets every window, so one test's traffic does not slow the next", async () => {
    const api = await counting();
    const token = freshToken();
    const client = new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs: 60_000 } });
    await client.me.usage();
    const reset = (comma as unknown as { resetRateLimits?: () => void }).resetRateLimits;
    expect(typeof reset).toBe("function");
    reset!();
    const again = new CommaClient({ apiKey: token, baseUrl: api.origin, rateLimit: { requestsPerMinute: 1, windowMs: 60_000 } });
    await within(2_000, again.me.usage(), "the call after resetRateLimits()");
    expect(api.requests).toHaveLength(2);
  });
});
