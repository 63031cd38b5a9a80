/**
 * `npm run demo`: a scripted walk through every vendor client against in-process MSW mocks. No network:
 * any request the mocks do not answer fails the demo.
 */
import { setupServer } from "msw/node";
import { AgentMailClient, PermissionDeniedError, readOnlyPermissions } from "../src/agentmail/index.js";
import { AuthenticationError, CallMissedClient, requiredAccess } from "../src/callmissed/index.js";
import { CommaClient, requiredScopes } from "../src/comma/index.js";
import { run as vendorAuth } from "../src/cli/main.js";
import { CommunalClient, ValidationError } from "../src/communal/index.js";
import { createAgentMailFake } from "../src/testing/fakes/agentmail.js";
import { createCallMissedFake } from "../src/testing/fakes/callmissed.js";
import { createCommunalFake } from "../src/testing/fakes/communal.js";
import { createCommaFake } from "../src/testing/fakes/comma.js";
import { createClock, type FakeClock } from "../src/testing/kit.js";

const step = (text: string): void => console.log(`\n> ${text}`);
const show = (label: string, value: unknown): void => console.log(`  ${label}: ${JSON.stringify(value)}`);

/** Awaits a call the demo expects to fail with `type` and shows what the error says; any other outcome stops the demo. */
async function refused<E extends Error>(call: Promise<unknown>, type: new (...args: never[]) => E, report: (error: E) => void): Promise<void> {
  const error = await call.then(
    () => new Error(`expected a ${type.name}, but the call succeeded`),
    (e: unknown) => e,
  );
  if (!(error instanceof type)) throw error;
  report(error);
}

// The Comma fake's clock runs a minute per real second, so its documented per-minute window passes in a second.
const origin = Date.now();
let skipped = 0;
const minutePerSecond: FakeClock = {
  now: () => origin + (Date.now() - origin) * 60 + skipped,
  advance(ms) {
    skipped += ms;
  },
};
const commaFake = createCommaFake({ clock: minutePerSecond, requestsPerMinute: 5 });
let usage429s = 0;
const server = setupServer(...commaFake.handlers);
server.events.on("response:mocked", ({ request, response }) => {
  if (response.status === 429 && request.url.startsWith(commaFake.baseUrl)) usage429s += 1;
});

async function agentMail(): Promise<void> {
  console.log("\n=== AgentMail (vendor-auth/testing fake) ===");
  const fake = createAgentMailFake();
  server.use(...fake.handlers);
  step("agent.signUp() needs no key");
  const signUp = await new AgentMailClient({ apiKey: undefined }).agent.signUp({ humanEmail: "human@example.com", username: "my-agent" });
  show("result", { ...signUp, apiKey: `${signUp.apiKey.slice(0, 6)}...` });
  const agent = new AgentMailClient({ apiKey: signUp.apiKey, maxRetries: 2 });
  step("apiKeys.create() before verification: the unverified agent may not create keys");
  await refused(agent.apiKeys.create({ name: "too early" }), PermissionDeniedError, (error) => show("code / fix", [error.code, error.fix]));
  step("agent.verify() with the 6-digit code the human received");
  show("result", await agent.agent.verify({ otpCode: fake.lastOtp("human@example.com")! }));
  step("apiKeys.create() with the read-only preset (camelCase in, snake_case on the wire)");
  const created = await agent.apiKeys.create({ name: "reader", permissions: readOnlyPermissions });
  show("apiKeyId", created.apiKeyId);
  show("permissions", created.permissions);
  step("apiKeys.list(): the first answer is 429 with Retry-After: 1, so the client waits and retries");
  fake.failNext(429, { retryAfter: 1 });
  const started = Date.now();
  const page = await agent.apiKeys.list({ limit: 10 });
  show(
    "keys (no secrets in a list)",
    page.apiKeys.map((key) => key.name),
  );
  show("waited ms", Date.now() - started);
  step("the read-only key tries to delete a key (it lacks api_key_delete)");
  await refused(new AgentMailClient({ apiKey: created.apiKey }).apiKeys.delete(created.apiKeyId), PermissionDeniedError, (error) => {
    show("class", error.name);
    show("code / fix", [error.code, error.fix]);
    show("message", error.message);
  });
  step("a read-only key that may create keys tries to mint one that can send (a key cannot grant what it lacks)");
  const minter = new AgentMailClient({ apiKey: fake.issueKey({ permissions: { ...readOnlyPermissions, apiKeyCreate: true } }) });
  await refused(minter.apiKeys.create({ name: "sender", permissions: { messageSend: true } }), PermissionDeniedError, (error) =>
    show("code", error.code),
  );
  step("a misspelled permission from plain JavaScript fails before any request");
  await refused(agent.apiKeys.create({ name: "typo", permissions: { inboxReed: true } as never }), TypeError, ({ message }) =>
    show("TypeError", `${message.slice(0, 60)}... ${message.slice(message.indexOf("This SDK"))}`),
  );
  step("apiKeys.update(): rename the reader and let it sign in to apps (appConnect is new in 2026-10-05)");
  const updated = await agent.apiKeys.update(created.apiKeyId, {
    name: "reader and sign-in",
    permissions: { ...readOnlyPermissions, appConnect: true },
  });
  show("type / name / appConnect", [updated.type, updated.name, updated.permissions?.appConnect]);
  step("a key that expires in one hour: it works, then the fake's clock moves 1 h and it answers 401 api_key_expired");
  const expiresAt = new Date(fake.clock.now() + 60 * 60 * 1000).toISOString();
  const shortLived = await agent.apiKeys.create({ name: "one hour", expiresAt });
  const subagent = new AgentMailClient({ apiKey: shortLived.apiKey });
  show("auth.me().scopeType", (await subagent.auth.me()).scopeType);
  fake.clock.advance(60 * 60 * 1000);
  await refused(subagent.auth.me(), AuthenticationError, (error) => show("class / code", [error.name, error.code]));
}

