// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

/** A page of the model catalogue. Assumption: only `data` is always present. */
export interface ModelList {
  data: Model[];
  /** Whether more models follow (the docs show `false`). */
  hasMore?: Wire["ModelList"]["has_more"];
  firstId?: Wire["ModelList"]["first_id"];
  lastId?: Wire["ModelList"]["last_id"];
}

/**
 * One model, with its capability flags. Assumption: only `id` is always present; the other fields
 * are those of the docs' example.
 */
export interface Model {
  /** The model id to send, for example `anthropic/claude-sonnet-4.6`. */
  id: Wire["Model"]["id"];
  /** Always `model`. */
  type?: Wire["Model"]["type"];
  displayName?: Wire["Model"]["display_name"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  createdAt?: Wire["Model"]["created_at"];
  description?: Wire["Model"]["description"];
  /** The service the model belongs to, for example `llm`. */
  category?: Wire["Model"]["category"];
  contextWindow?: Wire["Model"]["context_window"];
  supportsStreaming?: Wire["Model"]["supports_streaming"];
  supportsTools?: Wire["Model"]["supports_tools"];
  supportsReasoning?: Wire["Model"]["supports_reasoning"];
  supportsVision?: Wire["Model"]["supports_vision"];
}

/**
 * The OpenAI-style envelope of the inference endpoints (`/v1/*`, `/anthropic/v1/*`). `code` is
 * stable
 * and machine-readable (see `ErrorCode`); `message` is for humans.
 */
export interface OpenAIError {
  error: Camelize<Wire["OpenAIError"]["error"]>;
}

/**
 * The Anthropic-style envelope the older Anthropic-Compatible page shows for `/v1/messages`. Known
 * `error.type` values: `authentication_error` (401), `permission_error` (403),
 * `invalid_request_error`
 * (400, or 402 for missing credits), `not_found_error` (404), `rate_limit_error` (429), `api_error`
 * (502). Assumption: still possible, although the newest Error Codes page names only two shapes.
 */
export interface AnthropicError {
  type: Wire["AnthropicError"]["type"];
  error: Camelize<Wire["AnthropicError"]["error"]>;
}

/**
 * The body of the platform endpoints (`/api/v1/*`), which carries no code: a 403 for a scope reads
 * "API key missing required scope: <scope>. ...".
 */
export interface DetailError {
  /** Human-readable explanation. */
  detail: Wire["DetailError"]["detail"];
}

/** One failed field check. */
export interface ValidationErrorItem {
  /** Path to the offending value, for example `["body", "k"]`. */
  loc: Camelize<Wire["ValidationErrorItem"]["loc"]>;
  /** What is wrong with the value. */
  msg: Wire["ValidationErrorItem"]["msg"];
  /** Machine-readable kind of failure, for example `less_than_equal`. */
  type: Wire["ValidationErrorItem"]["type"];
}

/** The 422 body of `/api/v1/*` when a request fails schema validation. */
export interface HTTPValidationError {
  detail: ValidationErrorItem[];
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<ModelList, Camelize<Wire["ModelList"]>>>,
  Assert<Same<Model, Camelize<Wire["Model"]>>>,
  Assert<Same<OpenAIError, Camelize<Wire["OpenAIError"]>>>,
  Assert<Same<AnthropicError, Camelize<Wire["AnthropicError"]>>>,
  Assert<Same<DetailError, Camelize<Wire["DetailError"]>>>,
  Assert<Same<ValidationErrorItem, Camelize<Wire["ValidationErrorItem"]>>>,
  Assert<Same<HTTPValidationError, Camelize<Wire["HTTPValidationError"]>>>,
];
