/**
 * `vendor-auth/http`: the typed openapi-fetch client of any vendor client, for every operation without a
 * wrapper. Its own entry, so a bundle that never asks for it carries neither openapi-fetch's
 * `createClient` nor the `Request`/`Response` plumbing it needs (see README "Raw requests").
 */
import createClient, { type Client } from "openapi-fetch";
import { callerSignal, signalAsideRequest } from "./core/abort.js";
import { segmentPathSerializer } from "./core/path.js";
import { coreOf, type VendorClient, type VendorOptions } from "./core/vendor.js";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const made = new WeakMap<object, unknown>();

/**
 * The openapi-fetch client over `client`'s transport: same base URL, headers, credential, retries,
 * timeouts and typed errors, but snake_case and unchecked, as the spec's `paths` describe. One per client.
 *
 * @example
 * const http = httpClient(new AgentMailClient());
 * const { data } = await http.GET("/v0/api-keys/{api_key_id}", { params: { path: { api_key_id: "k" } } });
 */
export function httpClient<Paths extends {}>(client: VendorClient<Paths, VendorOptions>): Client<Paths> {
  let http = made.get(client) as Client<Paths> | undefined;
  if (!http) {
    const { baseUrl, headers, exchange, settings } = coreOf(client).raw();
    http = createClient<Paths>({
      baseUrl,
      headers,
      pathSerializer: segmentPathSerializer,
      Request: signalAsideRequest(),
      // Unpacks openapi-fetch's Request, runs the transport, and hands back a Response whose body is in memory.
      fetch: async (request: Request) => {
        const { method, url } = request;
        // Buffered once so every attempt can send it again.
        const body = request.body ? await request.arrayBuffer() : undefined;
        const init = { method, headers: new Headers(request.headers), body, signal: callerSignal(request) };
        const { response, bytes } = await exchange(url, init, settings);
        const ok = new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, response);
        Object.defineProperty(ok, "url", { value: url });
        return ok;
      },
    });
    made.set(client, http);
  }
  return http;
}

export type { Client } from "openapi-fetch";