async function communal(): Promise<void> {
  console.log("\n=== Communal (vendor-auth/testing fake) ===");
  // The pinned version's sunset is 60 days ahead of the fake's clock, so the demo runs at any date.
  const clock = createClock();
  const sunset = new Date(clock.now() + 60 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const days = (n: number) => new Date(clock.now() + n * 24 * 60 * 60 * 1000).toISOString();
  const fake = createCommunalFake({
    clock,
    versions: { deprecated: { "2026-02-01": sunset } },
    seed: {
      users: [
        { id: 7, email: "ada@example.com", firstName: "Ada", lastName: "Lovelace" },
        { id: 8, email: "bo@example.com" },
      ],
      memberships: [
        { id: 70, userId: 7, endsAt: days(5), membershipType: { id: 1, title: "Monthly pool pass" } },
        { id: 71, userId: 7, endsAt: days(90), membershipType: { id: 2, title: "Gold" } },
      ],
    },
  });
  server.use(...fake.handlers);
  const apiKey = fake.issueKey({ userId: 7 });
  const client = new CommunalClient({
    apiKey,
    apiVersion: "2026-02-01",
    onDeprecation: (notice) => show("onDeprecation (once per version)", notice),
  });
  step("users.get() twice on a deprecated version");
  show("user", await client.users.get(7));
  await client.users.get(7);
  step("users.update() with an email another user has: 422 fields land in fieldErrors as sent");
  const taken = { firstName: "Ada", lastName: "Lovelace", email: "bo@example.com" };
  await refused(client.users.update(7, taken), ValidationError, (error) => show("fieldErrors", error.fieldErrors));
  step("a member key reading another user: 403");
  await refused(client.users.get(8), PermissionDeniedError, (error) => show("class / message", [error.name, error.message]));
  // A client on the default version: the SDK's own, 2026-08-25, sent on every request.
  const current = new CommunalClient({ apiKey });
  step("verifyKey(): one page of program options, the cheapest authenticated read");
  show("key accepted", await current.verifyKey());
  step("userMemberships.list(): what Ada holds; one period ends in 5 days on the fake's clock");
  const titles = async (params: Parameters<typeof current.userMemberships.list>[0]) =>
    (await current.userMemberships.list(params)).data.map((m) => `${m.membershipType?.title} (ends ${m.endsAt?.slice(0, 10)})`);
  show("active", await titles({ "filter[active]": true }));
  fake.clock.advance(6 * 24 * 60 * 60 * 1000);
  step("six days later: the pool pass has expired");
  show("active", await titles({ "filter[active]": true }));
  show("expired", await titles({ "filter[expired]": true }));
}

async function callMissed(): Promise<void> {
  console.log("\n=== CallMissed (vendor-auth/testing fake) ===");
  const fake = createCallMissedFake();
  server.use(...fake.handlers);
  // Keys are made in the console; the fake's issueKey() stands in for it. This one expires in 30 days.
  const client = new CallMissedClient({ apiKey: fake.issueKey({ name: "voice bot", permissions: ["stt", "tts", "llm"], expiresInDays: 30 }) });
  step("verifyKey() at start-up: the cheapest authenticated read (the model list: no permission, no credits)");
  show("accepted", await client.verifyKey());
  step("requiredAccess(): which permission or scope an endpoint needs, from the docs' tables");
  show("POST /v1/audio/speech", requiredAccess("POST", "/v1/audio/speech"));
  show("POST /api/v1/gateway/prompts/p_1/render", requiredAccess("POST", "/api/v1/gateway/prompts/p_1/render"));
  step("voiceAgentSocket(): the Token credential of the voice-agent sockets (redacted when logged)");
  show("socket", client.voiceAgentSocket("deepgram"));
  step("31 days later on the fake's clock: the key has expired");
  fake.clock.advance(31 * 24 * 60 * 60 * 1000);
  show("accepted", await client.verifyKey());
  await refused(client.models.list(), AuthenticationError, (error) => show("code / fix", [error.code, error.fix]));
}

async function comma(): Promise<void> {
  console.log("\n=== Comma ===");
  // The token has the default scopes only: no `sharing`.
  const apiKey = commaFake.issueToken();
  const client = new CommaClient({ apiKey, rateLimit: { requestsPerMinute: 5, windowMs: 1000 } });
  step(`sharing.update() needs the "${requiredScopes.updateSharing}" scope, which this token lacks`);
  await refused(client.sharing.update("rep_1", { visibility: "public" }), PermissionDeniedError, (error) => show("missingScope", error.missingScope));
  step("12 calls with a limiter of 5 per second: spaced out on this side, no 429 from the server");
  const started = Date.now();
  await Promise.all(Array.from({ length: 12 }, () => client.me.usage()));
  show("elapsed ms (>= 2000: the limiter waited)", Date.now() - started);
  show("429s the server sent", usage429s);
}

async function commandLine(): Promise<void> {
  console.log("\n=== vendor-auth CLI (the same clients, run in-process against the AgentMail fake) ===");
  const fake = createAgentMailFake();
  server.use(...fake.handlers);
  const env = { AGENTMAIL_API_KEY: fake.issueKey({ name: "operator" }) };
  const cli = async (line: string): Promise<string> => {
    step(`vendor-auth ${line}`);
    let out = "";
    let err = "";
    const code = await vendorAuth(line.split(" "), {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      stdin: (async function* () {})(),
      env,
      signal: new AbortController().signal,
    });
    // Secrets are shortened here only; the CLI prints each one in full, once, on stdout.
    const short = (text: string) => text.replace(/\b(am_\w{4})\w+/g, "$1...");
    for (const line of out ? short(out).trimEnd().split("\n") : []) console.log(`  ${line}`);
    for (const line of short(err).trimEnd().split("\n").filter(Boolean)) console.log(`  stderr: ${line}`);
    console.log(`  exit code ${code}`);
    return out;
  };
  const minted = JSON.parse(await cli("agentmail keys create --name ci --permissions inboxRead,messageRead --json"));
  await cli("agentmail keys create --name typo --permissions inboxReed");
  await cli("agentmail keys list");
  const rotated = JSON.parse(await cli(`agentmail keys rotate ${minted.apiKeyId} --json`));
  await cli(`agentmail keys delete ${rotated.newKey.apiKeyId}`);
}

server.listen({ onUnhandledRequest: "error" });
try {
  await agentMail();
  await communal();
  await callMissed();
  await comma();
  await commandLine();
  console.log("\nDemo finished: every vendor walked through against in-process mocks.");
} finally {
  server.close();
}
