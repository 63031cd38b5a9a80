import { describe, expectTypeOf, test } from "vitest";
import {
  AgentMailClient,
  AgentMailEnvironment,
  AgentMailError,
  type RawResponse,
  type WithRawResponse,
  type BearerApiKey,
  type PublicKeyCredential,
  readOnlyPermissions,
  noSpamPermissions,
  type ApiKey,
  type ApiKeyPage,
  type ApiKeyPermissions,
  type CreateApiKeyParams,
  type CreatedApiKey,
  type Identity,
  type ListApiKeysParams,
  type SignUpResult,
} from "../../src/agentmail/index.js";
import type { components, operations } from "../../src/agentmail/generated/types.js";
import type { Camelize, RequestBody, ResponseBody } from "../../src/core/shape.js";
import { httpClient } from "../../src/http.js";

// Type-level only: nothing here runs.
declare const client: AgentMailClient;

describe("request types", () => {
  test("a misspelled permission does not compile in apiKeys.create", () => {
    // @ts-expect-error inboxReed is not a permission
    void client.apiKeys.create({ permissions: { inboxReed: true } });
    // @ts-expect-error nor in scoped create
    void client.pods.apiKeys.create("pod_1", { permissions: { inboxReed: true } });
    void client.apiKeys.create({ permissions: { inboxRead: true } });
  });

  test("permissions are camelCase booleans", () => {
    expectTypeOf<ApiKeyPermissions>().toHaveProperty("labelUnauthenticatedRead").toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ApiKeyPermissions>().not.toHaveProperty("inbox_read");
    expectTypeOf<CreateApiKeyParams["permissions"]>().toEqualTypeOf<ApiKeyPermissions | undefined>();
    // @ts-expect-error a permission is a boolean
    void client.apiKeys.create({ permissions: { inboxRead: "yes" } });
  });

  test("the presets are valid permission sets", () => {
    expectTypeOf(readOnlyPermissions).toExtend<ApiKeyPermissions>();
    expectTypeOf(noSpamPermissions).toExtend<Omit<Required<ApiKeyPermissions>, "messageReply" | "appConnect" | "appShareOwner" | "accountUpdate">>();
  });

  test("snake_case keys do not compile in params", () => {
    // @ts-expect-error page_token is the wire name; the parameter is pageToken
    void client.apiKeys.list({ page_token: "t" });
    // @ts-expect-error inbox_read is the wire name
    void client.apiKeys.create({ permissions: { inbox_read: true } });
    // @ts-expect-error human_email is the wire name
    void client.agent.signUp({ human_email: "h@example.com", username: "bot" });
    // @ts-expect-error otp_code is the wire name
    void client.agent.verify({ otp_code: "123456" });
    expectTypeOf<ListApiKeysParams>().toEqualTypeOf<{ type?: "bearer" | "public_key"; limit?: number; pageToken?: string; ascending?: boolean }>();
  });

  test("required fields are required", () => {
    // @ts-expect-error username is required
    void client.agent.signUp({ humanEmail: "h@example.com" });
  });

  test("ascending exists only on the organization-level list", () => {
    void client.apiKeys.list({ ascending: true });
    // @ts-expect-error pod-scoped lists cannot be reordered
    void client.pods.apiKeys.list("pod_1", { ascending: true });
  });
});

