// List every key of the organization across pages (listAll follows nextPageToken for you).
// Run: AGENTMAIL_API_KEY=am_... npx tsx examples/agentmail-list-all-keys.ts
import { AgentMailClient, type ApiKey } from "vendor-auth/agentmail";

const client = new AgentMailClient();
const keys: ApiKey[] = [];
for await (const key of client.apiKeys.listAll({ limit: 20 })) keys.push(key); // 20 per request
console.log(
  `${keys.length} keys; newest: ${keys
    .slice(0, 3)
    .map((k) => `${k.name} (${k.apiKeyId})`)
    .join(", ")}`,
);
