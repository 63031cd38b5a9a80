import { paginate, type ClientOptions, type RequestOptions, type VendorCore } from "../core/client.js";
import type { OperationMeta, QueryParams } from "../core/shape.js";
import { VendorClient } from "../core/vendor.js";
import { operations as ops } from "./generated/meta.js";
import type * as models from "./generated/models.js";
import type { operations, paths } from "./generated/types.js";
import { profile } from "./profile.js";

/** Options of {@link AgentMailClient}. */
export interface AgentMailClientOptions extends ClientOptions {
  /**
   * An AgentMail API key (starts with `am_`). Defaults to `process.env.AGENTMAIL_API_KEY`.
   * Only `agent.signUp()` works without one.
   */
  apiKey?: string;
}

// Named generated interfaces rather than RequestBody<...>/ResponseBody<...>, so hovers show the name and
// each field's description; test/agentmail/types.test-d.ts proves they equal the derived types.
/** `agent.signUp()` input: `{ humanEmail, username, source?, referrer? }`. */
export type SignUpParams = models.AgentSignUpRequest;
/** `agent.signUp()` result: `{ organizationId, inboxId, apiKey }`. */
export type SignUpResult = models.AgentSignUpResponse;
/** `agent.verify()` input: `{ otpCode }`. */
export type VerifyParams = models.AgentVerifyRequest;
/** `agent.verify()` result: `{ verified }`. */
export type VerifyResult = models.AgentVerifyResponse;
/** Who a credential is: its scope type and ids. */
export type Identity = models.Identity;
/** `apiKeys.create()` input: `{ name?, permissions? }`. */
export type CreateApiKeyParams = models.CreateApiKeyRequest;
/** A newly created key, including its secret `apiKey`, which is returned only once. */
export type CreatedApiKey = models.CreateApiKeyResponse;
/** `apiKeys.list()` input: `{ limit?, pageToken?, ascending? }` (`ascending` at organization level only). */
export type ListApiKeysParams = QueryParams<operations["listApiKeys"]>;
/** One page of keys: `{ count, nextPageToken?, apiKeys }`. */
export type ApiKeyPage = models.ListApiKeysResponse;
/** A listed key (never with its secret). */
export type ApiKey = models.ApiKey;

/** Organization-scoped keys. */
export class ApiKeys {
  constructor(private readonly core: VendorCore) {}

  /** Creates a key; store `apiKey` from the result now, it cannot be read again. Never retried on 5xx. */
  create(params: CreateApiKeyParams = {}, options?: RequestOptions): Promise<CreatedApiKey> {
    return this.core.call(ops.createApiKey, { body: params }, options);
  }

  /** One page of keys, newest first unless `ascending`. */
  list(params: ListApiKeysParams = {}, options?: RequestOptions): Promise<ApiKeyPage> {
    return this.core.call(ops.listApiKeys, { query: params }, options);
  }

  /** Every key, fetching further pages as the loop goes on. */
  listAll(params: Omit<ListApiKeysParams, "pageToken"> = {}, options?: RequestOptions): AsyncGenerator<ApiKey, void, undefined> {
    return paginate<ApiKeyPage, ApiKey, string>(
      (pageToken) => this.list({ ...params, pageToken }, options),
      (page) => page.apiKeys,
      (page) => page.nextPageToken || undefined,
    );
  }

  /** Revokes a key. */
  async delete(apiKeyId: string, options?: RequestOptions): Promise<void> {
    await this.core.call(ops.deleteApiKey, { path: { api_key_id: apiKeyId } }, options);
  }
}

type ScopedOps = { list: OperationMeta; create: OperationMeta; delete: OperationMeta };
type ScopedListParams = QueryParams<operations["listPodApiKeys"]>;

/** Keys scoped to one pod or one inbox; the first argument names it. */
export class ScopedApiKeys {
  constructor(
    private readonly core: VendorCore,
    private readonly param: "pod_id" | "inbox_id",
    private readonly scoped: ScopedOps,
  ) {}

  /** Creates a key that reaches only this pod or inbox; store `apiKey` now. Never retried on 5xx. */
  create(scopeId: string, params: CreateApiKeyParams = {}, options?: RequestOptions): Promise<CreatedApiKey> {
    return this.core.call(this.scoped.create, { path: { [this.param]: scopeId }, body: params }, options);
  }

  /** One page of this pod's or inbox's keys. */
  list(scopeId: string, params: ScopedListParams = {}, options?: RequestOptions): Promise<ApiKeyPage> {
    return this.core.call(this.scoped.list, { path: { [this.param]: scopeId }, query: params }, options);
  }

  /** Every key of this pod or inbox. */
  listAll(scopeId: string, params: Omit<ScopedListParams, "pageToken"> = {}, options?: RequestOptions): AsyncGenerator<ApiKey, void, undefined> {
    return paginate<ApiKeyPage, ApiKey, string>(
      (pageToken) => this.list(scopeId, { ...params, pageToken }, options),
      (page) => page.apiKeys,
      (page) => page.nextPageToken || undefined,
    );
  }

  /** Revokes one of this pod's or inbox's keys. */
  async delete(scopeId: string, apiKeyId: string, options?: RequestOptions): Promise<void> {
    await this.core.call(this.scoped.delete, { path: { [this.param]: scopeId, api_key_id: apiKeyId } }, options);
  }
}

/**
 * AgentMail's auth API: agent sign-up and verification, the identity of a key, and API keys at
 * organization, pod and inbox scope.
 *
 * @example
 * const client = new AgentMailClient({ apiKey: process.env.AGENTMAIL_API_KEY });
 * const key = await client.apiKeys.create({ name: "reader", permissions: readOnlyPermissions });
 */
export class AgentMailClient extends VendorClient<paths, AgentMailClientOptions> {
  /** Agent self sign-up and verification. */
  readonly agent: {
    /** Creates an organization, inbox and key for an agent. Needs no key; safe to repeat per `humanEmail`. */
    signUp(params: SignUpParams, options?: RequestOptions): Promise<SignUpResult>;
    /** Verifies the organization with the 6-digit code mailed to the human. */
    verify(params: VerifyParams, options?: RequestOptions): Promise<VerifyResult>;
  };
  /** The credential itself. */
  readonly auth: {
    /** Who this key is: scope type and organization, pod and inbox ids. */
    me(options?: RequestOptions): Promise<Identity>;
  };
  /** Organization-scoped API keys. */
  readonly apiKeys: ApiKeys;
  /** Pod-scoped API keys. */
  readonly pods: { readonly apiKeys: ScopedApiKeys };
  /** Inbox-scoped API keys. */
  readonly inboxes: { readonly apiKeys: ScopedApiKeys };

  constructor(options?: AgentMailClientOptions) {
    super(profile, options);
    const core = this.core;
    this.agent = {
      signUp: (params, requestOptions) => core.call(ops.signUp, { body: params }, requestOptions),
      verify: (params, requestOptions) => core.call(ops.verify, { body: params }, requestOptions),
    };
    this.auth = { me: (requestOptions) => core.call(ops.me, {}, requestOptions) };
    this.apiKeys = new ApiKeys(core);
    this.pods = {
      apiKeys: new ScopedApiKeys(core, "pod_id", { list: ops.listPodApiKeys, create: ops.createPodApiKey, delete: ops.deletePodApiKey }),
    };
    this.inboxes = {
      apiKeys: new ScopedApiKeys(core, "inbox_id", { list: ops.listInboxApiKeys, create: ops.createInboxApiKey, delete: ops.deleteInboxApiKey }),
    };
  }
}
