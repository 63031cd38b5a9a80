/**
 * Options as they arrive from configuration: `Number(process.env.X)` of an unset variable is NaN, a
 * string survives a JSON config, a timeout of "forever" is Infinity, and a typo is a key nobody reads.
 * Each is refused with a TypeError naming the option, before any request, at construction and per call;
 * none turns into unbounded retries or a timer Node silently shortens to 1 ms.
 */
import { describe, expect, it } from "vitest";
import { RateLimitError, ServerError } from "../../src/agentmail/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";
import { optionsFor, vendors } from "./vendors.js";

const { http } = useServers();
const DAY_S = 24 * 60 * 60;

/** A server answering 429 with `Retry-After: 0` forever: a bad retry count would hammer it. */
async function storm() {
  return http((_, response) => sendJson(response, 429, { message: "slow down", error: "slow down" }, { "retry-after": "0" }));
}

/** Ends a call that a bad option would keep retrying, so it cannot outlive its test. */
const bounded = () => AbortSignal.timeout(1_500);

const BAD_COUNTS = [Number.NaN, "abc", "2", -1, 1.5, Number.POSITIVE_INFINITY, {}];
const BAD_DURATIONS = [Number.NaN, "abc", "1000", -1, Number.POSITIVE_INFINITY, 2 ** 31, 2 ** 53];

