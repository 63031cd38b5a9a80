import { ApiPromise, paginate, type ClientOptions, type RequestOptions, type VendorCore } from "../core/client.js";
import type { OperationMeta, QueryParams } from "../core/shape.js";
import { VendorClient } from "../core/vendor.js";
import type { AgentMailEnvironment } from "./environments.js";
import * as ops from "./generated/calls.js";
import { definitionDate } from "./generated/meta.js";
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
  /**
   * Which AgentMail server to use, by the official SDK's names: `AgentMailEnvironment.EuProd` keeps data
   * in the EU. Give this or `baseUrl`, not both. @default AgentMailEnvironment.Prod
   */
  environment?: AgentMailEnvironment;
}

// Named generated interfaces where the spec names the schema, so hovers show the name and each field's
// description; test/agentmail/types.test-d.ts proves they equal the types derived from the wire spec.
/** `agent.signUp()` input: `{ username, humanEmail?, source?, referrer? }` (no `humanEmail`: a receive-only inbox). */
export type SignUpParams = models.AgentSignupRequest;
/** `agent.signUp()` result: `{ organizationId, inboxId, apiKey }`. */
export type SignUpResult = models.AgentSignupResponse;
/** `agent.attachHuman()` input: `{ humanEmail }`. */
export type AttachHumanParams = models.AgentAttachHumanRequest;
/** `agent.attachHuman()` result: `{ humanEmail, instructions }`. */
export type AttachHumanResult = models.AgentAttachHumanResponse;
/** `agent.verify()` input: `{ otpCode }`. */
export type VerifyParams = models.AgentVerifyRequest;
/** `agent.verify()` result: `{ verified }`. */
export type VerifyResult = models.AgentVerifyResponse;
/** Who a credential is: its scope type and ids. */
export type Identity = models.Identity;
/** `apiKeys.create()` input for a bearer key: `{ name?, permissions?, expiresAt? }`. */
export type CreateBearerApiKeyParams = models.CreateBearerApiKeyRequest;
/** `apiKeys.create()` input that registers a public key: `{ publicKey, clientId?, name?, permissions?, expiresAt? }`. */
export type RegisterPublicKeyParams = models.CreatePublicKeyRequest;
/** `apiKeys.create()` input: a bearer key, or a public key when `publicKey` is set. */
export type CreateApiKeyParams = CreateBearerApiKeyParams | RegisterPublicKeyParams;
/** A newly created bearer key, including its secret `apiKey`, which is returned only once. */
export type CreatedApiKey = models.CreateApiKeyResponse;
/** A bearer key as listed or read (never with its secret): `type: "bearer"`. */
export type BearerApiKey = models.BearerApiKey;
/** A registered public key or an AgentID sign-in key: `type: "public_key"`. */
export type PublicKeyCredential = models.PublicKeyCredential;
/** `apiKeys.update()` input: `{ name?, permissions? }`; nothing else of a key can change. */
export type UpdateApiKeyParams = models.UpdateApiKeyRequest;
/** `apiKeys.list()` input: `{ type?, limit?, pageToken?, ascending? }` (`type` and `ascending` at organization level only). */
export type ListApiKeysParams = QueryParams<operations["listApiKeys"]>;
/** One page of keys: `{ count, nextPageToken?, apiKeys }`. */
export type ApiKeyPage = models.ListApiKeysResponse;
/** A listed key: a {@link BearerApiKey} or a {@link PublicKeyCredential}; narrow on `type`. */
export type ApiKey = BearerApiKey | PublicKeyCredential;
/** `inboxes.authorize()` input: `{ authToken, acceptDisclosure? }`. */
export type AuthorizeInboxParams = models.inboxesAuthorizeInboxRequest;
/** `inboxes.authorize()` result: `{ apiKeyId, instructions }`; read the key with `apiKeys.get(apiKeyId)`. */
export type AuthorizeInboxResult = models.inboxesAuthorizeInboxResponse;

/** What a create answers for this input: the secret-bearing key for a bearer body, the credential for a public key. */
export type CreateResult<P extends CreateApiKeyParams> = P extends { publicKey: object } ? PublicKeyCredential : CreatedApiKey;

