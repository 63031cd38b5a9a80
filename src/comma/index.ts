/** `vendor-auth/comma`: the Comma REST client with typed token scopes. */
export {
  CommaClient,
  commaScopes,
  defaultScopes,
  requiredScopes,
  type CommaClientOptions,
  type CommaPermissionDeniedError,
  type CommaScope,
  type CommentList,
  type CreateReportParams,
  type CreateReviewParams,
  type Report,
  type ReviewSession,
  type Sharing,
  type UpdateReportParams,
  type UpdateSharingParams,
} from "./client.js";
export { servers } from "./generated/meta.js";
export { resetRateLimits, type RateLimitOptions } from "../core/rate-limiter.js";
export * from "./generated/public.js";
export * from "../core/public.js";
