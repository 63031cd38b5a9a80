// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
import { type OperationMeta, type Shape } from "../../core/shape.js";
import { anyFromWire, arrayFromWire, isObject, withUnknownKeys } from "../../core/wire.js";

type Json = Record<string, unknown>;

const stringShape: Shape = { type: "string" };
const AgentSignupRequest: Shape = { type: "object", properties: { "human_email": stringShape, "username": stringShape, "source": stringShape, "referrer": stringShape }, required: ["username"], closed: true };
const AgentVerifyRequest: Shape = { type: "object", properties: { "otp_code": stringShape }, required: ["otp_code"], closed: true };
const booleanShape: Shape = { type: "boolean" };
const ApiKeyPermissions: Shape = { type: "object", properties: { "inbox_read": booleanShape, "inbox_create": booleanShape, "inbox_update": booleanShape, "inbox_delete": booleanShape, "message_read": booleanShape, "message_send": booleanShape, "message_update": booleanShape, "message_delete": booleanShape, "label_spam_read": booleanShape, "label_blocked_read": booleanShape, "label_unauthenticated_read": booleanShape, "label_trash_read": booleanShape, "draft_read": booleanShape, "draft_create": booleanShape, "draft_update": booleanShape, "draft_delete": booleanShape, "draft_send": booleanShape, "webhook_read": booleanShape, "webhook_create": booleanShape, "webhook_update": booleanShape, "webhook_delete": booleanShape, "domain_read": booleanShape, "domain_create": booleanShape, "domain_update": booleanShape, "domain_delete": booleanShape, "list_entry_read": booleanShape, "list_entry_create": booleanShape, "list_entry_delete": booleanShape, "metrics_read": booleanShape, "api_key_read": booleanShape, "api_key_create": booleanShape, "api_key_update": booleanShape, "api_key_delete": booleanShape, "pod_read": booleanShape, "pod_create": booleanShape, "pod_delete": booleanShape, "message_reply": booleanShape, "app_connect": booleanShape, "app_share_owner": booleanShape, "account_update": booleanShape, "pod_update": booleanShape, "calendar_read": booleanShape, "calendar_update": booleanShape, "calendar_event_read": booleanShape, "calendar_event_create": booleanShape, "calendar_event_update": booleanShape, "calendar_event_delete": booleanShape }, closed: true };
const PublicJwk: Shape = { type: "object", properties: { "kty": stringShape, "crv": stringShape, "x": stringShape, "y": stringShape }, required: ["kty","crv","x","y"], closed: true };
const CreateApiKeyRequest: Shape = { type: "object", properties: { "name": stringShape, "permissions": ApiKeyPermissions, "expires_at": stringShape, "public_key": PublicJwk, "client_id": stringShape }, closed: true };
const UpdateApiKeyRequest: Shape = { type: "object", properties: { "name": stringShape, "permissions": ApiKeyPermissions }, closed: true };
const inboxesAuthorizeInboxRequest: Shape = { type: "object", properties: { "auth_token": stringShape, "accept_disclosure": booleanShape }, required: ["auth_token"], closed: true };
const AgentAttachHumanRequest: Shape = { type: "object", properties: { "human_email": stringShape }, required: ["human_email"], closed: true };

