// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

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
 * A whitelist of 47 flags. Omit it and the key has every permission its scope allows; send it and
 * only the flags set to true are granted. Effective permissions are the intersection with the key's
 * scope, and a restricted key cannot create a child with more than it holds itself. Threads use the
 * message_* flags.
 */
export interface ApiKeyPermissions {
  /** Read inbox details. */
  inboxRead?: Wire["ApiKeyPermissions"]["inbox_read"];
  /** Create new inboxes. */
  inboxCreate?: Wire["ApiKeyPermissions"]["inbox_create"];
  /** Update inbox settings. */
  inboxUpdate?: Wire["ApiKeyPermissions"]["inbox_update"];
  /** Delete inboxes. */
  inboxDelete?: Wire["ApiKeyPermissions"]["inbox_delete"];
  /** Also covers reading threads. */
  messageRead?: Wire["ApiKeyPermissions"]["message_read"];
  /** Send messages. */
  messageSend?: Wire["ApiKeyPermissions"]["message_send"];
  /** Also covers updating thread labels. */
  messageUpdate?: Wire["ApiKeyPermissions"]["message_update"];
  /** Also covers deleting threads. */
  messageDelete?: Wire["ApiKeyPermissions"]["message_delete"];
  /** Access messages labeled spam. */
  labelSpamRead?: Wire["ApiKeyPermissions"]["label_spam_read"];
  /** Access messages labeled blocked. */
  labelBlockedRead?: Wire["ApiKeyPermissions"]["label_blocked_read"];
  /** Access messages labeled unauthenticated. */
  labelUnauthenticatedRead?: Wire["ApiKeyPermissions"]["label_unauthenticated_read"];
  /** Access messages labeled trash. */
  labelTrashRead?: Wire["ApiKeyPermissions"]["label_trash_read"];
  /** Read drafts. */
  draftRead?: Wire["ApiKeyPermissions"]["draft_read"];
  /** Create drafts. */
  draftCreate?: Wire["ApiKeyPermissions"]["draft_create"];
  /** Update drafts. */
  draftUpdate?: Wire["ApiKeyPermissions"]["draft_update"];
  /** Delete drafts. */
  draftDelete?: Wire["ApiKeyPermissions"]["draft_delete"];
  /** Send drafts. */
  draftSend?: Wire["ApiKeyPermissions"]["draft_send"];
  /** Read webhook configurations. */
  webhookRead?: Wire["ApiKeyPermissions"]["webhook_read"];
  /** Create webhooks. */
  webhookCreate?: Wire["ApiKeyPermissions"]["webhook_create"];
  /** Update webhooks. */
  webhookUpdate?: Wire["ApiKeyPermissions"]["webhook_update"];
  /** Delete webhooks. */
  webhookDelete?: Wire["ApiKeyPermissions"]["webhook_delete"];
  /** Read domain details. */
  domainRead?: Wire["ApiKeyPermissions"]["domain_read"];
  /** Create domains. */
  domainCreate?: Wire["ApiKeyPermissions"]["domain_create"];
  /** Update domains. */
  domainUpdate?: Wire["ApiKeyPermissions"]["domain_update"];
  /** Delete domains. */
  domainDelete?: Wire["ApiKeyPermissions"]["domain_delete"];
  /** Read list entries. */
  listEntryRead?: Wire["ApiKeyPermissions"]["list_entry_read"];
  /** Create list entries. */
  listEntryCreate?: Wire["ApiKeyPermissions"]["list_entry_create"];
  /** Delete list entries. */
  listEntryDelete?: Wire["ApiKeyPermissions"]["list_entry_delete"];
  /** Read metrics. */
  metricsRead?: Wire["ApiKeyPermissions"]["metrics_read"];
  /** Read API keys. */
  apiKeyRead?: Wire["ApiKeyPermissions"]["api_key_read"];
  /** Create API keys. */
  apiKeyCreate?: Wire["ApiKeyPermissions"]["api_key_create"];
  /** Update API keys. */
  apiKeyUpdate?: Wire["ApiKeyPermissions"]["api_key_update"];
  /** Delete API keys. */
  apiKeyDelete?: Wire["ApiKeyPermissions"]["api_key_delete"];
  /** Read pods. */
  podRead?: Wire["ApiKeyPermissions"]["pod_read"];
  /** Create pods. */
  podCreate?: Wire["ApiKeyPermissions"]["pod_create"];
  /** Delete pods. */
  podDelete?: Wire["ApiKeyPermissions"]["pod_delete"];
  /** Reply when the request is signed with a registered public key (bearer keys use message_send). */
  messageReply?: Wire["ApiKeyPermissions"]["message_reply"];
  /**
   * Connect apps, authorize an inbox's sign-in and mint sign-in keys; false on a new bearer key
   * unless granted.
   */
  appConnect?: Wire["ApiKeyPermissions"]["app_connect"];
  /** Share the organization owner's name and email with apps at sign-in. */
  appShareOwner?: Wire["ApiKeyPermissions"]["app_share_owner"];
  /** Disable or re-enable an inbox's account at an app. */
  accountUpdate?: Wire["ApiKeyPermissions"]["account_update"];
  /** Update pods. */
  podUpdate?: Wire["ApiKeyPermissions"]["pod_update"];
  /** Read an inbox's calendar settings. */
  calendarRead?: Wire["ApiKeyPermissions"]["calendar_read"];
  /** Change an inbox's calendar settings. */
  calendarUpdate?: Wire["ApiKeyPermissions"]["calendar_update"];
  /** Read calendar events and receive their events. */
  calendarEventRead?: Wire["ApiKeyPermissions"]["calendar_event_read"];
  /** Create calendar events. */
  calendarEventCreate?: Wire["ApiKeyPermissions"]["calendar_event_create"];
  /** Change calendar events and answer invitations. */
  calendarEventUpdate?: Wire["ApiKeyPermissions"]["calendar_event_update"];
  /** Delete calendar events. */
  calendarEventDelete?: Wire["ApiKeyPermissions"]["calendar_event_delete"];
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
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  createdAt: Wire["CreateApiKeyResponse"]["created_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  expiresAt?: Wire["CreateApiKeyResponse"]["expires_at"];
}

/** The `ListApiKeysResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface ListApiKeysResponse {
  /** Number of keys in this page. */
  count: Wire["ListApiKeysResponse"]["count"];
  /** Pass as page_token to get the next page; absent on the last page. */
  nextPageToken?: Wire["ListApiKeysResponse"]["next_page_token"];
  apiKeys: Camelize<Wire["ListApiKeysResponse"]["api_keys"]>;
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

/** The `inboxesAuthorizeInboxResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface inboxesAuthorizeInboxResponse {
  /** The pending sign-in key; read it with getApiKey. */
  apiKeyId: Wire["inboxesAuthorizeInboxResponse"]["api_key_id"];
  /** What the agent should do next, in plain text. */
  instructions: Wire["inboxesAuthorizeInboxResponse"]["instructions"];
}

