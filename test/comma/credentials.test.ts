import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { CommaClient } from "../../src/comma/index.js";
import { createRecorder, server, useMsw } from "../msw.js";

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

describe("CommaClient token", () => {
  test("without a token or COMMA_API_TOKEN the constructor throws a TypeError naming COMMA_API_TOKEN", () => {
    vi.stubEnv("COMMA_API_TOKEN", undefined);

    const error = constructionError(() => new CommaClient());

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("COMMA_API_TOKEN");
  });

  test("reads COMMA_API_TOKEN when no token is passed", async () => {
    vi.stubEnv("COMMA_API_TOKEN", "comma_sk_from_env_31c8");
    const { requests, record } = createRecorder();
    server.use(http.get("https://commareports.com/api/v1/me/usage", record(() => HttpResponse.json({}))));

    await new CommaClient({ maxRetries: 0 }).me.usage();

    expect(requests[0]!.headers.get("authorization")).toBe("Bearer comma_sk_from_env_31c8");
  });

  test("a CallMissed cm_ token throws a TypeError that mentions comma_sk_ and does not repeat the token", () => {
    const token = "cm_live_55aa66bb77cc88dd";

    const error = constructionError(() => new CommaClient({ apiKey: token }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("comma_sk_");
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain(token.slice(3));
  });

  test("an AgentMail am_ token is rejected the same way", () => {
    const error = constructionError(() => new CommaClient({ apiKey: "am_live_0f0f0f0f" }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("comma_sk_");
    expect(error.message).not.toContain("am_live_0f0f0f0f");
  });
});