describe.each(vendors)("$name: numeric options are checked", (vendor) => {
  it.each(BAD_COUNTS)("maxRetries %j is a TypeError naming it, at construction, before any request", async (value) => {
    const api = await storm();
    const error = await within(2_000, outcome(vendor.read(optionsFor(vendor, api.origin, { maxRetries: value }), { signal: bounded() })));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("maxRetries");
    expect(api.requests).toHaveLength(0);
  });

  it.each(BAD_DURATIONS)("timeoutMs %j is a TypeError naming it at construction", async (value) => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const atConstruction = await outcome(vendor.read(optionsFor(vendor, api.origin, { timeoutMs: value })));
    expect(atConstruction).toBeInstanceOf(TypeError);
    expect((atConstruction as Error).message).toContain("timeoutMs");
    expect(api.requests).toHaveLength(0);
  });

  it.each([Number.NaN, "abc", -1, Number.POSITIVE_INFINITY])("maxRetryAfterMs %j is a TypeError naming it", async (value) => {
    const api = await storm();
    const error = await outcome(vendor.read(optionsFor(vendor, api.origin, { maxRetryAfterMs: value }), { signal: bounded() }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("maxRetryAfterMs");
    expect(api.requests).toHaveLength(0);
  });

  it("a misspelled option is a TypeError naming it, not silently ignored", async () => {
    const api = await storm();
    const error = await outcome(vendor.read({ ...optionsFor(vendor, api.origin), maxRetires: 0 }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("maxRetires");
    expect(api.requests).toHaveLength(0);
  });

  it("a signal that is not an AbortSignal is a TypeError before any request", async () => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const error = await outcome(vendor.read(optionsFor(vendor, api.origin), { signal: { aborted: false } }));
    expect(error).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(0);
  });
});

describe.each(vendors)("$name: numeric options are checked per call too", (vendor) => {
  it.each(BAD_COUNTS)("maxRetries %j per call is a TypeError too", async (value) => {
    const api = await storm();
    const error = await within(2_000, outcome(vendor.read(optionsFor(vendor, api.origin), { maxRetries: value, signal: bounded() })));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("maxRetries");
    expect(api.requests).toHaveLength(0);
  });

  it.each(BAD_DURATIONS)("timeoutMs %j per call is a TypeError naming it", async (value) => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const perCall = await outcome(vendor.read(optionsFor(vendor, api.origin), { timeoutMs: value }));
    expect(perCall).toBeInstanceOf(TypeError);
    expect((perCall as Error).message).toContain("timeoutMs");
    expect(api.requests).toHaveLength(0);
  });
});

describe.each(vendors)("$name: a wait longer than a timer can hold", (vendor) => {
  it("Retry-After of 30 days with maxRetryAfterMs of 40 days (past 2^31 ms): refused at construction or thrown at once", async () => {
    const api = await http((_, response) => sendJson(response, 429, { message: "later", error: "later" }, { "retry-after": String(30 * DAY_S) }));
    const started = performance.now();
    const error = await within(3_000, outcome(vendor.read(optionsFor(vendor, api.origin, { maxRetries: 2, maxRetryAfterMs: 40 * DAY_S * 1000 }))));
    if (error instanceof TypeError) {
      expect(error.message).toContain("maxRetryAfterMs");
      expect(api.requests).toHaveLength(0);
    } else {
      // Node turns an oversized timer into 1 ms: a retry "after 30 days" would go out at once.
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(30 * DAY_S * 1000);
      expect(api.requests).toHaveLength(1);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("retry-after-ms of 1e20 on a 503 is thrown at once with the wait on the error", async () => {
    const api = await http((_, response) =>
      sendJson(response, 503, { message: "later", error: "later" }, { "retry-after-ms": "100000000000000000000" }),
    );
    const error = await within(3_000, outcome(vendor.read(optionsFor(vendor, api.origin, { maxRetries: 2 }))));
    expect(error).toBeInstanceOf(ServerError);
    expect(api.requests).toHaveLength(1);
    expect((error as { retryAfterMs?: number }).retryAfterMs).toBe(1e20);
  });
});

describe("rate-limit options (Comma)", () => {
  const token = "comma_sk_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH";
  it.each([
    [{ requestsPerMinute: Number.NaN }, "requestsPerMinute"],
    [{ requestsPerMinute: "60" }, "requestsPerMinute"],
    [{ requestsPerMinute: 0 }, "requestsPerMinute"],
    [{ requestsPerMinute: 10, windowMs: Number.NaN }, "windowMs"],
    [{ requestsPerMinute: 10, windowMs: -1 }, "windowMs"],
    [{ requestsPerMinute: 10, windowMs: Number.POSITIVE_INFINITY }, "windowMs"],
    [{ requestsPerMinute: 10, windowMs: 2 ** 31 }, "windowMs"],
    [{ requestsPerMinute: 10, windwMs: 1000 }, "windwMs"],
  ])("%j is a TypeError naming %s", (rateLimit, name) => {
    expect(() => new CommaClient({ apiKey: token, rateLimit: rateLimit as never })).toThrow(TypeError);
    expect(() => new CommaClient({ apiKey: token, rateLimit: rateLimit as never })).toThrow(name);
  });
});

describe.each(vendors)("$name: hostile strings in options", (vendor) => {
  it("a header value with CR LF is a TypeError before any request, not a second header", async () => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const error = await outcome(vendor.read(optionsFor(vendor, api.origin, { headers: { "x-trace": "1\r\nx-injected: yes" } })));
    expect(error).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(0);
  });

  it("a per-call header value with CR LF is a TypeError before any request", async () => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const error = await outcome(vendor.read(optionsFor(vendor, api.origin), { headers: { "x-trace": "1\r\nx-injected: yes" } }));
    expect(error).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(0);
  });

  it.each(["javascript:alert(1)", "file:///etc/passwd", "data:,x", "ftp://127.0.0.1/"])(
    "baseUrl %s is a TypeError at construction",
    async (baseUrl) => {
      const error = await outcome(vendor.read(optionsFor(vendor, baseUrl)));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toContain("baseUrl");
    },
  );

  it("a baseUrl with a password in it is a TypeError that does not repeat the password", async () => {
    const error = await outcome(vendor.read(optionsFor(vendor, "http://user:hunter2secret@127.0.0.1:9")));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("baseUrl");
    expect(String((error as Error).message)).not.toContain("hunter2secret");
  });
});
