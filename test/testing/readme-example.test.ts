// The "Testing your app" example from README.md, verbatim but for the import paths: if this breaks, so does the README.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { AgentMailClient, PermissionDeniedError, readOnlyPermissions } from "../../src/agentmail/index.js";
import { createAgentMailFake } from "../../src/testing/index.js";

const agentmail = createAgentMailFake();
const server = setupServer(...agentmail.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  agentmail.reset();
  vi.useRealTimers();
});
afterAll(() => server.close());

it("signs an agent up, verifies it and hands out a read-only key", async () => {
  const { apiKey } = await new AgentMailClient().agent.signUp({ humanEmail: "h@example.com", username: "bot" });
  const agent = new AgentMailClient({ apiKey });
  await agent.agent.verify({ otpCode: agentmail.lastOtp("h@example.com")! });
  const reader = await agent.apiKeys.create({ name: "reader", permissions: readOnlyPermissions });

  const readerClient = new AgentMailClient({ apiKey: reader.apiKey });
  await expect(readerClient.apiKeys.delete(reader.apiKeyId)).rejects.toBeInstanceOf(PermissionDeniedError);
  expect((await agent.apiKeys.list()).apiKeys.map((k) => k.name)).toContain("reader");
});

it("survives a rate limit", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }); // the 1 s wait passes without waiting
  agentmail.failNext(429, { retryAfter: 1 });
  const client = new AgentMailClient({ apiKey: agentmail.issueKey() });
  const listed = client.apiKeys.list();
  await vi.advanceTimersByTimeAsync(1000); // the Retry-After, then the retry
  expect((await listed).count).toBe(1);
});
