/**
 * Every request's way out, for the wrapper methods and `vendor-auth/http` alike: credential, per-attempt
 * timeout, retries with `Retry-After`, cancellation, and typed errors for every non-2xx answer.
 * openapi-fetch itself has no retry by design, and this is the one place that sees every attempt.
 */
import { isAbortSignal, linkSignal } from "./abort.js";
import { AbortError, ConnectionError, TimeoutError, createApiError, type ApiError, type ErrorReader } from "./errors.js";
import type { EnvelopeReader } from "./envelopes.js";
import { GuardStop, guardedFetch } from "./guarded-fetch.js";
import { plainCause } from "./plain-cause.js";
import { headersRecord, scrub } from "./redact.js";
import { createLog, redactHeaders, type LogLevel, type Logger } from "./log.js";
import { decodeErrorBody, toApiError } from "./response-error.js";
import { backoffMs, isIdempotentMethod, isRetryableStatus, parseRetryAfter, sleep } from "./retry.js";

/** The subset of `fetch` the SDK calls. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Where the credential comes from: every vendor we cover issues static keys, so it is read synchronously. */
export interface Credential {
  /** The token to send. */
  getToken(): string;
}

/** Waits until a request may be sent (a client-side rate limiter). */
export interface RequestGate {
  /**
   * Resolves when the request may start, with a function to call once its response has arrived, or with
   * `sent: false` when it failed before anything was sent (the slot is then given back whole).
   */
  acquire(signal?: AbortSignal): Promise<(sent?: boolean) => void>;
}

/** Client-wide transport settings, already checked and defaulted (`maxRetries`, `timeoutMs` serve `http`). */
export interface TransportConfig {
  /** A custom fetch; `globalThis.fetch` is looked up on every call so mocks installed later still apply. */
  fetch?: FetchLike | undefined;
  maxRetries: number;
  maxRetryAfterMs: number;
  timeoutMs: number;
  maxResponseBytes: number;
  credential?: Credential | undefined;
  /** Header that carries the credential. @default "authorization" (as `Bearer <token>`) */
  credentialHeader?: "authorization" | "x-api-key" | undefined;
  /** Sees every response (for deprecation headers and the like). */
  onResponse?: ((response: Response) => void) | undefined;
  /** The envelope readers of the vendor's error bodies (`./envelopes.ts`). */
  errorEnvelopes?: readonly EnvelopeReader[] | undefined;
  /** Reads vendor-specific facts from an error body. */
  readError?: ErrorReader | undefined;
  /** Vetoes a retry the status alone would allow (e.g. a 429 for a monthly quota). */
  isRetryable?: ((error: ApiError) => boolean) | undefined;
  gate?: RequestGate | undefined;
  /** What to log (see log.ts). @default VENDOR_AUTH_LOG, else "warn" */
  logLevel?: LogLevel | undefined;
  /** Where to log. @default console */
  logger?: Logger | undefined;
}

/** Per-request settings, settled by the caller. */
export interface AttemptSettings {
  maxRetries: number;
  timeoutMs: number;
  maxResponseBytes: number;
  /** The operation is safe to repeat although its method is not idempotent. */
  idempotent?: boolean | undefined;
  /** Send the credential. @default true */
  auth?: boolean | undefined;
}

/** One request as the transport sends it: `headers` is owned by the transport, which adds the credential. */
export interface ExchangeInit {
  method: string;
  headers: Headers;
  /** Sent again as is on every attempt, so never a stream. */
  body?: string | ArrayBuffer | undefined;
  signal?: AbortSignal | null | undefined;
}

/** A 2xx response and its body, already read. */
export interface Exchange {
  response: Response;
  bytes: ArrayBuffer;
}

/**
 * Creates the transport for one client: `exchange(url, init, settings)` sends one call with its retries;
 * `vendor-auth/http` wraps it in the `fetch` it gives openapi-fetch.
 */
