/** What is AgentMail's own: its key rule, servers and environments. Sign-up needs no key, so a missing one fails per operation. */
import { KEY_RULES } from "../core/credentials.js";
import { fixAndDocs, pathErrors } from "../core/envelopes.js";
import type { VendorOptions, VendorProfile } from "../core/vendor.js";
import { environmentServer, type AgentMailEnvironment } from "./environments.js";
import { servers } from "./generated/meta.js";

/** AgentMail as the core sees it. */
export const profile: VendorProfile<VendorOptions & { environment?: AgentMailEnvironment }> = {
  key: KEY_RULES.agentmail,
  servers,
  server: (options) => environmentServer(KEY_RULES.agentmail.client, options.environment),
  credentialRequired: "operation",
  // Spec and fake: `{name, code, message, fix, docs}`, a 400 adding `errors: [{path, message}]`.
  errorEnvelopes: [fixAndDocs, pathErrors],
  // Checked by `server`, which names the valid environments.
  options: { environment: "any" },
};
