/**
 * AgentMail's keys as the CLI handles them: one interface whatever the scope (organization, pod, inbox),
 * listing across pages, and the rendering of a created key, the one place its secret is printed.
 */
import {
  AgentMailClient,
  NotFoundError,
  type ApiKey,
  type ApiKeyPage,
  type CreateBearerApiKeyParams,
  type CreatedApiKey,
  type ListApiKeysParams,
} from "../agentmail/index.js";
import type { RequestOptions } from "../core/client.js";
import type { Context, KeySource } from "./context.js";

/** Where an AgentMail key comes from. */
export const KEY: KeySource = {
  vendor: "AgentMail",
  envVar: "AGENTMAIL_API_KEY",
  where: 'in the AgentMail console or by "vendor-auth agentmail sign-up"',
};

/** A client for this run; `signUp` needs no key. */
export async function agentMailClient(ctx: Context, apiKey?: string | null): Promise<AgentMailClient> {
  const key = apiKey === null ? undefined : (apiKey ?? (await ctx.apiKey(KEY)));
  return new AgentMailClient({ ...ctx.clientOptions, apiKey: key });
}

/** Which keys a command works on: the organization's, one pod's or one inbox's. */
export type Scope = { kind: "organization" } | { kind: "pod"; id: string } | { kind: "inbox"; id: string };

/** The key operations at one scope, with the same signatures whatever the scope. */
export interface KeysAt {
  /** Creates a bearer key (the CLI prints its secret once); public keys are not registered from the CLI. */
  create(params: CreateBearerApiKeyParams, o?: RequestOptions): Promise<CreatedApiKey>;
  list(params: ListApiKeysParams, o?: RequestOptions): Promise<ApiKeyPage>;
  delete(id: string, o?: RequestOptions): Promise<void>;
  /** Present once the client has `get` (AgentMail's GET /api-keys/{id}); until then found by listing. */
  get?: (id: string, o?: RequestOptions) => Promise<ApiKey>;
  /** Present once the client has `update` (AgentMail's PATCH /api-keys/{id}). */
  update?: (id: string, params: { name?: string; permissions?: CreateBearerApiKeyParams["permissions"] }, o?: RequestOptions) => Promise<ApiKey>;
}

/** The key operations of `client` at `scope`. */
export function keysAt(client: AgentMailClient, scope: Scope): KeysAt {
  if (scope.kind === "organization") {
    const api = client.apiKeys as AgentMailClient["apiKeys"] & Partial<Pick<KeysAt, "get" | "update">>;
    return {
      create: (p, o) => api.create(p, o),
      list: (p, o) => api.list(p, o),
      delete: (id, o) => api.delete(id, o),
      get: api.get?.bind(api),
      update: api.update?.bind(api),
    };
  }
  const api = (scope.kind === "pod" ? client.pods : client.inboxes).apiKeys as AgentMailClient["pods"]["apiKeys"] & {
    get?: (scopeId: string, id: string, o?: RequestOptions) => Promise<ApiKey>;
    update?: (scopeId: string, id: string, params: object, o?: RequestOptions) => Promise<ApiKey>;
  };
  const { get, update } = api;
  return {
    create: (p, o) => api.create(scope.id, p, o),
    list: (p, o) => api.list(scope.id, p, o),
    delete: (id, o) => api.delete(scope.id, id, o),
    get: get && ((id, o) => get.call(api, scope.id, id, o)),
    update: update && ((id, params, o) => update.call(api, scope.id, id, params, o)),
  };
}

/** Every key at a scope, a page at a time (a progress line per page on a TTY). */
export async function listKeys(ctx: Context, keys: KeysAt, type?: string): Promise<ApiKey[]> {
  const all: ApiKey[] = [];
  let pageToken: string | undefined;
  do {
    // `type` is sent as documented; the filter below keeps the answer right on servers that ignore it.
    const query = { ...(pageToken ? { pageToken } : {}), ...(type ? { type } : {}) } as ListApiKeysParams;
    const page = await keys.list(query, { signal: ctx.signal });
    all.push(...page.apiKeys);
    pageToken = page.nextPageToken || undefined;
    if (ctx.interactive && pageToken) ctx.note(`fetched ${all.length} keys...`);
  } while (pageToken);
  return type ? all.filter((key) => keyType(key) === type) : all;
}

/** One key by id: `get` when the client has it, else found by listing. */
export async function findKey(ctx: Context, keys: KeysAt, id: string): Promise<ApiKey | undefined> {
  if (keys.get) {
    try {
      return await keys.get(id, { signal: ctx.signal });
    } catch (error) {
      // "No such key" is an answer here, not a failure: the caller words it.
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
  return (await listKeys(ctx, keys)).find((key) => key.apiKeyId === id);
}

/** `bearer` unless the key says otherwise (the spec before key types had only bearer keys). */
export function keyType(key: object): string {
  return (key as { type?: string }).type ?? "bearer";
}

/** `organization`, `pod pod_1`, `inbox ib_1` for a listed or created key. */
export function scopeLabel(key: { podId?: string; inboxId?: string }, scope?: Scope): string {
  if (key.inboxId ?? (scope?.kind === "inbox" ? scope.id : undefined)) return `inbox ${key.inboxId ?? (scope as { id: string }).id}`;
  if (key.podId ?? (scope?.kind === "pod" ? scope.id : undefined)) return `pod ${key.podId ?? (scope as { id: string }).id}`;
  return "organization";
}

/** The flags a key holds, or "all" for an unrestricted key. */
export function granted(permissions: object | undefined): string[] | string {
  if (!permissions) return "all";
  return Object.entries(permissions)
    .filter(([, on]) => on === true)
    .map(([name]) => name);
}

/** A key's expiry, when the spec has one. */
export function expires(key: object): unknown {
  return (key as { expiresAt?: string }).expiresAt;
}

/** The human rendering of a created key: the only place its secret is printed. */
export function showCreated(ctx: Context, key: CreatedApiKey, scope: Scope): string {
  return ctx.fields([
    ["api key id", key.apiKeyId],
    ["name", key.name],
    ["scope", scopeLabel(key, scope)],
    ["permissions", granted(key.permissions)],
    ["expires", expires(key)],
    ["secret", key.apiKey],
  ]);
}
