/**
 * What every vendor client is made of: our transport, and `call()`, which runs one generated operation
 * with camelCase in and out. Vendor folders only name their operations.
 */
import { createFinalURL, createQuerySerializer, mergeHeaders, removeTrailingSlash } from "openapi-fetch";
import { ApiPromise, toRawResponse, type WithRawResponse } from "./api-promise.js";
import { VendorAuthError, type ApiError } from "./errors.js";
import { REQUEST_OPTION_RULES, checkOptions, timeoutOf, type ClientOptions, type RequestOptions } from "./options.js";
import { segmentPathSerializer } from "./path.js";
import { requestIdOf, toApiError } from "./response-error.js";
import { camelCase, describeMismatch, snakeCase, toWire, type OperationMeta } from "./shape.js";
import { NestingError, anyFromWire } from "./wire.js";
import { createTransport, type AttemptSettings, type Credential, type RequestGate, type Transport, type TransportConfig } from "./transport.js";

export type { ClientOptions, RequestOptions } from "./options.js";
export { ApiPromise } from "./api-promise.js";

/** Path, query and body of one call, in camelCase (path parameters use wire names). */
export interface CallInput {
  path?: Record<string, string | number>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  /** Safe to repeat on 408/5xx/network errors although the method is not idempotent (e.g. an Idempotency-Key is sent). */
  idempotent?: boolean;
}

/** Settled values only: built by `createVendorCore`, which checks the options and applies the defaults. */
export interface VendorCoreConfig extends Required<Pick<ClientOptions, "maxRetries" | "maxRetryAfterMs" | "timeoutMs" | "maxResponseBytes">> {
  baseUrl: string;
  fetch: ClientOptions["fetch"];
  headers: ClientOptions["headers"];
  credential: Credential | undefined;
  credentialHeader: TransportConfig["credentialHeader"];
  onResponse: TransportConfig["onResponse"];
  errorEnvelopes: TransportConfig["errorEnvelopes"];
  readError: TransportConfig["readError"];
  isRetryable: TransportConfig["isRetryable"];
  gate: RequestGate | undefined;
  logLevel: TransportConfig["logLevel"];
  logger: TransportConfig["logger"];
  /** The error for an operation that needs a credential when the client has none. */
  missingCredential: (() => Error) | undefined;
}

/** What `vendor-auth/http` builds its openapi-fetch client from. */
export interface RawParts {
  baseUrl: string;
  headers: ClientOptions["headers"];
  exchange: Transport["exchange"];
  /** The client's own settings, for every raw request (they take no per-call options). */
  settings: AttemptSettings;
}

/**
 * The shared machinery of a vendor client. Its state is private (`#`), so inspecting it shows no token.
 * `Paths` (the spec's wire paths) types only what `vendor-auth/http` builds on it.
 */
export class VendorCore<Paths extends {} = any> {
  declare protected readonly paths?: Paths;
  readonly #transport: ReturnType<typeof createTransport>;
  readonly #missingCredential: (() => Error) | undefined;
  readonly #baseUrl: string;
  /** True when `baseUrl` is not an absolute URL (see `call()`). */
  readonly #relative: boolean;
  readonly #headers: ClientOptions["headers"];
  readonly #maxRetries: number;
  readonly #timeoutMs: number;
  readonly #maxResponseBytes: number;

  constructor(config: VendorCoreConfig) {
    this.#missingCredential = config.missingCredential;
    // Normalised once, as `new Request(url).url` would normalise every URL built on it; `http` gets the same.
    const absolute = parseUrl(config.baseUrl);
    if (absolute && !/^https?:$/.test(absolute.protocol)) {
      throw new TypeError(`baseUrl must be an http: or https: URL, got a ${absolute.protocol} URL.`);
    }
    if (absolute && (absolute.username || absolute.password)) {
      // Not repeated: the part before @ is a credential.
      throw new TypeError("baseUrl must not contain a user name or password; the client sends its key itself (apiKey).");
    }
    this.#baseUrl = removeTrailingSlash(absolute?.href ?? config.baseUrl);
    this.#relative = absolute === undefined;
    this.#headers = config.headers;
    this.#maxRetries = config.maxRetries;
    this.#timeoutMs = config.timeoutMs;
    this.#maxResponseBytes = config.maxResponseBytes;
    this.#transport = createTransport(config);
  }