/**
 * The check that catches a misspelled permission also stops one AgentMail added after our spec; the error
 * says which, and what to do.
 */
function explained<T>(call: ApiPromise<T>): ApiPromise<T> {
  return new ApiPromise(call.withRawResponse().catch(explainUnknownPermission));
}

function explainUnknownPermission(error: unknown): never {
  if (error instanceof TypeError && /\.permissions\.[^ ]+ is not a known field/.test(error.message)) {
    throw new TypeError(
      `${error.message} This SDK follows AgentMail's API definition of ${definitionDate}. If AgentMail added this ` +
        "permission later, upgrade vendor-auth, or send the request with httpClient(client) from vendor-auth/http (snake_case, unchecked).",
    );
  }
  throw error;
}

/** Organization-scoped keys and credentials of every family. */
export class ApiKeys {
  constructor(private readonly core: VendorCore) {}

  /**
   * Creates a bearer key (store `apiKey` from the result now, it cannot be read again), or registers a
   * public key when `publicKey` is set. Never retried on 5xx: a retry could mint a second secret.
   */
  create<P extends CreateApiKeyParams = CreateBearerApiKeyParams>(params: P = {} as P, options?: RequestOptions): ApiPromise<CreateResult<P>> {
    return explained(this.core.call<CreateResult<P>>(ops.createApiKey, { body: params }, options));
  }

  /** One credential by `apiKeyId` (or a public key's `clientId`); narrow on `type`. */
  get(apiKeyId: string, options?: RequestOptions): ApiPromise<ApiKey> {
    return this.core.call(ops.getApiKey, { path: { api_key_id: apiKeyId } }, options);
  }

  /** Renames a credential or replaces its permissions. Safe to retry, so it is retried on 5xx. */
  update(apiKeyId: string, params: UpdateApiKeyParams, options?: RequestOptions): ApiPromise<ApiKey> {
    return explained(this.core.call<ApiKey>(ops.updateApiKey, { path: { api_key_id: apiKeyId }, body: params }, options));
  }

  /** One page of credentials, newest first unless `ascending`; `type` keeps one family. */
  list(params: ListApiKeysParams = {}, options?: RequestOptions): ApiPromise<ApiKeyPage> {
    return this.core.call(ops.listApiKeys, { query: params }, options);
  }

  /** Every credential, fetching further pages as the loop goes on (a page may be empty and still have a next one). */
  listAll(params: Omit<ListApiKeysParams, "pageToken"> = {}, options?: RequestOptions): AsyncGenerator<ApiKey, void, undefined> {
    return paginate<ApiKeyPage, ApiKey, string>(
      (pageToken) => this.list({ ...params, pageToken }, options),
      (page) => page.apiKeys,
      (page) => page.nextPageToken || undefined,
    );
  }

  /** Deletes a credential: revokes a key, cancels a pending sign-in key. */
  delete(apiKeyId: string, options?: RequestOptions): ApiPromise<void> {
    return this.core.call(ops.deleteApiKey, { path: { api_key_id: apiKeyId } }, options);
  }
}

type ScopedOps = { list: OperationMeta; create: OperationMeta; update: OperationMeta; delete: OperationMeta };
type ScopedListParams = QueryParams<operations["listPodApiKeys"]>;

/** Keys scoped to one pod or one inbox; the first argument names it. */
export class ScopedApiKeys {
  constructor(
    private readonly core: VendorCore,
    private readonly param: "pod_id" | "inbox_id",
    private readonly scoped: ScopedOps,
  ) {}

  /** Creates a key (or registers a public key) that reaches only this pod or inbox; store `apiKey` now. Never retried on 5xx. */
  create<P extends CreateApiKeyParams = CreateBearerApiKeyParams>(
    scopeId: string,
    params: P = {} as P,
    options?: RequestOptions,
  ): ApiPromise<CreateResult<P>> {
    return explained(this.core.call<CreateResult<P>>(this.scoped.create, { path: { [this.param]: scopeId }, body: params }, options));
  }

