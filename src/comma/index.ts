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
export type { components, operations, paths } from "./generated/types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as schemas from "./generated/models.js";
export * from "../core/public.js";
