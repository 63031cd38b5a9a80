// What every client promises about its errors, stated once and run over the four vendors.
import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  ServerError,
  isApiError,
  isConnectionError,
  isVendorAuthError,
} from "../../src/core/errors.js";
import { failure } from "../helpers.js";
import { server, useMsw } from "../msw.js";
import { vendors } from "./vendors.js";

useMsw();

describe.each(vendors)("$name: errors", (vendor) => {
  const { Client, key } = vendor;
  const client = new Client({ apiKey: key, maxRetries: 0 } as never);
  const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
    server.use(http.get(vendor.readUrl, () => new HttpResponse(body, { status, headers: { "content-type": "application/json", ...headers } })));

  test("a 401 that echoes the key is an AuthenticationError with the request id, and no view of it holds the key", async () => {
    answer(401, JSON.stringify({ message: `bad key ${key}`, error: { message: key } }), { "x-request-id": "req_401", "x-echo": key });

    const error = await failure(vendor.read(client), AuthenticationError);

    expect([isVendorAuthError(error), isApiError(error)]).toEqual([true, true]);
    expect(error.requestId).toBe("req_401");
    for (const view of [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: Infinity })]) {
      expect(view).not.toContain(key);
    }
  });

  test("a 2xx that breaks the spec is an ApiError unexpected_response with the request id", async () => {
    answer(200, "[not json", { "x-request-id": "req_2xx" });

    const error = await failure(vendor.read(client));

    expect(error.code).toBe("unexpected_response");
    expect(error.requestId).toBe("req_2xx");
  });

  test("a 503 asking for longer than maxRetryAfterMs is a ServerError with retryAfterMs, sent once", async () => {
    let sent = 0;
    server.use(
      http.get(vendor.readUrl, () => {
        sent++;
        return HttpResponse.json({ message: "down" }, { status: 503, headers: { "retry-after": "600" } });
      }),
    );

    const error = await failure(vendor.read(client, { maxRetries: 2 }), ServerError);

    expect(error.retryAfterMs).toBe(600_000);
    expect(sent).toBe(1);
  });

  test("no response at all is a ConnectionError, not an ApiError", async () => {
    server.use(http.get(vendor.readUrl, () => HttpResponse.error()));

    const error = await vendor.read(client).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(isConnectionError(error)).toBe(true);
  });
});
