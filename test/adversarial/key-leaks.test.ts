/**
 * Every way a server (or a broken peer) can try to get the key into something a user logs: echoed in
 * the body, the headers, a parser error's `data`, a text body cut in the middle of the key, and a key
 * with bytes a header cannot hold, whose raw TypeError would repeat it. Each error is looked at the way
 * a logger would: `util.inspect` with hidden properties and the whole cause chain, `JSON.stringify`,
 * `String()` and the stack.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ConnectionError, VendorAuthError } from "../../src/agentmail/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";
import { leaks, optionsFor, vendors } from "./vendors.js";

const { http, raw } = useServers();

/** Everything a logger could print of `error`. */
function printed(error: unknown): string {
  const e = error as Error;
  return [inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error), String(error), e?.stack ?? ""].join("\n");
}

describe.each(vendors)("$name: nothing the peer sends back carries the key into an error", (vendor) => {
  it("a peer that echoes the request as its response (a parser error holding the request bytes)", async () => {
    const peer = await raw((socket, head) => {
      socket.end(`garbage ${head}`);
    });
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin))));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(leaks(printed(error), vendor.key)).toBe(false);
  });

  it("a peer that answers a valid status line then echoes the request as a header block", async () => {
    const peer = await raw((socket, head) => {
      socket.end(`HTTP/1.1 200 OK\r\n${head.replace(/\r\n\r\n$/, "")}\r\nbroken header line\r\n\r\n`);
    });
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin))));
    expect(leaks(printed(error), vendor.key)).toBe(false);
  });

  it.each([0, 150, 161, 165, 170, 175, 180, 190, 199, 200, 201, 400])("a text error body with the key at offset %i", async (offset) => {
    const api = await http((_, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(`${"x".repeat(offset)}${vendor.key}${"y".repeat(300)}`);
    });
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    expect(error).toBeInstanceOf(VendorAuthError);
    expect(leaks(printed(error), vendor.key)).toBe(false);
  });

  it("a text error body of whitespace runs around the key (the cut happens after collapsing)", async () => {
    const api = await http((_, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end(`${" \n".repeat(150)}${"a ".repeat(95)}${vendor.key}`);
    });
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    expect(leaks(printed(error), vendor.key)).toBe(false);
  });

  it("the key echoed in headers, JSON keys and values, nested and in a 2xx that breaks the spec", async () => {
    const api = await http((seen, response) => {
      const sent = String(seen.headers.authorization ?? seen.headers["x-api-key"]);
      sendJson(
        response,
        200,
        { [sent]: sent, nested: [{ deep: { deeper: sent } }] },
        {
          "x-echo": sent,
          "www-authenticate": `Bearer realm="${sent}"`,
          "set-cookie": `session=${sent}`,
        },
      );
    });
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    // The read expects a specific shape; a non-matching 2xx is an error that still must not hold the key.
    if (error !== undefined) expect(leaks(printed(error), vendor.key)).toBe(false);
  });

  it("the key echoed on a 401 with a Set-Cookie: no cookie header is kept on the error", async () => {
    const api = await http((seen, response) => {
      sendJson(
        response,
        401,
        { message: `bad key ${String(seen.headers.authorization ?? seen.headers["x-api-key"])}` },
        { "set-cookie": ["a=1", "b=2"] },
      );
    });
    const error = (await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))))) as { headers?: Record<string, string> };
    expect(error).toBeInstanceOf(VendorAuthError);
    expect(error.headers?.["set-cookie"]).toBeUndefined();
    expect(leaks(printed(error), vendor.key)).toBe(false);
  });
});

describe.each(vendors)("$name: a key a header cannot carry is refused at construction, without repeating it", (vendor) => {
  const bad = [
    ["CR LF", "\r\nX-Injected: 1"],
    ["LF", "\nX-Injected: 1"],
    ["NUL", "\u0000"],
    ["a non-Latin-1 character", "ключ"],
    ["a tab in the middle", "\tmore"],
  ];
  it.each(bad)("a key containing %s", async (_, insert) => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const key = `${vendor.key.slice(0, 12)}${insert}${vendor.key.slice(12)}`;
    const error = await outcome(vendor.read({ ...optionsFor(vendor, api.origin), apiKey: key }));
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as Error).message)).toMatch(/apiKey|key/);
    expect(leaks(printed(error), vendor.key)).toBe(false);
    expect(api.requests).toHaveLength(0);
  });
});

describe("errors without a response hold no key", () => {
  it.each(vendors)("$name: refused connection and timeout", async (vendor) => {
    const refused = await outcome(vendor.read(optionsFor(vendor, "http://127.0.0.1:9")));
    expect(leaks(printed(refused), vendor.key)).toBe(false);
    const silent = await http(() => {});
    const timedOut = await outcome(vendor.read(optionsFor(vendor, silent.origin, { timeoutMs: 50 })));
    expect(leaks(printed(timedOut), vendor.key)).toBe(false);
  });
});
