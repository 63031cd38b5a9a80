// The core's one path from a response to an error, on the fixture API (no vendor involved).
import { http, HttpResponse } from "msw";
import { describe, expect, test, vi } from "vitest";
import { profile as agentmail } from "../../src/agentmail/profile.js";
import { profile as callmissed } from "../../src/callmissed/profile.js";
import { profile as comma } from "../../src/comma/profile.js";
import { profile as communal } from "../../src/communal/profile.js";
import { parseErrorBody } from "../../src/core/error-body.js";
import { errorObject, errorString, fastApiDetail, fixAndDocs, keyedErrors, pathErrors } from "../../src/core/envelopes.js";
import {
  ApiError,
  NotFoundError,
  RateLimitError,
  ServerError,
  ValidationError,
  VendorAuthError,
  isApiError,
  isRateLimitError,
  isVendorAuthError,
  type ApiErrorInit,
  type ErrorDetails,
} from "../../src/core/errors.js";
import { failure } from "../helpers.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { BASE, KEY, TinyClient } from "../fixtures/core/tiny.js";

useMsw();

const client = new TinyClient({ apiKey: KEY, maxRetries: 0 });
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  server.use(http.get(`${BASE}/items`, () => HttpResponse.json(body as object, { status, headers })));

describe("one path from a response to an error", () => {
  test("a 2xx that breaks the spec carries the request id, headers and status, as a failed status does", async () => {
    answer(200, { count: 1 }, { "x-request-id": "req_2xx" });

    const error = await failure(client.list());

    expect(error.code).toBe("unexpected_response");
    expect(error.requestId).toBe("req_2xx");
    expect(error.status).toBe(200);
    expect(error.headers["x-request-id"]).toBe("req_2xx");
    expect(error.message).toContain("items");
  });

  test("a failed status carries the request id too", async () => {
    answer(404, { message: "gone" }, { "request-id": "req_404" });

    const error = await failure(client.list(), NotFoundError);

    expect(error.requestId).toBe("req_404");
  });

  test("a 503 whose Retry-After exceeds maxRetryAfterMs is thrown at once as a ServerError with retryAfterMs", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/items`,
        record(() => HttpResponse.json({ message: "down" }, { status: 503, headers: { "retry-after": "120" } })),
      ),
    );

    const error = await failure(client.withOptions({ maxRetries: 2 }).list(), ServerError);

    expect(error.retryAfterMs).toBe(120_000);
    expect(requests).toHaveLength(1);
  });

  test("retryAfterMs is on ApiError itself, for any status that sends Retry-After", async () => {
    answer(409, { message: "busy" }, { "retry-after": "3" });

    expect((await failure(client.list())).retryAfterMs).toBe(3000);
  });

  test.each([
    // Raw JSON: JSON.parse makes "__proto__" an own key, as a server's bytes would (a JS literal would not).
    ["a Laravel map", '{"message": "The given data was invalid.", "errors": {"__proto__": ["bad proto"], "constructor": ["bad ctor"]}}'],
    [
      "an AgentMail list",
      JSON.stringify({
        errors: [
          { path: ["__proto__"], message: "bad proto" },
          { path: ["constructor"], message: "bad ctor" },
        ],
      }),
    ],
    [
      "a FastAPI list",
      JSON.stringify({
        detail: [
          { loc: ["__proto__"], msg: "bad proto" },
          { loc: ["constructor"], msg: "bad ctor" },
        ],
      }),
    ],
  ])("a 422 whose fields are named __proto__ and constructor (%s) is a ValidationError with those fields", async (_envelope, json) => {
    server.use(http.get(`${BASE}/items`, () => new HttpResponse(json, { status: 422, headers: { "content-type": "application/json" } })));

    const error = await failure(client.list(), ValidationError);

    expect(Object.keys(error.fieldErrors)).toEqual(["__proto__", "constructor"]);
    // Bracket access on purpose: `.__proto__` would read the prototype, not the field the server named.
    // biome-ignore lint/complexity/useLiteralKeys: see above
    // biome-ignore lint/suspicious/noProto: the own field named "__proto__" is what is under test
    expect(error.fieldErrors["__proto__"]).toEqual(["bad proto"]);
    // biome-ignore lint/complexity/useLiteralKeys: kept alike with the line above
    expect(error.fieldErrors["constructor"]).toEqual(["bad ctor"]);
  });

  test("a body key named __proto__ is kept as a key, scrubbed, and changes no prototype", async () => {
    server.use(
      http.get(
        `${BASE}/items`,
        () =>
          new HttpResponse(`{"__proto__": {"echo": "${KEY}"}, "message": "no"}`, { status: 400, headers: { "content-type": "application/json" } }),
      ),
    );

    const error = await failure(client.list());
    const body = error.body as Record<string, unknown>;

    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(body, "__proto__")?.value).toEqual({ echo: "[redacted]" });
  });

  test("the profile's error reader adds to the shared reading", async () => {
    answer(403, { message: "Not allowed", hint: "Ask an admin for the items scope" });

    const error = await failure(client.list());

    expect(error.fix).toBe("Ask an admin for the items scope");
    expect(error.message).toContain("Not allowed");
  });

  test.each([
    ["AgentMail", agentmail],
    ["Communal", communal],
    ["CallMissed", callmissed],
    ["Comma", comma],
  ])("%s's error reader does not modify the shared reading it is given", (_vendor, profile) => {
    const details: ErrorDetails = Object.freeze({ message: "Token missing scope: sharing" });
    for (const [status, body] of [
      [403, "Token missing scope: sharing"],
      [400, { supported_versions: ["2026-03-25"] }],
    ] as const) {
      expect(() => profile.readError?.(details, body, status)).not.toThrow();
    }
    expect(details).toEqual({ message: "Token missing scope: sharing" });
  });
});

describe("errors from another copy of the package", () => {
  const init: ApiErrorInit = { status: 429, message: "slow down", body: {}, headers: {}, method: "GET", url: `${BASE}/items` };

  test("instanceof and the guards recognise them by brand, both ways", async () => {
    vi.resetModules();
    const copy = await import("../../src/core/errors.js");
    expect(copy.RateLimitError).not.toBe(RateLimitError);

    const theirs = new copy.RateLimitError(init);
    const ours = new RateLimitError(init);

    for (const error of [theirs, ours]) {
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toBeInstanceOf(copy.ApiError);
      expect(error).toBeInstanceOf(VendorAuthError);
      expect(error).not.toBeInstanceOf(NotFoundError);
      expect(error).not.toBeInstanceOf(copy.ServerError);
      expect([isVendorAuthError(error), isApiError(error), isRateLimitError(error)]).toEqual([true, true, true]);
      expect([copy.isApiError(error), copy.isRateLimitError(error)]).toEqual([true, true]);
    }
  });

  test("a plain Error, a look-alike object and a subclass of yours are told apart", () => {
    class AppError extends ApiError {}

    expect(new Error("x")).not.toBeInstanceOf(VendorAuthError);
    expect(isVendorAuthError({ name: "ApiError", status: 500 })).toBe(false);
    expect(new AppError(init)).toBeInstanceOf(AppError);
    expect(new AppError(init)).toBeInstanceOf(ApiError);
    expect(new ApiError(init)).not.toBeInstanceOf(AppError);
  });
});

describe("envelope readers live in their vendor's profile", () => {
  test("the core alone reads only a plain message and code: no FastAPI detail, no OpenAI or Comma error", () => {
    expect(parseErrorBody({ detail: "Not authenticated" }, 401).message).toBe("The server answered 401 Unauthorized");
    expect(parseErrorBody({ detail: [{ loc: ["body", "name"], msg: "required" }] }, 422).fieldErrors).toBeUndefined();
    expect(parseErrorBody({ error: { message: "bad key", code: "invalid_api_key" } }, 401).code).toBeUndefined();
    expect(parseErrorBody({ error: "Token missing scope: sharing" }, 403).message).toBe("The server answered 403 Forbidden");
    expect(parseErrorBody({ message: "no", code: "nope" }, 400)).toMatchObject({ message: "no", code: "nope" });
  });

  test("each vendor lists the envelope its spec and fake use", () => {
    expect(agentmail.errorEnvelopes).toEqual([fixAndDocs, pathErrors]);
    expect(communal.errorEnvelopes).toEqual([keyedErrors]);
    expect(comma.errorEnvelopes).toEqual([errorString]);
    expect(callmissed.errorEnvelopes).toEqual([errorObject, fastApiDetail]);
  });

  test("a vendor's listed reader is used: CallMissed reads a FastAPI detail, AgentMail does not", () => {
    const body = { detail: [{ loc: ["body", "name"], msg: "required" }] };
    expect(parseErrorBody(body, 422, callmissed.errorEnvelopes).fieldErrors).toEqual({ "body.name": ["required"] });
    expect(parseErrorBody(body, 422, agentmail.errorEnvelopes).fieldErrors).toBeUndefined();
    expect(parseErrorBody({ error: "Token missing scope: sharing" }, 403, comma.errorEnvelopes).message).toBe("Token missing scope: sharing");
  });
});
