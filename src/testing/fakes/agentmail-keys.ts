/**
 * The API-key routes of the AgentMail fake, at organization, pod and inbox scope: list (with the `type`
 * filter), create (bearer, or a public key when the body has `public_key`), get, update and delete.
 * Split from agentmail.ts so each file stays readable; the shared helpers come in as {@link KeyRoutesContext}.
 */
import type { HttpHandler } from "msw";
import { operations } from "../../agentmail/generated/meta.js";
import type { components } from "../../agentmail/generated/types.js";
import type { Shape } from "../../core/shape.js";
import { json, type FakeKit, type RouteInput } from "../kit.js";
import type { AgentMailFakeKey, AgentMailFakeScope, AgentMailFakeState } from "./agentmail.js";

/** A permission flag's wire name. */
export type Permission = keyof components["schemas"]["ApiKeyPermissions"];

/** Every permission flag, from the generated request shape (so a spec update updates the fake). */
export const PERMISSIONS = Object.keys(operations.createApiKey.request?.properties?.permissions?.properties ?? {}) as Permission[];

/** What a sign-in key holds, and all that an update of one may touch. */
export const SIGN_IN_PERMISSIONS: Permission[] = ["app_connect", "app_share_owner"];

/** The fake's shared helpers the key routes use. */
export interface KeyRoutesContext {
  base: string;
  kit: FakeKit;
  state: AgentMailFakeState;
  addKey: (fields: Omit<AgentMailFakeKey, "apiKeyId" | "secret" | "createdAt" | "updatedAt" | "type"> & { type?: AgentMailFakeKey["type"] }) => AgentMailFakeKey;
  authenticate: (request: Request) => { key?: AgentMailFakeKey; refusal?: Response };
  target: (key: AgentMailFakeKey, params: Record<string, string>) => { scope?: AgentMailFakeScope; refusal?: Response };
  holds: (key: AgentMailFakeKey, permission: Permission) => boolean;
  denied: (fix: string) => Response;
  validation: (path: string, message: string) => Response;
  /** The spec's check of a request body (types, lengths, required, unknown fields), as a 400. */
  invalidBody: (body: unknown, shape: Shape | undefined) => Response | undefined;
}

