// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

/**
 * Fields CallMissed shows in its create example. This schema rejects other fields, so a misspelt
 * `permissions` cannot silently fall back to the all-services default. Domain, model and
 * search-provider limits exist on keys, but the create body for them is not documented.
 */
export interface CreateApiKeyRequest {
  /** A label for the key. */
  name: Wire["CreateApiKeyRequest"]["name"];
  /**
   * Service permissions as one comma-separated string of `ServicePermission` values, for example
   * `"llm,stt"`. When omitted, the key gets `*`.
   */
  permissions?: Wire["CreateApiKeyRequest"]["permissions"];
  /**
   * Resource scopes as one comma-separated string of `ResourceScope` values, for example
   * `"conversations:read,bots:read"`. When omitted, the key has no resource access.
   */
  scopes?: Wire["CreateApiKeyRequest"]["scopes"];
  /** Requests per minute allowed for this key. When omitted, the plan default applies. */
  rateLimitRpm?: Wire["CreateApiKeyRequest"]["rate_limit_rpm"];
  /** Credit cap for this key. */
  budgetLimit?: Wire["CreateApiKeyRequest"]["budget_limit"];
}

/**
 * A stored key as listed; the plaintext key is not included.
 * Assumption: list items carry the same fields as the create response minus `key`. Only `id` and
 * `name` are treated as always present; the other fields are optional because no list response is
 * shown.
 */
export interface ApiKey {
  /** The key's identifier. */
  id: Wire["ApiKey"]["id"];
  /** The key's label. */
  name: Wire["ApiKey"]["name"];
  /** Service permissions, one comma-separated string of `ServicePermission` values (e.g. `"llm,stt"`). */
  permissions?: Wire["ApiKey"]["permissions"];
  /**
   * Resource scopes, one comma-separated string of `ResourceScope` values (e.g.
   * `"conversations:read"`).
   * Empty means no resource access. Assumption: may be null when no scope is set.
   */
  scopes?: Wire["ApiKey"]["scopes"];
  /**
   * Request origins the key may be used from; `*` allows any origin. Assumption: several origins
   * are comma-separated.
   */
  allowedDomains?: Wire["ApiKey"]["allowed_domains"];
  /** False once the key is revoked or disabled. */
  isActive?: Wire["ApiKey"]["is_active"];
  /** Whether requests made with the key are logged. Off for new keys. */
  logsEnabled?: Wire["ApiKey"]["logs_enabled"];
  /** Whether message content is logged as well. Off for new keys. */
  promptLoggingEnabled?: Wire["ApiKey"]["prompt_logging_enabled"];
  /** Credit cap for the key. Assumption: null when no cap is set. */
  budgetLimit?: Wire["ApiKey"]["budget_limit"];
  /** Credits spent so far. */
  budgetUsed?: Wire["ApiKey"]["budget_used"];
  /** Credits left under the cap. Assumption: null when no cap is set. */
  budgetRemaining?: Wire["ApiKey"]["budget_remaining"];
  /** Requests per minute allowed for the key. */
  rateLimitRpm?: Wire["ApiKey"]["rate_limit_rpm"];
  /** Models the key may call; `*` allows all models. Assumption: several models are comma-separated. */
  allowedModels?: Wire["ApiKey"]["allowed_models"];
  /** When the key was created. */
  createdAt?: Wire["ApiKey"]["created_at"];
}

/**
 * The create response: the stored key record (see `ApiKey` for each field) plus the plaintext
 * `key`.
 * Store the key at once because it is not returned again. Every field here appears in CallMissed's
 * create example, so all are required.
 */
