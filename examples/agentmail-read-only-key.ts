// Mint a read-only AgentMail key for an agent and store it (the secret is returned only once).
// Run: AGENTMAIL_API_KEY=am_... npx tsx examples/agentmail-read-only-key.ts
import { writeFile } from "node:fs/promises";
import { AgentMailClient, readOnlyPermissions } from "vendor-auth/agentmail";

const admin = new AgentMailClient(); // reads AGENTMAIL_API_KEY
const key = await admin.apiKeys.create({ name: "research-agent (read-only)", permissions: readOnlyPermissions });

// Owner-only file: the secret cannot be read back from the API later.
const file = process.env.KEY_FILE ?? "research-agent.key";
await writeFile(file, `${key.apiKey}\n`, { mode: 0o600 });
console.log(`created ${key.apiKeyId}; secret stored in ${file}`);
