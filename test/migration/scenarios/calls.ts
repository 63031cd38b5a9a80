/**
 * Every documented call of the official SDK on the endpoints we cover (its reference.md: Agent, ApiKeys,
 * Auth, Inboxes.authorize, Inboxes ApiKeys, Pods ApiKeys), written as that documentation writes it and
 * run unchanged on both clients.
 */
import { expect } from "vitest";
import * as wire from "../../fixtures/migration/wire.js";
import { KEY, loud, ours, same, type Outcome, type Scenario } from "../harness.js";

const ok =
  (body: unknown, status = 200) =>
  () => ({ status, body });

/** The official SDK sent one request, to this method and path, and got a result. */
const sent = (method: string, path: string) => (outcome: Outcome) => {
  expect(outcome.error).toBeUndefined();
  expect(outcome.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`${method} ${path}`]);
};

export const callScenarios: readonly Scenario[] = [
  same(["method.agent.signUp", "result.AgentSignupResponse"], "signs up with humanEmail and username", {
    script: ok(wire.signUp),
    client: (sdk) => new sdk.AgentMailClient(),
    call: (client) => client.agent.signUp({ humanEmail: "human@example.com", username: "agent", source: "migration", referrer: "docs" }),
    expectOfficial: sent("POST", "/v0/agent/sign-up"),
  }),
  same(["method.agent.verify", "result.AgentVerifyResponse"], "verifies with the mailed otpCode", {
    script: ok(wire.verify),
    call: (client) => client.agent.verify({ otpCode: "123456" }),
    expectOfficial: sent("POST", "/v0/agent/verify"),
  }),
  same(["method.auth.me", "result.Identity"], "reads the identity of the key", {
    script: ok(wire.identity),
    call: (client) => client.auth.me(),
    expectOfficial: sent("GET", "/v0/auth/me"),
  }),
  same(
    ["method.apiKeys.list", "query.apiKeys.list", "result.ListApiKeysResponse", "result.BearerApiKey", "result.PublicKeyCredential"],
    "lists one page with every documented query field",
    {
      script: ok(wire.page),
      call: (client) => client.apiKeys.list({ type: "bearer", limit: 2, pageToken: "page_1", ascending: true }),
      expectOfficial: (outcome) => {
        sent("GET", "/v0/api-keys")(outcome);
        expect(outcome.requests[0]!.query).toEqual({ ascending: "true", limit: "2", page_token: "page_1", type: "bearer" });
      },
    },
  ),
  same(["method.apiKeys.get", "result.BearerApiKey"], "gets one key by id", {
    script: ok(wire.bearerKey),
    call: (client) => client.apiKeys.get("ak_1"),
    expectOfficial: sent("GET", "/v0/api-keys/ak_1"),
  }),
  same(
    ["method.apiKeys.create", "body.CreateBearerApiKeyRequest", "result.CreateApiKeyResponse"],
    "creates a bearer key with a name and permissions",
    {
      script: ok(wire.createdKey),
      call: (client) => client.apiKeys.create({ name: "reader", permissions: { inboxRead: true, messageRead: true } }),
      expectOfficial: (outcome) => {
        sent("POST", "/v0/api-keys")(outcome);
        expect(outcome.requests[0]!.body).toEqual({ name: "reader", permissions: { inbox_read: true, message_read: true } });
      },
    },
  ),
  same(["method.apiKeys.create", "body.CreatePublicKeyRequest", "result.PublicKeyCredential"], "registers a public key", {
    script: ok(wire.publicKey),
    call: (client) => client.apiKeys.create({ publicKey: { ...wire.jwk }, clientId: "laptop", name: "laptop key" }),
    // 0.5.27 serializes the create body as a bearer request: publicKey and clientId are dropped, so it
    // would mint a bearer key. Ours sends what its types and reference.md describe.
    expectOfficial: (outcome) => {
      sent("POST", "/v0/api-keys")(outcome);
      expect(outcome.requests[0]!.body).toEqual({ name: "laptop key" });
    },
    officialDiverges: (outcome) => {
      expect(outcome.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v0/api-keys"]);
      expect(outcome.requests[0]!.body).toEqual({ public_key: wire.jwk, client_id: "laptop", name: "laptop key" });
    },
  }),
  same(["method.apiKeys.list", "method.apiKeys.create"], "reference.md's own examples: list() and create({})", {
    script: (seen) => ({ body: seen.method === "GET" ? wire.lastPage : wire.createdKey }),
    call: async (client) => [await client.apiKeys.list(), await client.apiKeys.create({})],
    expectOfficial: (outcome) => {
      expect(outcome.requests.map((r) => [r.method, r.query, r.body])).toEqual([
        ["GET", {}, undefined],
        ["POST", {}, {}],
      ]);
    },
  }),
  same(["path.encoding"], "an id is one percent-encoded path segment (space, plus, slash, query and non-ASCII characters)", {
    script: () => ({ body: wire.bearerKey }),
    call: async (client) => [await client.apiKeys.get("my laptop+1"), await client.apiKeys.get("a/b?c#d"), await client.apiKeys.get("ü%2F")],
    expectOfficial: (outcome) => {
      expect(outcome.requests.map((r) => r.path)).toEqual(["/v0/api-keys/my%20laptop%2B1", "/v0/api-keys/a%2Fb%3Fc%23d", "/v0/api-keys/%C3%BC%252F"]);
    },
  }),
  loud(["path.dotSegments"], 'an id of .. is refused (the official SDK\'s URL climbs out: apiKeys.get("..") requests /v0/)', {
    call: () => new ours.AgentMailClient({ apiKey: KEY }).apiKeys.get(".."),
    names: [/api_key_id/, /\.\./],
  }),
  same(["method.apiKeys.update", "body.UpdateApiKeyRequest"], "renames a key and replaces its permissions", {
    script: ok(wire.bearerKey),
    call: (client) => client.apiKeys.update("ak_1", { name: "reader 2", permissions: { inboxRead: true } }),
    expectOfficial: sent("PATCH", "/v0/api-keys/ak_1"),
  }),
  same(["method.apiKeys.delete"], "deletes a key (204, no body)", {
    script: () => ({ status: 204 }),
    call: (client) => client.apiKeys.delete("ak_1"),
    expectOfficial: (outcome) => {
      sent("DELETE", "/v0/api-keys/ak_1")(outcome);
      expect(outcome.result).toBeUndefined();
    },
  }),
  same(["method.pods.apiKeys.list", "query.scoped.list"], "lists a pod's keys with limit and pageToken", {
    script: ok(wire.lastPage),
    call: (client) => client.pods.apiKeys.list("pod_1", { limit: 10, pageToken: "p" }),
    expectOfficial: (outcome) => {
      sent("GET", "/v0/pods/pod_1/api-keys")(outcome);
      expect(outcome.requests[0]!.query).toEqual({ limit: "10", page_token: "p" });
    },
  }),
  same(["method.pods.apiKeys.create", "result.CreateApiKeyResponse"], "creates a pod key", {
    script: ok({ ...wire.createdKey, pod_id: "pod_1" }),
    call: (client) => client.pods.apiKeys.create("pod_1", { name: "pod key" }),
    expectOfficial: sent("POST", "/v0/pods/pod_1/api-keys"),
  }),
  same(["method.pods.apiKeys.update"], "updates a pod key", {
    script: ok(wire.bearerKey),
    call: (client) => client.pods.apiKeys.update("pod_1", "ak_1", { name: "renamed" }),
    expectOfficial: sent("PATCH", "/v0/pods/pod_1/api-keys/ak_1"),
  }),
  same(["method.pods.apiKeys.delete"], "deletes a pod key", {
    script: () => ({ status: 204 }),
    call: (client) => client.pods.apiKeys.delete("pod_1", "ak_1"),
    expectOfficial: sent("DELETE", "/v0/pods/pod_1/api-keys/ak_1"),
  }),
  same(["method.inboxes.apiKeys.list", "query.scoped.list"], "lists an inbox's keys", {
    script: ok(wire.lastPage),
    call: (client) => client.inboxes.apiKeys.list("agent@agentmail.to", { limit: 1 }),
    expectOfficial: sent("GET", "/v0/inboxes/agent%40agentmail.to/api-keys"),
  }),
  same(["method.inboxes.apiKeys.create", "result.CreateApiKeyResponse"], "creates an inbox key", {
    script: ok({ ...wire.createdKey, inbox_id: "agent@agentmail.to" }),
    call: (client) => client.inboxes.apiKeys.create("agent@agentmail.to", { name: "inbox key" }),
    expectOfficial: sent("POST", "/v0/inboxes/agent%40agentmail.to/api-keys"),
  }),
  same(["method.inboxes.apiKeys.update"], "updates an inbox key", {
    script: ok(wire.bearerKey),
    call: (client) => client.inboxes.apiKeys.update("agent@agentmail.to", "ak_1", { permissions: { inboxRead: true } }),
    expectOfficial: sent("PATCH", "/v0/inboxes/agent%40agentmail.to/api-keys/ak_1"),
  }),
  same(["method.inboxes.apiKeys.delete"], "deletes an inbox key (200, empty body)", {
    script: () => ({ status: 200 }),
    call: (client) => client.inboxes.apiKeys.delete("agent@agentmail.to", "ak_1"),
    expectOfficial: sent("DELETE", "/v0/inboxes/agent%40agentmail.to/api-keys/ak_1"),
  }),
  same(["method.inboxes.authorize", "result.AuthorizeInboxResponse"], "approves an AgentID sign-in as the inbox", {
    script: ok(wire.authorized),
    call: (client) => client.inboxes.authorize("agent@agentmail.to", { authToken: wire.authToken, acceptDisclosure: true }),
    expectOfficial: (outcome) => {
      sent("POST", "/v0/inboxes/agent%40agentmail.to/authorize")(outcome);
      expect(outcome.requests[0]!.body).toEqual({ auth_token: wire.authToken, accept_disclosure: true });
    },
  }),
];
