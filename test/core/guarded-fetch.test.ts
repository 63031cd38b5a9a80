/**
 * The attempt-level pieces of the transport, tested directly: the guarded fetch's redirect handling of
 * the headers it is given, and the signal linking that a call without a caller's signal skips.
 */
import { describe, expect, test, vi } from "vitest";
import { linkSignal } from "../../src/core/abort.js";
import { guardedFetch } from "../../src/core/guarded-fetch.js";

const URL_A = "https://api.test/v0/keys";

/** A fetch that answers from `answers` in turn and records what it was sent. */
function scriptedFetch(...answers: Response[]) {
  const sent: Array<{ url: string; method: string; contentType: string | null; body: unknown }> = [];
  const fetchImpl = vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, method: String(init.method), contentType: new Headers(init.headers).get("content-type"), body: init.body });
    return answers.shift()!;
  });
  return { fetchImpl, sent };
}

const jsonInit = () => ({
  method: "POST",
  headers: new Headers({ "content-type": "application/json", authorization: "Bearer t" }),
  body: '{"a":1}',
  signal: new AbortController().signal,
});

describe("guardedFetch", () => {
  test("a 303 after a POST is followed as a GET without body or content type", async () => {
    const { fetchImpl, sent } = scriptedFetch(new Response(null, { status: 303, headers: { location: "/v0/other" } }), new Response("{}"));
    const result = await guardedFetch(fetchImpl, URL_A, jsonInit(), 1_000);
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([`POST ${URL_A}`, "GET https://api.test/v0/other"]);
    expect(sent[1]).toMatchObject({ contentType: null, body: undefined });
    expect(result.url).toBe("https://api.test/v0/other");
  });

  test("the caller's headers are left whole by a redirect that drops the content type, so a retry sends them again", async () => {
    const { fetchImpl } = scriptedFetch(new Response(null, { status: 303, headers: { location: "/v0/other" } }), new Response("{}"));
    const init = jsonInit();
    await guardedFetch(fetchImpl, URL_A, init, 1_000);
    expect(init.headers.get("content-type")).toBe("application/json");
    expect(init.headers.get("authorization")).toBe("Bearer t");
  });

  test("without a redirect the request goes out with the caller's headers and body as given", async () => {
    const { fetchImpl, sent } = scriptedFetch(new Response('{"ok":true}'));
    const result = await guardedFetch(fetchImpl, URL_A, jsonInit(), 1_000);
    expect(sent).toEqual([{ url: URL_A, method: "POST", contentType: "application/json", body: '{"a":1}' }]);
    expect(new TextDecoder().decode(result.bytes)).toBe('{"ok":true}');
  });
});

describe("linkSignal", () => {
  test("without a caller's signal there is nothing to link and no signal is made", () => {
    for (const none of [undefined, null]) {
      const linked = linkSignal(none);
      expect(linked.signal).toBeUndefined();
      expect(() => linked.unlink()).not.toThrow();
    }
  });

  test("a linked signal aborts with the caller's reason, and stops following it once unlinked", () => {
    const caller = new AbortController();
    const first = linkSignal(caller.signal);
    const second = linkSignal(caller.signal);
    second.unlink();
    caller.abort(new Error("shutting down"));
    expect(first.signal?.aborted).toBe(true);
    expect(first.signal?.reason).toEqual(new Error("shutting down"));
    expect(second.signal?.aborted).toBe(false);
  });

  test("an already aborted caller's signal gives an aborted signal with its reason", () => {
    const linked = linkSignal(AbortSignal.abort("gone"));
    expect(linked.signal?.aborted).toBe(true);
    expect(linked.signal?.reason).toBe("gone");
  });
});
