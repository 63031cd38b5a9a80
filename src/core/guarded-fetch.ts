/**
 * One attempt on the wire, with the two guards `fetch` lacks. Redirects are followed here, not by fetch:
 * same-origin ones with the body sent again (a 303, and a 301/302 after a POST, become a GET), any other
 * refused, because fetch strips only `Authorization` on a cross-origin hop and would hand an `x-api-key`
 * to whoever the Location names. And the body is read against a byte cap, counted on the decoded bytes as
 * they stream, so an endless body or a compression bomb stops at the cap instead of filling memory.
 */
import type { FetchLike } from "./transport.js";

/** Statuses whose Location we follow. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Hops before a chain counts as a loop (fetch allows 20; an API needs one or two). */
export const MAX_REDIRECTS = 10;

/** Why an attempt was stopped by a guard; the transport turns it into the public error. */
export class GuardStop extends Error {
  constructor(
    readonly kind: "redirect" | "too-large",
    message: string,
    readonly response: Response,
  ) {
    super(message);
  }
}

/** What one guarded attempt sends. */
export interface GuardedInit {
  method: string;
  headers: Headers;
  body?: string | ArrayBuffer | undefined;
  signal: AbortSignal;
}

/** The final response, its body (read within the cap) and the URL it came from. */
export interface GuardedResult {
  response: Response;
  bytes: ArrayBuffer;
  url: string;
}

/** Sends `init` to `url`, follows same-origin redirects, and reads the final body within `maxBytes`. */
export async function guardedFetch(fetchImpl: FetchLike, url: string, init: GuardedInit, maxBytes: number): Promise<GuardedResult> {
  let { method, body, headers } = init;
  let current = url;
  for (let hop = 0; ; hop++) {
    // A fresh copy each hop: a body handed to fetch may be detached once sent.
    const sent = typeof body === "string" || body === undefined ? body : body.slice(0);
    const response = await fetchImpl(current, { method, headers, body: sent, redirect: "manual", signal: init.signal });
    if (response.type === "opaqueredirect") {
      throw new GuardStop(
        "redirect",
        "The server answered with a redirect this runtime hides from scripts; it was not followed. Point baseUrl at the final address.",
        response,
      );
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
    if (location === null) return { response, bytes: await readCapped(response, maxBytes), url: current };
    await response.body?.cancel().catch(() => {});
    const next = parseLocation(location, current);
    const from = new URL(current);
    if (!next || next.origin !== from.origin) {
      const where = next && /^https?:$/.test(next.protocol) ? `another origin (${next.origin})` : "an address that is not this API's";
      throw new GuardStop(
        "redirect",
        `The server redirected (${response.status}) to ${where}; cross-origin redirects are not followed, so the credential never leaves the API's origin. If the API moved, set baseUrl to its new address.`,
        response,
      );
    }
    if (hop + 1 >= MAX_REDIRECTS) {
      throw new GuardStop("redirect", `The server redirected more than ${MAX_REDIRECTS} times in a row; stopped to avoid a loop.`, response);
    }
    if (response.status === 303 ? method !== "HEAD" : response.status !== 307 && response.status !== 308 && method === "POST") {
      method = "GET";
      body = undefined;
      // Copied only here (a Headers per call showed in profiles): the caller's stay whole for its retries.
      headers = new Headers(headers);
      headers.delete("content-type");
      headers.delete("content-length");
    }
    current = next.href;
  }
}

function parseLocation(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** Reads `response`'s body, stopping as soon as more than `maxBytes` (decoded) have arrived. */
async function readCapped(response: Response, maxBytes: number): Promise<ArrayBuffer> {
  const tooLarge = () =>
    new GuardStop(
      "too-large",
      `The response body is larger than maxResponseBytes (${maxBytes} bytes); reading stopped there. Raise maxResponseBytes if this answer is expected to be that large.`,
      response,
    );
  const declared = response.headers.get("content-encoding") ? Number.NaN : Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new ArrayBuffer(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}
