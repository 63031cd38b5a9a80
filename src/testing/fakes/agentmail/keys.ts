/**
 * The API-key routes of the AgentMail fake, at organization, pod and inbox scope: list (with the `type`
 * filter), create (bearer, or a public key when the body has `public_key`), get, update and delete.
 */
import { json, type FakeKit, type RouteInput } from "../../kit.js";
import { bodyObject, type Access, type Context, type OperationId } from "./guard.js";
import { PERMISSIONS, SIGN_IN_PERMISSIONS, type Store } from "./state.js";
import type { AgentMailFakeKey, AgentMailFakeScope, Permission } from "./types.js";
import { createdView, denied, publicView, validation } from "./wire.js";

type Action = "list" | "create" | "get" | "update" | "delete";

/** Each key operation, at its three scopes (the pod and inbox routes have no get: `apiKeys.get` serves them). */
const ACTIONS = {
  listApiKeys: "list",
  createApiKey: "create",
  getApiKey: "get",
  updateApiKey: "update",
  deleteApiKey: "delete",
  listPodApiKeys: "list",
  createPodApiKey: "create",
  updatePodApiKey: "update",
  deletePodApiKey: "delete",
  listInboxApiKeys: "list",
  createInboxApiKey: "create",
  updateInboxApiKey: "update",
  deleteInboxApiKey: "delete",
} as const satisfies Partial<Record<OperationId, Action>>;
type KeyOperation = keyof typeof ACTIONS;

const PERMISSION_OF: Record<Action, Permission> = {
  list: "api_key_read",
  create: "api_key_create",
  get: "api_key_read",
  update: "api_key_update",
  delete: "api_key_delete",
};

