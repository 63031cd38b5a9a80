// A vitest suite for your own code on the fakes of vendor-auth/testing: no network, the vendors' rules.
// Run: npx vitest run --config examples/vitest.config.ts
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { AgentMailClient, PermissionDeniedError, readOnlyPermissions } from "vendor-auth/agentmail";
import { CommaClient } from "vendor-auth/comma";
import { createAgentMailFake, createCommaFake } from "vendor-auth/testing";

const agentmail = createAgentMailFake();
const comma = createCommaFake();
const server = setupServer(...agentmail.handlers, ...comma.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  agentmail.reset();
  comma.reset();
});
afterAll(() => server.close());

/** The code under test: hands an agent a read-only key. */
async function provisionReader(admin: AgentMailClient): Promise<string> {
  return (await admin.apiKeys.create({ name: "reader", permissions: readOnlyPermissions })).apiKey;
}

it("gives the agent a key that can read but not delete", async () => {
  const admin = new AgentMailClient({ apiKey: agentmail.issueKey() });
  const reader = new AgentMailClient({ apiKey: await provisionReader(admin) });
  expect((await reader.apiKeys.list()).count).toBeGreaterThan(0);
  await expect(reader.apiKeys.delete("any")).rejects.toBeInstanceOf(PermissionDeniedError);
});

it("survives a rate limit", async () => {
  agentmail.failNext(429, { retryAfter: 0 });
  const admin = new AgentMailClient({ apiKey: agentmail.issueKey() });
  expect((await admin.apiKeys.list()).count).toBe(1);
});

it("reports the missing Comma scope", async () => {
  const client = new CommaClient({ apiKey: comma.issueToken({ scopes: ["reports:read"] }) });
  const error = await client.sharing.update("rep_1", { visibility: "public" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermissionDeniedError);
  expect((error as PermissionDeniedError).missingScope).toBe("sharing");
});