export function createTransport(config: TransportConfig) {
  // Every token sent is remembered so that no error can ever repeat it.
  const secrets: string[] = [];
  const log = createLog(config.logLevel, config.logger, secrets);

  function authorize(headers: Headers): void {
    const token = config.credential?.getToken();
    if (!token) return;
    if (!secrets.includes(token)) secrets.push(token);
    if (config.credentialHeader === "x-api-key") headers.set("x-api-key", token);
    else headers.set("authorization", `Bearer ${token}`);
  }

  /** One attempt, redirects and body included, within `timeoutMs`; `signal` is the call's own (linked) signal, if any. */
  async function attempt(url: string, init: ExchangeInit, settings: AttemptSettings, signal: AbortSignal | undefined): Promise<Exchange> {
    const { timeoutMs } = settings;
    const controller = new AbortController();
    let timedOut = false;
    let rejectAbort!: (reason: unknown) => void;
    const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
    aborted.catch(() => {});
    const abort = (): void => {
      controller.abort();
      rejectAbort(undefined);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      abort();
    }, timeoutMs);
    signal?.addEventListener("abort", abort, { once: true });
    try {
      const fetchImpl = config.fetch ?? globalThis.fetch;
      const sending = guardedFetch(fetchImpl, url, { ...init, signal: controller.signal }, settings.maxResponseBytes);
      // Racing the abort as well covers fetch implementations and response bodies that ignore the signal.
      const { response, bytes } = await Promise.race([sending, aborted]);
      return { response, bytes };
    } catch (cause) {
      if (signal?.aborted) throw new AbortError({ cause: signal.reason });
      if (timedOut) throw new TimeoutError(init.method, url, timeoutMs);
      if (cause instanceof GuardStop) throw stopped(cause, init.method, url);
      // Only class, code and message survive: a parser error's `data` can hold the request we sent.
      throw new ConnectionError(init.method, url, { cause: plainCause(cause, secrets) });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
    }
  }

  /** The error for an attempt a guard stopped: a refused redirect or a body past the cap. */
  function stopped(stop: GuardStop, method: string, url: string): ApiError {
    const { response } = stop;
    return createApiError(
      scrub(
        {
          status: response.status,
          code: stop.kind === "redirect" ? "redirect_refused" : "response_too_large",
          message: stop.message,
          body: undefined,
          headers: headersRecord(response.headers),
          method,
          url,
        },
        secrets,
      ),
    );
  }

  /**
   * Sends one request, retrying as the policy allows; resolves with a 2xx response and its body, read in
   * full inside the attempt (so the timeout covers it). `init.headers` is ours to change (the credential).
   */
  async function exchange(url: string, init: ExchangeInit, settings: AttemptSettings): Promise<Exchange> {
    if (init.signal != null && !isAbortSignal(init.signal)) throw new TypeError("signal must be an AbortSignal (e.g. AbortSignal.timeout(5000)).");
    // One listener on the caller's signal for the whole call, however many attempts and waits it takes.
    const linked = linkSignal(init.signal);
    try {
      return await run(url, init, settings, linked.signal);
    } finally {
      linked.unlink();
    }
  }

  async function run(url: string, init: ExchangeInit, settings: AttemptSettings, signal: AbortSignal | undefined): Promise<Exchange> {
    const { method, headers } = init;
    const { maxRetries } = settings;
    const idempotent = settings.idempotent ?? isIdempotentMethod(method);
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new AbortError({ cause: signal.reason });
      const started = Date.now();
      const trace = (result: unknown, response?: Response): void =>
        log.debug?.(`${method} ${url} (attempt ${retry + 1} of ${maxRetries + 1}): ${result} in ${Date.now() - started} ms`, {
          request: redactHeaders(headers),
          response: response && redactHeaders(response.headers),
        });
      const retrying = (delay: number, why: unknown): void => log.info?.(`retrying ${method} ${url} in ${delay} ms after ${why}`);
      const release = await config.gate?.acquire(signal).catch((reason: unknown) => {
        throw new AbortError({ cause: reason });
      });
      if (settings.auth !== false) {
        try {
          authorize(headers);
        } catch (error) {
          release?.(false);
          throw error;
        }
      }
      let outcome: Exchange;
      try {
        outcome = await attempt(url, init, settings, signal);
      } catch (error) {
        release?.();
        trace((error as Error).name);
        if (error instanceof AbortError || !idempotent || retry >= maxRetries) throw error;
        const delay = backoffMs(retry);
        retrying(delay, (error as Error).name);
        await wait(delay, signal);
        continue;
      }
      release?.();
      const { response, bytes } = outcome;
      trace(response.status, response);
      config.onResponse?.(response);
      if (response.ok) return outcome;
      const asked = parseRetryAfter(response.headers);
      const error = toApiError(response, decodeErrorBody(bytes), {
        method,
        url,
        secrets,
        errorEnvelopes: config.errorEnvelopes,
        readError: config.readError,
        retryAfterMs: asked,
      });
      if (!isRetryableStatus(error.status, idempotent) || retry >= maxRetries) throw error;
      if (config.isRetryable && !config.isRetryable(error)) throw error;
      if (asked !== undefined && asked > config.maxRetryAfterMs) {
        log.warn?.(`${method} ${url}: not retried, Retry-After ${asked} ms > maxRetryAfterMs`);
        throw error;
      }
      const delay = asked ?? backoffMs(retry);
      retrying(delay, asked === undefined ? error.status : `${error.status} (Retry-After)`);
      await wait(delay, signal);
    }
  }

  return { exchange, secrets: secrets as readonly string[] };
}

async function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    throw new AbortError({ cause: reason });
  }
}

/** The transport returned by {@link createTransport}. */
export type Transport = ReturnType<typeof createTransport>;
