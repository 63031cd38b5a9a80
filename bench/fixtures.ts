/**
 * What every way of calling AgentMail is measured against: canned wire bodies built from the spec, and one
 * in-memory `fetch` that answers each request with a fresh `Response`, so no network and no MSW are timed.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** Where every client points; never contacted. */
export const BASE_URL = "https://api.agentmail.test";
/** A key with AgentMail's prefix, so our client accepts it. */
export const API_KEY = "am_bench_0123456789";

const spec = parse(readFileSync(new URL("../specs/agentmail.yaml", import.meta.url), "utf8")) as {
  components: { schemas: { ApiKeyPermissions: { properties: Record<string, unknown> } } };
};

/** The snake_case permission flags of `ApiKeyPermissions` (47 in the 2026-10-05 spec), in spec order. */
export const FLAGS: readonly string[] = Object.keys(spec.components.schemas.ApiKeyPermissions.properties);

/** `inbox_read` -> `inboxRead`, written out here so the bench does not lean on the code it measures. */
export const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The request: a name and three permissions, in the caller's camelCase and on the wire. */
export const CREATE_INPUT = { name: "bench key", permissions: { inboxRead: true, messageRead: true, draftRead: true } };
export const CREATE_WIRE = { name: "bench key", permissions: { inbox_read: true, message_read: true, draft_read: true } };

/** Every flag set, alternating true/false so both values are parsed. */
const wirePermissions = (): Record<string, boolean> => Object.fromEntries(FLAGS.map((flag, i) => [flag, i % 2 === 0]));

/** The create answer as the server sends it. */
export const CREATE_BODY = JSON.stringify({
  api_key_id: "key_0",
  api_key: "am_secret_0123456789abcdef",
  prefix: "am_secr",
  name: "bench key",
  permissions: wirePermissions(),
  created_at: "2026-01-02T03:04:05.000Z",
});

/** The number of keys in the usual list page, and in the large one. */
export const LIST_SIZE = 50;
export const LARGE_LIST_SIZE = 500;

// `type` and `updated_at` are required by the spec and by the official SDK 0.5.27 (it logs a validation
// failure per key and returns them unconverted without them).
/** One listed or read key as the server sends it. */
const wireKey = (i: number) => ({
  type: "bearer",
  api_key_id: `key_${i}`,
  prefix: `am_${String(i).padStart(4, "0")}`,
  name: `key number ${i}`,
  used_at: "2026-01-03T00:00:00.000Z",
  permissions: wirePermissions(),
  created_at: "2026-01-02T03:04:05.000Z",
  updated_at: "2026-01-02T03:04:05.000Z",
});

/** A list page of `size` keys as the server sends it. */
const listBody = (size: number): string => JSON.stringify({ count: size, api_keys: Array.from({ length: size }, (_, i) => wireKey(i)) });

/** The list answers as the server sends them. */
export const LIST_BODY = listBody(LIST_SIZE);
export const LARGE_LIST_BODY = listBody(LARGE_LIST_SIZE);
/** The `get` answer: key 7. */
export const KEY_BODY = JSON.stringify(wireKey(7));

/** Set by {@link captureRequests}; `undefined` in the timed path, so capturing costs one comparison. */
let captured: Array<Promise<{ method: string; url: string; body: string }>> | undefined;

/**
 * The one fetch every way gets: a fresh `Response` per call (a body can be read once), chosen by method
 * and URL. It accepts both call styles (`fetch(request)` from openapi-fetch, `fetch(url, init)` from the rest).
 */
export function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : undefined;
  const method = init?.method ?? request?.method ?? "GET";
  const url = request ? request.url : String(input);
  if (captured) {
    const copy = new Request(input, init);
    captured.push(copy.text().then((body) => ({ method: copy.method, url: copy.url, body })));
  }
  if (method === "DELETE") return Promise.resolve(new Response(null, { status: 204 }));
  const body =
    method === "POST" ? CREATE_BODY : url.includes("/api-keys/") ? KEY_BODY : url.includes(`limit=${LARGE_LIST_SIZE}`) ? LARGE_LIST_BODY : LIST_BODY;
  return Promise.resolve(new Response(body, { status: 200, headers: { "content-type": "application/json" } }));
}

/** Runs `fn` while recording what `fakeFetch` was sent (method, URL and body text). */
export async function captureRequests(fn: () => Promise<unknown>): Promise<Array<{ method: string; url: string; body: string }>> {
  captured = [];
  try {
    await fn();
    return await Promise.all(captured);
  } finally {
    captured = undefined;
  }
}