  /** The base URL, headers and transport, for `vendor-auth/http` (which builds the same URLs from them). */
  raw(): RawParts {
    const settings = { maxRetries: this.#maxRetries, timeoutMs: this.#timeoutMs, maxResponseBytes: this.#maxResponseBytes };
    return { baseUrl: this.#baseUrl, headers: this.#headers, exchange: this.#transport.exchange, settings };
  }

  /**
   * Runs one operation: checks and converts the input, sends it, checks and converts the answer.
   * The URL, headers and body are built by openapi-fetch's own helpers, exactly as `http` builds them, but
   * handed straight to the transport: a `Request` and a second `Response` per call would only be taken
   * apart again (they were half the cost of a call; see BENCHMARKS.md).
   */
  call<T>(op: OperationMeta, input: CallInput = {}, options: RequestOptions = {}): ApiPromise<T> {
    return new ApiPromise(this.#run<T>(op, input, options));
  }

  async #run<T>(op: OperationMeta, input: CallInput, options: RequestOptions): Promise<WithRawResponse<T>> {
    if (op.auth && this.#missingCredential) throw this.#missingCredential();
    checkOptions(`${op.method} ${op.path}`, options, REQUEST_OPTION_RULES);
    const body = input.body === undefined ? undefined : toWire(input.body, op.request, "body");
    const query = input.query ? queryToWire(input.query, op.query ?? []) : undefined;
    let url = createFinalURL(op.path, {
      baseUrl: this.#baseUrl,
      params: { path: input.path, query },
      querySerializer,
      pathSerializer: segmentPathSerializer,
    });
    // A relative base resolves against the page in a browser and is a TypeError elsewhere, as with `http`.
    if (this.#relative) url = new Request(url).url;
    const headers = mergeHeaders(body === undefined ? undefined : JSON_CONTENT_TYPE, this.#headers, options.headers);
    const init = {
      method: op.method,
      headers,
      body: body === undefined ? undefined : utf8Encoder.encode(JSON.stringify(body)).buffer,
      signal: options.signal ?? options.abortSignal,
    };
    const { response, bytes } = await this.#transport.exchange(url, init, {
      maxRetries: options.maxRetries ?? this.#maxRetries,
      timeoutMs: timeoutOf(options) ?? this.#timeoutMs,
      maxResponseBytes: options.maxResponseBytes ?? this.#maxResponseBytes,
      idempotent: input.idempotent ?? op.idempotent,
      auth: op.auth,
    });
    const raw = (data: unknown): WithRawResponse<T> => ({
      data: data as T,
      rawResponse: toRawResponse(response, url),
      requestId: requestIdOf(response.headers),
    });
    // Where the spec describes no body (a delete answering 200 or 204), whatever came is not read: the result is void.
    if (!op.response) return raw(undefined);
    if (bytes.byteLength === 0) throw unexpectedBody(response, url, op, "", "expected a JSON body, got none", this.#transport.secrets);
    const text = utf8Decoder.decode(bytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw unexpectedBody(response, url, op, text, "expected JSON", this.#transport.secrets);
    }
    const mismatch = describeMismatch(parsed, op.response);
    if (mismatch) throw unexpectedBody(response, url, op, parsed, mismatch, this.#transport.secrets);
    try {
      return raw(op.decode ? op.decode(parsed) : anyFromWire(parsed));
    } catch (error) {
      // Only a hostile body gets here: one nested deeper than any API answers (see wire.ts).
      if (!(error instanceof NestingError)) throw error;
      throw unexpectedBody(response, url, op, undefined, "nested too deeply to convert", this.#transport.secrets);
    }
  }
}

// openapi-fetch's defaults, as `http` uses them (createClient without serializer options).
const querySerializer = createQuerySerializer();
const JSON_CONTENT_TYPE = { "Content-Type": "application/json" };
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** camelCase query keys to wire names; a key outside the spec's names (`known`) is a TypeError. */
function queryToWire(query: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in query) {
    const wire = snakeCase(key);
    if (!known.includes(wire)) {
      const valid = known.length ? `Valid parameters: ${known.map(camelCase).join(", ")}.` : "This call takes none.";
      throw new TypeError(`query.${key} is not a known parameter. ${valid}`);
    }
    if (query[key] !== undefined) out[wire] = query[key];
  }
  return out;
}

// A body that echoes the credential must not carry it into the error (as with every error: see toApiError).
function unexpectedBody(response: Response, url: string, op: OperationMeta, body: unknown, problem: string, secrets: readonly string[]): ApiError {
  return toApiError(response, body, { method: op.method, url, secrets, problem });
}

/**
 * A call whose result is decided by its outcome, keeping `withRawResponse()`: `value` on success, else what
 * `onError` returns for the error (it throws the errors that stay errors). E.g. `verifyKey`: false on a 401.
 */
export function settle<T, R>(call: ApiPromise<T>, value: R, onError: (error: unknown) => R): ApiPromise<R> {
  return new ApiPromise(
    call.withRawResponse().then(
      (raw) => ({ ...raw, data: value }),
      (error: ApiError) => ({ data: onError(error), rawResponse: error.rawResponse, requestId: error.requestId }),
    ),
  );
}

/**
 * Iterates over every item of a paginated list, fetching pages as needed.
 * `fetchPage(cursor)` gets one page; `items` and `next` read its items and the next cursor.
 * A server that hands out a cursor it gave before (a repeated token, a page number that does not advance)
 * would keep the loop going forever, so that ends in a {@link VendorAuthError} instead.
 */
export async function* paginate<Page, Item, Cursor>(
  fetchPage: (cursor: Cursor | undefined) => Promise<Page>,
  items: (page: Page) => readonly Item[],
  next: (page: Page) => Cursor | undefined,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<Cursor>();
  let cursor: Cursor | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* items(page);
    cursor = next(page);
    if (cursor !== undefined && seen.has(cursor)) {
      throw new VendorAuthError(
        "Pagination stopped: the server sent a page cursor it had sent before, so the list would never end. " +
          "The items so far were yielded; page with list() to continue by hand, and report it to the vendor.",
      );
    }
    if (cursor !== undefined) seen.add(cursor);
  } while (cursor !== undefined);
}
