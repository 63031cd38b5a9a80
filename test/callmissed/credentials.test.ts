import { http, HttpResponse } from "msw";
import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { thrown } from "../helpers.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, MODELS_URL, wireModels } from "./fixtures.js";

useMsw();
afterEach(() => vi.unstubAllEnvs());

describe("CallMissedClient credentials", () => {
  test("without a key or CALLMISSED_API_KEY the constructor throws a TypeError naming CALLMISSED_API_KEY", () => {
    vi.stubEnv("CALLMISSED_API_KEY", undefined);

    const error = thrown(() => new CallMissedClient());

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("CALLMISSED_API_KEY");
  });

  test("the removed getAccessToken option is refused by name, with or without a key", () => {
    for (const options of [{}, { apiKey: "cm_live_1" }]) {
      const error = thrown(() => new CallMissedClient({ ...options, getAccessToken: () => "eyJ.jwt" } as never));

      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain('unknown option "getAccessToken"');
    }
  });

  test("reads CALLMISSED_API_KEY when no key is passed, and sends it as a Bearer token", async () => {
    vi.stubEnv("CALLMISSED_API_KEY", "cm_from_env_5a6b7c");
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        MODELS_URL,
        record(() => HttpResponse.json(wireModels)),
      ),
    );

    await new CallMissedClient({ maxRetries: 0 }).models.list();

    expect(requests[0]!.headers.get("authorization")).toBe("Bearer cm_from_env_5a6b7c");
    expect(requests[0]!.headers.has("x-api-key")).toBe(false);
  });

  test('credentialHeader "x-api-key" sends the key the Anthropic way, and no Authorization header', async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        MODELS_URL,
        record(() => HttpResponse.json(wireModels)),
      ),
    );

    await new CallMissedClient({ apiKey: API_KEY, credentialHeader: "x-api-key", maxRetries: 0 }).models.list();

    expect(requests[0]!.headers.get("x-api-key")).toBe(API_KEY);
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  test.each([
    ["a dashboard JWT (no longer accepted)", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"],
    ["a key without the cm_ prefix", "live_7d3f0a9c1e5b2468"],
  ])("%s throws a TypeError that names cm_ and does not repeat the credential", (_case, credential) => {
    const error = thrown(() => new CallMissedClient({ apiKey: credential }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("cm_");
    expect(error.message).toContain("console");
    expect(error.message).not.toContain(credential);
    expect(error.message).not.toContain(credential.slice(4, 20));
  });

  test.each([
    ["an AgentMail am_", "am_live_9f8e7d6c5b4a3210"],
    ["a Comma comma_sk_", "comma_sk_0011223344556677"],
  ])("%s key throws a TypeError that mentions cm_ and does not repeat the key", (_vendor, key) => {
    const error = thrown(() => new CallMissedClient({ apiKey: key }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("cm_");
    expect(error.message).not.toContain(key);
    expect(error.message).not.toContain(key.slice(3));
  });

  test("the client itself never shows the key, even after a call: not in JSON.stringify, not in util.inspect", async () => {
    server.use(http.get(MODELS_URL, () => HttpResponse.json(wireModels)));
    const client = new CallMissedClient({ apiKey: API_KEY });
    await client.models.list();

    expect(JSON.stringify(client)).not.toContain(API_KEY);
    expect(inspect(client, { depth: 10 })).not.toContain(API_KEY);
  });
});
