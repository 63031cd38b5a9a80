import { describe, expect, it } from "vitest";
import { AuthenticationError, CallMissedClient, RateLimitError, ServerError } from "../../../src/callmissed/index.js";
import { createCallMissedFake } from "../../../src/testing/fakes/callmissed.js";
import { createClock } from "../../../src/testing/kit.js";
import { failure } from "../../helpers.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";

useMsw();
const validation = useSpecValidation(server, "callmissed");
const DAY_MS = 24 * 60 * 60 * 1000;

function setup(options: Parameters<typeof createCallMissedFake>[0] = {}) {
  const fake = createCallMissedFake(options);
  server.use(...fake.handlers);
  const client = (apiKey: string, extra: { credentialHeader?: "x-api-key" } = {}) => new CallMissedClient({ apiKey, maxRetries: 0, ...extra });
  return { fake, client };
}

const rejection = (call: Promise<unknown>) => failure(call, Error);

describe("CallMissed fake: keys made in the console", () => {
  it("a key from issueKey() is accepted with Bearer and with x-api-key, and lists the models", async () => {
    const { fake, client } = setup();
    const secret = fake.issueKey({ name: "bot", permissions: ["llm"] });

    expect(secret).toMatch(/^cm_/);
    expect(await client(secret).verifyKey()).toBe(true);
    expect(await client(secret, { credentialHeader: "x-api-key" }).verifyKey()).toBe(true);
    const models = await client(secret).models.list();
    expect(models.data.map((m) => m.id)).toEqual(["anthropic/claude-sonnet-4.6", "openai/gpt-6-luna"]);
    expect(models.hasMore).toBe(false);
  });

  it("a new key gets every service and no resource scope, as the console gives", () => {
    const { fake } = setup();
    fake.issueKey({ name: "plain" });

    expect([...fake.state.apiKeys.values()][0]).toMatchObject({
      permissions: ["*"],
      scopes: [],
      allowedDomains: ["*"],
      expiresAt: null,
      revoked: false,
      rateLimitRpm: 60,
    });
  });

  it("issueKey refuses what the console would: unknown permissions or scopes, an expiry outside 1-365 days", () => {
    const { fake } = setup();

    expect(() => fake.issueKey({ permissions: ["video"] })).toThrow(/unknown permissions video/);
    expect(() => fake.issueKey({ scopes: ["webhooks:read"] })).toThrow(/unknown scopes webhooks:read/);
    for (const days of [0, 366, 1.5, Number.NaN]) expect(() => fake.issueKey({ expiresInDays: days })).toThrow(TypeError);
    expect(() => fake.issueKey({ secret: "sk_not_callmissed" })).toThrow(/cm_/);
    expect(fake.state.apiKeys.size).toBe(0);
  });

  it("answers 401 invalid_api_key to a missing or unknown key", async () => {
    const { client } = setup();

    const unknown = await rejection(client("cm_never_issued").models.list());
    expect(unknown).toBeInstanceOf(AuthenticationError);
    expect((unknown as AuthenticationError).code).toBe("invalid_api_key");
    expect((unknown as AuthenticationError).body).toMatchObject({ error: { code: "invalid_api_key", type: "authentication_error" } });
  });
});

