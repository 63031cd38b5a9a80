import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { CommunalClient } from "../../src/communal/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { BASE, wireUserResource } from "./fixtures.js";

useMsw();
afterEach(() => vi.unstubAllEnvs());

function constructionError(create: () => unknown): Error {
  try {
    create();
  } catch (error) {
    return error as Error;
  }
  return expect.unreachable("the constructor should have thrown");
}

describe("CommunalClient key", () => {
  test("without a key or COMMUNAL_API_KEY the constructor throws a TypeError naming COMMUNAL_API_KEY", () => {
    vi.stubEnv("COMMUNAL_API_KEY", undefined);

    const error = constructionError(() => new CommunalClient());

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("COMMUNAL_API_KEY");
  });

  test("a blank COMMUNAL_API_KEY counts as missing", () => {
    vi.stubEnv("COMMUNAL_API_KEY", "   ");

    expect(() => new CommunalClient()).toThrow(/COMMUNAL_API_KEY/);
  });

  test("reads COMMUNAL_API_KEY when no key is passed and sends it as a Bearer token", async () => {
    vi.stubEnv("COMMUNAL_API_KEY", "from_env_key_123");
    const { requests, record } = createRecorder();
    server.use(http.get(`${BASE}/users/89`, record(() => HttpResponse.json(wireUserResource))));

    await new CommunalClient({ maxRetries: 0 }).users.get(89);

    expect(requests[0]!.headers.get("authorization")).toBe("Bearer from_env_key_123");
  });

  test.each([
    ["an AgentMail", "am_live_0123456789abcdef"],
    ["a CallMissed", "cm_live_0123456789abcdef"],
    ["a Comma", "comma_sk_0123456789abcdef"],
  ])("%s key is rejected at construction with a TypeError that does not repeat the key", (_vendor, key) => {
    const error = constructionError(() => new CommunalClient({ apiKey: key }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/Communal key/);
    expect(error.message).not.toContain(key);
    expect(error.message).not.toContain(key.slice(-8));
  });

  test("another vendor's key in COMMUNAL_API_KEY is rejected too", () => {
    vi.stubEnv("COMMUNAL_API_KEY", "cm_live_0123456789abcdef");

    expect(() => new CommunalClient()).toThrow(TypeError);
  });
});
