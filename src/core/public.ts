/** What every entry point re-exports: errors, shared option types and the case-mapping types. */
export {
  AbortError,
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  VendorAuthError,
  isApiError,
  isConnectionError,
  isRateLimitError,
  isTimeoutError,
  isVendorAuthError,
} from "./errors.js";
export type { ClientOptions, RequestOptions } from "./client.js";
export { ApiPromise, type RawResponse, type WithRawResponse } from "./api-promise.js";
export type { FetchLike } from "./transport.js";
export type { LogLevel, Logger } from "./log.js";
export type { AppInfo } from "./user-agent.js";
export type { CamelCase, Camelize } from "./shape.js";
