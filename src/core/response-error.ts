/**
 * The one path from a response to our error: a failed status and a 2xx body that breaks the spec alike
 * get the same fields (request id, headers, retry delay), scrubbed of every token sent.
 */
import { parseErrorBody } from "./error-body.js";
import type { EnvelopeReader } from "./envelopes.js";
import { createApiError, type ApiError, type ErrorDetails, type ErrorReader } from "./errors.js";
import { headersRecord, scrub } from "./redact.js";

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];
const utf8Decoder = new TextDecoder();

/** What is known about the request and the client when a response becomes an error. */
export interface ErrorContext {
  method: string;
  url: string;
  /** Every token sent so far: none may appear in the error. */
  secrets: readonly string[];
  /** The envelopes the vendor's error bodies use, read after the core's plain `message` and `code`. */
  errorEnvelopes?: readonly EnvelopeReader[] | undefined;
  /** The vendor's own reading of error bodies. */
  readError?: ErrorReader | undefined;
  /** The server's `Retry-After`, already parsed. */
  retryAfterMs?: number | undefined;
  /** Set for a 2xx whose body is not what the spec promises: what is wrong with it. */
  problem?: string | undefined;
}

/** The id the vendor gave a request, from the first request-id header it sent. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const id = headers.get(name);
    if (id) return id;
  }
  return undefined;
}

/** An error body as kept on the error: JSON when it parses, else the text (`""` when empty). */
export function decodeErrorBody(bytes: ArrayBuffer): unknown {
  const text = utf8Decoder.decode(bytes);
  try {
    return text ? JSON.parse(text) : "";
  } catch {
    return text; // Not JSON: parseErrorBody says so in the message.
  }
}

/**
 * Our error for `response`: of the class its status picks, or for a broken 2xx (`context.problem`) an
 * `ApiError` with code `unexpected_response`.
 */
export function toApiError(response: Response, raw: unknown, context: ErrorContext): ApiError {
  const { status, headers } = response;
  // Scrubbed before the message is cut from it: a key straddling the 200-character cut would survive in part.
  const body = scrub(raw, context.secrets);
  return createApiError(
    scrub(
      {
        ...readDetails(status, body, context),
        status,
        response: { statusText: response.statusText, redirected: response.redirected, type: response.type },
        body,
        headers: headersRecord(headers),
        method: context.method,
        url: context.url,
        requestId: requestIdOf(headers),
        retryAfterMs: context.retryAfterMs,
      },
      context.secrets,
    ),
  );
}

function readDetails(status: number, body: unknown, { problem, errorEnvelopes, readError }: ErrorContext): ErrorDetails {
  if (problem !== undefined) {
    return {
      code: "unexpected_response",
      message: `The response body did not match the API description (${problem}). The vendor may have changed its API; please report it`,
    };
  }
  const shared = parseErrorBody(body, status, errorEnvelopes);
  const own = readError?.(shared, body, status);
  return own ? { ...shared, ...own } : shared;
}