export interface CreatedApiKey {
  /** The key's identifier. */
  id: Wire["CreatedApiKey"]["id"];
  /** The key's label. */
  name: Wire["CreatedApiKey"]["name"];
  /** The plaintext API key (prefix `cm_`). Returned once. */
  key: Wire["CreatedApiKey"]["key"];
  /** Service permissions, one comma-separated string of `ServicePermission` values (e.g. `"llm,stt"`). */
  permissions: Wire["CreatedApiKey"]["permissions"];
  /**
   * Resource scopes, one comma-separated string of `ResourceScope` values; empty means no resource
   * access. Assumption: may be null when no scope is set.
   */
  scopes: Wire["CreatedApiKey"]["scopes"];
  /** Allowed request origins; `*` allows any. Assumption: several are comma-separated. */
  allowedDomains: Wire["CreatedApiKey"]["allowed_domains"];
  /** Whether the key can be used. */
  isActive: Wire["CreatedApiKey"]["is_active"];
  /** Whether requests are logged (off for new keys). */
  logsEnabled: Wire["CreatedApiKey"]["logs_enabled"];
  /** Whether message content is logged too (off for new keys). */
  promptLoggingEnabled: Wire["CreatedApiKey"]["prompt_logging_enabled"];
  /** Credit cap for the key. Assumption: null when no cap is set. */
  budgetLimit: Wire["CreatedApiKey"]["budget_limit"];
  /** Credits spent so far. */
  budgetUsed: Wire["CreatedApiKey"]["budget_used"];
  /** Credits left under the cap. Assumption: null when no cap is set. */
  budgetRemaining: Wire["CreatedApiKey"]["budget_remaining"];
  /** Requests per minute allowed for the key. */
  rateLimitRpm: Wire["CreatedApiKey"]["rate_limit_rpm"];
  /** Models the key may call; `*` allows all. Assumption: several are comma-separated. */
  allowedModels: Wire["CreatedApiKey"]["allowed_models"];
  /** When the key was created. */
  createdAt: Wire["CreatedApiKey"]["created_at"];
}

/**
 * The OpenAI-style envelope used by the inference endpoints (`/v1/*`). CallMissed's error page also
 * shows this shape for errors in general.
 *
 * Known `code` values (not a closed list, so unknown codes still parse):
 * - 401 `invalid_api_key`: the `cm_` key does not exist or was revoked.
 * - 401 `token_expired`: the dashboard JWT is past its 24 h life; obtain a new one.
 * - 402 `insufficient_credits`: not enough credits left for the call.
 * - 402 `budget_exceeded`: the monthly credit cap is used up.
 * - 403 `permission_denied`: the key has no permission for that service.
 * - 403 `search_provider_not_allowed`: that web-search provider is outside the key's list.
 * - 403 `domain_not_allowed`: the calling origin is outside the key's allowed domains.
 * - 404 `not_found`: nothing with that id in this tenant.
 * - 429 `rate_limit_exceeded`: retry after `Retry-After`.
 * - `quota_exceeded`: a plan or monthly cap is used up. Do not retry it. This code is not in the
 * error table; it comes from CallMissed's rate-limit notes.
 * - 503 `provider_error`: the model provider behind CallMissed failed.
 * Do not retry 402 or 403.
 */
export interface OpenAIError {
  error: Camelize<Wire["OpenAIError"]["error"]>;
}

/** The `{detail}` body of the management endpoints (`/api/v1/*`). */
export interface DetailError {
  /** Human-readable explanation. */
  detail: Wire["DetailError"]["detail"];
}

/** One failed field check. */
export interface ValidationErrorItem {
  /** Path to the offending value, for example `["body", "rate_limit_rpm"]`. */
  loc: Camelize<Wire["ValidationErrorItem"]["loc"]>;
  /** What is wrong with the value. */
  msg: Wire["ValidationErrorItem"]["msg"];
  /** Machine-readable kind of failure. */
  type: Wire["ValidationErrorItem"]["type"];
}

/** The 422 body of `/api/v1/*` when the request fails schema validation. */
export interface HTTPValidationError {
  detail: ValidationErrorItem[];
}

/**
 * The Anthropic-style envelope used by `/v1/messages`. Known `error.type` values:
 * `authentication_error`
 * (401), `permission_error` (403), `invalid_request_error` (400, or 402 for missing credits),
 * `not_found_error` (404), `rate_limit_error` (429), `api_error` (502). This is not a closed list.
 */
export interface AnthropicError {
  type: Wire["AnthropicError"]["type"];
  error: Camelize<Wire["AnthropicError"]["error"]>;
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<CreateApiKeyRequest, Camelize<Wire["CreateApiKeyRequest"]>>>,
  Assert<Same<ApiKey, Camelize<Wire["ApiKey"]>>>,
  Assert<Same<CreatedApiKey, Camelize<Wire["CreatedApiKey"]>>>,
  Assert<Same<OpenAIError, Camelize<Wire["OpenAIError"]>>>,
  Assert<Same<DetailError, Camelize<Wire["DetailError"]>>>,
  Assert<Same<ValidationErrorItem, Camelize<Wire["ValidationErrorItem"]>>>,
  Assert<Same<HTTPValidationError, Camelize<Wire["HTTPValidationError"]>>>,
  Assert<Same<AnthropicError, Camelize<Wire["AnthropicError"]>>>,
];
