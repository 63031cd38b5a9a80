// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

/** The `AgentSignUpRequest` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentSignUpRequest {
  /** Email of the human who owns the agent; the one-time code is mailed here. */
  humanEmail: Wire["AgentSignUpRequest"]["human_email"];
  /** Local part of the inbox created for the agent. */
  username: Wire["AgentSignUpRequest"]["username"];
  /** Which SDK, tool or platform is signing up. */
  source?: Wire["AgentSignUpRequest"]["source"];
  /** Where the sign-up came from (a site, partner or campaign). */
  referrer?: Wire["AgentSignUpRequest"]["referrer"];
}

/** The `AgentSignUpResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentSignUpResponse {
  organizationId: Wire["AgentSignUpResponse"]["organization_id"];
  inboxId: Wire["AgentSignUpResponse"]["inbox_id"];
  /** The new secret key; it cannot be read again. */
  apiKey: Wire["AgentSignUpResponse"]["api_key"];
}

/** The `AgentVerifyRequest` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentVerifyRequest {
  /** The 6-digit code from the sign-up email. */
  otpCode: Wire["AgentVerifyRequest"]["otp_code"];
}

/** The `AgentVerifyResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentVerifyResponse {
  verified: Wire["AgentVerifyResponse"]["verified"];
}

/** The `Identity` schema of specs/agentmail.yaml, in camelCase. */
export interface Identity {
  scopeType: Wire["Identity"]["scope_type"];
  /** Id of the narrowest scope the credential is bound to. */
  scopeId: Wire["Identity"]["scope_id"];
  organizationId: Wire["Identity"]["organization_id"];
  /** Present for pod- and inbox-scoped credentials. */
  podId?: Wire["Identity"]["pod_id"];
  /** Present for inbox-scoped credentials. */
  inboxId?: Wire["Identity"]["inbox_id"];
  /** Absent when the credential is not an API key. */
  apiKeyId?: Wire["Identity"]["api_key_id"];
}

/**
 * A whitelist. Omit it and the key has every permission its scope allows; send it and only the
 * flags set to true are granted. Effective permissions are the intersection with the key's scope,
 * and a restricted key cannot create a child with more than it holds itself. Threads have no flags
 * of their own: they use the message_* flags.
 */
export interface ApiKeyPermissions {
  inboxRead?: Wire["ApiKeyPermissions"]["inbox_read"];
  inboxCreate?: Wire["ApiKeyPermissions"]["inbox_create"];
  inboxUpdate?: Wire["ApiKeyPermissions"]["inbox_update"];
  inboxDelete?: Wire["ApiKeyPermissions"]["inbox_delete"];
  /** Also covers reading threads. */
  messageRead?: Wire["ApiKeyPermissions"]["message_read"];
  messageSend?: Wire["ApiKeyPermissions"]["message_send"];
  /** Also covers updating thread labels. */
  messageUpdate?: Wire["ApiKeyPermissions"]["message_update"];
  /** Also covers deleting threads. */
  messageDelete?: Wire["ApiKeyPermissions"]["message_delete"];
  labelSpamRead?: Wire["ApiKeyPermissions"]["label_spam_read"];
  labelBlockedRead?: Wire["ApiKeyPermissions"]["label_blocked_read"];
  labelUnauthenticatedRead?: Wire["ApiKeyPermissions"]["label_unauthenticated_read"];
  labelTrashRead?: Wire["ApiKeyPermissions"]["label_trash_read"];
  draftRead?: Wire["ApiKeyPermissions"]["draft_read"];
  draftCreate?: Wire["ApiKeyPermissions"]["draft_create"];
  draftUpdate?: Wire["ApiKeyPermissions"]["draft_update"];
  draftDelete?: Wire["ApiKeyPermissions"]["draft_delete"];
  draftSend?: Wire["ApiKeyPermissions"]["draft_send"];
  webhookRead?: Wire["ApiKeyPermissions"]["webhook_read"];
  webhookCreate?: Wire["ApiKeyPermissions"]["webhook_create"];
  webhookUpdate?: Wire["ApiKeyPermissions"]["webhook_update"];
  webhookDelete?: Wire["ApiKeyPermissions"]["webhook_delete"];
  domainRead?: Wire["ApiKeyPermissions"]["domain_read"];
  domainCreate?: Wire["ApiKeyPermissions"]["domain_create"];
  domainUpdate?: Wire["ApiKeyPermissions"]["domain_update"];
  domainDelete?: Wire["ApiKeyPermissions"]["domain_delete"];
  listEntryRead?: Wire["ApiKeyPermissions"]["list_entry_read"];
  listEntryCreate?: Wire["ApiKeyPermissions"]["list_entry_create"];
  listEntryDelete?: Wire["ApiKeyPermissions"]["list_entry_delete"];
  metricsRead?: Wire["ApiKeyPermissions"]["metrics_read"];
  apiKeyRead?: Wire["ApiKeyPermissions"]["api_key_read"];
  apiKeyCreate?: Wire["ApiKeyPermissions"]["api_key_create"];
  apiKeyUpdate?: Wire["ApiKeyPermissions"]["api_key_update"];
  apiKeyDelete?: Wire["ApiKeyPermissions"]["api_key_delete"];
  podRead?: Wire["ApiKeyPermissions"]["pod_read"];
  podCreate?: Wire["ApiKeyPermissions"]["pod_create"];
  podDelete?: Wire["ApiKeyPermissions"]["pod_delete"];
}

