import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { AuthenticationError, CallMissedClient } from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { KEYS_URL, wireListed } from "./fixtures.js";

useMsw();
afterEach(() => vi.unstubAllEnvs());

const OLD = "eyJhbGciOiJIUzI1NiJ9.old.sig";
const NEW = "eyJhbGciOiJIUzI1NiJ9.new.sig";

/** A provider that hands out OLD until asked to refresh, then NEW. */
function provider() {
  return vi.fn(({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? NEW : OLD));
}

const EXPIRED_OPENAI_STYLE = {
  error: { code: "token_expired", message: "JWT access token expired", type: "authentication_error" },
};
const EXPIRED_FASTAPI_STYLE = { detail: "Token expired" };

/** The key list answers 401 `expiredBody` to the old token and 200 to the new one. */
function serveExpiring(expiredBody: object) {
  const recorder = createRecorder();
  server.use(
    http.get(KEYS_URL, recorder.record(({ request }) =>
      request.headers.get("authorization") === `Bearer ${NEW}`
        ? HttpResponse.json([wireListed()])
        : HttpResponse.json(expiredBody, { status: 401 }),
    )),
  );
  return recorder.requests;
}

describe("getAccessToken", () => {
  test("is asked with forceRefresh: false for a request and its token is sent as Bearer", async () => {
    const { requests, record } = createRecorder();
    server.use(http.get(KEYS_URL, record(() => HttpResponse.json([]))));
    const getAccessToken = provider();

    await new CallMissedClient({ getAccessToken, maxRetries: 0 }).apiKeys.list();

    expect(getAccessToken.mock.calls).toEqual([[{ forceRefresh: false }]]);
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${OLD}`);
  });

  test.each([
    ["an OpenAI-style {error: {code: token_expired}}", EXPIRED_OPENAI_STYLE],
    ['a FastAPI {detail: "Token expired"}', EXPIRED_FASTAPI_STYLE],
  ])(
    "after a 401 with %s it is called once with forceRefresh: true and the request is repeated once with the new token",
    async (_name, body) => {
      const requests = serveExpiring(body);
      const getAccessToken = provider();

      const keys = await new CallMissedClient({ getAccessToken, maxRetries: 0 }).apiKeys.list();

      expect(keys).toHaveLength(1);
      expect(getAccessToken.mock.calls).toEqual([[{ forceRefresh: false }], [{ forceRefresh: true }]]);
      expect(requests.map((r) => r.headers.get("authorization"))).toEqual([`Bearer ${OLD}`, `Bearer ${NEW}`]);
    },
  );

  test("a 401 after the refresh is thrown as an AuthenticationError without refreshing again", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(KEYS_URL, record(() =>
        // A guard so that a refresh loop ends (and fails the test) instead of hanging it.
        requests.length > 5
          ? HttpResponse.json({ detail: "loop guard" }, { status: 418 })
          : HttpResponse.json(EXPIRED_OPENAI_STYLE, { status: 401 }),
      )),
    );
    const getAccessToken = provider();

    const error = await new CallMissedClient({ getAccessToken }).apiKeys.list().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("token_expired");
    expect(requests).toHaveLength(2);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(getAccessToken.mock.calls.filter(([options]) => options.forceRefresh)).toHaveLength(1);
  });

  test("a 401 that is not about expiry is thrown at once without a refresh", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(KEYS_URL, record(() =>
        HttpResponse.json({ error: { code: "invalid_api_key", message: "Invalid token", type: "authentication_error" } }, { status: 401 }),
      )),
    );
    const getAccessToken = provider();

    await expect(new CallMissedClient({ getAccessToken }).apiKeys.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(requests).toHaveLength(1);
    expect(getAccessToken.mock.calls).toEqual([[{ forceRefresh: false }]]);
  });

  test("two concurrent requests that both meet an expired token share one refresh and both succeed", async () => {
    const requests = serveExpiring(EXPIRED_FASTAPI_STYLE);
    // The refresh stays pending until both requests have been rejected, so both wait on it.
    let finishRefresh!: () => void;
    const refreshGate = new Promise<void>((resolve) => (finishRefresh = resolve));
    const getAccessToken = vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) => {
      if (!forceRefresh) return OLD;
      await refreshGate;
      return NEW;
    });
    const client = new CallMissedClient({ getAccessToken, maxRetries: 0 });

    const both = Promise.all([client.apiKeys.list(), client.apiKeys.list()]);
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await vi.waitFor(() => expect(getAccessToken).toHaveBeenCalledTimes(3));
    finishRefresh();

    await expect(both).resolves.toHaveLength(2);
    expect(getAccessToken.mock.calls.filter(([options]) => options.forceRefresh)).toHaveLength(1);
    expect(requests.map((r) => r.headers.get("authorization")).sort()).toEqual(
      [`Bearer ${NEW}`, `Bearer ${NEW}`, `Bearer ${OLD}`, `Bearer ${OLD}`].sort(),
    );
  });

  test("a request rejected with the old token after the refresh finished reuses the new token", async () => {
    // The second request's 401 is held back until the first one's refresh has completed.
    let releaseSecond!: () => void;
    const secondHeld = new Promise<void>((resolve) => (releaseSecond = resolve));
    let oldSeen = 0;
    const { requests, record } = createRecorder();
    server.use(
      http.get(KEYS_URL, record(async ({ request }) => {
        if (request.headers.get("authorization") === `Bearer ${NEW}`) return HttpResponse.json([wireListed()]);
        if (++oldSeen === 2) await secondHeld;
        return HttpResponse.json({ detail: "Token expired" }, { status: 401 });
      })),
    );
    const getAccessToken = provider();
    const client = new CallMissedClient({ getAccessToken, maxRetries: 0 });

    const first = client.apiKeys.list();
    const second = client.apiKeys.list();
    await expect(first).resolves.toHaveLength(1);
    releaseSecond();

    await expect(second).resolves.toHaveLength(1);
    expect(getAccessToken.mock.calls.filter(([options]) => options.forceRefresh)).toHaveLength(1);
    expect(requests).toHaveLength(4);
  });
});

describe("getAccessToken instead of a key", () => {
  test("getAccessToken alone is enough, with no key anywhere", () => {
    vi.stubEnv("CALLMISSED_API_KEY", undefined);

    expect(() => new CallMissedClient({ getAccessToken: () => "jwt" })).not.toThrow();
  });
});
