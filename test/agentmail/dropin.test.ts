// What code written for the official AgentMail SDK meets here: its environments, its error class names and
// the fields its catch blocks read. Each either means the same or fails loudly naming our way.
import { delay, http, HttpResponse } from "msw";
import { describe, expect, test, vi } from "vitest";
import {
  AbortError,
  AgentMailClient,
  AgentMailEnvironment,
  AgentMailError,
  AgentMailTimeoutError,
  ApiError,
  IsTakenError,
  UnprocessableError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  TimeoutError,
  ValidationError,
  VendorAuthError,
} from "../../src/agentmail/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { failure, thrown } from "../helpers.js";

useMsw();

const KEY = "am_live_5ecret_do_not_leak_77";
const page = { count: 0, api_keys: [] };

describe("environment", () => {
  test.each([
    ["Prod", "https://api.agentmail.to"],
    ["ProdX402", "https://x402.api.agentmail.to"],
    ["ProdMpp", "https://mpp.api.agentmail.to"],
    ["EuProd", "https://api.agentmail.eu"],
  ] as const)("AgentMailEnvironment.%s sends every request to %s", async (name, origin) => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${origin}/v0/api-keys`,
        record(() => HttpResponse.json(page)),
      ),
    );
    const client = new AgentMailClient({ apiKey: KEY, environment: AgentMailEnvironment[name] });

    await client.apiKeys.list();
    await client.withOptions({ apiKey: `${KEY}_2` }).apiKeys.list();

    expect(requests.map((r) => r.url.origin)).toEqual([origin, origin]);
  });

  test("an environment equal to a documented one (a copy of the official SDK's constant) is accepted", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        "https://api.agentmail.eu/v0/api-keys",
        record(() => HttpResponse.json(page)),
      ),
    );

    await new AgentMailClient({ apiKey: KEY, environment: { ...AgentMailEnvironment.EuProd } }).apiKeys.list();

    expect(requests).toHaveLength(1);
  });

  test.each([
    ["a URL string", "https://api.agentmail.eu"],
    ["a custom server", { http: "https://proxy.example.com", websockets: "wss://proxy.example.com" }],
    ["a function (the official SDK's supplier)", () => AgentMailEnvironment.EuProd],
    ["null", null],
  ])("%s is a TypeError at construction listing the environments and naming baseUrl", (_what, environment) => {
    const error = thrown(() => new AgentMailClient({ apiKey: KEY, environment: environment as never }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      "AgentMailClient: environment must be one of AgentMailEnvironment.Prod (https://api.agentmail.to), " +
        "AgentMailEnvironment.ProdX402 (https://x402.api.agentmail.to), AgentMailEnvironment.ProdMpp (https://mpp.api.agentmail.to), " +
        "AgentMailEnvironment.EuProd (https://api.agentmail.eu); for any other server, give baseUrl instead.",
    );
  });

  test("environment with baseUrl is a TypeError, since one of them would be ignored", () => {
    const error = thrown(() => new AgentMailClient({ apiKey: KEY, environment: AgentMailEnvironment.EuProd, baseUrl: "http://localhost:1" }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("AgentMailClient: baseUrl and environment are one setting under two names; give only one.");
  });

  test("withOptions with baseUrl replaces the environment (and environment a baseUrl), as one setting", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        "https://api.agentmail.eu/v0/api-keys",
        record(() => HttpResponse.json(page)),
      ),
      http.get(
        "https://mock.example.com/v0/api-keys",
        record(() => HttpResponse.json(page)),
      ),
    );
    const eu = new AgentMailClient({ apiKey: KEY, environment: AgentMailEnvironment.EuProd });

    const mocked = eu.withOptions({ baseUrl: "https://mock.example.com" });
    await mocked.apiKeys.list();
    await mocked.withOptions({ environment: AgentMailEnvironment.EuProd }).apiKeys.list();

    expect(requests.map((r) => r.url.origin)).toEqual(["https://mock.example.com", "https://api.agentmail.eu"]);
  });

  test("an unknown option still lists environment among the valid ones", () => {
    expect(thrown(() => new AgentMailClient({ apiKey: KEY, enviroment: AgentMailEnvironment.EuProd } as never)).message).toMatch(
      /unknown option "enviroment". Valid options: .*environment/,
    );
  });
});

describe("the official error names", () => {
  const client = new AgentMailClient({ apiKey: KEY, maxRetries: 0 });
  const answer = (status: number, body: Record<string, unknown>) =>
    server.use(
      http.get("https://api.agentmail.to/v0/api-keys/key_1", () => HttpResponse.json(body, { status, headers: { "x-request-id": "req_1" } })),
    );

  test.each([
    [400, ValidationError, { name: "ValidationError", errors: [] }],
    [404, NotFoundError, { name: "NotFoundError", message: "Key not found" }],
    [409, ConflictError, { name: "ConflictError", message: "Conflict" }],
  ] as const)("a %s is the official per-status class of that name, and an AgentMailError", async (status, Class, body) => {
    answer(status, body);

    const error = await failure(client.apiKeys.get("key_1"));

    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(AgentMailError);
    expect(error).not.toBeInstanceOf(AgentMailTimeoutError);
    expect(error.statusCode).toBe(status);
    expect(error.body).toEqual(body);
    expect(error.rawResponse.status).toBe(status);
    expect(error.rawResponse.headers.get("x-request-id")).toBe("req_1");
  });

  test("a 422 is an IsTakenError and an UnprocessableError (status checks), and our ValidationError; other statuses are neither", async () => {
    answer(422, { name: "IsTakenError", message: "Taken" });
    const taken = await failure(client.apiKeys.get("key_1"));
    answer(404, { name: "NotFoundError", message: "Key not found" });
    const missing = await failure(client.apiKeys.get("key_1"));

    for (const Class of [IsTakenError, UnprocessableError, ValidationError, AgentMailError]) expect(taken).toBeInstanceOf(Class);
    expect(missing).not.toBeInstanceOf(IsTakenError);
    expect(missing).not.toBeInstanceOf(UnprocessableError);
  });

  test("a catch block written for the official SDK reads statusCode, body and rawResponse", async () => {
    answer(404, { name: "NotFoundError", message: "Key not found" });

    let seen: unknown;
    try {
      await client.apiKeys.get("key_1");
    } catch (e) {
      if (e instanceof AgentMailError) seen = { statusCode: e.statusCode, body: e.body, status: e.rawResponse?.status };
    }

    expect(seen).toEqual({ statusCode: 404, body: { name: "NotFoundError", message: "Key not found" }, status: 404 });
  });

  test("the body and rawResponse of an error never show the key, nor does toJSON", async () => {
    server.use(
      http.get("https://api.agentmail.to/v0/api-keys/key_1", ({ request }) =>
        HttpResponse.json({ message: `bad ${request.headers.get("authorization")}` }, { status: 401, headers: { "x-echo": KEY } }),
      ),
    );

    const error = await failure(client.apiKeys.get("key_1"));

    expect(JSON.stringify(error.body)).not.toContain(KEY);
    expect([...error.rawResponse.headers.values()].join(" ")).not.toContain(KEY);
    expect(error.rawResponse.headers.get("x-echo")).toBe("[redacted]");
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(Object.keys(error.toJSON())).not.toContain("rawResponse");
  });

  test("a request with no answer (connection failed, aborted) is an AgentMailError without a status, as in the official SDK", async () => {
    server.use(http.get("https://api.agentmail.to/v0/api-keys/key_1", () => HttpResponse.error()));

    const refused = await failure(client.apiKeys.get("key_1"), ConnectionError);
    const aborted = await failure(client.apiKeys.get("key_1", { abortSignal: AbortSignal.abort() }), AbortError);

    for (const error of [refused, aborted]) {
      expect(error).toBeInstanceOf(AgentMailError);
      expect((error as AgentMailError).statusCode).toBeUndefined();
    }
  });

  test("a timeout is an AgentMailTimeoutError and not an AgentMailError, as in the official SDK", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      server.use(
        http.get("https://api.agentmail.to/v0/api-keys/key_1", async () => {
          await delay("infinite");
          return HttpResponse.json({});
        }),
      );
      const outcome = failure(client.apiKeys.get("key_1", { timeoutInSeconds: 1 }), TimeoutError);
      await vi.advanceTimersByTimeAsync(1_000);
      const error = await outcome;

      expect(error).toBeInstanceOf(AgentMailTimeoutError);
      expect(error).not.toBeInstanceOf(AgentMailError);
    } finally {
      vi.useRealTimers();
    }
  });

  test("TypeErrors of bad input and plain errors match neither name", () => {
    for (const value of [new TypeError("bad"), new Error("x"), { statusCode: 404 }, null]) {
      expect(value).not.toBeInstanceOf(AgentMailError);
      expect(value).not.toBeInstanceOf(AgentMailTimeoutError);
    }
  });

  test("the names match errors of another copy of the package, by brand", async () => {
    vi.resetModules();
    const copy = await import("../../src/core/errors.js");
    const init = { status: 404, message: "gone", body: {}, headers: {}, method: "GET", url: "https://api.agentmail.to/v0/api-keys/k" };

    expect(new copy.NotFoundError(init)).toBeInstanceOf(AgentMailError);
    expect(new copy.TimeoutError("GET", init.url, 5)).toBeInstanceOf(AgentMailTimeoutError);
    expect(new copy.NotFoundError(init)).toBeInstanceOf(ApiError);
  });

  test("the names are for instanceof only: our errors are VendorAuthErrors, never built from them", () => {
    expect(Object.getPrototypeOf(NotFoundError.prototype)).not.toBe(AgentMailError.prototype);
    expect(new NotFoundError({ status: 404, message: "m", body: {}, headers: {}, method: "GET", url: "u" })).toBeInstanceOf(VendorAuthError);
  });
});

describe("dates", () => {
  const client = new AgentMailClient({ apiKey: KEY, maxRetries: 0 });
  const iso = "2026-01-02T03:04:05.678+01:00";

  test("a date-time field is the ISO string the server sent, not a Date (README, Dates)", async () => {
    server.use(
      http.get("https://api.agentmail.to/v0/api-keys/key_1", () =>
        HttpResponse.json({ type: "bearer", api_key_id: "key_1", name: "n", created_at: iso, updated_at: iso, used_at: iso }),
      ),
    );

    const key = await client.apiKeys.get("key_1");

    expect(key.createdAt).toBe(iso);
    expect(key.usedAt).toBe(iso);
  });

  test("a Date given where the API takes an ISO string is a TypeError naming toISOString, before any request", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        "https://api.agentmail.to/v0/api-keys",
        record(() => HttpResponse.json({})),
      ),
    );

    await expect(client.apiKeys.create({ name: "n", expiresAt: new Date(0) as never })).rejects.toThrow(
      new TypeError("body.expiresAt must be a string, got a Date (write date.toISOString())."),
    );
    expect(requests).toHaveLength(0);
  });
});
