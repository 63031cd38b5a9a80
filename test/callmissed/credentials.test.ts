import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { KEYS_URL } from "./fixtures.js";

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

describe("CallMissedClient credentials", () => {
  test("without a key, CALLMISSED_API_KEY or getAccessToken the constructor throws a TypeError naming CALLMISSED_API_KEY", () => {
    vi.stubEnv("CALLMISSED_API_KEY", undefined);

    const error = constructionError(() => new CallMissedClient());

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("CALLMISSED_API_KEY");
  });

  test("getAccessToken alone is enough, with no key anywhere", () => {
    vi.stubEnv("CALLMISSED_API_KEY", undefined);

    expect(() => new CallMissedClient({ getAccessToken: () => "jwt" })).not.toThrow();
  });

  test("reads CALLMISSED_API_KEY when no key is passed", async () => {
    vi.stubEnv("CALLMISSED_API_KEY", "cm_from_env_5a6b7c");
    const { requests, record } = createRecorder();
    server.use(http.get(KEYS_URL, record(() => HttpResponse.json([]))));

    await new CallMissedClient({ maxRetries: 0 }).apiKeys.list();

    expect(requests[0]!.headers.get("authorization")).toBe("Bearer cm_from_env_5a6b7c");
  });

  test("an AgentMail am_ key throws a TypeError that mentions cm_ and does not repeat the key", () => {
    const key = "am_live_9f8e7d6c5b4a3210";

    const error = constructionError(() => new CallMissedClient({ apiKey: key }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("cm_");
    expect(error.message).not.toContain(key);
    expect(error.message).not.toContain(key.slice(3));
  });

  test("a Comma comma_sk_ key is rejected the same way", () => {
    const key = "comma_sk_0011223344556677";

    const error = constructionError(() => new CallMissedClient({ apiKey: key }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("cm_");
    expect(error.message).not.toContain(key);
  });
});
