// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
import type { OperationMeta, Shape } from "../../core/shape.js";

/** The vendor's documented base URLs; the first is the default. */
export const servers = ["https://api.agentmail.to","https://api.agentmail.eu","https://x402.api.agentmail.to","https://mpp.api.agentmail.to"] as const;

/** The date of the vendor definition this spec follows (`info.x-definition-date`). */
export const definitionDate = "2026-10-05";

const AgentSignupRequest: Shape = { type: "object", properties: { "human_email": { type: "string" }, "username": { type: "string" }, "source": { type: "string", maxLength: 2048 }, "referrer": { type: "string", maxLength: 2048 } }, required: ["username"], closed: true };
const AgentSignupResponse: Shape = { type: "object", properties: { "organization_id": { type: "string" }, "inbox_id": { type: "string" }, "api_key": { type: "string" } }, required: ["organization_id","inbox_id","api_key"] };
const AgentVerifyRequest: Shape = { type: "object", properties: { "otp_code": { type: "string" } }, required: ["otp_code"], closed: true };
const AgentVerifyResponse: Shape = { type: "object", properties: { "verified": { type: "boolean" } }, required: ["verified"] };
const ScopeType: Shape = { type: "string", enum: ["organization","pod","inbox"] };
const Identity: Shape = { type: "object", properties: { "scope_type": ScopeType, "scope_id": { type: "string" }, "organization_id": { type: "string" }, "pod_id": { type: "string" }, "inbox_id": { type: "string" }, "api_key_id": { type: "string" } }, required: ["scope_type","scope_id","organization_id"] };
const ApiKeyPermissions: Shape = { type: "object", properties: { "inbox_read": { type: "boolean" }, "inbox_create": { type: "boolean" }, "inbox_update": { type: "boolean" }, "inbox_delete": { type: "boolean" }, "message_read": { type: "boolean" }, "message_send": { type: "boolean" }, "message_update": { type: "boolean" }, "message_delete": { type: "boolean" }, "label_spam_read": { type: "boolean" }, "label_blocked_read": { type: "boolean" }, "label_unauthenticated_read": { type: "boolean" }, "label_trash_read": { type: "boolean" }, "draft_read": { type: "boolean" }, "draft_create": { type: "boolean" }, "draft_update": { type: "boolean" }, "draft_delete": { type: "boolean" }, "draft_send": { type: "boolean" }, "webhook_read": { type: "boolean" }, "webhook_create": { type: "boolean" }, "webhook_update": { type: "boolean" }, "webhook_delete": { type: "boolean" }, "domain_read": { type: "boolean" }, "domain_create": { type: "boolean" }, "domain_update": { type: "boolean" }, "domain_delete": { type: "boolean" }, "list_entry_read": { type: "boolean" }, "list_entry_create": { type: "boolean" }, "list_entry_delete": { type: "boolean" }, "metrics_read": { type: "boolean" }, "api_key_read": { type: "boolean" }, "api_key_create": { type: "boolean" }, "api_key_update": { type: "boolean" }, "api_key_delete": { type: "boolean" }, "pod_read": { type: "boolean" }, "pod_create": { type: "boolean" }, "pod_delete": { type: "boolean" }, "message_reply": { type: "boolean" }, "app_connect": { type: "boolean" }, "app_share_owner": { type: "boolean" }, "account_update": { type: "boolean" }, "pod_update": { type: "boolean" }, "calendar_read": { type: "boolean" }, "calendar_update": { type: "boolean" }, "calendar_event_read": { type: "boolean" }, "calendar_event_create": { type: "boolean" }, "calendar_event_update": { type: "boolean" }, "calendar_event_delete": { type: "boolean" } }, closed: true };
const PublicJwk: Shape = { type: "object", properties: { "kty": { type: "string" }, "crv": { type: "string" }, "x": { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" }, "y": { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" } }, required: ["kty","crv","x","y"], closed: true };
const PublicKeyMaterial: Shape = { type: "object", properties: { "jwk": PublicJwk, "fingerprint": { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" } }, required: ["jwk","fingerprint"] };
const PublicKeyStatus: Shape = { type: "string", enum: ["pending","active"] };
const ApiKeyCreator: Shape = { type: "object", properties: { "api_key_id": { type: "string" } }, required: ["api_key_id"] };
const ApiKey: Shape = { type: "object", properties: { "type": { type: "string" }, "api_key_id": { type: "string" }, "prefix": { type: "string" }, "name": { type: "string" }, "pod_id": { type: "string" }, "inbox_id": { type: "string" }, "used_at": { type: "string" }, "permissions": ApiKeyPermissions, "created_at": { type: "string" }, "updated_at": { type: "string" }, "expires_at": { type: "string" }, "client_id": { type: "string" }, "public_key": PublicKeyMaterial, "status": PublicKeyStatus, "created_by": ApiKeyCreator }, required: ["type","api_key_id","name","created_at","updated_at"] };
const ListApiKeysResponse: Shape = { type: "object", properties: { "count": { type: "integer" }, "next_page_token": { type: "string" }, "api_keys": { type: "array", items: ApiKey } }, required: ["count","api_keys"] };
const CreateApiKeyRequest: Shape = { type: "object", properties: { "name": { type: "string" }, "permissions": ApiKeyPermissions, "expires_at": { type: "string" }, "public_key": PublicJwk, "client_id": { type: "string" } }, closed: true };
const CreateApiKeyResult: Shape = { type: "object", properties: { "api_key_id": { type: "string" }, "api_key": { type: "string" }, "prefix": { type: "string" }, "name": { type: "string" }, "pod_id": { type: "string" }, "inbox_id": { type: "string" }, "permissions": ApiKeyPermissions, "created_at": { type: "string" }, "expires_at": { type: "string" }, "type": { type: "string" }, "client_id": { type: "string" }, "public_key": PublicKeyMaterial, "status": PublicKeyStatus, "used_at": { type: "string" }, "created_by": ApiKeyCreator, "updated_at": { type: "string" } }, required: ["api_key_id","name","created_at"] };
const UpdateApiKeyRequest: Shape = { type: "object", properties: { "name": { type: "string" }, "permissions": ApiKeyPermissions }, closed: true };
const inboxesAuthorizeInboxRequest: Shape = { type: "object", properties: { "auth_token": { type: "string", pattern: "^[A-Za-z0-9_-]{22}$" }, "accept_disclosure": { type: "boolean" } }, required: ["auth_token"], closed: true };
const inboxesAuthorizeInboxResponse: Shape = { type: "object", properties: { "api_key_id": { type: "string" }, "instructions": { type: "string" } }, required: ["api_key_id","instructions"] };
const AgentAttachHumanRequest: Shape = { type: "object", properties: { "human_email": { type: "string" } }, required: ["human_email"], closed: true };
const AgentAttachHumanResponse: Shape = { type: "object", properties: { "human_email": { type: "string" }, "instructions": { type: "string" } }, required: ["human_email","instructions"] };

/** Per operation: method, path template, whether it needs a credential, idempotency, query names and body shapes. */
export const operations = {
  signUp: { method: "POST", path: "/v0/agent/sign-up", auth: false, idempotent: true, request: AgentSignupRequest, response: AgentSignupResponse },
  verify: { method: "POST", path: "/v0/agent/verify", auth: true, request: AgentVerifyRequest, response: AgentVerifyResponse },
  me: { method: "GET", path: "/v0/auth/me", auth: true, response: Identity },
  listApiKeys: { method: "GET", path: "/v0/api-keys", auth: true, query: ["type","limit","page_token","ascending"], response: ListApiKeysResponse },
  createApiKey: { method: "POST", path: "/v0/api-keys", auth: true, request: CreateApiKeyRequest, response: CreateApiKeyResult },
  getApiKey: { method: "GET", path: "/v0/api-keys/{api_key_id}", auth: true, response: ApiKey },
  deleteApiKey: { method: "DELETE", path: "/v0/api-keys/{api_key_id}", auth: true },
  updateApiKey: { method: "PATCH", path: "/v0/api-keys/{api_key_id}", auth: true, idempotent: true, request: UpdateApiKeyRequest, response: ApiKey },
  listPodApiKeys: { method: "GET", path: "/v0/pods/{pod_id}/api-keys", auth: true, query: ["limit","page_token"], response: ListApiKeysResponse },
  createPodApiKey: { method: "POST", path: "/v0/pods/{pod_id}/api-keys", auth: true, request: CreateApiKeyRequest, response: CreateApiKeyResult },
  deletePodApiKey: { method: "DELETE", path: "/v0/pods/{pod_id}/api-keys/{api_key_id}", auth: true },
  updatePodApiKey: { method: "PATCH", path: "/v0/pods/{pod_id}/api-keys/{api_key_id}", auth: true, idempotent: true, request: UpdateApiKeyRequest, response: ApiKey },
  listInboxApiKeys: { method: "GET", path: "/v0/inboxes/{inbox_id}/api-keys", auth: true, query: ["limit","page_token"], response: ListApiKeysResponse },
  createInboxApiKey: { method: "POST", path: "/v0/inboxes/{inbox_id}/api-keys", auth: true, request: CreateApiKeyRequest, response: CreateApiKeyResult },
  deleteInboxApiKey: { method: "DELETE", path: "/v0/inboxes/{inbox_id}/api-keys/{api_key_id}", auth: true },
  updateInboxApiKey: { method: "PATCH", path: "/v0/inboxes/{inbox_id}/api-keys/{api_key_id}", auth: true, idempotent: true, request: UpdateApiKeyRequest, response: ApiKey },
  authorizeInbox: { method: "POST", path: "/v0/inboxes/{inbox_id}/authorize", auth: true, request: inboxesAuthorizeInboxRequest, response: inboxesAuthorizeInboxResponse },
  attachHuman: { method: "POST", path: "/v0/agent/human", auth: true, request: AgentAttachHumanRequest, response: AgentAttachHumanResponse },
} as const satisfies Record<string, OperationMeta>;

/** Every value of the ScopeType enumeration. */
export const scopeTypeValues = ["organization","pod","inbox"] as const;

/** Every value of the ApiKeyType enumeration. */
export const apiKeyTypeValues = ["bearer","public_key"] as const;

/** Every value of the PublicKeyStatus enumeration. */
export const publicKeyStatusValues = ["pending","active"] as const;