/** The `inboxesAuthorizeInboxRequest` schema of specs/agentmail.yaml, in camelCase. */
export interface inboxesAuthorizeInboxRequest {
  /** The 22-character token of the waiting sign-in, from the AgentID page. */
  authToken: Wire["inboxesAuthorizeInboxRequest"]["auth_token"];
  /** Accept the app's disclosure for the agent (needs app_share_owner when owner data is shared). */
  acceptDisclosure?: Wire["inboxesAuthorizeInboxRequest"]["accept_disclosure"];
}

/** The `AgentSignupResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentSignupResponse {
  organizationId: Wire["AgentSignupResponse"]["organization_id"];
  inboxId: Wire["AgentSignupResponse"]["inbox_id"];
  /** The new secret key; it cannot be read again. */
  apiKey: Wire["AgentSignupResponse"]["api_key"];
}

/** The `AgentSignupRequest` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentSignupRequest {
  /**
   * Email of the human who owns the agent; the one-time code is mailed here. Omit it for a
   * receive-only inbox and attach a human later.
   */
  humanEmail?: Wire["AgentSignupRequest"]["human_email"];
  /** Local part of the inbox created for the agent. */
  username: Wire["AgentSignupRequest"]["username"];
  /** Which SDK, tool or platform is signing up. */
  source?: Wire["AgentSignupRequest"]["source"];
  /** Where the sign-up came from (a site, partner or campaign). */
  referrer?: Wire["AgentSignupRequest"]["referrer"];
}

/** The `AgentAttachHumanResponse` schema of specs/agentmail.yaml, in camelCase. */
export interface AgentAttachHumanResponse {
  /** The human now attached. */
  humanEmail: Wire["AgentAttachHumanResponse"]["human_email"];
  /** What the agent should do next, in plain text. */
  instructions: Wire["AgentAttachHumanResponse"]["instructions"];
}

/** Request body to attach a human to an agent organization. */
export interface AgentAttachHumanRequest {
  /** Email of the human; the one-time code is mailed here. */
  humanEmail: Wire["AgentAttachHumanRequest"]["human_email"];
}

/** The two fields that may change. */
export interface UpdateApiKeyRequest {
  name?: Wire["UpdateApiKeyRequest"]["name"];
  permissions?: ApiKeyPermissions;
}

/**
 * A P-256 public key registered as a credential, or an AgentID sign-in key (which has a status,
 * holds exactly app_connect and app_share_owner and expires 30 days after activation).
 */
