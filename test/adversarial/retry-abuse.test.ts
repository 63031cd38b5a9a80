/**
 * A server steering our retry loop: `Retry-After` on statuses that must never be repeated, on a
 * key-minting POST, on a 2xx; odd 3xx statuses that are not redirects; and an endpoint that needs no
 * credential (sign-up), which must not receive the one the client holds.
 */
import { describe, expect, it } from "vitest";
import { AgentMailClient, ApiError, VendorAuthError } from "../../src/agentmail/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";
import { optionsFor, vendors, writers } from "./vendors.js";

const { http } = useServers();

describe.each(vendors)("$name: Retry-After where no retry is allowed", (vendor) => {
  it.each([400, 401, 402, 403, 404, 409, 422, 501])("%i with Retry-After: 0 is sent once", async (status) => {
    const api = await http((_, response) => sendJson(response, status, { message: "no", error: "no" }, { "retry-after": "0" }));
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin, { maxRetries: 5 }))));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(status);
    expect(api.requests).toHaveLength(1);
  });

  it("a 2xx with Retry-After is a success, sent once", async () => {
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody, { "retry-after": "0" }));
    await within(5_000, vendor.read(optionsFor(vendor, api.origin, { maxRetries: 5 })));
    expect(api.requests).toHaveLength(1);
  });

  it.each([300, 304])("a %i that is not a redirect ends in our error, sent once", async (status) => {
    const api = await http((_, response) => void response.writeHead(status).end());
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin, { maxRetries: 5 }))));
    expect(error).toBeInstanceOf(VendorAuthError);
    expect(api.requests).toHaveLength(1);
  });
});

describe.each(writers)("$name: a write that may have been processed is never repeated", (vendor) => {
  it.each([500, 502, 503, 504, 408])("%i with Retry-After: 0 on the write is sent once", async (status) => {
    const api = await http((_, response) => sendJson(response, status, { message: "maybe", error: "maybe" }, { "retry-after": "0" }));
    const error = await within(5_000, outcome(vendor.write(optionsFor(vendor, api.origin, { maxRetries: 5 }))));
    expect(error).toBeInstanceOf(ApiError);
    expect(api.requests).toHaveLength(1);
  });

  it("a connection reset after the write was received is not repeated", async () => {
    const api = await http((_, response) => void response.socket?.destroy());
    const error = await within(5_000, outcome(vendor.write(optionsFor(vendor, api.origin, { maxRetries: 5 }))));
    expect(error).toBeInstanceOf(VendorAuthError);
    expect(api.requests).toHaveLength(1);
  });
});

describe("an operation that needs no credential never receives one", () => {
  it("AgentMail agent.signUp() sends no Authorization although the client holds a key", async () => {
    const api = await http((_, response) => sendJson(response, 200, { organization_id: "o", inbox_id: "i", api_key: "am_new" }));
    const key = "am_live_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH";
    await new AgentMailClient({ apiKey: key, baseUrl: api.origin }).agent.signUp({ humanEmail: "h@example.com", username: "u" });
    expect(api.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(api.requests[0]!.headers)).not.toContain(key);
  });
});
