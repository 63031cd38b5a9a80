/**
 * Fault scenarios through the real clients on MSW, for every vendor: connection resets before and during
 * the body, a 2xx that breaks the spec, a body that stalls past the timeout, a 429 storm, and aborts at
 * each point of a call's life.
 */
import { HttpResponse, delay, http } from "msw";
import { describe, expect, it } from "vitest";
import { AbortError, ApiError, ConnectionError, RateLimitError, TimeoutError } from "../../src/core/errors.js";
import { server, useMsw } from "../msw.js";
import { vendors } from "./vendors.js";

useMsw();

const encoder = new TextEncoder();
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** A JSON body that sends its first bytes, then fails (`error`) or never finishes (`stall`). */
function brokenBody(mode: "error" | "stall"): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode('{"partial":'));
      if (mode === "error") setTimeout(() => controller.error(new Error("connection reset")), 5);
    },
  });
}

describe.each(vendors)("$name under faults", (vendor) => {
  const key = `${vendor.prefix}secret_${vendor.name}`;
  const method = "get" as const;
  let attempts = 0;
  const count =
    <T>(answer: () => T | Promise<T>) =>
    async () => {
      attempts += 1;
      return answer();
    };
  const reset = () => (attempts = 0);

  it("a connection reset before the headers is a ConnectionError; a POST is not repeated, a PUT is", async () => {
    reset();
    server.use(
      http[method](
        vendor.readUrl,
        count(() => HttpResponse.error()),
      ),
    );
    expect(await failure(vendor.read({ apiKey: key, maxRetries: 0 }))).toBeInstanceOf(ConnectionError);
    expect(attempts).toBe(1);
    const { write } = vendor;
    if (!write) return; // CallMissed has no write call of its own.
    reset();
    server.use(
      http[write.method](
        write.url,
        count(() => HttpResponse.error()),
      ),
    );
    expect(await failure(write.run({ apiKey: key, maxRetries: 2 }))).toBeInstanceOf(ConnectionError);
    // A PUT replaces the whole record, so repeating it cannot duplicate anything; a POST could.
    expect(attempts).toBe(write.method === "put" ? 3 : 1);
  });

  it("a connection reset in the middle of the body is a ConnectionError", async () => {
    server.use(http[method](vendor.readUrl, () => new HttpResponse(brokenBody("error"), { headers: { "content-type": "application/json" } })));
    const error = await failure(vendor.read({ apiKey: key, maxRetries: 0 }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).not.toContain(key);
  });

  it("a 2xx whose body breaks the spec is an ApiError that says what was expected, with the status", async () => {
    server.use(http[method](vendor.readUrl, () => HttpResponse.json(Array.isArray(vendor.validBody) ? { not: "a list" } : ["not", "an object"])));
    const error = (await failure(vendor.read({ apiKey: key, maxRetries: 0 }))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.code).toBe("unexpected_response");
    expect(error.message).toMatch(/expected an? (object|array)/);
  });

  it("a body that stalls past timeoutMs is a TimeoutError", async () => {
    server.use(http[method](vendor.readUrl, () => new HttpResponse(brokenBody("stall"), { headers: { "content-type": "application/json" } })));
    const started = Date.now();
    const error = await failure(vendor.read({ apiKey: key, maxRetries: 0, timeoutMs: 100 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a 429 storm ends in RateLimitError after exactly maxRetries + 1 attempts", async () => {
    reset();
    server.use(
      http[method](
        vendor.readUrl,
        count(() => HttpResponse.json({ error: "slow down", message: "slow down" }, { status: 429, headers: { "Retry-After": "0" } })),
      ),
    );
    const error = await failure(vendor.read({ apiKey: key, maxRetries: 3 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(attempts).toBe(4);
  });

  describe("abort", () => {
    it("before sending: AbortError and no request", async () => {
      reset();
      server.use(
        http[method](
          vendor.readUrl,
          count(() => HttpResponse.json(vendor.validBody)),
        ),
      );
      const controller = new AbortController();
      controller.abort();
      expect(await failure(vendor.read({ apiKey: key }, controller.signal))).toBeInstanceOf(AbortError);
      expect(attempts).toBe(0);
    });

    it("while waiting for the response", async () => {
      reset();
      server.use(
        http[method](
          vendor.readUrl,
          count(async () => {
            await delay(2000);
            return HttpResponse.json(vendor.validBody);
          }),
        ),
      );
      const error = await failure(vendor.read({ apiKey: key }, AbortSignal.timeout(30)));
      expect(error).toBeInstanceOf(AbortError);
      expect(attempts).toBe(1);
    });

    it("during the backoff sleep: no further request afterwards", async () => {
      reset();
      server.use(
        http[method](
          vendor.readUrl,
          count(() => HttpResponse.json({ error: "busy", message: "busy" }, { status: 503, headers: { "Retry-After": "2" } })),
        ),
      );
      const started = Date.now();
      const error = await failure(vendor.read({ apiKey: key, maxRetries: 2 }, AbortSignal.timeout(50)));
      expect(error).toBeInstanceOf(AbortError);
      expect(Date.now() - started).toBeLessThan(1000);
      await delay(100);
      expect(attempts).toBe(1);
    });

    it("while the body is being read", async () => {
      server.use(http[method](vendor.readUrl, () => new HttpResponse(brokenBody("stall"), { headers: { "content-type": "application/json" } })));
      expect(await failure(vendor.read({ apiKey: key, timeoutMs: 60_000 }, AbortSignal.timeout(50)))).toBeInstanceOf(AbortError);
    });

    it("at random points, always an AbortError or the data, never a request after the abort", async () => {
      for (let run = 0; run < 10; run++) {
        let lastRequestAt = 0;
        let abortedAt = Number.POSITIVE_INFINITY;
        let served = 0;
        server.use(
          http[method](vendor.readUrl, async () => {
            lastRequestAt = performance.now();
            served += 1;
            await delay(10);
            return served < 3
              ? HttpResponse.json({ error: "busy", message: "busy" }, { status: 503, headers: { "Retry-After-Ms": "10" } })
              : HttpResponse.json(vendor.validBody);
          }),
        );
        const controller = new AbortController();
        setTimeout(() => {
          abortedAt = performance.now();
          controller.abort();
        }, Math.random() * 60);
        const outcome = await vendor.read({ apiKey: key, maxRetries: 3 }, controller.signal).then(
          () => "data",
          (e: unknown) => e,
        );
        await delay(40);
        if (outcome !== "data") {
          expect(outcome).toBeInstanceOf(AbortError);
          expect(lastRequestAt).toBeLessThanOrEqual(abortedAt);
        }
      }
    });
  });
});
