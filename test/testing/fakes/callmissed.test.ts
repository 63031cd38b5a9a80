import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  CallMissedClient,
  ConflictError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
} from "../../../src/callmissed/index.js";
import { createCallMissedFake } from "../../../src/testing/fakes/callmissed.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";

useMsw();
const validation = useSpecValidation(server, "callmissed");

function setup(options: Parameters<typeof createCallMissedFake>[0] = {}) {
  const fake = createCallMissedFake(options);
  server.use(...fake.handlers);
  const session = fake.issueAccessToken();
  const asSession = new CallMissedClient({ getAccessToken: () => session, maxRetries: 0 });
  const asKey = (apiKey: string) => new CallMissedClient({ apiKey, maxRetries: 0 });
  return { fake, session, asSession, asKey };
}

describe("CallMissed fake: keys", () => {
  it("creates a key with comma-separated permissions and scopes, and shows the secret only once", async () => {
    const { fake, asSession } = setup();
    const created = await asSession.apiKeys.create({ name: "bot", permissions: ["llm", "stt"], scopes: ["conversations:read"], rateLimitRpm: 200, budgetLimit: 5000 });
    expect(created).toMatchObject({ name: "bot", permissions: ["llm", "stt"], scopes: ["conversations:read"], rateLimitRpm: 200, budgetLimit: 5000, budgetRemaining: 5000, isActive: true });
    expect(created.key).toMatch(/^cm_/);
    expect(fake.state.apiKeys.get(created.id)?.secret).toBe(created.key);
    const listed = await asSession.apiKeys.list();
    expect(listed.map((k) => k.id)).toEqual([created.id]);
    expect(listed[0]).not.toHaveProperty("key");
    expect(JSON.stringify(listed)).not.toContain(created.key);
  });

  it("defaults a new key to every service and no resource scope", async () => {
    const { asSession } = setup();
    const created = await asSession.apiKeys.create({ name: "plain" });
    expect(created.permissions).toEqual(["*"]);
    expect(created.scopes).toEqual([]);
    expect(created.rateLimitRpm).toBe(60);
  });

  it("answers FastAPI's 422 detail list for a body the schema rejects", async () => {
    const { asSession } = setup();
    const error = await asSession.http
      .POST("/api/v1/keys", { body: { permissions: "llm,video" } as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).body).toEqual({
      detail: [
        { loc: ["body", "name"], msg: "Field required", type: "missing" },
        { loc: ["body", "permissions"], msg: "Unknown value 'video'", type: "enum" },
      ],
    });
  });

  it("replays an Idempotency-Key with the first result, and 409s a different body", async () => {
    const { fake, asSession } = setup();
    const first = await asSession.apiKeys.create({ name: "once" }, { idempotencyKey: "idem-1" });
    const again = await asSession.apiKeys.create({ name: "once" }, { idempotencyKey: "idem-1" });
    expect(again).toEqual(first);
    expect(fake.state.apiKeys.size).toBe(1);
    await expect(asSession.apiKeys.create({ name: "other" }, { idempotencyKey: "idem-1" })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("CallMissed fake: credentials", () => {
  it("expires a dashboard token after 24 h with token_expired, and the client refreshes once", async () => {
    const { fake } = setup();
    const tokens = [fake.issueAccessToken({ ttlMs: 1000 })];
    const client = new CallMissedClient({
      maxRetries: 0,
      getAccessToken: ({ forceRefresh }) => {
        if (forceRefresh) tokens.push(fake.issueAccessToken());
        return tokens.at(-1)!;
      },
    });
    expect(await client.apiKeys.list()).toEqual([]);
    fake.clock.advance(1000);
    expect(await client.apiKeys.list()).toEqual([]);
    expect(tokens).toHaveLength(2);
    const stale = await new CallMissedClient({ getAccessToken: () => tokens[0]!, maxRetries: 0 }).apiKeys.list().catch((e: unknown) => e);
    expect((stale as AuthenticationError).code).toBe("token_expired");
  });

  it("answers invalid_api_key for an unknown or revoked cm_ key", async () => {
    const { fake, asKey } = setup();
    const secret = fake.issueKey({ scopes: ["*"] });
    expect(await asKey(secret).apiKeys.list()).toHaveLength(1);
    for (const key of fake.state.apiKeys.values()) key.isActive = false;
    const error = await asKey(secret).apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("invalid_api_key");
  });

  it("answers 403 permission_denied to a cm_ key whose scopes do not reach key management", async () => {
    const { fake, asKey } = setup();
    const error = await asKey(fake.issueKey({ scopes: ["bots:read", "conversations:write"] })).apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).code).toBe("permission_denied");
    expect((error as PermissionDeniedError).body).toMatchObject({ error: { code: "permission_denied", type: "permission_error" } });
  });
});

describe("CallMissed fake: limits", () => {
  it("limits a key to its own requests per minute, with Retry-After and the rate-limit headers", async () => {
    const { fake, asKey } = setup();
    const client = asKey(fake.issueKey({ scopes: ["*"], rateLimitRpm: 3 }));
    for (let i = 0; i < 3; i++) await client.apiKeys.list();
    const error = await client.apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe("rate_limit_exceeded");
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
    expect((error as RateLimitError).headers["x-ratelimit-limit"]).toBe("3");
    fake.clock.advance(60_000);
    expect(await client.apiKeys.list()).toHaveLength(1);
  });

  it("answers quota_exceeded until the monthly reset, and the client does not retry it", async () => {
    const { fake, session } = setup();
    const attempts: number[] = [];
    // The reset is a week ahead of the fake's own clock, so the test holds at any wall-clock date.
    const resetAt = new Date(fake.clock.now() + 7 * 24 * 60 * 60 * 1000);
    fake.exhaustQuota(resetAt);
    server.events.on("request:start", () => attempts.push(1));
    const client = new CallMissedClient({ getAccessToken: () => session, maxRetries: 3 });
    const error = await client.apiKeys.list().catch((e: unknown) => e);
    server.events.removeAllListeners("request:start");
    expect((error as RateLimitError).code).toBe("quota_exceeded");
    expect((error as RateLimitError).headers["x-ratelimit-reset"]).toBe(resetAt.toISOString());
    expect(attempts).toHaveLength(1);
    fake.exhaustQuota(false);
    expect(await client.apiKeys.list()).toEqual([]);
  });
});

describe("CallMissed fake: test controls", () => {
  it("failNext answers in CallMissed's envelope, then the fake recovers", async () => {
    const { fake, asSession } = setup();
    fake.failNext(503, { operation: "createApiKey" });
    expect(await asSession.apiKeys.list()).toEqual([]);
    const error = await asSession.apiKeys.create({ name: "x" }).catch((e: unknown) => e);
    expect((error as RateLimitError).status).toBe(503);
    expect((error as RateLimitError).body).toMatchObject({ error: { type: "api_error" } });
    expect((await asSession.apiKeys.create({ name: "x" })).name).toBe("x");
  });

  it("seeds keys and reset restores them", async () => {
    const { fake, asSession } = setup({ seed: { apiKeys: [{ name: "seeded", scopes: ["*"], secret: "cm_seeded" }] } });
    await asSession.apiKeys.create({ name: "new" });
    expect(fake.state.apiKeys.size).toBe(2);
    fake.reset();
    expect([...fake.state.apiKeys.values()].map((k) => k.name)).toEqual(["seeded"]);
    expect(await new CallMissedClient({ apiKey: "cm_seeded" }).apiKeys.list()).toHaveLength(1);
  });

  it("validated every response above against specs/callmissed.yaml", () => {
    expect(validation.responsesChecked()).toBeGreaterThan(15);
  });
});