export interface PublicKeyCredential {
  type: Wire["PublicKeyCredential"]["type"];
  apiKeyId: Wire["PublicKeyCredential"]["api_key_id"];
  clientId?: Wire["PublicKeyCredential"]["client_id"];
  name: Wire["PublicKeyCredential"]["name"];
  publicKey?: PublicKeyMaterial;
  podId?: Wire["PublicKeyCredential"]["pod_id"];
  inboxId?: Wire["PublicKeyCredential"]["inbox_id"];
  status?: Wire["PublicKeyCredential"]["status"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  usedAt?: Wire["PublicKeyCredential"]["used_at"];
  permissions: ApiKeyPermissions;
  createdBy: ApiKeyCreator;
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  createdAt: Wire["PublicKeyCredential"]["created_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  updatedAt: Wire["PublicKeyCredential"]["updated_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  expiresAt?: Wire["PublicKeyCredential"]["expires_at"];
}

/**
 * expires_at must be in the future and never changes; omitted, the key inherits its creator's
 * expiry, and a later one than the creator's is a 403.
 */
export interface CreateBearerApiKeyRequest {
  name?: Wire["CreateBearerApiKeyRequest"]["name"];
  permissions?: ApiKeyPermissions;
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  expiresAt?: Wire["CreateBearerApiKeyRequest"]["expires_at"];
}

/**
 * Registers a P-256 public key at the route's scope. Idempotent on client_id; the same client_id
 * with other material is a 409. Permissions default to the caller's and cannot exceed them.
 */
export interface CreatePublicKeyRequest {
  publicKey: PublicJwk;
  clientId?: Wire["CreatePublicKeyRequest"]["client_id"];
  name?: Wire["CreatePublicKeyRequest"]["name"];
  permissions?: ApiKeyPermissions;
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  expiresAt?: Wire["CreatePublicKeyRequest"]["expires_at"];
}

/** A key sent as `Authorization: Bearer <key>`. */
export interface BearerApiKey {
  type: Wire["BearerApiKey"]["type"];
  apiKeyId: Wire["BearerApiKey"]["api_key_id"];
  prefix: Wire["BearerApiKey"]["prefix"];
  name: Wire["BearerApiKey"]["name"];
  podId?: Wire["BearerApiKey"]["pod_id"];
  inboxId?: Wire["BearerApiKey"]["inbox_id"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  usedAt?: Wire["BearerApiKey"]["used_at"];
  permissions?: ApiKeyPermissions;
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  createdAt: Wire["BearerApiKey"]["created_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  updatedAt: Wire["BearerApiKey"]["updated_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  expiresAt?: Wire["BearerApiKey"]["expires_at"];
}

/** Registered public key material and its server-computed RFC 7638 thumbprint. */
export interface PublicKeyMaterial {
  jwk: PublicJwk;
  /** RFC 7638 SHA-256 JWK thumbprint encoded as unpadded base64url. */
  fingerprint: Wire["PublicKeyMaterial"]["fingerprint"];
}

/** The bearer API key that created the credential. */
export interface ApiKeyCreator {
  apiKeyId: Wire["ApiKeyCreator"]["api_key_id"];
}

/** A public P-256 JWK with exactly kty, crv, x and y. */
export interface PublicJwk {
  kty: Wire["PublicJwk"]["kty"];
  crv: Wire["PublicJwk"]["crv"];
  x: Wire["PublicJwk"]["x"];
  y: Wire["PublicJwk"]["y"];
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<AgentVerifyRequest, Camelize<Wire["AgentVerifyRequest"]>>>,
  Assert<Same<AgentVerifyResponse, Camelize<Wire["AgentVerifyResponse"]>>>,
  Assert<Same<Identity, Camelize<Wire["Identity"]>>>,
  Assert<Same<ApiKeyPermissions, Camelize<Wire["ApiKeyPermissions"]>>>,
  Assert<Same<CreateApiKeyResponse, Camelize<Wire["CreateApiKeyResponse"]>>>,
  Assert<Same<ListApiKeysResponse, Camelize<Wire["ListApiKeysResponse"]>>>,
  Assert<Same<ErrorResponse, Camelize<Wire["ErrorResponse"]>>>,
  Assert<Same<ValidationErrorResponse, Camelize<Wire["ValidationErrorResponse"]>>>,
  Assert<Same<inboxesAuthorizeInboxResponse, Camelize<Wire["inboxesAuthorizeInboxResponse"]>>>,
  Assert<Same<inboxesAuthorizeInboxRequest, Camelize<Wire["inboxesAuthorizeInboxRequest"]>>>,
  Assert<Same<AgentSignupResponse, Camelize<Wire["AgentSignupResponse"]>>>,
  Assert<Same<AgentSignupRequest, Camelize<Wire["AgentSignupRequest"]>>>,
  Assert<Same<AgentAttachHumanResponse, Camelize<Wire["AgentAttachHumanResponse"]>>>,
  Assert<Same<AgentAttachHumanRequest, Camelize<Wire["AgentAttachHumanRequest"]>>>,
  Assert<Same<UpdateApiKeyRequest, Camelize<Wire["UpdateApiKeyRequest"]>>>,
  Assert<Same<PublicKeyCredential, Camelize<Wire["PublicKeyCredential"]>>>,
  Assert<Same<CreateBearerApiKeyRequest, Camelize<Wire["CreateBearerApiKeyRequest"]>>>,
  Assert<Same<CreatePublicKeyRequest, Camelize<Wire["CreatePublicKeyRequest"]>>>,
  Assert<Same<BearerApiKey, Camelize<Wire["BearerApiKey"]>>>,
  Assert<Same<PublicKeyMaterial, Camelize<Wire["PublicKeyMaterial"]>>>,
  Assert<Same<ApiKeyCreator, Camelize<Wire["ApiKeyCreator"]>>>,
  Assert<Same<PublicJwk, Camelize<Wire["PublicJwk"]>>>,
];