  /** Renames one of this pod's or inbox's credentials or replaces its permissions. Retried on 5xx. */
  update(scopeId: string, apiKeyId: string, params: UpdateApiKeyParams, options?: RequestOptions): ApiPromise<ApiKey> {
    const path = { [this.param]: scopeId, api_key_id: apiKeyId };
    return explained(this.core.call<ApiKey>(this.scoped.update, { path, body: params }, options));
  }

  /** One page of this pod's or inbox's keys. */
  list(scopeId: string, params: ScopedListParams = {}, options?: RequestOptions): ApiPromise<ApiKeyPage> {
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
  delete(scopeId: string, apiKeyId: string, options?: RequestOptions): ApiPromise<void> {
    return this.core.call(this.scoped.delete, { path: { [this.param]: scopeId, api_key_id: apiKeyId } }, options);
  }
}

/**
 * AgentMail's auth API: agent sign-up, attaching a human and verification, the identity of a key, API keys
 * and public-key credentials at organization, pod and inbox scope, and AgentID sign-in for an inbox.
 *
 * @example
 * const client = new AgentMailClient({ apiKey: process.env.AGENTMAIL_API_KEY });
 * const key = await client.apiKeys.create({ name: "reader", permissions: readOnlyPermissions });
 */
export class AgentMailClient extends VendorClient<paths, AgentMailClientOptions> {
  /** Agent self sign-up and verification. */
  readonly agent: {
    /** Creates an organization, inbox and key for an agent. Needs no key; safe to repeat per `humanEmail`. */
    signUp(params: SignUpParams, options?: RequestOptions): ApiPromise<SignUpResult>;
    /** Attaches a human to an agent that signed up without one; the human is mailed the code for `verify`. */
    attachHuman(params: AttachHumanParams, options?: RequestOptions): ApiPromise<AttachHumanResult>;
    /** Verifies the organization with the 6-digit code mailed to the human. */
    verify(params: VerifyParams, options?: RequestOptions): ApiPromise<VerifyResult>;
  };
  /** The credential itself. */
  readonly auth: {
    /** Who this key is: scope type and organization, pod and inbox ids. */
    me(options?: RequestOptions): ApiPromise<Identity>;
  };
  /** Organization-scoped API keys. */
  readonly apiKeys: ApiKeys;
  /** Pod-scoped API keys. */
  readonly pods: { readonly apiKeys: ScopedApiKeys };
  /** Inbox-scoped API keys, and AgentID sign-in as an inbox. */
  readonly inboxes: {
    readonly apiKeys: ScopedApiKeys;
    /** Approves the AgentID sign-in a client is waiting in, as this inbox; poll `apiKeys.get(apiKeyId)` until `status` is `active`. */
    authorize(inboxId: string, params: AuthorizeInboxParams, options?: RequestOptions): ApiPromise<AuthorizeInboxResult>;
  };

  constructor(options?: AgentMailClientOptions) {
    super(profile, options);
    const core = this.core;
    this.agent = {
      signUp: (params, requestOptions) => core.call(ops.signUp, { body: params }, requestOptions),
      attachHuman: (params, requestOptions) => core.call(ops.attachHuman, { body: params }, requestOptions),
      verify: (params, requestOptions) => core.call(ops.verify, { body: params }, requestOptions),
    };
    this.auth = { me: (requestOptions) => core.call(ops.me, {}, requestOptions) };
    this.apiKeys = new ApiKeys(core);
    this.pods = {
      apiKeys: new ScopedApiKeys(core, "pod_id", {
        list: ops.listPodApiKeys,
        create: ops.createPodApiKey,
        update: ops.updatePodApiKey,
        delete: ops.deletePodApiKey,
      }),
    };
    this.inboxes = {
      apiKeys: new ScopedApiKeys(core, "inbox_id", {
        list: ops.listInboxApiKeys,
        create: ops.createInboxApiKey,
        update: ops.updateInboxApiKey,
        delete: ops.deleteInboxApiKey,
      }),
      authorize: (inboxId, params, requestOptions) => core.call(ops.authorizeInbox, { path: { inbox_id: inboxId }, body: params }, requestOptions),
    };
  }
}
