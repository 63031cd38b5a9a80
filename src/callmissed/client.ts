import type { ClientOptions, RequestOptions } from "../core/client.js";
import type { AccessTokenProvider } from "../core/credentials.js";
import type { RequestBody, ResponseBody } from "../core/shape.js";
import { VendorClient } from "../core/vendor.js";
import { operations as ops, resourceScopeValues, servicePermissionValues } from "./generated/meta.js";
import type { operations, paths } from "./generated/types.js";
import { profile } from "./profile.js";

/** An AI service a key may call; `"*"` is all of them. */
export type ServicePermission = (typeof servicePermissionValues)[number];
/** A platform resource a key may touch under `/api/v1`; `"*"` is all of them. */
export type ResourceScope = (typeof resourceScopeValues)[number];

/** Options of {@link CallMissedClient}: an API key, or a dashboard access-token provider. */
export interface CallMissedClientOptions extends ClientOptions {
  /** A CallMissed API key (starts with `cm_`). Defaults to `process.env.CALLMISSED_API_KEY`. */
  apiKey?: string;
  /**
   * Supplies a dashboard access token (a 24 h JWT) instead of an API key; key management needs one.
   * Called with `forceRefresh: true` once when the server says the token expired, then the request is
   * repeated once; concurrent requests share that refresh. The login and refresh endpoints are not
   * publicly documented, so obtaining the token is up to you.
   */
  getAccessToken?: AccessTokenProvider;
  /**
   * Header that carries the credential. `"x-api-key"` is accepted only by the Anthropic-compatible
   * `/v1/messages`. @default "authorization"
   */
  credentialHeader?: "authorization" | "x-api-key";
}

type WireCreate = RequestBody<operations["createApiKey"]>;
type WireCreated = ResponseBody<operations["createApiKey"]>;
type WireKey = ResponseBody<operations["listApiKeys"]>[number];
type WithLists<T> = Omit<T, "permissions" | "scopes"> & { permissions?: ServicePermission[]; scopes?: ResourceScope[] };

/** `apiKeys.create()` input; `permissions` and `scopes` are arrays here, comma-separated on the wire. */
export type CreateApiKeyParams = Omit<WireCreate, "permissions" | "scopes"> & {
  permissions?: readonly ServicePermission[];
  scopes?: readonly ResourceScope[];
};
/** A key as listed. */
export type ApiKey = WithLists<WireKey>;
/** A newly created key, with its plaintext `key`, returned only once. */
export type CreatedApiKey = WithLists<WireCreated>;
/** Per-call options of `apiKeys.create()`. */
export interface CreateApiKeyOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`; with it a lost response can be retried without minting a second key. */
  idempotencyKey?: string;
}

function toCsv<T extends string>(values: readonly T[] | undefined, allowed: readonly T[], field: string): string | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw new TypeError(`body.${field} must be an array of ${allowed.join(", ")}.`);
  for (const value of values) {
    if (!allowed.includes(value)) {
      throw new TypeError(`body.${field} has an unknown value ${JSON.stringify(value)}. Valid values: ${allowed.join(", ")}.`);
    }
  }
  return values.join(",");
}

function fromCsv<T extends string>(value: unknown): T[] | undefined {
  // The docs treat a null and an empty list alike: no access.
  if (value === null) return [];
  if (typeof value !== "string") return undefined;
  return value.split(",").map((part) => part.trim()).filter(Boolean) as T[];
}

function withLists<T extends { permissions?: unknown; scopes?: unknown }>(record: T): WithLists<T> {
  return { ...record, permissions: fromCsv<ServicePermission>(record.permissions), scopes: fromCsv<ResourceScope>(record.scopes) };
}

/**
 * CallMissed's key management API (`/api/v1/keys`), with an API key or a refreshable dashboard token.
 *
 * @example
 * const client = new CallMissedClient({ getAccessToken: ({ forceRefresh }) => session.token(forceRefresh) });
 * const { key } = await client.apiKeys.create({ name: "llm only", permissions: ["llm"] });
 */
export class CallMissedClient extends VendorClient<paths, CallMissedClientOptions> {
  /** API keys; managing them needs a dashboard access token. */
  readonly apiKeys: {
    /** Every key of the account (never with its plaintext). */
    list(options?: RequestOptions): Promise<ApiKey[]>;
    /** Creates a key; store `key` from the result now. Not retried on 5xx unless `idempotencyKey` is given. */
    create(params: CreateApiKeyParams, options?: CreateApiKeyOptions): Promise<CreatedApiKey>;
  };

  constructor(options?: CallMissedClientOptions) {
    super(profile, options);
    const core = this.core;
    this.apiKeys = {
      list: async (requestOptions) => {
        const keys = await core.call<WireKey[]>(ops.listApiKeys, {}, requestOptions);
        return keys.map(withLists);
      },
      create: async (params, { idempotencyKey, ...requestOptions } = {}) => {
        const body = {
          ...params,
          permissions: toCsv(params?.permissions, servicePermissionValues, "permissions"),
          scopes: toCsv(params?.scopes, resourceScopeValues, "scopes"),
        };
        const headers = idempotencyKey ? { ...requestOptions.headers, "Idempotency-Key": idempotencyKey } : requestOptions.headers;
        const created = await core.call<WireCreated>(
          ops.createApiKey,
          { body, idempotent: idempotencyKey !== undefined },
          { ...requestOptions, headers },
        );
        return withLists(created);
      },
    };
  }
}
