// Check a CallMissed `cm_` key at start-up (keys are made, rotated and revoked in its console only).
// Run: CALLMISSED_API_KEY=cm_... npx tsx examples/callmissed-key-check.ts
import { CallMissedClient } from "vendor-auth/callmissed";

const callmissed = new CallMissedClient(); // reads CALLMISSED_API_KEY
// One cheap authenticated read: false on 401 (unknown, revoked or expired); an account problem throws with its fix.
if (!(await callmissed.verifyKey())) {
  throw new Error("CALLMISSED_API_KEY was refused: create a new key in the CallMissed console (Developer -> API keys).");
}
console.log("CallMissed key accepted");
