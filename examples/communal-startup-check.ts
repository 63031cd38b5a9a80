// Check the Communal key at start-up, before serving traffic, and fail with a message someone can act on.
// Run: COMMUNAL_API_KEY=... npx tsx examples/communal-startup-check.ts
import { CommunalClient } from "vendor-auth/communal";

const communal = new CommunalClient({ onDeprecation: (notice) => console.warn(`Communal API ${notice.version} is deprecated`) });
if (!(await communal.verifyKey())) {
  // Communal has no key API: keys are made in its dashboard.
  throw new Error("COMMUNAL_API_KEY was refused (401). Create a new key in Communal: My profile -> API keys.");
}
console.log("Communal key accepted");
