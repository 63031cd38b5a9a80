// Rotate a key with no downtime: create the new one, prove it works, switch to it, then revoke the old.
// Run: AGENTMAIL_API_KEY=am_admin... OLD_KEY_ID=... npx tsx examples/agentmail-rotate-key.ts
import { writeFile } from "node:fs/promises";
import { AgentMailClient, type ApiKey, AuthenticationError } from "vendor-auth/agentmail";

const oldKeyId = process.env.OLD_KEY_ID;
if (!oldKeyId) throw new Error("Set OLD_KEY_ID to the id of the key to rotate (see apiKeys.list()).");
const admin = new AgentMailClient();

// 1. Create the replacement with the same name and permissions as the old key.
let old: ApiKey | undefined;
for await (const k of admin.apiKeys.listAll()) if (k.apiKeyId === oldKeyId) old = k;
if (!old) throw new Error(`No key ${oldKeyId} in this organization.`);
const fresh = await admin.apiKeys.create({ name: old.name, ...(old.permissions && { permissions: old.permissions }) });

// 2. Prove the new key works before anything depends on it.
const me = await new AgentMailClient({ apiKey: fresh.apiKey }).auth.me();
console.log(`new key ${fresh.apiKeyId} works (scope ${me.scopeType})`);

// 3. Switch: write it where the service reads its key (a secret manager in real life).
await writeFile(process.env.KEY_FILE ?? "service.key", `${fresh.apiKey}\n`, { mode: 0o600 });

// 4. Revoke the old key only now, when nothing needs it.
await admin.apiKeys.delete(oldKeyId);
console.log(`revoked ${oldKeyId}`);

// Optional: an old secret, if you still hold it, must now be refused.
if (process.env.OLD_KEY) {
  const stale = await new AgentMailClient({ apiKey: process.env.OLD_KEY }).auth.me().catch((e: unknown) => e);
  console.log(stale instanceof AuthenticationError ? "old key is refused" : "old key still works!");
}
