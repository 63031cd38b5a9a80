import { describe, expect, it } from "vitest";
import {
  AgentMailClient,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  readOnlyPermissions,
} from "../../../src/agentmail/index.js";
import { createAgentMailFake } from "../../../src/testing/fakes/agentmail.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";

useMsw();
const validation = useSpecValidation(server, "agentmail");

function setup(options: Parameters<typeof createAgentMailFake>[0] = {}) {
  const fake = createAgentMailFake({ seed: { pods: [{ podId: "pod_a" }, { podId: "pod_b" }], inboxes: [{ inboxId: "a@agentmail.to", podId: "pod_a" }] }, ...options });
  server.use(...fake.handlers);
  const client = (apiKey?: string) => new AgentMailClient({ apiKey, maxRetries: 0 });
  return { fake, client };
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

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
    const error = await failure(client().http.POST("/v0/agent/sign-up", { body: { human_email: "nope", username: "x" } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).body).toMatchObject({ code: "validation_error", errors: [{ path: "human_email" }] });
  });
});

describe("AgentMail fake: authentication", () => {
  it("gives the documented 401 codes", async () => {
    const { client } = setup();
    const missing = await failure(client().http.GET("/v0/auth/me", { headers: { authorization: "" } }));
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
    expect(validation.responsesChecked()).toBeGreaterThan(40);
  });
});
