// The official AgentMail SDK's option names, raw responses and query checks, as every client of all four
// vendors has them: each official name either works with the same meaning or fails loudly naming ours.
import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AbortError, ServerError, TimeoutError } from "../../src/core/errors.js";
import { operations as callMissedOperations } from "../../src/callmissed/generated/meta.js";
import { ApiPromise } from "../../src/core/api-promise.js";
import { failure, thrown } from "../helpers.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { vendors } from "./vendors.js";

useMsw();

describe.each(vendors)("$name: the official SDK's option names", (vendor) => {
  const { Client, key } = vendor;
  const create = (options: object = {}) => new Client({ apiKey: key, ...options } as never);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function hang() {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        vendor.readUrl,
        record(async () => {
          await delay("infinite");
          return HttpResponse.json(vendor.validBody);
        }),
      ),
    );
    return requests;
  }

  async function timesOutAfter(call: Promise<unknown>, ms: number): Promise<TimeoutError> {
    let settled = false;
    const outcome = call.then(
      () => expect.unreachable("the call should have timed out"),
      (error: unknown) => {
        settled = true;
        return error;
      },
    );
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    return error as TimeoutError;
  }

  test("timeoutInSeconds on the client is timeoutMs in seconds", async () => {
    const requests = hang();

    const error = await timesOutAfter(vendor.read(create({ timeoutInSeconds: 0.25, maxRetries: 0 })), 250);

    expect(error.timeoutMs).toBe(250);
    expect(requests).toHaveLength(1);
  });

  test("timeoutInSeconds per call overrides the client's timeout", async () => {
    hang();

    const error = await timesOutAfter(vendor.read(create({ timeoutMs: 60_000, maxRetries: 0 }), { timeoutInSeconds: 1.5 }), 1_500);

    expect(error.timeoutMs).toBe(1_500);
  });

  test("withOptions({ timeoutInSeconds }) replaces a timeoutMs the client had, as the same setting", async () => {
    hang();

    const derived = create({ timeoutMs: 60_000, maxRetries: 0 }).withOptions({ timeoutInSeconds: 0.5 });
    const error = await timesOutAfter(vendor.read(derived), 500);

    expect(error.timeoutMs).toBe(500);
    expect(() => create().withOptions({ timeoutMs: 1_000, timeoutInSeconds: 1 })).toThrow(/timeoutMs and timeoutInSeconds are one setting/);
  });

  test("timeoutMs and timeoutInSeconds together are a TypeError, on the client and per call, before any request", async () => {
    const requests = hang();

    expect(thrown(() => create({ timeoutMs: 1_000, timeoutInSeconds: 1 })).message).toMatch(
      /timeoutMs and timeoutInSeconds are one setting under two names; give only one/,
    );
    await expect(vendor.read(create(), { timeoutMs: 1_000, timeoutInSeconds: 1 })).rejects.toThrow(/timeoutMs and timeoutInSeconds are one setting/);
    expect(requests).toHaveLength(0);
  });

  test.each([0, -1, Number.NaN, "5"])("timeoutInSeconds %s is a TypeError naming it", async (value) => {
    expect(thrown(() => create({ timeoutInSeconds: value })).message).toMatch(/timeoutInSeconds must be a number from 0.001/);
    await expect(vendor.read(create(), { timeoutInSeconds: value as number })).rejects.toThrow(/timeoutInSeconds must be/);
  });

  test("an already aborted abortSignal rejects with AbortError before any request", async () => {
    const requests = hang();

    await failure(vendor.read(create(), { abortSignal: AbortSignal.abort() }), AbortError);

    expect(requests).toHaveLength(0);
  });

  test("abortSignal cancels a request in flight, as signal does", async () => {
    const requests = hang();
    const controller = new AbortController();
    const call = vendor.read(create(), { abortSignal: controller.signal });
    await vi.advanceTimersByTimeAsync(10);

    controller.abort();

    await failure(call, AbortError);
    expect(requests).toHaveLength(1);
  });

  test("signal and abortSignal together are a TypeError before any request", async () => {
    const requests = hang();
    const controller = new AbortController();

    await expect(vendor.read(create(), { signal: controller.signal, abortSignal: controller.signal })).rejects.toThrow(
      /signal and abortSignal are one setting/,
    );
    expect(requests).toHaveLength(0);
  });

  test("maxRetries, the same name in both SDKs, sets the retries of a call and of the client", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        vendor.readUrl,
        record(() => HttpResponse.json({ message: "down" }, { status: 503, headers: { "retry-after": "0" } })),
      ),
    );

    // Retry-After: 0 is still a timer, and the timers are fake here.
    const run = async (call: Promise<unknown>) => {
      const outcome = failure(call, ServerError);
      await vi.advanceTimersByTimeAsync(10);
      return outcome;
    };

    await run(vendor.read(create({ maxRetries: 0 })));
    expect(requests).toHaveLength(1);
    await run(vendor.read(create({ maxRetries: 0 }), { maxRetries: 1 }));
    expect(requests).toHaveLength(3);
  });

  test.each([
    ["apiKey", () => key],
    ["apiKey", Promise.resolve(key)],
    ["baseUrl", () => vendor.server],
  ])("%s as a supplier (the official SDK's function or promise) is a TypeError asking for the value", (option, value) => {
    const error = thrown(() => create({ [option]: value }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(new RegExp(`${option} must be a string \\(compute it first\\), got (a function|an object)`));
  });

  test("logging, the official SDK's log option, is a TypeError naming logLevel and logger", () => {
    const error = thrown(() => create({ logging: { level: "debug" } }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('unknown option "logging" (an option of the official AgentMail SDK): write logLevel');
    expect(error.message).toContain("and logger");
  });

  test("queryParams per call is a TypeError naming what to write instead, before any request", async () => {
    const requests = hang();

    await expect(vendor.read(create(), { queryParams: { extra: 1 } } as never)).rejects.toThrow(
      /unknown option "queryParams" \(an option of the official AgentMail SDK\): write the method's parameters, or httpClient\(client\) from vendor-auth\/http for others/,
    );
    expect(requests).toHaveLength(0);
  });

  test("a header value that is not a string (the official SDK's suppliers) is a TypeError, on the client and per call", async () => {
    const requests = hang();

    expect(thrown(() => create({ headers: { "x-trace": () => "t" } })).message).toMatch(
      /headers\["x-trace"\] must be a string or null \(compute it first\), got a function/,
    );
    expect(thrown(() => create({ headers: { "x-trace": 5 } })).message).toMatch(
      /headers\["x-trace"\] must be a string or null \(compute it first\), got 5/,
    );
    await expect(vendor.read(create(), { headers: { "x-trace": Promise.resolve("t") } as never })).rejects.toThrow(
      /headers\["x-trace"\] must be a string or null \(compute it first\), got an object/,
    );
    expect(requests).toHaveLength(0);
  });
});

describe.each(vendors)("$name: withRawResponse", (vendor) => {
  const create = () => new vendor.Client({ apiKey: vendor.key } as never);

  test("every call is an ApiPromise whose withRawResponse() gives the data, the response and the request id", async () => {
    server.use(
      http.get(vendor.readUrl, () => HttpResponse.json(vendor.validBody, { status: 200, headers: { "x-request-id": "req_42", "x-extra": "1" } })),
    );

    const call = vendor.read(create());
    const { data, rawResponse, requestId } = await call.withRawResponse();

    expect(call).toBeInstanceOf(ApiPromise);
    expect(call).toBeInstanceOf(Promise);
    expect(data).toEqual(await vendor.read(create()));
    expect(rawResponse).toMatchObject({ status: 200, statusText: "OK", url: vendor.readUrl, redirected: false });
    expect(rawResponse.headers).toBeInstanceOf(Headers);
    expect(rawResponse.headers.get("x-extra")).toBe("1");
    expect(requestId).toBe("req_42");
  });

  test("without a request-id header, requestId is undefined", async () => {
    server.use(http.get(vendor.readUrl, () => HttpResponse.json(vendor.validBody)));

    expect((await vendor.read(create()).withRawResponse()).requestId).toBeUndefined();
  });

  test("a failed call rejects withRawResponse() with the same error, which carries the rawResponse", async () => {
    server.use(http.get(vendor.readUrl, () => HttpResponse.json({ message: "nope" }, { status: 404, headers: { "x-request-id": "req_7" } })));

    const error = await failure(vendor.read(create()).withRawResponse());

    expect(error.statusCode).toBe(404);
    expect(error.rawResponse).toMatchObject({ status: 404, statusText: "Not Found", url: vendor.readUrl });
    expect(error.rawResponse.headers.get("x-request-id")).toBe("req_7");
  });
});

describe.each(vendors)("$name: query parameters", (vendor) => {
  const create = () => new vendor.Client({ apiKey: vendor.key } as never);

  if (!vendor.query) {
    test("no operation takes query parameters, so no method can send one", () => {
      expect(vendor.name).toBe("CallMissed");
      expect(Object.values(callMissedOperations as Record<string, { query?: unknown }>).filter((op) => op.query)).toEqual([]);
    });
    return;
  }
  const query = vendor.query;

  test("an unknown query key is a TypeError listing the spec's parameters, before any request", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        query.url,
        record(() => HttpResponse.json(query.body)),
      ),
    );

    const error = await failure(query.call(create(), { limt: 5 }), TypeError);

    expect(error.message).toBe(`query.limt is not a known parameter. Valid parameters: ${query.valid.join(", ")}.`);
    expect(requests).toHaveLength(0);
  });

  test("the spec's parameters are sent under their wire names", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        query.url,
        record(() => HttpResponse.json(query.body)),
      ),
    );
    const [name] = query.valid;

    await query.call(create(), { [name!]: "1" });

    expect([...requests[0]!.url.searchParams.keys()]).toHaveLength(1);
  });
});
