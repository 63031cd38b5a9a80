/**
 * What is CallMissed's own: its key rule and servers, a dashboard token as the other credential, the
 * `x-api-key` header option, and no retry of a monthly quota.
 */
import { KEY_RULES, refreshableToken, type AccessTokenProvider } from "../core/credentials.js";
import type { ApiError } from "../core/errors.js";
import type { VendorOptions, VendorProfile } from "../core/vendor.js";
import { servers } from "./generated/meta.js";

/** The options only CallMissed takes (documented on `CallMissedClientOptions`). */
export interface CallMissedOwnOptions extends VendorOptions {
  getAccessToken?: AccessTokenProvider;
  credentialHeader?: "authorization" | "x-api-key";
}

// The docs name the code `token_expired`; the `{detail}` envelope has no code, so its text is read too.
function isExpiredToken(error: ApiError): boolean {
  return error.code === "token_expired" || /expired/i.test(String((error.body as { detail?: unknown } | null)?.detail ?? ""));
}

/** CallMissed as the core sees it. */
export const profile: VendorProfile<CallMissedOwnOptions> = {
  key: KEY_RULES.callmissed,
  servers,
  credentialRequired: "construction",
  options: { getAccessToken: "function", credentialHeader: ["authorization", "x-api-key"] },
  credential: ({ getAccessToken }) => (getAccessToken ? refreshableToken(getAccessToken, isExpiredToken) : undefined),
  credentialHeader: (options) => options.credentialHeader,
  // A monthly quota does not come back in seconds: retrying it only burns requests.
  isRetryable: (error) => error.code !== "quota_exceeded",
};
