// Handle a rate limit. A 429 is retried for you, after the server's Retry-After, up to maxRetries
// times; a wait longer than maxRetryAfterMs is not slept through: you get a RateLimitError to act on.
// Run: AGENTMAIL_API_KEY=am_... npx tsx examples/agentmail-rate-limit.ts
import { AgentMailClient, RateLimitError } from "vendor-auth/agentmail";

const client = new AgentMailClient({ maxRetries: 3, maxRetryAfterMs: 10_000 });
try {
  const page = await client.apiKeys.list();
  console.log(`listed ${page.count} keys`);
} catch (error) {
  if (!(error instanceof RateLimitError)) throw error;
  // Still limited after the retries, or asked to wait longer than we accept: report and come back later.
  const seconds = error.retryAfterMs === undefined ? "later" : `in ${Math.ceil(error.retryAfterMs / 1000)} s`;
  console.log(`AgentMail is rate limiting this key; try again ${seconds} (request id ${error.requestId ?? "none"})`);
}
