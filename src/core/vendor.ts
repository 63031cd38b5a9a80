/**
 * A vendor as data ({@link VendorProfile}) and the one constructor every client goes through: the options
 * are checked once, the key resolved once, the base URL and defaults settled once.
 */
import { VendorCore } from "./client.js";
import { missingKeyError, resolveKey, staticKey, type KeyRule } from "./credentials.js";
import type { ApiError, ErrorReader } from "./errors.js";
import type { EnvelopeReader } from "./envelopes.js";
import { CLIENT_OPTION_RULES, DEFAULTS, SAME_SETTING, checkOptions, timeoutOf, type ClientOptions, type OptionRule } from "./options.js";
import type { RequestGate } from "./transport.js";
import { userAgent } from "./user-agent.js";

/** What a vendor states about itself; everything not stated here is the same for every vendor. */
export interface VendorProfile<Options extends ClientOptions = ClientOptions> {
  /** Its key: environment variable and prefix (its line of `KEY_RULES`). */
  readonly key: KeyRule;
  /** Its documented servers; the first is the default. */
  readonly servers: readonly string[];
  /** The server its own options choose (AgentMail's `environment`), or `undefined` for the default. */
  readonly server?: (options: Options) => string | undefined;
  /**
   * When a missing credential fails: `"construction"`, or `"operation"` for a vendor with operations that
   * need none (AgentMail's sign-up): then only the operations that need one throw, before any request.
   */
  readonly credentialRequired: "construction" | "operation";
  /** Options beyond {@link ClientOptions} and `apiKey`, with the rule each value must meet. */
  readonly options?: Readonly<Record<string, OptionRule>>;
  /**
   * The envelopes this vendor's error bodies use, read in this order after the core's plain `message` and
   * `code`; listed here, by name, so a bundle keeps only these readers.
   */
  readonly errorEnvelopes?: readonly EnvelopeReader[];
  /** Reads what only this vendor's error bodies say, on top of the envelope readers. */
  readonly readError?: ErrorReader;
  /** Vetoes a retry the status alone would allow (e.g. a 429 for a monthly quota). */
  readonly isRetryable?: (error: ApiError) => boolean;
  /** The header that carries the credential. @default "authorization" */
  readonly credentialHeader?: (options: Options) => "authorization" | "x-api-key" | undefined;
  /** Headers derived from the options (a pinned API version), sent after the caller's own. */
  readonly headers?: (options: Options) => Record<string, string> | undefined;
  /** Built once per client to see every response, so it may remember what it has reported. */
  readonly onResponse?: (options: Options) => ((response: Response) => void) | undefined;
  /** A wait before each request (a client-side limiter), given the settled key. */
  readonly gate?: (options: Options, key: string | undefined) => RequestGate | undefined;
}

/** The typed options a vendor client takes: the shared ones, `apiKey`, and its own. */
export type VendorOptions = ClientOptions & { apiKey?: string };

/**
 * Checks `options` against the shared and the vendor's rules (unknown keys and bad values are a TypeError
 * naming the option), resolves the credential, and builds the core with settled values only.
 */
export function createVendorCore<Paths extends {}, Options extends VendorOptions>(
  profile: VendorProfile<Options>,
  options: Options | undefined,
): VendorCore<Paths> {
  checkOptions(profile.key.client, options, profile.options ? { ...CLIENT_OPTION_RULES, ...profile.options } : CLIENT_OPTION_RULES);
  const given = options ?? ({} as Options);
  const key = resolveKey(given.apiKey, profile.key);
  const credential = key === undefined ? undefined : staticKey(key);
  if (!credential && profile.credentialRequired === "construction") throw missingKeyError(profile.key);
  const agent = userAgent(profile.key.vendor, given.appInfo);
  // Ours first, so the caller's own `headers` (a User-Agent of their choosing) win.
  const headers = { ...(agent && { "user-agent": agent }), ...given.headers, ...profile.headers?.(given) };
  return new VendorCore<Paths>({
    baseUrl: given.baseUrl ?? profile.server?.(given) ?? profile.servers[0]!,
    headers,
    fetch: given.fetch,
    maxRetries: given.maxRetries ?? DEFAULTS.maxRetries,
    maxRetryAfterMs: given.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs,
    timeoutMs: timeoutOf(given) ?? DEFAULTS.timeoutMs,
    maxResponseBytes: given.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
    credential,
    credentialHeader: profile.credentialHeader?.(given),
    onResponse: profile.onResponse?.(given),
    errorEnvelopes: profile.errorEnvelopes,
    readError: profile.readError,
    isRetryable: profile.isRetryable,
    gate: profile.gate?.(given, key),
    logLevel: given.logLevel,
    logger: given.logger,
    missingCredential: credential ? undefined : () => missingKeyError(profile.key),
  });
}

// Each client's core, for `vendor-auth/http` (a protected field is out of its reach).
const cores = new WeakMap<object, VendorCore>();

/** The core of `client`; throws for anything else (e.g. a client from another copy of this package). */
export function coreOf<Paths extends {}>(client: VendorClient<Paths, VendorOptions>): VendorCore<Paths> {
  const core = cores.get(client);
  if (!core)
    throw new TypeError("httpClient(client): client must be a vendor-auth client such as new AgentMailClient(), from the same copy of the package.");
  return core;
}

/**
 * The base of every vendor client: the constructor behaviour of {@link createVendorCore}, and
 * `withOptions`. The options are kept in a private field, so no inspection or log of a client shows the key.
 * Raw requests go through `httpClient(client)` from `vendor-auth/http`.
 */
export abstract class VendorClient<Paths extends {}, Options extends VendorOptions> {
  /** Runs the vendor's operations; for the client's own methods. */
  protected readonly core: VendorCore<Paths>;
  readonly #options: Options | undefined;
  readonly #name: string;

  protected constructor(profile: VendorProfile<Options>, options: Options | undefined) {
    this.core = createVendorCore<Paths, Options>(profile, options);
    cores.set(this, this.core);
    this.#options = options;
    this.#name = profile.key.client;
  }

  /** A new client with these options changed, e.g. the key returned by a sign-up; the rest stay as they were. */
  withOptions(options: Options): this {
    if (typeof options !== "object" || options === null) {
      throw new TypeError(`${this.#name}.withOptions: options must be an object such as { apiKey }.`);
    }
    const Client = this.constructor as new (options: Options) => this;
    const given = options as Record<string, unknown>;
    const kept: Record<string, unknown> = { ...this.#options };
    // A setting given under one of its two names replaces what the other name held (timeoutInSeconds a timeoutMs).
    for (const [one, other] of SAME_SETTING) {
      if (given[one] !== undefined) delete kept[other];
      if (given[other] !== undefined) delete kept[one];
    }
    return new Client({ ...kept, ...given } as unknown as Options);
  }
}
