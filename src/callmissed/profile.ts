/**
 * What is CallMissed's own: its key rule (only `cm_` keys) and servers, the `x-api-key` header option,
 * a documented remedy on every known error code, the scope named by a `{detail}` 403, and no retry of a
 * monthly quota.
 */
import { KEY_RULES } from "../core/credentials.js";
import { errorObject, fastApiDetail } from "../core/envelopes.js";
import type { ApiError, ErrorReader } from "../core/errors.js";
import type { VendorOptions, VendorProfile } from "../core/vendor.js";
import { errorCodeFixes, servers } from "./generated/meta.js";

/** The options only CallMissed takes (documented on `CallMissedClientOptions`). */
export interface CallMissedOwnOptions extends VendorOptions {
  credentialHeader?: "authorization" | "x-api-key";
}

const MISSING_SCOPE = /missing required scope:\s*([\w:*-]+)/i;

// `/api/v1/*` bodies carry only `detail`: a scope 403 names the scope there.
const readError: ErrorReader = (details, _body, status) => {
  const scope = status === 403 && !details.code ? MISSING_SCOPE.exec(details.message)?.[1] : undefined;
  if (scope) return { missingScope: scope, fix: `Add the ${scope} scope to the key in the console.` };
  const fix = details.code && !details.fix ? (errorCodeFixes as Record<string, string>)[details.code] : undefined;
  return fix ? { fix } : undefined;
};

/** True for a 429 of a monthly cap: it lasts until the 1st, so it is never retried. */
function isQuotaExceeded(error: ApiError): boolean {
  if (error.code !== undefined) return error.code === "quota_exceeded";
  // Assumption (spec): an `/api/v1/*` 429 without a code that speaks of a quota or monthly cap is one.
  return error.status === 429 && /quota|monthly/i.test(error.message);
}

/** CallMissed as the core sees it. */
export const profile: VendorProfile<CallMissedOwnOptions> = {
  key: KEY_RULES.callmissed,
  servers,
  credentialRequired: "construction",
  options: { credentialHeader: ["authorization", "x-api-key"] },
  // Inference: the OpenAI envelope (or the Anthropic one); `/api/v1/*`: FastAPI `{detail}`.
  errorEnvelopes: [errorObject, fastApiDetail],
  readError,
  credentialHeader: (options) => options.credentialHeader,
  // 401, 402 and 403 are never retried by the core; a monthly quota is vetoed here.
  isRetryable: (error) => !isQuotaExceeded(error),
};
