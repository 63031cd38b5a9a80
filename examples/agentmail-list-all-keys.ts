// List every key of the organization across pages (listAll follows nextPageToken for you).
// Run: AGENTMAIL_API_KEY=am_... npx tsx examples/agentmail-list-all-keys.ts
import { AgentMailClient } from "vendor-auth/agentmail";

const client = new AgentMailClient();
let count = 0;
for await (const key of client.apiKeys.listAll({ limit: 20 })) {
  count += 1;
  console.log(`${key.apiKeyId}  ${key.name}  created ${key.createdAt}`);
}
console.log(`${count} keys`);