describe("CallMissed fake: expiry, revocation and rotation on the fake's clock", () => {
  it("a key with expiresInDays works until that day and then answers 401 api_key_expired", async () => {
    const { fake, client } = setup();
    const api = client(fake.issueKey({ expiresInDays: 30 }));

    // The fake's clock also follows real time, so "just before" is a minute before.
    fake.clock.advance(30 * DAY_MS - 60_000);
    expect(await api.verifyKey()).toBe(true);
    fake.clock.advance(60_000);
    expect(await api.verifyKey()).toBe(false);
    const error = await rejection(api.models.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("api_key_expired");
    expect((error as AuthenticationError).fix).toMatch(/Create a new key in the CallMissed console/);
  });

  it("a key without expiry still works years later on the fake's clock", async () => {
    const { fake, client } = setup();
    const api = client(fake.issueKey());

    fake.clock.advance(5 * 365 * DAY_MS);
    expect(await api.verifyKey()).toBe(true);
  });

  it("expiry follows a clock pinned at any instant, not the wall clock", async () => {
    const { fake, client } = setup({ clock: createClock(Date.UTC(2031, 0, 1)) });
    const api = client(fake.issueKey({ expiresInDays: 1 }));

    expect(await api.verifyKey()).toBe(true);
    fake.clock.advance(DAY_MS);
    expect(await api.verifyKey()).toBe(false);
  });

  it("a revoked key answers invalid_api_key; a rotated key's old secret stops and the new one works", async () => {
    const { fake, client } = setup();
    const revoked = fake.issueKey({ name: "leaked" });
    const rotating = fake.issueKey({ name: "prod" });
    const id = [...fake.state.apiKeys.values()].find((k) => k.name === "prod")!.id;

    fake.revokeKey(revoked);
    expect(((await rejection(client(revoked).models.list())) as AuthenticationError).code).toBe("invalid_api_key");
    const fresh = fake.rotateKey(rotating);
    expect(fresh).not.toBe(rotating);
    expect(await client(rotating).verifyKey()).toBe(false);
    expect(await client(fresh).verifyKey()).toBe(true);
    expect(fake.state.apiKeys.get(id)?.secret).toBe(fresh); // same key, new secret
    expect(() => fake.revokeKey("cm_unknown")).toThrow(/no live key/);
  });
});

describe("CallMissed fake: the key's domain allowlist", () => {
  it("refuses an Origin outside the list with 403 domain_not_allowed; verifyKey still sees a known key", async () => {
    const { fake } = setup();
    const secret = fake.issueKey({ allowedDomains: ["app.example.com", "https://admin.example.com"] });
    const from = (origin: string) => new CallMissedClient({ apiKey: secret, maxRetries: 0, headers: { Origin: origin } });

    const error = await rejection(from("https://evil.example").models.list());
    expect(error).toMatchObject({ status: 403, code: "domain_not_allowed" });
    expect((error as { fix?: string }).fix).toMatch(/domain allowlist/);
    expect(await from("https://evil.example").verifyKey()).toBe(true);
    expect((await from("https://app.example.com").models.list()).data).toHaveLength(2);
    expect((await from("https://admin.example.com").models.list()).data).toHaveLength(2);
    expect((await new CallMissedClient({ apiKey: secret }).models.list()).data).toHaveLength(2); // no Origin: a server
  });

  it("a bad allowlist is refused when the key is made", () => {
    const { fake } = setup();

    expect(() => fake.issueKey({ allowedDomains: [""] })).toThrow(TypeError);
    expect(() => fake.issueKey({ allowedDomains: "*" as never })).toThrow(TypeError);
  });
});

describe("CallMissed fake: limits", () => {
  it("limits a key to its own requests per minute with 429 rate_limit_exceeded and no Retry-After (inference surface)", async () => {
    const { fake, client } = setup();
    const api = client(fake.issueKey({ rateLimitRpm: 3 }));
    const other = client(fake.issueKey({ rateLimitRpm: 3 }));

    for (let i = 0; i < 3; i++) await api.models.list();
    const error = await rejection(api.models.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe("rate_limit_exceeded");
    expect((error as RateLimitError).retryAfterMs).toBeUndefined();
    expect((error as RateLimitError).headers["retry-after"]).toBeUndefined();
    expect(await other.verifyKey()).toBe(true); // per key, not per account
    fake.clock.advance(60_000);
    expect((await api.models.list()).data).toHaveLength(2);
  });
});

describe("CallMissed fake: test controls", () => {
  it("failNext answers in the OpenAI envelope, then the fake recovers", async () => {
    const { fake, client } = setup();
    const api = client(fake.issueKey());
    fake.failNext(503, { operation: "listModels" });

    const error = await rejection(api.models.list());
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).body).toMatchObject({ error: { type: "api_error" } });
    expect(await api.verifyKey()).toBe(true);
  });

  it("failNext can answer a documented code the fake does not model, such as 402 budget_exceeded", async () => {
    const { fake, client } = setup();
    fake.failNext(402, { body: { error: { message: "Key budget spent", type: "insufficient_quota", code: "budget_exceeded" } } });

    const error = await rejection(client(fake.issueKey()).models.list());
    expect(error).toMatchObject({ status: 402, code: "budget_exceeded" });
  });

  it("seeds keys and reset restores them, forgetting keys issued since", async () => {
    const { fake, client } = setup({ seed: { apiKeys: [{ name: "seeded", secret: "cm_seeded_0123" }] } });
    fake.issueKey({ name: "new" });
    fake.revokeKey("cm_seeded_0123");
    expect(fake.state.apiKeys.size).toBe(2);

    fake.reset();
    expect([...fake.state.apiKeys.values()].map((k) => k.name)).toEqual(["seeded"]);
    expect(await client("cm_seeded_0123").verifyKey()).toBe(true);
  });

  it("a custom model catalogue is served as given", async () => {
    const { fake, client } = setup({ models: [{ id: "local/tiny", type: "model" }] });

    expect((await client(fake.issueKey()).models.list()).data).toEqual([{ id: "local/tiny", type: "model" }]);
  });

  it("validated every response above against specs/callmissed.yaml", () => {
    expect(validation.responsesChecked()).toBeGreaterThan(20);
  });
});
