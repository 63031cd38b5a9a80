// The README's quick start as a user's project type-checks it: `vendor-auth` resolves to dist/ through
// the package's own exports, with skipLibCheck off. Measured by `npm run type-cost`.
import { AgentMailClient, RateLimitError, readOnlyPermissions } from "vendor-auth/agentmail";
import { httpClient } from "vendor-auth/http";

const client = new AgentMailClient({ apiKey: "am_example" });

const key = await client.apiKeys.create({
  name: "reader",
  permissions: { inboxRead: true, labelSpamRead: false },
});
console.log(key.apiKeyId, key.apiKey);

for await (const k of client.apiKeys.listAll()) console.log(k.name, k.createdAt);

try {
  await client.apiKeys.create({ name: "preset", permissions: readOnlyPermissions });
} catch (error) {
  if (error instanceof RateLimitError) console.log(error.retryAfterMs);
}

// The checks the cheaper types must keep: each line below has to fail to compile.
// @ts-expect-error a misspelt permission
await client.apiKeys.create({ name: "x", permissions: { inboxReed: true } });
// @ts-expect-error a permission is a boolean
await client.apiKeys.create({ name: "x", permissions: { inboxRead: "yes" } });
// @ts-expect-error a key id is a string
await client.apiKeys.delete(42);
// @ts-expect-error the raw client knows the spec's paths
await httpClient(client).GET("/v0/api-kees");
// @ts-expect-error responses are camelCase
console.log(key.api_key_id);
