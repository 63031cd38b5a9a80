// Check a CallMissed `cm_` key: is it valid, and may it manage keys (scope `*`)?
// Run: CALLMISSED_API_KEY=cm_... npx tsx examples/callmissed-key-check.ts
import { AuthenticationError, CallMissedClient, PermissionDeniedError } from "vendor-auth/callmissed";

const callmissed = new CallMissedClient();
try {
  const keys = await callmissed.apiKeys.list();
  console.log(`key valid, with key management (${keys.length} keys)`);
} catch (error) {
  if (error instanceof PermissionDeniedError) console.log("key valid, without key management (needs scope *)");
  else if (error instanceof AuthenticationError) throw new Error("CALLMISSED_API_KEY is unknown or revoked: create one in the console.");
  else throw error;
}
