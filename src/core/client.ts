/**
 * What every vendor client is made of: an openapi-fetch client over our transport, and `call()`, which
 * runs one generated operation with camelCase in and out. Vendor folders only name their operations.
 */
import createClient, { type Client } from "openapi-fetch";
import { ApiError, headersRecord, scrub } from "./errors.js";
import { describeMismatch, fromWire, snakeCase, toWire, type OperationMeta } from "./shape.js";
import { createTransport, type Credential, type FetchLike, type RequestGate, type TransportConfig } from "./transport.js";

/** Options every client accepts. */
export interface ClientOptions {
  /** Override the vendor's default server (for a region, a proxy or a mock). */
  baseUrl?: string;
  /** Retries after the first attempt, for retryable failures. @default 2 */
  maxRetries?: number;
  /**
   * Longest `Retry-After` the client will sleep through. Past it the error is thrown at once, with
   * `retryAfterMs` set, so the caller decides. @default 60000
   */
  maxRetryAfterMs?: number;
  /** Time limit of each attempt, including reading the body. @default 60000 */
  timeoutMs?: number;
  /** A custom `fetch`. By default `globalThis.fetch`, looked up on every call. */
  fetch?: FetchLike;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** Options every method accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the request and any wait between retries. */
  signal?: AbortSignal;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** Path, query and body of one call, in camelCase (path parameters use wire names). */
export interface CallInput {
  path?: Record<string, string | number>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  /** Safe to repeat on 408/5xx/network errors although the method is not idempotent (e.g. an Idempotency-Key is sent). */
  idempotent?: boolean;
}

/** What a vendor client passes to {@link VendorCore}. */
export interface VendorCoreConfig extends ClientOptions {
  baseUrl: string;
  credential?: Credential | undefined;
  credentialHeader?: TransportConfig["credentialHeader"];
  onResponse?: TransportConfig["onResponse"];
  describeError?: TransportConfig["describeError"];
  isRetryable?: TransportConfig["isRetryable"];
  gate?: RequestGate | undefined;
  /** The error for an operation that needs a credential when the client has none. */
  missingCredential?: () => Error;
}

/** The shared machinery of a vendor client. */
export class VendorCore<Paths extends {} = any> {
  /** The typed openapi-fetch client, with the same credential, retries, timeouts and errors. */
  readonly http: Client<Paths>;
  private readonly transport: ReturnType<typeof createTransport>;
  private readonly missingCredential: (() => Error) | undefined;

  constructor(config: VendorCoreConfig) {
    this.missingCredential = config.credential ? undefined : config.missingCredential;
    this.transport = createTransport({
      fetch: config.fetch,
      maxRetries: config.maxRetries ?? 2,
      maxRetryAfterMs: config.maxRetryAfterMs ?? 60_000,
      timeoutMs: config.timeoutMs ?? 60_000,
      credential: config.credential,
      credentialHeader: config.credentialHeader,
      onResponse: config.onResponse,
      describeError: config.describeError,
      isRetryable: config.isRetryable,
      gate: config.gate,
    });
    const send = this.transport.send;
    this.http = createClient<Paths>({
      baseUrl: config.baseUrl,
      headers: config.headers,
      fetch: (request) => send(request),
    });
  }

  /** Runs one operation: checks and converts the input, sends it, checks and converts the answer. */
  async call<T>(op: OperationMeta, input: CallInput = {}, options: RequestOptions = {}): Promise<T> {
    if (op.auth && this.missingCredential) throw this.missingCredential();
    const body = input.body === undefined ? undefined : toWire(input.body, op.request, "body");
    const query = input.query ? queryToWire(input.query) : undefined;
    const settings = {
      maxRetries: options.maxRetries,
      timeoutMs: options.timeoutMs,
      idempotent: input.idempotent ?? op.idempotent,
      auth: op.auth,
    };
    const http = this.http as unknown as Client<any>;
    const { data, response } = await http.request(op.method.toLowerCase() as "get", op.path, {
      params: { path: input.path, query },
      body,
      headers: options.headers,
      signal: options.signal,
      parseAs: "text",
      fetch: (request: Request) => this.transport.send(request, settings),
    });
    if (!data) return undefined as T;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data as string);
    } catch {
      throw unexpectedBody(response, op, data as string, "expected JSON", this.transport.secrets);
    }
    const mismatch = describeMismatch(parsed, op.response);
    if (mismatch) throw unexpectedBody(response, op, parsed, mismatch, this.transport.secrets);
    return fromWire(parsed, op.response) as T;
  }
}

function queryToWire(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in query) if (query[key] !== undefined) out[snakeCase(key)] = query[key];
  return out;
}

function unexpectedBody(
  response: Response,
  op: OperationMeta,
  body: unknown,
  problem: string,
  secrets: readonly string[],
): ApiError {
  // A body that echoes the credential must not carry it into the error (as the transport's errors do).
  return new ApiError(
    scrub(
      {
        status: response.status,
        body,
        headers: headersRecord(response.headers),
        method: op.method,
        url: response.url,
        code: "unexpected_response",
        message: `The response body did not match the API description (${problem}). The vendor may have changed its API; please report it`,
      },
      secrets,
    ),
  );
}

/**
 * Iterates over every item of a paginated list, fetching pages as needed.
 * `fetchPage(cursor)` gets one page; `items` and `next` read its items and the next cursor.
 */
export async function* paginate<Page, Item, Cursor>(
  fetchPage: (cursor: Cursor | undefined) => Promise<Page>,
  items: (page: Page) => readonly Item[],
  next: (page: Page) => Cursor | undefined,
): AsyncGenerator<Item, void, undefined> {
  let cursor: Cursor | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* items(page);
    cursor = next(page);
  } while (cursor !== undefined);
}

