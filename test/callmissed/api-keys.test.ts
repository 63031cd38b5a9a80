import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { CallMissedClient, type CallMissedClientOptions } from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, KEYS_URL, wireCreated, wireListed } from "./fixtures.js";

useMsw();

function newClient(options: CallMissedClientOptions = { apiKey: API_KEY }): CallMissedClient {
  return new CallMissedClient({ maxRetries: 0, ...options });
}

/** Answers every request with 418 and records it, to prove that nothing was sent. */
function catchAll() {
  const recorder = createRecorder();
  server.use(http.all("*", recorder.record(() => new HttpResponse(null, { status: 418 }))));
  return recorder.requests;
}

describe("apiKeys.create", () => {
  test("POSTs permissions and scopes comma-separated and the limits in snake_case to /api/v1/keys", async () => {
    const { requests, record } = createRecorder();
    server.use(http.post(KEYS_URL, record(() => HttpResponse.json(wireCreated, { status: 201 }))));

    await newClient().apiKeys.create({
      name: "Production LLM key",
      permissions: ["llm", "stt"],
      scopes: ["bots:read"],
      rateLimitRpm: 200,
      budgetLimit: 5000,
    });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe("POST");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(requests[0]!.headers.get("content-type")).toMatch(/^application\/json/);
    expect(requests[0]!.body).toEqual({
      name: "Production LLM key",
      permissions: "llm,stt",
      scopes: "bots:read",
      rate_limit_rpm: 200,
      budget_limit: 5000,
    });
  });

  test("returns permissions and scopes as arrays, the plaintext key untouched and the rest in camelCase", async () => {
    server.use(http.post(KEYS_URL, () => HttpResponse.json(wireCreated, { status: 201 })));

    const created = await newClient().apiKeys.create({ name: "Production LLM key", permissions: ["llm", "stt"] });

    expect(created).toEqual({
      id: "k1234567-89ab-cdef-0123-456789abcdef",
      name: "Production LLM key",
      key: "cm_live_3f9a8b7c6d5e4f3a2b1c",
      permissions: ["llm", "stt"],
      scopes: ["bots:read"],
      allowedDomains: "*",
      isActive: true,
      logsEnabled: false,
      promptLoggingEnabled: false,
      budgetLimit: 5000,
      budgetUsed: 0,
      budgetRemaining: 5000,
      rateLimitRpm: 200,
      allowedModels: "*",
      createdAt: "2026-06-06T12:15:00Z",
    });
  });

  test("leaves permissions and scopes out of the body when they are not given", async () => {
    const { requests, record } = createRecorder();
    server.use(http.post(KEYS_URL, record(() => HttpResponse.json(wireCreated, { status: 201 }))));

    await newClient().apiKeys.create({ name: "defaults" });

    expect(requests[0]!.body).toEqual({ name: "defaults" });
  });

  test("rejects an unknown permission with a TypeError before sending anything", async () => {
    const requests = catchAll();

    await expect(
      newClient().apiKeys.create({ name: "x", permissions: ["llm", "video"] as any }),
    ).rejects.toThrow(TypeError);
    await expect(newClient().apiKeys.create({ name: "x", permissions: ["video"] as any })).rejects.toThrow(
      /permissions has an unknown value "video"/,
    );
    expect(requests).toHaveLength(0);
  });

  test("rejects an unknown scope with a TypeError before sending anything", async () => {
    const requests = catchAll();

    await expect(newClient().apiKeys.create({ name: "x", scopes: ["bots:delete"] as any })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  test("rejects permissions given as a comma-separated string with a TypeError before sending anything", async () => {
    const requests = catchAll();

    await expect(newClient().apiKeys.create({ name: "x", permissions: "llm,stt" as any })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  test("rejects a field the create body does not have with a TypeError before sending anything", async () => {
    const requests = catchAll();

    await expect(newClient().apiKeys.create({ name: "x", allowedDomains: "*" } as any)).rejects.toThrow(
      /body\.allowedDomains is not a known field/,
    );
    expect(requests).toHaveLength(0);
  });
});

describe("apiKeys.list", () => {
  test("GETs /api/v1/keys and maps each key's comma-separated lists to arrays", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(KEYS_URL, record(() =>
        HttpResponse.json([
          wireListed(),
          wireListed({ id: "k2", name: "all services", permissions: "*", scopes: "conversations:read, bots:write" }),
          wireListed({ id: "k3", name: "no scopes", permissions: "llm", scopes: "" }),
          wireListed({ id: "k4", name: "null scopes", permissions: "llm", scopes: null }),
        ]),
      )),
    );

    const keys = await newClient().apiKeys.list();

    expect(requests[0]!.method).toBe("GET");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(keys.map(({ id, permissions, scopes }) => ({ id, permissions, scopes }))).toEqual([
      { id: "k1234567-89ab-cdef-0123-456789abcdef", permissions: ["llm", "stt"], scopes: ["bots:read"] },
      { id: "k2", permissions: ["*"], scopes: ["conversations:read", "bots:write"] },
      { id: "k3", permissions: ["llm"], scopes: [] },
      { id: "k4", permissions: ["llm"], scopes: [] },
    ]);
    expect(keys[0]).toMatchObject({ isActive: true, rateLimitRpm: 200, budgetRemaining: 5000 });
    expect(keys[0]).not.toHaveProperty("key");
  });
});

describe("credentialHeader", () => {
  test('"x-api-key" sends the key in x-api-key and no Authorization header', async () => {
    const { requests, record } = createRecorder();
    server.use(http.get(KEYS_URL, record(() => HttpResponse.json([]))));

    await newClient({ apiKey: API_KEY, credentialHeader: "x-api-key" }).apiKeys.list();

    expect(requests[0]!.headers.get("x-api-key")).toBe(API_KEY);
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  test("by default the key goes in Authorization and no x-api-key is sent", async () => {
    const { requests, record } = createRecorder();
    server.use(http.get(KEYS_URL, record(() => HttpResponse.json([]))));

    await newClient().apiKeys.list();

    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(requests[0]!.headers.has("x-api-key")).toBe(false);
  });
});
