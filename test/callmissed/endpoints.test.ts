import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { CallMissedClient, ConnectionError, PermissionDeniedError, ServerError } from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, MODELS_URL, inferenceError, wireModels } from "./fixtures.js";

useMsw();

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const recorder = createRecorder();
  server.use(
    http.get(
      MODELS_URL,
      recorder.record(() => HttpResponse.json(body as never, { status, headers })),
    ),
  );
  return recorder.requests;
}

describe("models.list()", () => {
  test("sends GET /anthropic/v1/models with the Bearer key and no body, and returns the catalogue camelCased", async () => {
    const requests = answer(200, wireModels);

    const models = await new CallMissedClient({ apiKey: API_KEY }).models.list();

    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe("GET");
    expect(requests[0]!.url.href).toBe(MODELS_URL);
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(requests[0]!.body).toBeUndefined();
    expect(models).toEqual({
      data: [
        {
          type: "model",
          id: "anthropic/claude-sonnet-4.6",
          displayName: "Claude Sonnet 4.6",
          createdAt: "2023-11-14T22:13:20+00:00",
          category: "llm",
          contextWindow: 200000,
          supportsStreaming: true,
          supportsTools: true,
          supportsReasoning: true,
          supportsVision: true,
        },
      ],
      hasMore: false,
      firstId: "anthropic/claude-sonnet-4.6",
      lastId: "anthropic/claude-sonnet-4.6",
    });
  });

  test("a baseUrl with a path (a proxy) keeps it", async () => {
    const recorder = createRecorder();
    server.use(
      http.get(
        "https://proxy.example/callmissed/anthropic/v1/models",
        recorder.record(() => HttpResponse.json(wireModels)),
      ),
    );

    await new CallMissedClient({ apiKey: API_KEY, baseUrl: "https://proxy.example/callmissed/" }).models.list();

    expect(recorder.requests).toHaveLength(1);
  });
});

describe("verifyKey()", () => {
  const client = () => new CallMissedClient({ apiKey: API_KEY, maxRetries: 0 });

  test("is true when the model list answers 200, after one GET to the model list", async () => {
    const requests = answer(200, wireModels);

    expect(await client().verifyKey()).toBe(true);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(["GET /anthropic/v1/models"]);
  });

  test.each(["invalid_api_key", "api_key_expired"])("is false on a 401 %s", async (code) => {
    answer(401, inferenceError(code));

    expect(await client().verifyKey()).toBe(false);
  });

  test("is false on a 401 in the Anthropic envelope", async () => {
    answer(401, { type: "error", error: { type: "authentication_error", message: "Invalid API key" } });

    expect(await client().verifyKey()).toBe(false);
  });

  test("is true on a 403 (the key is known, only limited, e.g. by its domain allowlist)", async () => {
    answer(403, inferenceError("domain_not_allowed", "Origin not allowed", "permission_error"));

    expect(await client().verifyKey()).toBe(true);
  });

  test.each(["account_inactive", "account_terminated"])("throws a 403 %s: no key of that account works", async (code) => {
    answer(403, inferenceError(code, "The account is not active.", "permission_error"));

    const error = await client()
      .verifyKey()
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).code).toBe(code);
    expect((error as PermissionDeniedError).fix).toMatch(/Contact CallMissed support/);
  });

  test("works with credentialHeader x-api-key, which the Anthropic surface accepts", async () => {
    const requests = answer(200, wireModels);

    expect(await new CallMissedClient({ apiKey: API_KEY, credentialHeader: "x-api-key" }).verifyKey()).toBe(true);
    expect(requests[0]!.headers.get("x-api-key")).toBe(API_KEY);
  });

  test("throws what is not about the key: a 503 after its retries, a network failure", async () => {
    const requests = answer(503, inferenceError("model_under_maintenance", "Maintenance", "api_error"));

    await expect(new CallMissedClient({ apiKey: API_KEY, maxRetries: 1 }).verifyKey({ timeoutMs: 5_000 })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(2);

    server.use(http.get(MODELS_URL, () => HttpResponse.error()));
    await expect(client().verifyKey()).rejects.toBeInstanceOf(ConnectionError);
  });
});