describe("result types", () => {
  test("created keys are camelCase", () => {
    expectTypeOf(client.apiKeys.create({ name: "r" })).resolves.toEqualTypeOf<CreatedApiKey>();
    expectTypeOf<CreatedApiKey>().toHaveProperty("apiKeyId").toEqualTypeOf<string>();
    expectTypeOf<CreatedApiKey>().toHaveProperty("apiKey").toEqualTypeOf<string>();
    expectTypeOf<CreatedApiKey>().toHaveProperty("createdAt").toEqualTypeOf<string>();
    expectTypeOf<CreatedApiKey>().not.toHaveProperty("api_key_id");
  });

  test("pages and listed keys are camelCase", () => {
    expectTypeOf(client.apiKeys.list).returns.resolves.toEqualTypeOf<ApiKeyPage>();
    expectTypeOf<ApiKeyPage>().toHaveProperty("nextPageToken").toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiKeyPage["apiKeys"]>().toEqualTypeOf<ApiKey[]>();
    expectTypeOf<ApiKey>().toHaveProperty("apiKeyId").toEqualTypeOf<string>();
    expectTypeOf<ApiKey>().not.toHaveProperty("apiKey");
    expectTypeOf<NonNullable<ApiKey["permissions"]>>().toEqualTypeOf<ApiKeyPermissions>();
  });

  test("listAll yields keys", () => {
    expectTypeOf(client.apiKeys.listAll).returns.toEqualTypeOf<AsyncGenerator<ApiKey, void, undefined>>();
  });

  test("identity and sign-up results are camelCase", () => {
    expectTypeOf<Identity["scopeType"]>().toEqualTypeOf<"organization" | "pod" | "inbox">();
    expectTypeOf<Identity>().toHaveProperty("apiKeyId").toEqualTypeOf<string | undefined>();
    expectTypeOf<SignUpResult>().toEqualTypeOf<{ organizationId: string; inboxId: string; apiKey: string }>();
  });

  test("delete resolves to void", () => {
    expectTypeOf(client.apiKeys.delete).returns.resolves.toBeVoid();
    expectTypeOf(client.inboxes.apiKeys.delete).parameters.toEqualTypeOf<
      [scopeId: string, apiKeyId: string, options?: Parameters<typeof client.apiKeys.delete>[1]]
    >();
  });

  test("httpClient(client) is the raw, snake_case openapi-fetch client", async () => {
    const { data } = await httpClient(client).GET("/v0/api-keys");
    expectTypeOf(data).toExtend<{ api_keys: { api_key_id: string }[] } | undefined>();
    // @ts-expect-error the raw client has no unknown paths
    void httpClient(client).GET("/v0/nope");
  });
});

declare const expiry: string;

