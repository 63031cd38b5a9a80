/**
 * Redirects, as a hostile or compromised server would use them: to hand the credential to another
 * origin, to downgrade or change scheme, to loop, and (honestly) to move a resource. `fetch` strips only
 * `Authorization` on a cross-origin hop, so an `x-api-key` would follow; and a 307/308 with a buffered
 * body used to fail on a detached ArrayBuffer.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { VendorAuthError } from "../../src/agentmail/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";
import { leaks, optionsFor, vendors, writers } from "./vendors.js";

const { http } = useServers();
const STATUSES = [301, 302, 303, 307, 308];

/** Every header value a server saw, as one string, to look for the key in. */
const allHeaders = (headers: Record<string, unknown>) => JSON.stringify(headers);

describe.each(vendors)("$name: a cross-origin redirect never carries the credential", (vendor) => {
  it.each(STATUSES)("%i to another origin: the other origin never sees the key", async (status) => {
    const elsewhere = await http((_, response) => sendJson(response, 200, vendor.readBody));
    const api = await http((seen, response) => {
      response.writeHead(status, { location: `${elsewhere.origin}/steal${seen.target}` }).end();
    });
    const result = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    for (const seen of elsewhere.requests) {
      expect(leaks(allHeaders(seen.headers), vendor.key)).toBe(false);
      expect(leaks(seen.target, vendor.key)).toBe(false);
      expect(seen.headers["x-api-key"]).toBeUndefined();
      expect(seen.headers.authorization).toBeUndefined();
    }
    // Refusing is as good as following without the credential; either way nothing leaks into the error.
    if (result !== undefined) {
      expect(result).toBeInstanceOf(VendorAuthError);
      expect(leaks(inspect(result, { depth: 10, showHidden: true }), vendor.key)).toBe(false);
    }
  });

  it("a Location that carries the key back in its query does not put it in the error", async () => {
    const api = await http((seen, response) => {
      const location = `http://localhost:1/x?stolen=${encodeURIComponent(String(seen.headers.authorization ?? seen.headers["x-api-key"]))}`;
      response.writeHead(302, { location }).end();
    });
    const result = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    expect(result).toBeInstanceOf(VendorAuthError);
    expect(leaks(inspect(result, { depth: 10, showHidden: true }), vendor.key)).toBe(false);
    expect(leaks(JSON.stringify(result), vendor.key)).toBe(false);
  });
});

describe.each(vendors)("$name: hostile redirect targets", (vendor) => {
  it.each(["file:///etc/passwd", "data:application/json,{}", "javascript:alert(1)", "ftp://127.0.0.1/x"])(
    "a redirect to %s ends in our error, not a fetch of it",
    async (location) => {
      const api = await http((_, response) => void response.writeHead(302, { location }).end());
      const result = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
      expect(result).toBeInstanceOf(VendorAuthError);
    },
  );

  it("a redirect loop ends within a bounded number of hops, in our error", async () => {
    const api = await http((seen, response) => void response.writeHead(307, { location: `${seen.target.split("?")[0]}?hop=${Math.random()}` }).end());
    const result = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    expect(result).toBeInstanceOf(VendorAuthError);
    expect(api.requests.length).toBeLessThanOrEqual(21);
  });

  it("a Set-Cookie on the redirect is not sent back on the next hop", async () => {
    let hop = 0;
    const api = await http((seen, response) => {
      hop += 1;
      if (hop === 1) return void response.writeHead(307, { location: seen.target, "set-cookie": "session=planted; Path=/" }).end();
      sendJson(response, 200, vendor.readBody);
    });
    await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
    for (const seen of api.requests) expect(seen.headers.cookie).toBeUndefined();
  });
});

describe.each(writers)("$name: a same-origin move of a request with a body", (vendor) => {
  it.each([307, 308])("%i re-sends the same method and body and succeeds", async (status) => {
    const api = await http((seen, response) => {
      if (!seen.target.startsWith("/moved")) return void response.writeHead(status, { location: `/moved${seen.target}` }).end();
      sendJson(response, 200, vendor.writeBody);
    });
    const result = await within(5_000, outcome(vendor.write(optionsFor(vendor, api.origin))));
    expect(result).toBeUndefined();
    expect(api.requests).toHaveLength(2);
    const [first, second] = api.requests;
    expect(second!.method).toBe(first!.method);
    expect(second!.body).toBe(first!.body);
    expect(second!.body.length).toBeGreaterThan(0);
    // Same origin: the credential still goes with it.
    expect(leaks(allHeaders(second!.headers), vendor.key)).toBe(true);
  });

  it("303 turns the request into a GET without a body", async () => {
    const api = await http((seen, response) => {
      if (!seen.target.startsWith("/moved")) return void response.writeHead(303, { location: `/moved${seen.target}` }).end();
      sendJson(response, 200, vendor.writeBody);
    });
    const result = await within(5_000, outcome(vendor.write(optionsFor(vendor, api.origin))));
    expect(result).toBeUndefined();
    expect(api.requests.map((seen) => seen.method)).toEqual([vendor.writeMethod, "GET"]);
    expect(api.requests[1]!.body).toBe("");
    expect(api.requests[1]!.headers["content-type"]).toBeUndefined();
  });
});
