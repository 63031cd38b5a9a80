import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ApiPromise, type WithRawResponse } from "../../src/core/api-promise.js";
import { NotFoundError } from "../../src/core/errors.js";
import { BASE, KEY, TinyClient } from "../fixtures/core/tiny.js";
import { createRecorder, server, useMsw } from "../msw.js";

useMsw();

const client = new TinyClient({ apiKey: KEY, maxRetries: 0 });
const page = { count: 1, items: [{ item_id: "i_1", name: "one" }] };

describe("ApiPromise", () => {
  // Node reports an unhandled rejection after the microtasks of the turn it happened in have run.
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
  const nextTurns = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  beforeEach(() => {
    unhandled.length = 0;
    process.on("unhandledRejection", onUnhandled);
  });
  afterEach(() => {
    process.off("unhandledRejection", onUnhandled);
  });

  test("awaiting only withRawResponse() of a failing call leaves no unhandled rejection", async () => {
    server.use(http.get(`${BASE}/items`, () => HttpResponse.json({ message: "gone" }, { status: 404 })));

    await expect(client.list().withRawResponse()).rejects.toBeInstanceOf(NotFoundError);
    await nextTurns();

    expect(unhandled).toEqual([]);
  });

  test("awaiting only the result of a failing call leaves no unhandled rejection", async () => {
    server.use(http.get(`${BASE}/items`, () => HttpResponse.json({ message: "gone" }, { status: 404 })));

    await expect(client.list()).rejects.toBeInstanceOf(NotFoundError);
    await nextTurns();

    expect(unhandled).toEqual([]);
  });

  test("a failing call nobody awaits is reported unhandled, as a plain promise would be", async () => {
    server.use(http.get(`${BASE}/items`, () => HttpResponse.json({ message: "gone" }, { status: 404 })));

    void client.list();
    await nextTurns();

    expect(unhandled).toHaveLength(1);
    expect(unhandled[0]).toBeInstanceOf(NotFoundError);
  });

  test("the result and withRawResponse() of one call come from one request", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/items`,
        record(() => HttpResponse.json(page, { headers: { "request-id": "r_9" } })),
      ),
    );

    const call = client.list();
    const [data, raw] = await Promise.all([call, call.withRawResponse()]);

    expect(data).toEqual({ count: 1, items: [{ itemId: "i_1", name: "one" }] });
    expect(raw.data).toBe(data);
    expect(raw.requestId).toBe("r_9");
    expect(requests).toHaveLength(1);
  });

  test("then, catch and finally give plain Promises, and await works as on any promise", async () => {
    server.use(http.get(`${BASE}/items`, () => HttpResponse.json(page)));

    const call = client.list();
    const chained = call.then((result) => result.count);
    const caught = call.catch(() => 0);
    const finished = call.finally(() => {});

    for (const derived of [chained, caught, finished]) {
      expect(derived).not.toBeInstanceOf(ApiPromise);
      expect(derived).toBeInstanceOf(Promise);
    }
    expect(await chained).toBe(1);
    expect(await caught).toEqual(await call);
    expect(await finished).toEqual(await call);
  });

  test("a delete answers void, with the response beside it", async () => {
    server.use(http.delete(`${BASE}/items/i_1`, () => new HttpResponse(null, { status: 204, headers: { "x-request-id": "r_del" } })));

    const raw: WithRawResponse<void> = await client.delete("i_1").withRawResponse();

    expect(raw).toMatchObject({ data: undefined, requestId: "r_del", rawResponse: { status: 204, url: `${BASE}/items/i_1` } });
  });
});
