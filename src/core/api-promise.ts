/**
 * What every method returns: a promise of the result that can also give the response it came from, as the
 * official AgentMail SDK's methods do (`.withRawResponse()`). Vendor-neutral, so all four vendors have it.
 */

/** The response a result came from, without its body (already read): the fields of a `Response` that are data. */
export interface RawResponse {
  readonly status: number;
  readonly statusText: string;
  /** The response headers (of an error: scrubbed of every token the client sent). */
  readonly headers: Headers;
  /** The URL requested. */
  readonly url: string;
  readonly redirected: boolean;
  readonly type: ResponseType;
}

/** A result with the response it came from. */
export interface WithRawResponse<T> {
  readonly data: T;
  readonly rawResponse: RawResponse;
  /** The id the vendor gave the request (`x-request-id` and similar), for support tickets; `undefined` when it sent none. */
  readonly requestId: string | undefined;
}

/**
 * A `Promise<T>` of a call's result with {@link ApiPromise.withRawResponse} beside it. The request starts
 * at once; awaiting either the promise or `withRawResponse()` is enough, and awaiting only one never leaves
 * the other to reject unhandled (the result is derived only when `then` is called).
 */
export class ApiPromise<T> extends Promise<T> {
  /** Derived promises (`then`, `catch`, `finally`) are plain Promises, so chaining never reaches our constructor. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #raw: Promise<WithRawResponse<T>>;
  #data: Promise<T> | undefined;

  /** Wraps a running call; `raw` settles with the result and its response. */
  constructor(raw: Promise<WithRawResponse<T>>) {
    // The promise's own slot is never used: `then` below answers for it, so it stays pending.
    super(() => {});
    this.#raw = raw;
  }

  /** The result together with the response it came from (`status`, `headers`, ...) and the vendor's request id. */
  withRawResponse(): Promise<WithRawResponse<T>> {
    return this.#raw;
  }

  // biome-ignore lint/suspicious/noThenProperty: a promise's `then`, answering for the slot the constructor leaves pending
  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: as in Promise's own signature, so handlers typed `(error: Error) => ...` still fit
    onRejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#data ??= this.#raw.then((result) => result.data);
    return this.#data.then(onFulfilled, onRejected);
  }
}

/** The {@link RawResponse} of `response`, a response to `url` (a custom `fetch` may leave `response.url` empty). */
export function toRawResponse(response: Response, url: string): RawResponse {
  const { status, statusText, headers, redirected, type } = response;
  return { status, statusText, headers, url: response.url || url, redirected, type };
}
