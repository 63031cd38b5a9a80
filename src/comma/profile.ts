/**
 * What is Comma's own: its token rule and servers, the missing scope read from a 403, and the opt-in
 * client-side limiter (shared per token, as Comma counts per token).
 */
import { KEY_RULES } from "../core/credentials.js";
import { errorString } from "../core/envelopes.js";
import type { ErrorReader } from "../core/errors.js";
import { gateForToken, type RateLimitOptions } from "../core/rate-limiter.js";
import type { VendorOptions, VendorProfile } from "../core/vendor.js";
import { servers } from "./generated/meta.js";

/** The options only Comma takes (documented on `CommaClientOptions`). */
export interface CommaOwnOptions extends VendorOptions {
  rateLimit?: RateLimitOptions;
}

const MISSING_SCOPE = /^Token missing scope:\s*([\w:-]+)/;

const readScopeError: ErrorReader = (details, _body, status) => {
  const scope = status === 403 ? MISSING_SCOPE.exec(details.message)?.[1] : undefined;
  if (!scope) return undefined;
  return { missingScope: scope, message: `${details.message}. Create a token with the ${scope} scope in Comma's Settings -> API tokens` };
};

/** Comma as the core sees it. */
export const profile: VendorProfile<CommaOwnOptions> = {
  key: KEY_RULES.comma,
  servers,
  credentialRequired: "construction",
  options: { rateLimit: "object" },
  // Every error is `{error: string}`.
  errorEnvelopes: [errorString],
  readError: readScopeError,
  gate: ({ rateLimit }, token) => (rateLimit && token !== undefined ? gateForToken(token, rateLimit) : undefined),
};
