/** What is AgentMail's own: its key rule and servers. Sign-up needs no key, so a missing one fails per operation. */
import { KEY_RULES } from "../core/credentials.js";
import type { VendorOptions, VendorProfile } from "../core/vendor.js";
import { servers } from "./generated/meta.js";

/** AgentMail as the core sees it. */
export const profile: VendorProfile<VendorOptions> = {
  key: KEY_RULES.agentmail,
  servers,
  credentialRequired: "operation",
};
