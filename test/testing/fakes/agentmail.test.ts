import { describe, expect, it } from "vitest";
import {
  AgentMailClient,
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  readOnlyPermissions,
} from "../../../src/agentmail/index.js";
import { createAgentMailFake } from "../../../src/testing/fakes/agentmail.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";
import { httpClient } from "../../../src/http.js";

useMsw();
const validation = useSpecValidation(server, "agentmail");

function setup(options: Parameters<typeof createAgentMailFake>[0] = {}) {
  const fake = createAgentMailFake({
    seed: { pods: [{ podId: "pod_a" }, { podId: "pod_b" }], inboxes: [{ inboxId: "a@agentmail.to", podId: "pod_a" }] },
    ...options,
  });
  server.use(...fake.handlers);
  const client = (apiKey?: string) => new AgentMailClient({ apiKey, maxRetries: 0 });
  return { fake, client };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("AgentMail fake: sign-up and verify", () => {
  it("sign-up creates an organization, an inbox and a key, and emails a 6-digit OTP", async () => {
    const { fake, client } = setup();
    const result = await client().agent.signUp({ humanEmail: "human@example.com", username: "my-agent" });
    expect(result.inboxId).toBe("my-agent@agentmail.to");
    expect(result.apiKey).toMatch(/^am_/);
    expect(fake.state.organizations.get(result.organizationId)?.verified).toBe(false);
    expect(fake.lastOtp("human@example.com")).toMatch(/^\d{6}$/);
    expect(await client(result.apiKey).auth.me()).toMatchObject({ scopeType: "organization", organizationId: result.organizationId });
  });

  it("sign-up is idempotent per human_email and rotates the key", async () => {
    const { fake, client } = setup();
    const first = await client().agent.signUp({ humanEmail: "human@example.com", username: "my-agent" });
    const otp = fake.lastOtp("human@example.com");
    const second = await client().agent.signUp({ humanEmail: "human@example.com", username: "my-agent" });
    expect(second.organizationId).toBe(first.organizationId);
    expect(second.inboxId).toBe(first.inboxId);
    expect(second.apiKey).not.toBe(first.apiKey);
    expect(fake.lastOtp("human@example.com")).toBe(otp);
    const old = await failure(client(first.apiKey).auth.me());
    expect((old as AuthenticationError).code).toBe("unknown_api_key");
  });

  it("an unverified agent cannot create keys; verify with the OTP upgrades it", async () => {
    const { fake, client } = setup();
    const { apiKey, organizationId } = await client().agent.signUp({ humanEmail: "h@example.com", username: "agent" });
    const agent = client(apiKey);
    const denied = await failure(agent.apiKeys.create({ name: "child" }));
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect((denied as PermissionDeniedError).code).toBe("missing_permission");
    expect((denied as PermissionDeniedError).fix).toMatch(/verify/);
    expect(await agent.agent.verify({ otpCode: fake.lastOtp("h@example.com")! })).toEqual({ verified: true });
    expect(fake.state.organizations.get(organizationId)?.verified).toBe(true);
    expect((await agent.apiKeys.create({ name: "child" })).name).toBe("child");
  });

  it("allows 10 attempts, then rejects even the right code", async () => {
    const { fake, client } = setup();
    const { apiKey } = await client().agent.signUp({ humanEmail: "h@example.com", username: "agent" });
    const agent = client(apiKey);
    const right = fake.lastOtp("h@example.com")!;
    const wrong = right === "000000" ? "111111" : "000000";
    for (let i = 0; i < 10; i++) expect(await agent.agent.verify({ otpCode: wrong })).toEqual({ verified: false });
    const error = await failure(agent.agent.verify({ otpCode: right }));
    expect((error as PermissionDeniedError).code).toBe("limit_exceeded");
  });

  it("expires the OTP after 24 h; signing up again issues a fresh one", async () => {
    const { fake, client } = setup();
    const { apiKey } = await client().agent.signUp({ humanEmail: "h@example.com", username: "agent" });
    const old = fake.lastOtp("h@example.com")!;
    fake.clock.advance(24 * 60 * 60 * 1000);
    expect(((await failure(client(apiKey).agent.verify({ otpCode: old }))) as PermissionDeniedError).code).toBe("limit_exceeded");
    const again = await client().agent.signUp({ humanEmail: "h@example.com", username: "agent" });
    expect(await client(again.apiKey).agent.verify({ otpCode: fake.lastOtp("h@example.com")! })).toEqual({ verified: true });
  });

  it("answers 400 with the field for a bad sign-up body", async () => {
    const { client } = setup();
    const error = await failure(httpClient(client()).POST("/v0/agent/sign-up", { body: { human_email: "nope", username: "x" } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).body).toMatchObject({ code: "validation_error", errors: [{ path: "human_email" }] });
  });
});

describe("AgentMail fake: authentication", () => {
  it("gives the documented 401 codes", async () => {
    const { client } = setup();
    const missing = await failure(httpClient(client()).GET("/v0/auth/me", { headers: { authorization: "" } }));
    expect((missing as AuthenticationError).code).toBe("missing_authorization");
    expect(((await failure(client("am_unknown").auth.me())) as AuthenticationError).code).toBe("unknown_api_key");
    const jwt = await failure(client("eyJhbGciOi.eyJzdWIi.c2ln").auth.me());
    expect((jwt as AuthenticationError).code).toBe("invalid_token_type");
  });
});

describe("AgentMail fake: API keys", () => {
  it("shows the secret only on create, and never in a list", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    const created = await admin.apiKeys.create({ name: "reader", permissions: readOnlyPermissions });
    expect(created.apiKey).toMatch(/^am_/);
    expect(created.permissions).toEqual(readOnlyPermissions);
    const page = await admin.apiKeys.list();
    expect(page.apiKeys.map((k) => k.name)).toContain("reader");
    expect(JSON.stringify(page)).not.toContain(created.apiKey);
  });

  it("pages with limit, page_token and next_page_token, newest first unless ascending", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey({ name: "k0" }));
    for (let i = 1; i <= 4; i++) {
      await admin.apiKeys.create({ name: `k${i}` });
      fake.clock.advance(1000);
    }
    const first = await admin.apiKeys.list({ limit: 2 });
    expect(first.apiKeys.map((k) => k.name)).toEqual(["k4", "k3"]);
    expect(first.nextPageToken).toBeTruthy();
    const names: string[] = [];
    for await (const key of admin.apiKeys.listAll({ limit: 2, ascending: true })) names.push(key.name);
    expect(names).toEqual(["k0", "k1", "k2", "k3", "k4"]);
  });

  it("a restricted key cannot mint a wider child (permission_escalation) or an unrestricted one", async () => {
    const { fake, client } = setup();
    const limited = client(fake.issueKey({ permissions: { apiKeyCreate: true, inboxRead: true } }));
    expect((await limited.apiKeys.create({ name: "ok", permissions: { inboxRead: true } })).permissions).toEqual({ inboxRead: true });
    const wider = await failure(limited.apiKeys.create({ name: "wider", permissions: { inboxRead: true, messageSend: true } }));
    expect((wider as PermissionDeniedError).code).toBe("permission_escalation");
    const unrestricted = await failure(limited.apiKeys.create({ name: "all" }));
    expect((unrestricted as PermissionDeniedError).code).toBe("unrestricted_key_required");
  });

  it("present permissions grant only the true flags", async () => {
    const { fake, client } = setup();
    const key = client(fake.issueKey({ permissions: { apiKeyCreate: true, apiKeyRead: false } }));
    expect((await key.apiKeys.create({ name: "x", permissions: {} })).name).toBe("x");
    const error = await failure(key.apiKeys.list());
    expect((error as PermissionDeniedError).code).toBe("missing_permission");
    expect((error as PermissionDeniedError).fix).toContain("api_key_read");
  });

  it("scopes keys to pods and inboxes; out-of-scope resources answer 404", async () => {
    const { fake, client } = setup();
    const podKey = client(fake.issueKey({ scope: { type: "pod", podId: "pod_a" } }));
    const child = await podKey.pods.apiKeys.create("pod_a", { name: "pod child" });
    expect(child.podId).toBe("pod_a");
    expect((await podKey.pods.apiKeys.list("pod_a")).apiKeys.map((k) => k.name)).toContain("pod child");
    expect((await podKey.inboxes.apiKeys.create("a@agentmail.to", { name: "inbox child" })).inboxId).toBe("a@agentmail.to");
    await expect(podKey.pods.apiKeys.list("pod_b")).rejects.toBeInstanceOf(NotFoundError);
    expect(((await failure(podKey.apiKeys.list())) as PermissionDeniedError).code).toBe("forbidden");
    expect(await podKey.auth.me()).toMatchObject({ scopeType: "pod", scopeId: "pod_a", podId: "pod_a" });
  });

  it("deletes a key, which then stops working, and 404s an unknown one", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    const created = await admin.apiKeys.create({ name: "temp" });
    await admin.apiKeys.delete(created.apiKeyId);
    expect(fake.state.apiKeys.has(created.apiKeyId)).toBe(false);
    await expect(client(created.apiKey).auth.me()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(admin.apiKeys.delete(created.apiKeyId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

const DAY = 24 * 60 * 60 * 1000;
const jwk = (x = "a") => ({ kty: "EC", crv: "P-256", x: x.repeat(43), y: "b".repeat(43) }) as const;

describe("AgentMail fake: get and update", () => {
  it("gets a key by id, and a public key by its client_id; 404 for an unknown one", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    const created = await admin.apiKeys.create({ name: "reader", permissions: readOnlyPermissions });
    expect(await admin.apiKeys.get(created.apiKeyId)).toMatchObject({
      type: "bearer",
      apiKeyId: created.apiKeyId,
      name: "reader",
      prefix: created.prefix,
    });
    const registered = await admin.apiKeys.create({ publicKey: jwk(), clientId: "laptop" });
    expect((await admin.apiKeys.get("laptop")).apiKeyId).toBe(registered.apiKeyId);
    await expect(admin.apiKeys.get("key_404")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("update changes only name and permissions, and moves updatedAt on the fake's clock", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    const created = await admin.apiKeys.create({ name: "old", permissions: { inboxRead: true } });
    fake.clock.advance(60_000);
    const updated = await admin.apiKeys.update(created.apiKeyId, { name: "new", permissions: { inboxRead: true, messageRead: true } });
    expect(updated).toMatchObject({ type: "bearer", name: "new", permissions: { inboxRead: true, messageRead: true }, prefix: created.prefix });
    // The fake's clock follows real time plus the advance, so a few milliseconds more may pass.
    expect(Date.parse(updated.updatedAt) - Date.parse(updated.createdAt)).toBeGreaterThanOrEqual(60_000);
    expect(Date.parse(updated.updatedAt) - Date.parse(updated.createdAt)).toBeLessThan(61_000);
    const raw = await failure(
      httpClient(admin).PATCH("/v0/api-keys/{api_key_id}", {
        params: { path: { api_key_id: created.apiKeyId } },
        body: { expires_at: new Date(fake.clock.now() + DAY).toISOString() } as never,
      }),
    );
    expect(raw).toBeInstanceOf(ValidationError);
    expect(fake.state.apiKeys.get(created.apiKeyId)?.expiresAt).toBeUndefined();
  });

  it("update follows the create rules: no escalation, and the pod and inbox routes see only their keys", async () => {
    const { fake, client } = setup();
    const limited = client(fake.issueKey({ permissions: { apiKeyCreate: true, apiKeyUpdate: true, inboxRead: true } }));
    const child = await limited.apiKeys.create({ name: "c", permissions: { inboxRead: true } });
    const wider = await failure(limited.apiKeys.update(child.apiKeyId, { permissions: { messageSend: true } }));
    expect((wider as PermissionDeniedError).code).toBe("permission_escalation");
    const podKey = client(fake.issueKey({ scope: { type: "pod", podId: "pod_a" } }));
    const podChild = await podKey.pods.apiKeys.create("pod_a", { name: "p" });
    expect((await podKey.pods.apiKeys.update("pod_a", podChild.apiKeyId, { name: "p2" })).name).toBe("p2");
    await expect(podKey.pods.apiKeys.update("pod_a", child.apiKeyId, { name: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const inboxChild = await podKey.inboxes.apiKeys.create("a@agentmail.to", { name: "i" });
    expect((await podKey.inboxes.apiKeys.update("a@agentmail.to", inboxChild.apiKeyId, { name: "i2" })).name).toBe("i2");
  });

  it("update is retried after an injected 503 and lands once", async () => {
    const { fake } = setup();
    const admin = new AgentMailClient({ apiKey: fake.issueKey(), maxRetries: 1 });
    const created = await admin.apiKeys.create({ name: "a" });
    fake.failNext(503, { operation: "updateApiKey" });
    expect((await admin.apiKeys.update(created.apiKeyId, { name: "b" })).name).toBe("b");
  });

  it("list({ type }) keeps one family", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    await admin.apiKeys.create({ publicKey: jwk() });
    expect((await admin.apiKeys.list({ type: "public_key" })).apiKeys.map((k) => k.type)).toEqual(["public_key"]);
    expect((await admin.apiKeys.list({ type: "bearer" })).apiKeys.map((k) => k.type)).toEqual(["bearer"]);
    expect((await admin.apiKeys.list()).count).toBe(2);
  });
});

describe("AgentMail fake: expiry", () => {
  it("a key stops working at its expires_at on the fake's clock (401 api_key_expired)", async () => {
    const { fake, client } = setup();
    const key = client(fake.issueKey({ expiresInMs: DAY }));
    expect((await key.auth.me()).scopeType).toBe("organization");
    fake.clock.advance(DAY);
    const error = await failure(key.auth.me());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("api_key_expired");
  });

  it("a created key inherits its creator's expiry, may end sooner, never later, and not in the past", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey({ expiresInMs: 10 * DAY }));
    const creatorExpiry = [...fake.state.apiKeys.values()][0]!.expiresAt!;
    const inherited = await admin.apiKeys.create({ name: "i" });
    expect(Date.parse(inherited.expiresAt!)).toBe(creatorExpiry);
    const sooner = new Date(fake.clock.now() + DAY).toISOString();
    expect((await admin.apiKeys.create({ name: "s", expiresAt: sooner })).expiresAt).toBe(sooner);
    const later = await failure(admin.apiKeys.create({ name: "l", expiresAt: new Date(fake.clock.now() + 11 * DAY).toISOString() }));
    expect(later).toBeInstanceOf(PermissionDeniedError);
    const past = await failure(admin.apiKeys.create({ name: "p", expiresAt: new Date(fake.clock.now() - 1).toISOString() }));
    expect((past as ValidationError).body).toMatchObject({ errors: [{ path: "expires_at" }] });
  });
});

describe("AgentMail fake: public keys", () => {
  it("registers a P-256 key without a secret, idempotent on client_id, 409 for other material", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    const first = await admin.apiKeys.create({ publicKey: jwk(), clientId: "laptop", permissions: { messageReply: true } });
    expect(first).toMatchObject({ type: "public_key", clientId: "laptop", permissions: { messageReply: true }, publicKey: { jwk: jwk() } });
    expect(JSON.stringify(first)).not.toMatch(/am_/);
    expect((await admin.apiKeys.create({ publicKey: jwk(), clientId: "laptop" })).apiKeyId).toBe(first.apiKeyId);
    const conflict = await failure(admin.apiKeys.create({ publicKey: jwk("z"), clientId: "laptop" }));
    expect(conflict).toBeInstanceOf(ConflictError);
    const bad = await failure(admin.apiKeys.create({ publicKey: { ...jwk(), x: "short" } }));
    expect(bad).toBeInstanceOf(ValidationError);
  });
});

describe("AgentMail fake: agents without a human", () => {
  it("signs up without humanEmail, cannot verify until a human is attached, then verifies", async () => {
    const { fake, client } = setup();
    const { apiKey, organizationId } = await client().agent.signUp({ username: "solo" });
    const agent = client(apiKey);
    const early = await failure(agent.agent.verify({ otpCode: "000000" }));
    expect((early as PermissionDeniedError).fix).toMatch(/agent\/human/);
    expect(await agent.agent.attachHuman({ humanEmail: "h@example.com" })).toMatchObject({ humanEmail: "h@example.com" });
    const otp = fake.lastOtp("h@example.com")!;
    await agent.agent.attachHuman({ humanEmail: "h@example.com" });
    expect(fake.lastOtp("h@example.com")).toBe(otp);
    expect(await agent.agent.verify({ otpCode: otp })).toEqual({ verified: true });
    expect(fake.state.organizations.get(organizationId)?.verified).toBe(true);
    expect(await failure(agent.agent.attachHuman({ humanEmail: "h@example.com" }))).toBeInstanceOf(PermissionDeniedError);
  });

  it("replaces the human at most twice (then 409) and rejects a bad email (400)", async () => {
    const { client } = setup();
    const agent = client((await client().agent.signUp({ username: "solo" })).apiKey);
    await agent.agent.attachHuman({ humanEmail: "a@example.com" });
    await agent.agent.attachHuman({ humanEmail: "b@example.com" });
    await agent.agent.attachHuman({ humanEmail: "c@example.com" });
    expect(await failure(agent.agent.attachHuman({ humanEmail: "d@example.com" }))).toBeInstanceOf(ConflictError);
    expect(await failure(agent.agent.attachHuman({ humanEmail: "nope" }))).toBeInstanceOf(ValidationError);
  });
});

describe("AgentMail fake: AgentID sign-in", () => {
  it("authorize mints a pending sign-in key with exactly the two app permissions; activation starts its 30 days", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey({ permissions: { appConnect: true, apiKeyRead: true, apiKeyUpdate: true, apiKeyDelete: true } }));
    const { apiKeyId } = await admin.inboxes.authorize("a@agentmail.to", { authToken: "A".repeat(22) });
    const pending = await admin.apiKeys.get(apiKeyId);
    expect(pending).toMatchObject({
      type: "public_key",
      status: "pending",
      inboxId: "a@agentmail.to",
      permissions: { appConnect: true, appShareOwner: false },
    });
    const before = fake.clock.now();
    fake.activateSignIn(apiKeyId);
    const active = await admin.apiKeys.get(apiKeyId);
    expect(active.type === "public_key" && active.status).toBe("active");
    expect(Date.parse(active.expiresAt!) - before).toBeGreaterThanOrEqual(30 * DAY);
    expect(Date.parse(active.expiresAt!) - before).toBeLessThan(30 * DAY + 1000);
    const wrong = await failure(admin.apiKeys.update(apiKeyId, { permissions: { inboxRead: true } }));
    expect(wrong).toBeInstanceOf(ValidationError);
    await admin.apiKeys.delete(apiKeyId);
    expect(fake.state.apiKeys.has(apiKeyId)).toBe(false);
  });

  it("authorize needs app_connect, a 22-character token and an inbox in scope", async () => {
    const { fake, client } = setup();
    const plain = client(fake.issueKey({ permissions: { inboxRead: true } }));
    expect(((await failure(plain.inboxes.authorize("a@agentmail.to", { authToken: "A".repeat(22) }))) as PermissionDeniedError).fix).toContain(
      "app_connect",
    );
    const admin = client(fake.issueKey());
    expect(await failure(admin.inboxes.authorize("a@agentmail.to", { authToken: "short" }))).toBeInstanceOf(ValidationError);
    expect(await failure(admin.inboxes.authorize("nobody@agentmail.to", { authToken: "A".repeat(22) }))).toBeInstanceOf(NotFoundError);
  });
});

describe("AgentMail fake: test controls", () => {
  it("failNext answers AgentMail's 429 body with Retry-After, then recovers", async () => {
    const { fake, client } = setup();
    const admin = client(fake.issueKey());
    fake.failNext(429, { retryAfter: 1 });
    const error = await failure(admin.apiKeys.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(1000);
    expect((error as RateLimitError).body).toMatchObject({ name: "TooManyRequests", code: "rate_limit_exceeded" });
    expect((await admin.apiKeys.list()).count).toBe(1);
  });

  it("reset restores the seed", async () => {
    const { fake, client } = setup();
    await client().agent.signUp({ humanEmail: "h@example.com", username: "agent" });
    fake.reset();
    expect(fake.state.apiKeys.size).toBe(0);
    expect([...fake.state.pods.keys()]).toEqual(["pod_a", "pod_b"]);
    expect(fake.lastOtp("h@example.com")).toBeUndefined();
  });

  it("validated every response above against specs/agentmail.yaml", () => {
    expect(validation.responsesChecked()).toBeGreaterThan(100);
  });
});