/** The key routes' access checks and resolvers. */
export function keyRoutes(store: Store, kit: FakeKit) {
  const { state } = store;
  const scopeOf = (key: AgentMailFakeKey, params: Record<string, string>) => store.target(key, params).scope!;
  const inScope = (k: AgentMailFakeKey, key: AgentMailFakeKey, scope: AgentMailFakeScope): boolean =>
    k.organizationId === key.organizationId &&
    // The organization routes see every credential of the organization; the nested ones only their scope's.
    (scope.type === "organization" ? true : scope.type === "pod" ? k.podId === scope.podId && !k.inboxId : k.inboxId === scope.inboxId);
  /** A credential the caller may see, by id or a public key's client_id, at the route's scope. */
  const findKey = (key: AgentMailFakeKey, { params }: RouteInput): AgentMailFakeKey | undefined =>
    [...state.apiKeys.values()].find(
      (k) =>
        (k.apiKeyId === params.api_key_id || (k.clientId !== undefined && k.clientId === params.api_key_id)) && inScope(k, key, scopeOf(key, params)),
    );
  const escalation = (key: AgentMailFakeKey, asked: Partial<Record<Permission, boolean>> | null | undefined) => {
    const extra = PERMISSIONS.filter((p) => asked?.[p] === true && !store.holds(key, p));
    return extra.length ? kit.error(403, "permission_escalation", `A key cannot grant what it lacks: ${extra.join(", ")}.`) : undefined;
  };

  // Scope (404 outside it), then the permission, then what the action needs: a verified agent, or the key it names.
  function check(action: Action): Access {
    return (key, input) => {
      const where = store.target(key, input.params);
      if (!where.scope) return where.refusal!;
      if (!store.holds(key, PERMISSION_OF[action])) return denied(`Use a key that holds ${PERMISSION_OF[action]}.`);
      if (action === "create" && !state.organizations.get(key.organizationId)!.verified) {
        return denied("Creating API keys requires a verified agent: call POST /v0/agent/verify with the emailed code first.");
      }
      if ((action === "get" || action === "update" || action === "delete") && !findKey(key, input))
        return kit.error(404, "not_found", "API key not found.");
      return undefined;
    };
  }

  function list({ principal: key, params, url }: Context): Response {
    const ascending = url.searchParams.get("ascending") === "true";
    const type = url.searchParams.get("type");
    if (type !== null && type !== "bearer" && type !== "public_key") return validation("type", "type must be bearer or public_key.");
    const scope = scopeOf(key, params);
    const keys = [...state.apiKeys.values()].filter((k) => inScope(k, key, scope) && (type === null || k.type === type));
    keys.sort((a, b) =>
      a.createdAt === b.createdAt ? a.apiKeyId.localeCompare(b.apiKeyId, "en", { numeric: true }) : a.createdAt.localeCompare(b.createdAt),
    );
    if (!ascending) keys.reverse();
    const limit = Math.max(1, Number(url.searchParams.get("limit") ?? 10) || 10);
    const start = Number(url.searchParams.get("page_token") ?? 0) || 0;
    const page = keys.slice(start, start + limit);
    const body: Record<string, unknown> = { count: page.length, api_keys: page.map((k) => publicView(k)) };
    if (start + limit < keys.length) body.next_page_token = String(start + limit);
    return json(body);
  }

  function create(ctx: Context): Response {
    const key = ctx.principal;
    const input = bodyObject(ctx);
    const problem = validateFields(
      input,
      input.public_key === undefined ? ["name", "permissions", "expires_at"] : ["public_key", "client_id", "name", "permissions", "expires_at"],
    );
    if (problem) return validation(problem.split(" ")[0]!, problem);
    const expiresAt = input.expires_at === undefined ? key.expiresAt : Date.parse(String(input.expires_at));
    if (expiresAt !== undefined && expiresAt <= store.now()) return validation("expires_at", "expires_at must be in the future.");
    if (expiresAt !== undefined && key.expiresAt !== undefined && expiresAt > key.expiresAt) {
      return kit.error(403, "forbidden", "A key cannot create one that outlives it: choose an expires_at before your key's own.");
    }
    const scope = scopeOf(key, ctx.params);
    const asked = input.permissions as Partial<Record<Permission, boolean>> | null | undefined;
    if (input.public_key !== undefined) return registerPublicKey(key, scope, input, expiresAt);
    if (asked == null) {
      if (key.permissions !== undefined)
        return kit.error(403, "unrestricted_key_required", "Creating an unrestricted key needs an unrestricted credential.");
    } else {
      const refused = escalation(key, asked);
      if (refused) return refused;
    }
    const created = store.addKey({
      name: typeof input.name === "string" ? input.name : "",
      organizationId: key.organizationId,
      ...placement(key, scope),
      permissions: asked ?? undefined,
      expiresAt,
      createdBy: key.apiKeyId,
    });
    return json(createdView(created));
  }

  /** Where a new credential lives: the route's pod or inbox (an inbox's pod too), else the creator's pod. */
  function placement(key: AgentMailFakeKey, scope: AgentMailFakeScope): { podId?: string; inboxId?: string } {
    const podId = scope.type === "pod" ? scope.podId : scope.type === "inbox" ? state.inboxes.get(scope.inboxId)!.podId : key.podId;
    return { podId, inboxId: scope.type === "inbox" ? scope.inboxId : undefined };
  }

  /** Registration is idempotent on client_id: the same material returns the key, other material is a 409. */
  function registerPublicKey(
    key: AgentMailFakeKey,
    scope: AgentMailFakeScope,
    input: Record<string, unknown>,
    expiresAt: number | undefined,
  ): Response {
    const jwk = input.public_key as Record<string, unknown>;
    const coordinate = /^[A-Za-z0-9_-]{43}$/;
    const exact = Object.keys(jwk).sort().join() === "crv,kty,x,y";
    if (!exact || jwk.kty !== "EC" || jwk.crv !== "P-256" || !coordinate.test(String(jwk.x)) || !coordinate.test(String(jwk.y))) {
      return validation("public_key", "public_key must be a P-256 JWK with exactly kty, crv, x and y.");
    }
    const clientId = typeof input.client_id === "string" ? input.client_id : undefined;
    const existing =
      clientId === undefined
        ? undefined
        : [...state.apiKeys.values()].find((k) => k.organizationId === key.organizationId && k.clientId === clientId);
    if (existing) {
      const same = existing.publicKey?.x === jwk.x && existing.publicKey?.y === jwk.y;
      return same ? json(publicView(existing)) : kit.error(409, "already_exists", `client_id ${clientId} is registered with another public key.`);
    }
    const asked = input.permissions as AgentMailFakeKey["permissions"] | undefined;
    const refused = escalation(key, asked);
    if (refused) return refused;
    const permissions = asked ?? key.permissions ?? Object.fromEntries(PERMISSIONS.map((p) => [p, true]));
    const created = store.addKey({
      type: "public_key",
      name: typeof input.name === "string" ? input.name : `AgentID key ${String(jwk.x).slice(0, 8)}`,
      organizationId: key.organizationId,
      ...placement(key, scope),
      permissions,
      expiresAt,
      clientId,
      publicKey: { kty: "EC", crv: "P-256", x: String(jwk.x), y: String(jwk.y) },
      createdBy: key.apiKeyId,
    });
    return json(publicView(created));
  }

  /** Only name and permissions change; a sign-in key accepts only its two app permissions. */
  function update(ctx: Context): Response {
    const key = ctx.principal;
    const found = findKey(key, ctx)!;
    const input = bodyObject(ctx);
    const problem = validateFields(input, ["name", "permissions"]);
    if (problem) return validation(problem.split(" ")[0]!, problem);
    const asked = input.permissions as AgentMailFakeKey["permissions"] | null | undefined;
    if (asked !== undefined) {
      if (found.status !== undefined && Object.keys(asked ?? {}).some((p) => !SIGN_IN_PERMISSIONS.includes(p as Permission))) {
        return validation("permissions", "A sign-in key holds only app_connect and app_share_owner.");
      }
      if (key.permissions !== undefined && (asked === null || found.permissions === undefined)) {
        return kit.error(
          403,
          "unrestricted_key_required",
          "Clearing or narrowing an unrestricted key's permissions needs an unrestricted credential.",
        );
      }
      const refused = escalation(key, asked);
      if (refused) return refused;
      found.permissions = found.status !== undefined ? { ...found.permissions, ...asked } : (asked ?? undefined);
    }
    if (typeof input.name === "string") found.name = input.name;
    found.updatedAt = new Date(store.now()).toISOString();
    return json(publicView(found));
  }

  const resolve: Record<Action, (ctx: Context) => Response> = {
    list,
    create,
    get: (ctx) => json(publicView(findKey(ctx.principal, ctx)!)),
    update,
    delete(ctx) {
      state.apiKeys.delete(findKey(ctx.principal, ctx)!.apiKeyId);
      return new Response(null, { status: 200 });
    },
  };

  const operations = Object.entries(ACTIONS) as Array<[KeyOperation, Action]>;
  return {
    access: Object.fromEntries(operations.map(([op, action]) => [op, check(action)])) as Record<KeyOperation, Access>,
    resolvers: Object.fromEntries(operations.map(([op, action]) => [op, resolve[action]])) as Record<KeyOperation, (ctx: Context) => Response>,
  };
}

/** Only the named fields, with their documented types: strings, a whitelist of boolean flags, a date-time. */
function validateFields(input: Record<string, unknown>, allowed: string[]): string | undefined {
  const unknown = Object.keys(input).find((field) => !allowed.includes(field));
  if (unknown) return `${unknown} is not a field of this request.`;
  for (const field of ["name", "client_id"]) if (input[field] !== undefined && typeof input[field] !== "string") return `${field} must be a string.`;
  if (input.expires_at !== undefined && Number.isNaN(Date.parse(String(input.expires_at)))) return "expires_at must be a date-time.";
  if (input.public_key !== undefined && (typeof input.public_key !== "object" || input.public_key === null))
    return "public_key must be a JWK object.";
  const permissions = input.permissions;
  if (permissions == null) return undefined;
  if (typeof permissions !== "object" || Array.isArray(permissions)) return "permissions must be an object of boolean flags.";
  for (const [flag, value] of Object.entries(permissions)) {
    if (!(PERMISSIONS as string[]).includes(flag)) return `permissions.${flag} is not a known permission.`;
    if (typeof value !== "boolean") return `permissions.${flag} must be a boolean.`;
  }
  return undefined;
}