describe("the 2026-10-05 surface", () => {
  const jwk = { kty: "EC", crv: "P-256", x: "x", y: "y" } as const;

  test("a bearer create gives apiKey without a cast; a public-key create gives a public_key credential", async () => {
    const bearer = await client.apiKeys.create({ name: "b", expiresAt: expiry });
    expectTypeOf(bearer.apiKey).toEqualTypeOf<string>();
    const scoped = await client.pods.apiKeys.create("pod_1", { name: "b" });
    expectTypeOf(scoped.apiKey).toEqualTypeOf<string>();
    const registered = await client.apiKeys.create({ publicKey: jwk, clientId: "laptop" });
    expectTypeOf(registered).toEqualTypeOf<PublicKeyCredential>();
    expectTypeOf(registered.type).toEqualTypeOf<"public_key">();
    // @ts-expect-error a public key has no secret
    void registered.apiKey;
  });

  test("a listed or fetched key narrows on type", async () => {
    const key = await client.apiKeys.get("ak_1");
    expectTypeOf(key).toEqualTypeOf<ApiKey>();
    if (key.type === "bearer") {
      expectTypeOf(key).toEqualTypeOf<BearerApiKey>();
      expectTypeOf(key.prefix).toEqualTypeOf<string>();
    } else {
      expectTypeOf(key.status).toEqualTypeOf<"pending" | "active" | undefined>();
      expectTypeOf(key.createdBy).toEqualTypeOf<{ apiKeyId: string }>();
    }
    expectTypeOf<ApiKey["expiresAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiKey["updatedAt"]>().toEqualTypeOf<string>();
  });

  test("update takes only name and permissions, and new permissions compile", () => {
    void client.apiKeys.update("ak_1", { name: "n", permissions: { appConnect: true, calendarRead: true } });
    void client.inboxes.apiKeys.update("i", "ak_1", { permissions: { appShareOwner: false } });
    // @ts-expect-error expiry cannot change
    void client.apiKeys.update("ak_1", { expiresAt: expiry });
    // @ts-expect-error the renamed permission is gone
    void client.apiKeys.update("ak_1", { permissions: { providerConnect: true } });
  });

  test("attachHuman, authorize and sign-up without a human", () => {
    void client.agent.signUp({ username: "bot" });
    expectTypeOf(client.agent.attachHuman).parameter(0).toEqualTypeOf<{ humanEmail: string }>();
    expectTypeOf(client.inboxes.authorize).parameter(1).toEqualTypeOf<{ authToken: string; acceptDisclosure?: boolean }>();
    expectTypeOf(client.inboxes.authorize).returns.resolves.toEqualTypeOf<{ apiKeyId: string; instructions: string }>();
  });
});

describe("named types (generated interfaces) equal the types derived from the wire spec", () => {
  test("params and results", () => {
    expectTypeOf<CreatedApiKey | PublicKeyCredential>().toEqualTypeOf<ResponseBody<operations["createApiKey"]>>();
    expectTypeOf<CreateApiKeyParams>().toEqualTypeOf<RequestBody<operations["createApiKey"]>>();
    expectTypeOf<ApiKeyPage>().toEqualTypeOf<ResponseBody<operations["listApiKeys"]>>();
    expectTypeOf<ApiKey>().toEqualTypeOf<ResponseBody<operations["listApiKeys"]>["apiKeys"][number]>();
    expectTypeOf<Identity>().toEqualTypeOf<ResponseBody<operations["me"]>>();
    expectTypeOf<SignUpResult>().toEqualTypeOf<ResponseBody<operations["signUp"]>>();
    expectTypeOf<ApiKeyPermissions>().toEqualTypeOf<Camelize<components["schemas"]["ApiKeyPermissions"]>>();
  });
});

describe("the official SDK's names, as types", () => {
  test("environment takes the AgentMailEnvironment constants only; a URL string or custom server does not compile", () => {
    void new AgentMailClient({ environment: AgentMailEnvironment.EuProd, timeoutInSeconds: 30, maxRetries: 1 });
    // @ts-expect-error a URL is baseUrl
    void new AgentMailClient({ environment: "https://api.agentmail.eu" });
    // @ts-expect-error a custom server is baseUrl
    void new AgentMailClient({ environment: { http: "https://proxy.example.com", websockets: "wss://proxy.example.com" } });
    // @ts-expect-error logging is logLevel and logger
    void new AgentMailClient({ logging: { level: "debug" } });
  });

  test("request options take abortSignal and timeoutInSeconds, not queryParams", () => {
    void client.apiKeys.list({}, { abortSignal: new AbortController().signal, timeoutInSeconds: 5, maxRetries: 0 });
    // @ts-expect-error queryParams: the method's parameters, or httpClient(client)
    void client.apiKeys.list({}, { queryParams: { extra: 1 } });
    // @ts-expect-error an unknown query key does not compile
    void client.apiKeys.list({ limt: 5 });
  });

  test("withRawResponse() gives the typed data beside the response", () => {
    expectTypeOf(client.apiKeys.list().withRawResponse()).resolves.toEqualTypeOf<WithRawResponse<ApiKeyPage>>();
    expectTypeOf(client.apiKeys.delete("k").withRawResponse()).resolves.toEqualTypeOf<WithRawResponse<void>>();
    expectTypeOf<WithRawResponse<ApiKeyPage>["rawResponse"]["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf(client.auth.me()).toExtend<Promise<Identity>>();
  });

  test("after instanceof AgentMailError, statusCode, body and rawResponse are readable as in the official SDK", () => {
    const e: unknown = undefined;
    if (e instanceof AgentMailError) {
      expectTypeOf(e.statusCode).toEqualTypeOf<number | undefined>();
      expectTypeOf(e.body).toEqualTypeOf<unknown>();
      expectTypeOf(e.rawResponse).toEqualTypeOf<RawResponse | undefined>();
    }
    // @ts-expect-error for instanceof only: it cannot be constructed
    void new AgentMailError();
  });
});