/** The 13 API-key handlers. */
export function apiKeyRoutes(ctx: KeyRoutesContext): HttpHandler[] {
  const { base, kit, state, addKey, authenticate, target, holds, denied, validation, invalidBody } = ctx;

  const inScope = (k: AgentMailFakeKey, key: AgentMailFakeKey, scope: AgentMailFakeScope): boolean =>
    k.organizationId === key.organizationId &&
    // The organization routes see every credential of the organization; the nested ones only their scope's.
    (scope.type === "organization" ? true : scope.type === "pod" ? k.podId === scope.podId && !k.inboxId : k.inboxId === scope.inboxId);

  function listKeys({ request, params, url }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_read")) return denied("Use a key that holds api_key_read.");
    const ascending = url.searchParams.get("ascending") === "true";
    const type = url.searchParams.get("type");
    if (type !== null && type !== "bearer" && type !== "public_key") return validation("type", "type must be bearer or public_key.");
    const keys = [...state.apiKeys.values()].filter((k) => inScope(k, key, where.scope!) && (type === null || k.type === type));
    keys.sort((a, b) => (a.createdAt === b.createdAt ? a.apiKeyId.localeCompare(b.apiKeyId, "en", { numeric: true }) : a.createdAt.localeCompare(b.createdAt)));
    if (!ascending) keys.reverse();
    const limit = Math.max(1, Number(url.searchParams.get("limit") ?? 10) || 10);
    const start = Number(url.searchParams.get("page_token") ?? 0) || 0;
    const page = keys.slice(start, start + limit);
    const body: Record<string, unknown> = { count: page.length, api_keys: page.map((k) => publicView(k)) };
    if (start + limit < keys.length) body.next_page_token = String(start + limit);
    return json(body);
  }

  function createKey({ request, params, body, bodyIsJson }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_create")) return denied("Use a key that holds api_key_create.");
    if (!state.organizations.get(key.organizationId)!.verified) {
      return denied("Creating API keys requires a verified agent: call POST /v0/agent/verify with the emailed code first.");
    }
    const input = (bodyIsJson && body && typeof body === "object" ? body : {}) as Record<string, unknown>;
    const invalid = invalidBody(input, operations.createApiKey.request);
    if (invalid) return invalid;
    const problem = validateFields(input, input.public_key === undefined ? ["name", "permissions", "expires_at"] : ["public_key", "client_id", "name", "permissions", "expires_at"]);
    if (problem) return validation(problem.split(" ")[0]!, problem);
    const expiresAt = input.expires_at === undefined ? key.expiresAt : Date.parse(String(input.expires_at));
    if (expiresAt !== undefined && expiresAt <= kit.clock.now()) return validation("expires_at", "expires_at must be in the future.");
    if (expiresAt !== undefined && key.expiresAt !== undefined && expiresAt > key.expiresAt) {
      return kit.error(403, "forbidden", "A key cannot create one that outlives it: choose an expires_at before your key's own.");
    }
    const asked = input.permissions as Partial<Record<Permission, boolean>> | null | undefined;
    if (input.public_key !== undefined) return registerPublicKey(key, where.scope!, input, expiresAt);
    if (asked == null) {
      if (key.permissions !== undefined) return kit.error(403, "unrestricted_key_required", "Creating an unrestricted key needs an unrestricted credential.");
    } else {
      const extra = PERMISSIONS.filter((p) => asked[p] === true && !holds(key, p));
      if (extra.length) return kit.error(403, "permission_escalation", `A key cannot grant what it lacks: ${extra.join(", ")}.`);
    }
    const scope = where.scope!;
    const created = addKey({
      name: typeof input.name === "string" ? input.name : "",
      organizationId: key.organizationId,
      podId: scope.type === "pod" ? scope.podId : scope.type === "inbox" ? state.inboxes.get(scope.inboxId)!.podId : key.podId,
      inboxId: scope.type === "inbox" ? scope.inboxId : undefined,
      permissions: asked ?? undefined,
      expiresAt,
      createdBy: key.apiKeyId,
    });
    return json(createdView(created));
  }

  /** Registration is idempotent on client_id: the same material returns the key, other material is a 409. */
  function registerPublicKey(key: AgentMailFakeKey, scope: AgentMailFakeScope, input: Record<string, unknown>, expiresAt: number | undefined): Response {
    const jwk = input.public_key as Record<string, unknown>;
    const coordinate = /^[A-Za-z0-9_-]{43}$/;
    const exact = Object.keys(jwk).sort().join() === "crv,kty,x,y";
    if (!exact || jwk.kty !== "EC" || jwk.crv !== "P-256" || !coordinate.test(String(jwk.x)) || !coordinate.test(String(jwk.y))) {
      return validation("public_key", "public_key must be a P-256 JWK with exactly kty, crv, x and y.");
    }
    const clientId = typeof input.client_id === "string" ? input.client_id : undefined;
    const existing = clientId === undefined ? undefined : [...state.apiKeys.values()].find((k) => k.organizationId === key.organizationId && k.clientId === clientId);
    if (existing) {
      const same = existing.publicKey?.x === jwk.x && existing.publicKey?.y === jwk.y;
      return same ? json(publicView(existing)) : kit.error(409, "already_exists", `client_id ${clientId} is registered with another public key.`);
    }
    const asked = input.permissions as AgentMailFakeKey["permissions"] | undefined;
    const extra = PERMISSIONS.filter((p) => asked?.[p] === true && !holds(key, p));
    if (extra.length) return kit.error(403, "permission_escalation", `A key cannot grant what it lacks: ${extra.join(", ")}.`);
    const permissions = asked ?? key.permissions ?? Object.fromEntries(PERMISSIONS.map((p) => [p, true]));
    const created = addKey({
      type: "public_key",
      name: typeof input.name === "string" ? input.name : `AgentID key ${String(jwk.x).slice(0, 8)}`,
      organizationId: key.organizationId,
      podId: scope.type === "pod" ? scope.podId : scope.type === "inbox" ? state.inboxes.get(scope.inboxId)!.podId : key.podId,
      inboxId: scope.type === "inbox" ? scope.inboxId : undefined,
      permissions,
      expiresAt,
      clientId,
      publicKey: { kty: "EC", crv: "P-256", x: String(jwk.x), y: String(jwk.y) },
      createdBy: key.apiKeyId,
    });
    return json(publicView(created));
  }

  /** A credential the caller may see, by id or a public key's client_id, at the route's scope. */
  function findKey(key: AgentMailFakeKey, scope: AgentMailFakeScope, ref: string): AgentMailFakeKey | undefined {
    return [...state.apiKeys.values()].find((k) => (k.apiKeyId === ref || (k.clientId !== undefined && k.clientId === ref)) && inScope(k, key, scope));
  }

  function getKey({ request, params }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_read")) return denied("Use a key that holds api_key_read.");
    const found = findKey(key, where.scope, params.api_key_id!);
    return found ? json(publicView(found)) : kit.error(404, "not_found", "API key not found.");
  }

  /** Only name and permissions change; a sign-in key accepts only its two app permissions. */
  function updateKey({ request, params, body, bodyIsJson }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_update")) return denied("Use a key that holds api_key_update.");
    const found = findKey(key, where.scope, params.api_key_id!);
    if (!found) return kit.error(404, "not_found", "API key not found.");
    const input = (bodyIsJson && body && typeof body === "object" ? body : {}) as Record<string, unknown>;
    const invalid = invalidBody(input, operations.updateApiKey.request);
    if (invalid) return invalid;
    const problem = validateFields(input, ["name", "permissions"]);
    if (problem) return validation(problem.split(" ")[0]!, problem);
    const asked = input.permissions as AgentMailFakeKey["permissions"] | null | undefined;
    if (asked !== undefined) {
      if (found.status !== undefined && Object.keys(asked ?? {}).some((p) => !SIGN_IN_PERMISSIONS.includes(p as Permission))) {
        return validation("permissions", "A sign-in key holds only app_connect and app_share_owner.");
      }
      if (key.permissions !== undefined && (asked === null || found.permissions === undefined)) {
        return kit.error(403, "unrestricted_key_required", "Clearing or narrowing an unrestricted key's permissions needs an unrestricted credential.");
      }
      const extra = PERMISSIONS.filter((p) => asked?.[p] === true && !holds(key, p));
      if (extra.length) return kit.error(403, "permission_escalation", `A key cannot grant what it lacks: ${extra.join(", ")}.`);
      found.permissions = found.status !== undefined ? { ...found.permissions, ...asked } : (asked ?? undefined);
    }
    if (typeof input.name === "string") found.name = input.name;
    found.updatedAt = new Date(kit.clock.now()).toISOString();
    return json(publicView(found));
  }

  function deleteKey({ request, params }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_delete")) return denied("Use a key that holds api_key_delete.");
    const victim = findKey(key, where.scope, params.api_key_id!);
    if (!victim) return kit.error(404, "not_found", "API key not found.");
    state.apiKeys.delete(victim.apiKeyId);
    return new Response(null, { status: 200 });
  }

  return [
    kit.route("listApiKeys", "get", `${base}/api-keys`, listKeys),
    kit.route("createApiKey", "post", `${base}/api-keys`, createKey),
    kit.route("getApiKey", "get", `${base}/api-keys/:api_key_id`, getKey),
    kit.route("updateApiKey", "patch", `${base}/api-keys/:api_key_id`, updateKey),
    kit.route("deleteApiKey", "delete", `${base}/api-keys/:api_key_id`, deleteKey),
    kit.route("listPodApiKeys", "get", `${base}/pods/:pod_id/api-keys`, listKeys),
    kit.route("createPodApiKey", "post", `${base}/pods/:pod_id/api-keys`, createKey),
    kit.route("updatePodApiKey", "patch", `${base}/pods/:pod_id/api-keys/:api_key_id`, updateKey),
    kit.route("deletePodApiKey", "delete", `${base}/pods/:pod_id/api-keys/:api_key_id`, deleteKey),
    kit.route("listInboxApiKeys", "get", `${base}/inboxes/:inbox_id/api-keys`, listKeys),
    kit.route("createInboxApiKey", "post", `${base}/inboxes/:inbox_id/api-keys`, createKey),
    kit.route("updateInboxApiKey", "patch", `${base}/inboxes/:inbox_id/api-keys/:api_key_id`, updateKey),
    kit.route("deleteInboxApiKey", "delete", `${base}/inboxes/:inbox_id/api-keys/:api_key_id`, deleteKey),
  ];
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** A credential as get, list and update show it (never with a secret). */
function publicView(key: AgentMailFakeKey): Record<string, unknown> {
  const out: Record<string, unknown> = { type: key.type, api_key_id: key.apiKeyId };
  if (key.type === "bearer") out.prefix = key.secret.slice(0, 8);
  if (key.clientId) out.client_id = key.clientId;
  out.name = key.name;
  if (key.publicKey) out.public_key = { jwk: key.publicKey, fingerprint: key.publicKey.x };
  if (key.podId) out.pod_id = key.podId;
  if (key.inboxId) out.inbox_id = key.inboxId;
  if (key.status) out.status = key.status;
  if (key.permissions || key.type === "public_key") out.permissions = { ...key.permissions };
  if (key.type === "public_key") out.created_by = { api_key_id: key.createdBy ?? "" };
  Object.assign(out, { created_at: key.createdAt, updated_at: key.updatedAt });
  if (key.expiresAt !== undefined) out.expires_at = iso(key.expiresAt);
  return out;
}

/** The create answer of a bearer key: its secret, once. */
function createdView(key: AgentMailFakeKey): Record<string, unknown> {
  const out: Record<string, unknown> = { api_key_id: key.apiKeyId, api_key: key.secret, prefix: key.secret.slice(0, 8), name: key.name };
  if (key.podId) out.pod_id = key.podId;
  if (key.inboxId) out.inbox_id = key.inboxId;
  if (key.permissions) out.permissions = { ...key.permissions };
  out.created_at = key.createdAt;
  if (key.expiresAt !== undefined) out.expires_at = iso(key.expiresAt);
  return out;
}

/** Only the named fields, with their documented types: strings, a whitelist of boolean flags, a date-time. */
function validateFields(input: Record<string, unknown>, allowed: string[]): string | undefined {
  const unknown = Object.keys(input).find((field) => !allowed.includes(field));
  if (unknown) return `${unknown} is not a field of this request.`;
  for (const field of ["name", "client_id"]) if (input[field] !== undefined && typeof input[field] !== "string") return `${field} must be a string.`;
  if (input.expires_at !== undefined && Number.isNaN(Date.parse(String(input.expires_at)))) return "expires_at must be a date-time.";
  if (input.public_key !== undefined && (typeof input.public_key !== "object" || input.public_key === null)) return "public_key must be a JWK object.";
  const permissions = input.permissions;
  if (permissions == null) return undefined;
  if (typeof permissions !== "object" || Array.isArray(permissions)) return "permissions must be an object of boolean flags.";
  for (const [flag, value] of Object.entries(permissions)) {
    if (!(PERMISSIONS as string[]).includes(flag)) return `permissions.${flag} is not a known permission.`;
    if (typeof value !== "boolean") return `permissions.${flag} must be a boolean.`;
  }
  return undefined;
}
