/**
 * A fake more lenient than the vendor makes a user's tests pass where production fails. Each case sends
 * a body the spec forbids straight to the fake (plain `fetch`, no SDK check in between) and expects the
 * vendor's answer: AgentMail 400 `ValidationError`, Communal 422 `{message, errors}`, Comma 400 `{error}`
 * (CallMissed's spec has no request body). `reset()` must restore the clock as well as the data.
 */
import { describe, expect, it } from "vitest";
import { createAgentMailFake, createClock, createCallMissedFake, createCommaFake, createCommunalFake } from "../../src/testing/index.js";
import { server, useMsw } from "../msw.js";

useMsw();

async function send(url: string, method: string, token: string | undefined, body: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined };
}

describe("AgentMail fake holds request bodies to the spec", () => {
  const signUp = "https://api.agentmail.to/v0/agent/sign-up";
  const valid = { human_email: "h@example.com", username: "agent" };
  it.each([
    ["a source of 3,000 characters (max 2,048)", { ...valid, source: "s".repeat(3_000) }],
    ["a referrer of 2,049 characters (max 2,048)", { ...valid, referrer: "r".repeat(2_049) }],
    ["an unknown field", { ...valid, humanEmail: "h@example.com" }],
    ["a source that is not a string", { ...valid, source: 42 }],
    ["a username that is not a string", { ...valid, username: ["agent"] }],
  ])("sign-up with %s answers 400", async (_, body) => {
    const fake = createAgentMailFake();
    server.use(...fake.handlers);
    const answer = await send(signUp, "POST", undefined, body);
    expect(answer.status).toBe(400);
    expect(answer.body?.name).toBe("ValidationError");
    expect(fake.state.organizations.size).toBe(1);
  });

  it("a source of exactly 2,048 characters is accepted", async () => {
    const fake = createAgentMailFake();
    server.use(...fake.handlers);
    expect((await send(signUp, "POST", undefined, { ...valid, source: "s".repeat(2_048) })).status).toBe(200);
  });

  it.each([
    ["an unknown field", { name: "k", nmae: "typo" }],
    ["permissions that are an array", { name: "k", permissions: ["inbox_read"] }],
  ])("create key with %s answers 400 and mints nothing", async (_, body) => {
    const fake = createAgentMailFake();
    server.use(...fake.handlers);
    const token = fake.issueKey();
    const before = fake.state.apiKeys.size;
    const answer = await send("https://api.agentmail.to/v0/api-keys", "POST", token, body);
    expect(answer.status).toBe(400);
    expect(fake.state.apiKeys.size).toBe(before);
  });

  it("verify with an unknown field answers 400", async () => {
    const fake = createAgentMailFake();
    server.use(...fake.handlers);
    const signedUp = await send(signUp, "POST", undefined, valid);
    const token = String(signedUp.body?.api_key);
    expect((await send("https://api.agentmail.to/v0/agent/verify", "POST", token, { otp_code: "123456", extra: true })).status).toBe(400);
  });
});

describe("Communal fake holds request bodies to the spec", () => {
  const valid = { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com" };
  it.each([
    ["a first_name of 300 characters (max 255)", { ...valid, first_name: "a".repeat(300) }, "first_name"],
    ["a last_name of 256 characters (max 255)", { ...valid, last_name: "b".repeat(256) }, "last_name"],
    ["a first_name that is a number", { ...valid, first_name: 7 }, "first_name"],
  ])("update with %s answers 422 naming the field", async (_, body, field) => {
    const fake = createCommunalFake();
    server.use(...fake.handlers);
    const key = fake.issueKey({ userId: 1 });
    const answer = await send("https://api.getcommunal.com/api/users/1", "PUT", key, body);
    expect(answer.status).toBe(422);
    expect(Object.keys((answer.body?.errors ?? {}) as object)).toContain(field);
    expect(fake.state.users.get(1)?.firstName).not.toBe(body.first_name);
  });

  it("a first_name of exactly 255 characters is accepted", async () => {
    const fake = createCommunalFake();
    server.use(...fake.handlers);
    const key = fake.issueKey({ userId: 1 });
    expect((await send("https://api.getcommunal.com/api/users/1", "PUT", key, { ...valid, first_name: "a".repeat(255) })).status).toBe(200);
  });
});

describe("Comma fake holds request bodies to the spec", () => {
  it.each([
    ["a title that is not a string", { html: "<p>x</p>", title: 7 }],
    ["a visibility outside the enum", { html: "<p>x</p>", visibility: "everyone" }],
  ])("create report with %s answers 400", async (_, body) => {
    const fake = createCommaFake();
    server.use(...fake.handlers);
    const token = fake.issueToken();
    const answer = await send("https://commareports.com/api/v1/reports", "POST", token, body);
    expect(answer.status).toBe(400);
    expect(typeof answer.body?.error).toBe("string");
  });
});

describe("reset() restores the clock as well as the data", () => {
  const fakes = [
    ["AgentMail", () => createAgentMailFake()],
    ["Communal", () => createCommunalFake()],
    ["CallMissed", () => createCallMissedFake()],
    ["Comma", () => createCommaFake()],
  ] as const;
  it.each(fakes)("%s: an advance() before reset() is undone", (_, create) => {
    const fake = create();
    const start = fake.clock.now();
    fake.clock.advance(24 * 60 * 60 * 1000);
    fake.reset();
    // The clock follows real time, so allow what elapsed during the test.
    expect(fake.clock.now() - start).toBeLessThan(1_000);
  });

  it("a clock passed in is put back where it stood when the fake was created", () => {
    const fake = createCommaFake({ clock: createClock(Date.now() + 3_600_000) });
    const start = fake.clock.now();
    fake.clock.advance(5_000);
    fake.reset();
    expect(Math.abs(fake.clock.now() - start)).toBeLessThan(1_000);
  });
});
