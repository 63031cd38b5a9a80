/**
 * A credential that comes from a token provider (CallMissed's `getAccessToken`) must obey the call's
 * signal and timeout while the provider runs: an aborted call sends nothing (a POST that mints a key must
 * not go out after the caller gave up), and a provider that never settles cannot hang a call.
 */
import { describe, expect, it } from "vitest";
import { AbortError, CallMissedClient, TimeoutError } from "../../src/callmissed/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";

const { http } = useServers();
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

async function minting() {
  return http((_, response) => sendJson(response, 201, { id: "k1", name: "n", key: "cm_minted" }));
}

const create = (client: CallMissedClient, options: Record<string, unknown>) =>
  (client.http as unknown as { POST(path: string, init: object): Promise<unknown> }).POST("/api/v1/keys", { body: { name: "n" }, ...options });

describe("a token provider is raced against the call's signal and timeout", () => {
  it("aborting while the provider is pending sends nothing and ends in AbortError at once", async () => {
    const api = await minting();
    let release!: (token: string) => void;
    const client = new CallMissedClient({ baseUrl: api.origin, getAccessToken: () => new Promise<string>((resolve) => (release = resolve)) });
    const controller = new AbortController();
    const call = outcome(create(client, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await within(1_000, call)).toBeInstanceOf(AbortError);
    release(TOKEN);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).toHaveLength(0);
  });

  it("a provider that never settles ends the call at timeoutMs", async () => {
    const api = await minting();
    const client = new CallMissedClient({ baseUrl: api.origin, timeoutMs: 100, getAccessToken: () => new Promise<string>(() => {}) });
    expect(await within(2_000, outcome(create(client, {})))).toBeInstanceOf(TimeoutError);
    expect(api.requests).toHaveLength(0);
  });

  it("the provider is given the call's signal, so it can stop its own work", async () => {
    const api = await minting();
    let given: AbortSignal | undefined;
    const client = new CallMissedClient({
      baseUrl: api.origin,
      getAccessToken: (options) => {
        given = (options as { signal?: AbortSignal }).signal;
        return new Promise<string>(() => {});
      },
    });
    const controller = new AbortController();
    const call = outcome(create(client, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await within(1_000, call);
    expect(given).toBeInstanceOf(AbortSignal);
    expect(given!.aborted).toBe(true);
  });
});