/** The `ApiKey` schema of specs/agentmail.yaml, in camelCase. */
export interface ApiKey {
  apiKeyId: Wire["ApiKey"]["api_key_id"];
  /** The first characters of the secret, to tell keys apart. */
  prefix: Wire["ApiKey"]["prefix"];
  name: Wire["ApiKey"]["name"];
  /** Set when the key can reach only this pod. */
  podId?: Wire["ApiKey"]["pod_id"];
  /** Set when the key can reach only this inbox. */
  inboxId?: Wire["ApiKey"]["inbox_id"];
  /** When the key was last used. */
  usedAt?: Wire["ApiKey"]["used_at"];
  permissions?: ApiKeyPermissions;
  createdAt: Wire["ApiKey"]["created_at"];
}

/** The `CreateApiKeyRequest` schema of specs/agentmail.yaml, in camelCase. */
export interface CreateApiKeyRequest {
  name?: Wire["CreateApiKeyRequest"]["name"];
  permissions?: ApiKeyPermissions;
}

/** The `CreateApiKeyResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface CreateApiKeyResponse {
  apiKeyId: Wire["CreateApiKeyResponse"]["api_key_id"];
  /** The secret. Returned only here; store it now. */
  apiKey: Wire["CreateApiKeyResponse"]["api_key"];
  prefix: Wire["CreateApiKeyResponse"]["prefix"];
  name: Wire["CreateApiKeyResponse"]["name"];
  podId?: Wire["CreateApiKeyResponse"]["pod_id"];
  inboxId?: Wire["CreateApiKeyResponse"]["inbox_id"];
  permissions?: ApiKeyPermissions;
  createdAt: Wire["CreateApiKeyResponse"]["created_at"];
}

/** The `ListApiKeysResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface ListApiKeysResponse {
  /** Number of keys in this page. */
  count: Wire["ListApiKeysResponse"]["count"];
  /** Pass as page_token to get the next page; absent on the last page. */
  nextPageToken?: Wire["ListApiKeysResponse"]["next_page_token"];
  apiKeys: ApiKey[];
}

/** The `ErrorResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface ErrorResponse {
  /** A legacy error name; branch on code instead. */
  name: Wire["ErrorResponse"]["name"];
  /** Stable snake_case error code (for example missing_permission). */
  code?: Wire["ErrorResponse"]["code"];
  message: Wire["ErrorResponse"]["message"];
  /** The next action that resolves the error. */
  fix?: Wire["ErrorResponse"]["fix"];
  /** Link to the error's reference entry. */
  docs?: Wire["ErrorResponse"]["docs"];
}

/** The `ValidationErrorResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface ValidationErrorResponse {
  name: Wire["ValidationErrorResponse"]["name"];
  code?: Wire["ValidationErrorResponse"]["code"];
  message?: Wire["ValidationErrorResponse"]["message"];
  /** The invalid fields, each entry with a path and a message. */
  errors: Camelize<Wire["ValidationErrorResponse"]["errors"]>;
  fix?: Wire["ValidationErrorResponse"]["fix"];
  docs?: Wire["ValidationErrorResponse"]["docs"];
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<AgentSignUpRequest, Camelize<Wire["AgentSignUpRequest"]>>>,
  Assert<Same<AgentSignUpResponse, Camelize<Wire["AgentSignUpResponse"]>>>,
  Assert<Same<AgentVerifyRequest, Camelize<Wire["AgentVerifyRequest"]>>>,
  Assert<Same<AgentVerifyResponse, Camelize<Wire["AgentVerifyResponse"]>>>,
  Assert<Same<Identity, Camelize<Wire["Identity"]>>>,
  Assert<Same<ApiKeyPermissions, Camelize<Wire["ApiKeyPermissions"]>>>,
  Assert<Same<ApiKey, Camelize<Wire["ApiKey"]>>>,
  Assert<Same<CreateApiKeyRequest, Camelize<Wire["CreateApiKeyRequest"]>>>,
  Assert<Same<CreateApiKeyResponse, Camelize<Wire["CreateApiKeyResponse"]>>>,
  Assert<Same<ListApiKeysResponse, Camelize<Wire["ListApiKeysResponse"]>>>,
  Assert<Same<ErrorResponse, Camelize<Wire["ErrorResponse"]>>>,
  Assert<Same<ValidationErrorResponse, Camelize<Wire["ValidationErrorResponse"]>>>,
];