export function readAgentSignupResponse(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["organization_id"]) !== undefined) { o["organizationId"] = v; n++; }
  if ((v = w["inbox_id"]) !== undefined) { o["inboxId"] = v; n++; }
  if ((v = w["api_key"]) !== undefined) { o["apiKey"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readAgentVerifyResponse(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["verified"]) !== undefined) { o["verified"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readIdentity(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["scope_type"]) !== undefined) { o["scopeType"] = v; n++; }
  if ((v = w["scope_id"]) !== undefined) { o["scopeId"] = v; n++; }
  if ((v = w["organization_id"]) !== undefined) { o["organizationId"] = v; n++; }
  if ((v = w["pod_id"]) !== undefined) { o["podId"] = v; n++; }
  if ((v = w["inbox_id"]) !== undefined) { o["inboxId"] = v; n++; }
  if ((v = w["api_key_id"]) !== undefined) { o["apiKeyId"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readApiKeyPermissions(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["inbox_read"]) !== undefined) { o["inboxRead"] = v; n++; }
  if ((v = w["inbox_create"]) !== undefined) { o["inboxCreate"] = v; n++; }
  if ((v = w["inbox_update"]) !== undefined) { o["inboxUpdate"] = v; n++; }
  if ((v = w["inbox_delete"]) !== undefined) { o["inboxDelete"] = v; n++; }
  if ((v = w["message_read"]) !== undefined) { o["messageRead"] = v; n++; }
  if ((v = w["message_send"]) !== undefined) { o["messageSend"] = v; n++; }
  if ((v = w["message_update"]) !== undefined) { o["messageUpdate"] = v; n++; }
  if ((v = w["message_delete"]) !== undefined) { o["messageDelete"] = v; n++; }
  if ((v = w["label_spam_read"]) !== undefined) { o["labelSpamRead"] = v; n++; }
  if ((v = w["label_blocked_read"]) !== undefined) { o["labelBlockedRead"] = v; n++; }
  if ((v = w["label_unauthenticated_read"]) !== undefined) { o["labelUnauthenticatedRead"] = v; n++; }
  if ((v = w["label_trash_read"]) !== undefined) { o["labelTrashRead"] = v; n++; }
  if ((v = w["draft_read"]) !== undefined) { o["draftRead"] = v; n++; }
  if ((v = w["draft_create"]) !== undefined) { o["draftCreate"] = v; n++; }
  if ((v = w["draft_update"]) !== undefined) { o["draftUpdate"] = v; n++; }
  if ((v = w["draft_delete"]) !== undefined) { o["draftDelete"] = v; n++; }
  if ((v = w["draft_send"]) !== undefined) { o["draftSend"] = v; n++; }
  if ((v = w["webhook_read"]) !== undefined) { o["webhookRead"] = v; n++; }
  if ((v = w["webhook_create"]) !== undefined) { o["webhookCreate"] = v; n++; }
  if ((v = w["webhook_update"]) !== undefined) { o["webhookUpdate"] = v; n++; }
  if ((v = w["webhook_delete"]) !== undefined) { o["webhookDelete"] = v; n++; }
  if ((v = w["domain_read"]) !== undefined) { o["domainRead"] = v; n++; }
  if ((v = w["domain_create"]) !== undefined) { o["domainCreate"] = v; n++; }
  if ((v = w["domain_update"]) !== undefined) { o["domainUpdate"] = v; n++; }
  if ((v = w["domain_delete"]) !== undefined) { o["domainDelete"] = v; n++; }
  if ((v = w["list_entry_read"]) !== undefined) { o["listEntryRead"] = v; n++; }
  if ((v = w["list_entry_create"]) !== undefined) { o["listEntryCreate"] = v; n++; }
  if ((v = w["list_entry_delete"]) !== undefined) { o["listEntryDelete"] = v; n++; }
  if ((v = w["metrics_read"]) !== undefined) { o["metricsRead"] = v; n++; }
  if ((v = w["api_key_read"]) !== undefined) { o["apiKeyRead"] = v; n++; }
  if ((v = w["api_key_create"]) !== undefined) { o["apiKeyCreate"] = v; n++; }
  if ((v = w["api_key_update"]) !== undefined) { o["apiKeyUpdate"] = v; n++; }
  if ((v = w["api_key_delete"]) !== undefined) { o["apiKeyDelete"] = v; n++; }
  if ((v = w["pod_read"]) !== undefined) { o["podRead"] = v; n++; }
  if ((v = w["pod_create"]) !== undefined) { o["podCreate"] = v; n++; }
  if ((v = w["pod_delete"]) !== undefined) { o["podDelete"] = v; n++; }
  if ((v = w["message_reply"]) !== undefined) { o["messageReply"] = v; n++; }
  if ((v = w["app_connect"]) !== undefined) { o["appConnect"] = v; n++; }
  if ((v = w["app_share_owner"]) !== undefined) { o["appShareOwner"] = v; n++; }
  if ((v = w["account_update"]) !== undefined) { o["accountUpdate"] = v; n++; }
  if ((v = w["pod_update"]) !== undefined) { o["podUpdate"] = v; n++; }
  if ((v = w["calendar_read"]) !== undefined) { o["calendarRead"] = v; n++; }
  if ((v = w["calendar_update"]) !== undefined) { o["calendarUpdate"] = v; n++; }
  if ((v = w["calendar_event_read"]) !== undefined) { o["calendarEventRead"] = v; n++; }
  if ((v = w["calendar_event_create"]) !== undefined) { o["calendarEventCreate"] = v; n++; }
  if ((v = w["calendar_event_update"]) !== undefined) { o["calendarEventUpdate"] = v; n++; }
  if ((v = w["calendar_event_delete"]) !== undefined) { o["calendarEventDelete"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readPublicJwk(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["kty"]) !== undefined) { o["kty"] = v; n++; }
  if ((v = w["crv"]) !== undefined) { o["crv"] = v; n++; }
  if ((v = w["x"]) !== undefined) { o["x"] = v; n++; }
  if ((v = w["y"]) !== undefined) { o["y"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readPublicKeyMaterial(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["jwk"]) !== undefined) { o["jwk"] = readPublicJwk(v); n++; }
  if ((v = w["fingerprint"]) !== undefined) { o["fingerprint"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readApiKeyCreator(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["api_key_id"]) !== undefined) { o["apiKeyId"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readApiKey(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["type"]) !== undefined) { o["type"] = v; n++; }
  if ((v = w["api_key_id"]) !== undefined) { o["apiKeyId"] = v; n++; }
  if ((v = w["prefix"]) !== undefined) { o["prefix"] = v; n++; }
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["pod_id"]) !== undefined) { o["podId"] = v; n++; }
  if ((v = w["inbox_id"]) !== undefined) { o["inboxId"] = v; n++; }
  if ((v = w["used_at"]) !== undefined) { o["usedAt"] = v; n++; }
  if ((v = w["permissions"]) !== undefined) { o["permissions"] = readApiKeyPermissions(v); n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  if ((v = w["expires_at"]) !== undefined) { o["expiresAt"] = v; n++; }
  if ((v = w["client_id"]) !== undefined) { o["clientId"] = v; n++; }
  if ((v = w["public_key"]) !== undefined) { o["publicKey"] = readPublicKeyMaterial(v); n++; }
  if ((v = w["status"]) !== undefined) { o["status"] = v; n++; }
  if ((v = w["created_by"]) !== undefined) { o["createdBy"] = readApiKeyCreator(v); n++; }
  return withUnknownKeys(w, o, n);
}

export function readListApiKeysResponse(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["count"]) !== undefined) { o["count"] = v; n++; }
  if ((v = w["next_page_token"]) !== undefined) { o["nextPageToken"] = v; n++; }
  if ((v = w["api_keys"]) !== undefined) { o["apiKeys"] = arrayFromWire(v, readApiKey); n++; }
  return withUnknownKeys(w, o, n);
}

export function readCreateApiKeyResult(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["api_key_id"]) !== undefined) { o["apiKeyId"] = v; n++; }
  if ((v = w["api_key"]) !== undefined) { o["apiKey"] = v; n++; }
  if ((v = w["prefix"]) !== undefined) { o["prefix"] = v; n++; }
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["pod_id"]) !== undefined) { o["podId"] = v; n++; }
  if ((v = w["inbox_id"]) !== undefined) { o["inboxId"] = v; n++; }
  if ((v = w["permissions"]) !== undefined) { o["permissions"] = readApiKeyPermissions(v); n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["expires_at"]) !== undefined) { o["expiresAt"] = v; n++; }
  if ((v = w["type"]) !== undefined) { o["type"] = v; n++; }
  if ((v = w["client_id"]) !== undefined) { o["clientId"] = v; n++; }
  if ((v = w["public_key"]) !== undefined) { o["publicKey"] = readPublicKeyMaterial(v); n++; }
  if ((v = w["status"]) !== undefined) { o["status"] = v; n++; }
  if ((v = w["used_at"]) !== undefined) { o["usedAt"] = v; n++; }
  if ((v = w["created_by"]) !== undefined) { o["createdBy"] = readApiKeyCreator(v); n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readInboxesAuthorizeInboxResponse(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["api_key_id"]) !== undefined) { o["apiKeyId"] = v; n++; }
  if ((v = w["instructions"]) !== undefined) { o["instructions"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readAgentAttachHumanResponse(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["human_email"]) !== undefined) { o["humanEmail"] = v; n++; }
  if ((v = w["instructions"]) !== undefined) { o["instructions"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

/** `signUp`: what `call()` needs to run it. */
export const signUp = { method: "POST", path: "/v0/agent/sign-up", auth: false, idempotent: true, request: AgentSignupRequest, response: { type: "object", required: ["organization_id","inbox_id","api_key"] }, decode: readAgentSignupResponse } as const satisfies OperationMeta;

/** `verify`: what `call()` needs to run it. */
export const verify = { method: "POST", path: "/v0/agent/verify", auth: true, request: AgentVerifyRequest, response: { type: "object", required: ["verified"] }, decode: readAgentVerifyResponse } as const satisfies OperationMeta;

/** `me`: what `call()` needs to run it. */
export const me = { method: "GET", path: "/v0/auth/me", auth: true, response: { type: "object", required: ["scope_type","scope_id","organization_id"] }, decode: readIdentity } as const satisfies OperationMeta;

/** `listApiKeys`: what `call()` needs to run it. */
export const listApiKeys = { method: "GET", path: "/v0/api-keys", auth: true, query: ["type","limit","page_token","ascending"], response: { type: "object", required: ["count","api_keys"] }, decode: readListApiKeysResponse } as const satisfies OperationMeta;

/** `createApiKey`: what `call()` needs to run it. */
export const createApiKey = { method: "POST", path: "/v0/api-keys", auth: true, request: CreateApiKeyRequest, response: { type: "object", required: ["api_key_id","name","created_at"] }, decode: readCreateApiKeyResult } as const satisfies OperationMeta;

/** `getApiKey`: what `call()` needs to run it. */
export const getApiKey = { method: "GET", path: "/v0/api-keys/{api_key_id}", auth: true, response: { type: "object", required: ["type","api_key_id","name","created_at","updated_at"] }, decode: readApiKey } as const satisfies OperationMeta;

/** `deleteApiKey`: what `call()` needs to run it. */
export const deleteApiKey = { method: "DELETE", path: "/v0/api-keys/{api_key_id}", auth: true } as const satisfies OperationMeta;

/** `updateApiKey`: what `call()` needs to run it. */
export const updateApiKey = { method: "PATCH", path: "/v0/api-keys/{api_key_id}", auth: true, idempotent: true, request: UpdateApiKeyRequest, response: { type: "object", required: ["type","api_key_id","name","created_at","updated_at"] }, decode: readApiKey } as const satisfies OperationMeta;

/** `listPodApiKeys`: what `call()` needs to run it. */
export const listPodApiKeys = { method: "GET", path: "/v0/pods/{pod_id}/api-keys", auth: true, query: ["limit","page_token"], response: { type: "object", required: ["count","api_keys"] }, decode: readListApiKeysResponse } as const satisfies OperationMeta;

/** `createPodApiKey`: what `call()` needs to run it. */
export const createPodApiKey = { method: "POST", path: "/v0/pods/{pod_id}/api-keys", auth: true, request: CreateApiKeyRequest, response: { type: "object", required: ["api_key_id","name","created_at"] }, decode: readCreateApiKeyResult } as const satisfies OperationMeta;

/** `deletePodApiKey`: what `call()` needs to run it. */
export const deletePodApiKey = { method: "DELETE", path: "/v0/pods/{pod_id}/api-keys/{api_key_id}", auth: true } as const satisfies OperationMeta;

/** `updatePodApiKey`: what `call()` needs to run it. */
export const updatePodApiKey = { method: "PATCH", path: "/v0/pods/{pod_id}/api-keys/{api_key_id}", auth: true, idempotent: true, request: UpdateApiKeyRequest, response: { type: "object", required: ["type","api_key_id","name","created_at","updated_at"] }, decode: readApiKey } as const satisfies OperationMeta;

/** `listInboxApiKeys`: what `call()` needs to run it. */
export const listInboxApiKeys = { method: "GET", path: "/v0/inboxes/{inbox_id}/api-keys", auth: true, query: ["limit","page_token"], response: { type: "object", required: ["count","api_keys"] }, decode: readListApiKeysResponse } as const satisfies OperationMeta;

/** `createInboxApiKey`: what `call()` needs to run it. */
export const createInboxApiKey = { method: "POST", path: "/v0/inboxes/{inbox_id}/api-keys", auth: true, request: CreateApiKeyRequest, response: { type: "object", required: ["api_key_id","name","created_at"] }, decode: readCreateApiKeyResult } as const satisfies OperationMeta;

/** `deleteInboxApiKey`: what `call()` needs to run it. */
export const deleteInboxApiKey = { method: "DELETE", path: "/v0/inboxes/{inbox_id}/api-keys/{api_key_id}", auth: true } as const satisfies OperationMeta;

/** `updateInboxApiKey`: what `call()` needs to run it. */
export const updateInboxApiKey = { method: "PATCH", path: "/v0/inboxes/{inbox_id}/api-keys/{api_key_id}", auth: true, idempotent: true, request: UpdateApiKeyRequest, response: { type: "object", required: ["type","api_key_id","name","created_at","updated_at"] }, decode: readApiKey } as const satisfies OperationMeta;

/** `authorizeInbox`: what `call()` needs to run it. */
export const authorizeInbox = { method: "POST", path: "/v0/inboxes/{inbox_id}/authorize", auth: true, request: inboxesAuthorizeInboxRequest, response: { type: "object", required: ["api_key_id","instructions"] }, decode: readInboxesAuthorizeInboxResponse } as const satisfies OperationMeta;

/** `attachHuman`: what `call()` needs to run it. */
export const attachHuman = { method: "POST", path: "/v0/agent/human", auth: true, request: AgentAttachHumanRequest, response: { type: "object", required: ["human_email","instructions"] }, decode: readAgentAttachHumanResponse } as const satisfies OperationMeta;
