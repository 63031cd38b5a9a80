/**
 * Client options, request options, environments, retries and raw responses, as the official SDK's
 * README documents them ("Environments", "Retries", "Timeouts", "Aborting Requests", "Access Raw
 * Response Data", "Additional Headers", "Custom Fetch").
 */
import { expect, vi } from "vitest";
import * as wire from "../../fixtures/migration/wire.js";
import { KEY, errorView, loud, official, ours, run, same, type AnyClient, type Outcome, type Scenario } from "../harness.js";

const me = () => ({ body: wire.identity });
const unavailable = { status: 503, body: wire.errorBody("ServiceUnavailableError", "unavailable", "Try again later.") };

/** The official SDK's run hit this origin once and succeeded. */
const hit = (origin: string) => (outcome: Outcome) => {
  expect(outcome.error).toBeUndefined();
  expect(outcome.requests.map((r) => r.origin)).toEqual([origin]);
};

// The official SDK's documented constants, each hit through `environment`.
const environments = [
  ["env.Prod", "Prod", "https://api.agentmail.to"],
  ["env.EuProd", "EuProd", "https://api.agentmail.eu"],
  ["env.ProdX402", "ProdX402", "https://x402.api.agentmail.to"],
  ["env.ProdMpp", "ProdMpp", "https://mpp.api.agentmail.to"],
] as const;

export const optionScenarios: readonly Scenario[] = [
  same(["opt.apiKey"], "sends the key as a bearer token", {
    script: me,
    call: (client) => client.auth.me(),
    expectOfficial: (outcome) => expect(outcome.requests[0]!.authorization).toBe(`Bearer ${KEY}`),
  }),
  {
    rows: ["opt.apiKey.env"],
    kind: "same",
    title: "reads AGENTMAIL_API_KEY when no apiKey is given",
    async run() {
      vi.stubEnv("AGENTMAIL_API_KEY", KEY);
      try {
        const theirs = await run(me, () => new official.AgentMailClient().auth.me());
        const mine = await run(me, () => new ours.AgentMailClient().auth.me());
        expect(theirs.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
        expect(mine.requests).toEqual(theirs.requests);
        expect(mine.result).toEqual(theirs.result);
      } finally {
        vi.unstubAllEnvs();
      }
    },
  },
  {
    rows: ["opt.apiKey.env.late"],
    kind: "loud",
    title: "AGENTMAIL_API_KEY set after the client was built: the official SDK uses it, ours says the key is missing",
    async run() {
      vi.stubEnv("AGENTMAIL_API_KEY", undefined);
      try {
        const theirsClient = new official.AgentMailClient();
        const mineClient = new ours.AgentMailClient();
        vi.stubEnv("AGENTMAIL_API_KEY", KEY);
        const theirs = await run(me, () => theirsClient.auth.me());
        expect(theirs.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
        const mine = await run(me, () => mineClient.auth.me());
        expect(mine.requests).toEqual([]);
        expect(mine.error).toBeInstanceOf(TypeError);
        expect((mine.error as Error).message).toMatch(/AGENTMAIL_API_KEY/);
      } finally {
        vi.unstubAllEnvs();
      }
    },
  },
  loud(["opt.apiKey.supplier"], "a function as apiKey is refused: pass the key string", {
    call: () => new ours.AgentMailClient({ apiKey: (() => KEY) as never }),
    names: [/apiKey/, /string/],
  }),
  ...environments.map(([row, name, origin]) =>
    same(["opt.environment", row], `environment: AgentMailEnvironment.${name} reaches ${origin}`, {
      script: me,
      client: (sdk) => new sdk.AgentMailClient({ apiKey: KEY, environment: sdk.AgentMailEnvironment[name] }),
      call: (client) => client.auth.me(),
      expectOfficial: hit(origin),
    }),
  ),
  loud(["opt.environment.urls"], "environment: { http, websockets } of your own is refused, naming baseUrl", {
    call: () =>
      new ours.AgentMailClient({
        apiKey: KEY,
        environment: { http: "https://mock.agentmail.test", websockets: "wss://ws.mock.agentmail.test" } as never,
      }),
    names: [/environment must be one of/, /baseUrl/],
  }),
  loud(["opt.environment.baseUrl"], "environment and baseUrl together are refused (the official SDK ignores environment then)", {
    call: () => new ours.AgentMailClient({ apiKey: KEY, environment: ours.AgentMailEnvironment.EuProd, baseUrl: "https://proxy.example.test" }),
    names: [/baseUrl and environment/, /give only one/],
  }),
  loud(["opt.environment.supplier"], "a function as environment is refused: pass the constant", {
    call: () => new ours.AgentMailClient({ apiKey: KEY, environment: (() => ours.AgentMailEnvironment.EuProd) as never }),
    names: [/environment must be one of/, /AgentMailEnvironment\.EuProd/],
  }),
  same(["opt.baseUrl"], "baseUrl: a proxy of your own", {
    script: me,
    client: (sdk) => new sdk.AgentMailClient({ apiKey: KEY, baseUrl: "https://proxy.example.test" }),
    call: (client) => client.auth.me(),
    expectOfficial: hit("https://proxy.example.test"),
  }),
  loud(["opt.baseUrl.supplier"], "a function as baseUrl is refused: pass the URL string", {
    call: () => new ours.AgentMailClient({ apiKey: KEY, baseUrl: (() => "https://proxy.example.test") as never }),
    names: [/baseUrl/, /string/],
  }),
  same(["opt.headers", "req.headers"], "client and request headers are both sent, the request's winning", {
    script: me,
    headers: ["x-team", "x-trace"],
    client: (sdk) => new sdk.AgentMailClient({ apiKey: KEY, headers: { "X-Team": "infra", "X-Trace": "client" } }),
    call: (client) => client.auth.me({ headers: { "X-Trace": "request" } }),
    expectOfficial: (outcome) => expect(outcome.requests[0]!.extra).toEqual({ "x-team": "infra", "x-trace": "request" }),
  }),
  loud(["req.headers.authorization"], "an Authorization header in headers is refused, naming apiKey and withOptions", {
    call: () => new ours.AgentMailClient({ apiKey: KEY }).auth.me({ headers: { Authorization: "Bearer am_other_key" } }),
    names: [/Authorization/i, /withOptions/],
  }),
  same(["opt.headers", "req.headers"], "a request header of null removes the client's", {
    script: me,
    headers: ["x-team", "x-trace"],
    client: (sdk) => new sdk.AgentMailClient({ apiKey: KEY, headers: { "X-Team": "infra", "X-Trace": "client" } }),
    call: (client) => client.auth.me({ headers: { "X-Team": null } }),
    expectOfficial: (outcome) => expect(outcome.requests[0]!.extra).toEqual({ "x-team": null, "x-trace": "client" }),
  }),
  loud(["opt.headers.supplier"], "a function as a header value is refused, not sent as its source text", {
    call: () => new ours.AgentMailClient({ apiKey: KEY, headers: { "X-Trace": (() => "t") as never } }).auth.me(),
    names: [/X-Trace/i, /string/],
  }),
  same(["opt.fetch"], "a custom fetch is used for the request", {
    script: () => ({ status: 500 }),
    client: (sdk) =>
      new sdk.AgentMailClient({
        apiKey: KEY,
        fetch: (async () => Response.json(wire.identity, { headers: { "x-request-id": "req_custom" } })) as typeof fetch,
      }),
    call: (client) => client.auth.me(),
    expectOfficial: (outcome) => {
      expect(outcome.requests).toEqual([]);
      expect(outcome.result).toEqual({ scopeType: "pod", scopeId: "pod_1", organizationId: "org_1", podId: "pod_1", apiKeyId: "ak_1" });
    },
  }),
  loud(["opt.logging"], "logging: { level, logger } is refused, naming logLevel and logger", {
    call: () => new ours.AgentMailClient({ apiKey: KEY, logging: { level: "debug", silent: false } } as never),
    names: [/logging/, /logLevel/, /logger/],
  }),
  loud(["opt.x402"], "x402 payment is refused by name", {
    call: () => new ours.AgentMailClient({ x402: {} } as never),
    names: [/x402/],
  }),
  loud(["opt.mppx"], "mppx payment is refused by name", {
    call: () => new ours.AgentMailClient({ mppx: {} } as never),
    names: [/mppx/],
  }),
  loud(["opt.unknown"], "a misspelled client option is refused with the valid ones (the official SDK ignores it)", {
    call: () => new ours.AgentMailClient({ apiKey: KEY, maxRetrys: 3 } as never),
    names: [/maxRetrys/, /maxRetries/],
  }),
  loud(["req.queryParams"], "queryParams is refused: pass documented query fields in the params", {
    call: () => new ours.AgentMailClient({ apiKey: KEY }).apiKeys.list({}, { queryParams: { extra: "1" } } as never),
    names: [/queryParams/],
  }),
  loud(["req.unknown"], "a misspelled request option is refused with the valid ones", {
    call: () => new ours.AgentMailClient({ apiKey: KEY }).auth.me({ timeoutInSecond: 5 } as never),
    names: [/timeoutInSecond/, /timeoutInSeconds/],
  }),
  loud(["query.unknown"], "an unknown query key is refused, not sent (the official SDK drops it)", {
    call: () => new ours.AgentMailClient({ apiKey: KEY }).apiKeys.list({ limt: 5 } as never),
    names: [/limt/, /limit/],
  }),
  same(["opt.maxRetries", "retry.5xx"], "a GET is retried on 503 up to maxRetries (default 2) and then succeeds", {
    script: (_, attempt) => (attempt < 2 ? unavailable : me()),
    call: (client) => client.auth.me(),
    expectOfficial: (outcome) => {
      expect(outcome.requests).toHaveLength(3);
      expect(outcome.error).toBeUndefined();
    },
  }),
  same(["retry.5xx"], "a PATCH (update) is retried on 503 too", {
    script: (_, attempt) => (attempt < 1 ? unavailable : { body: wire.bearerKey }),
    call: (client) => client.apiKeys.update("ak_1", { name: "renamed" }),
    expectOfficial: (outcome) => expect(outcome.requests).toHaveLength(2),
  }),
  same(["retry.5xx"], "sign-up, a POST that is safe to repeat, is retried on 503 too", {
    script: (_, attempt) => (attempt < 1 ? unavailable : { body: wire.signUp }),
    call: (client) => client.agent.signUp({ humanEmail: "human@example.com", username: "agent" }),
    expectOfficial: (outcome) => expect(outcome.requests).toHaveLength(2),
  }),
  same(["opt.maxRetries"], "client maxRetries: 0 gives the first 503 at once", {
    script: () => unavailable,
    client: (sdk) => new sdk.AgentMailClient({ apiKey: KEY, maxRetries: 0 }),
    call: (client) => client.apiKeys.get("ak_1"),
    expectOfficial: (outcome) => {
      expect(outcome.requests).toHaveLength(1);
      expect((outcome.error as official.AgentMailError).statusCode).toBe(503);
    },
  }),
  same(["req.maxRetries", "retry.5xx"], "request maxRetries: 1 overrides the client's", {
    script: () => unavailable,
    call: (client) => client.apiKeys.list({}, { maxRetries: 1 }),
    expectOfficial: (outcome) => expect(outcome.requests).toHaveLength(2),
  }),
  same(["retry.429"], "a 429 waits for Retry-After (2 s) and is retried, for a POST too", {
    script: (_, attempt) =>
      attempt === 0
        ? { status: 429, headers: { "retry-after": "2" }, body: wire.errorBody("RateLimitError", "rate_limited", "Slow down.") }
        : { body: wire.createdKey },
    call: (client) => client.apiKeys.create({ name: "reader" }),
    expectOfficial: (outcome) => {
      expect(outcome.requests).toHaveLength(2);
      expect(outcome.elapsedMs).toBeGreaterThanOrEqual(2000);
    },
  }),
  {
    rows: ["retry.post5xx"],
    kind: "loud",
    title: "create, verify and authorize answered 503 are not retried (a retry could mint a second secret): the 503 is thrown",
    async run() {
      const calls: Array<[unknown, (client: AnyClient) => Promise<unknown>]> = [
        [wire.createdKey, (client) => client.apiKeys.create({ name: "reader" })],
        [wire.verify, (client) => client.agent.verify({ otpCode: "123456" })],
        [wire.authorized, (client) => client.inboxes.authorize("agent@agentmail.to", { authToken: wire.authToken })],
      ];
      for (const [body, call] of calls) {
        const script = (_: unknown, attempt: number) => (attempt === 0 ? unavailable : { body });
        const theirs = await run(script, () => call(new official.AgentMailClient({ apiKey: KEY })));
        expect(theirs.requests).toHaveLength(2);
        expect(theirs.error).toBeUndefined();
        const mine = await run(script, () => call(new ours.AgentMailClient({ apiKey: KEY })));
        expect(mine.requests).toHaveLength(1);
        expect(errorView(mine.error, "ours")).toMatchObject({ isAgentMailError: true, statusCode: 503 });
        expect(mine.error).toBeInstanceOf(ours.ServerError);
      }
    },
  },
  {
    rows: ["opt.timeoutInSeconds", "req.timeoutInSeconds", "err.AgentMailTimeoutError"],
    kind: "same",
    title: "a response slower than timeoutInSeconds fails as a timeout",
    async run() {
      const slow = () => ({ body: wire.identity, delayMs: 5000 });
      const call = (client: AnyClient) => client.auth.me({ timeoutInSeconds: 1, maxRetries: 0 });
      const theirs = await run(slow, () => call(new official.AgentMailClient({ apiKey: KEY, timeoutInSeconds: 30 })));
      const mine = await run(slow, () => call(new ours.AgentMailClient({ apiKey: KEY, timeoutInSeconds: 30 })));
      expect(theirs.elapsedMs).toBeLessThan(2000);
      expect(mine.elapsedMs).toBeLessThan(2000);
      // Documented: AgentMailTimeoutError. What 0.5.27 throws on Node: an AgentMailError whose message is the
      // abort reason ("timeout"), since undici rejects with the reason and the SDK looks for an AbortError.
      expect(errorView(theirs.error, "official")).toMatchObject({ isAgentMailError: true, isTimeoutError: false, statusCode: undefined });
      expect((theirs.error as Error).message).toBe('"timeout"');
      // Ours is what the official types and documentation promise: an AgentMailTimeoutError, which (as there)
      // is not an AgentMailError.
      expect(errorView(mine.error, "ours")).toMatchObject({ isAgentMailError: false, isTimeoutError: true, statusCode: undefined });
      const clientWide = await run(slow, () => new ours.AgentMailClient({ apiKey: KEY, timeoutInSeconds: 1, maxRetries: 0 }).auth.me());
      expect(clientWide.error).toBeInstanceOf(ours.AgentMailTimeoutError);
    },
  },
  {
    rows: ["retry.longRetryAfter"],
    kind: "loud",
    title: "a 429 asking for 120 s: the official SDK waits 60 s and retries; ours throws it at once with retryAfterMs",
    async run() {
      const script = (_: unknown, attempt: number) =>
        attempt === 0
          ? { status: 429, headers: { "retry-after": "120" }, body: wire.errorBody("RateLimitError", "rate_limited", "Slow down.") }
          : me();
      const theirs = await run(script, () => new official.AgentMailClient({ apiKey: KEY }).auth.me());
      expect(theirs.requests).toHaveLength(2);
      expect(theirs.elapsedMs).toBeGreaterThanOrEqual(60_000);
      expect(theirs.error).toBeUndefined();
      const mine = await run(script, () => new ours.AgentMailClient({ apiKey: KEY }).auth.me());
      expect(mine.requests).toHaveLength(1);
      expect(mine.error).toBeInstanceOf(ours.RateLimitError);
      expect(mine.error).toMatchObject({ statusCode: 429, retryAfterMs: 120_000 });
      // The documented way to wait as long as asked.
      const patient = await run(script, () => new ours.AgentMailClient({ apiKey: KEY, maxRetryAfterMs: 120_000 }).auth.me());
      expect(patient.requests).toHaveLength(2);
      expect(patient.error).toBeUndefined();
    },
  },
  {
    rows: ["opt.timeoutInSeconds"],
    kind: "same",
    title: "the default timeout is 60 s on both",
    async run() {
      const slow = () => ({ body: wire.identity, delayMs: 70_000 });
      for (const sdk of [official, ours] as const) {
        const outcome = await run(slow, () => new sdk.AgentMailClient({ apiKey: KEY }).auth.me({ maxRetries: 0 }));
        expect(outcome.elapsedMs).toBeGreaterThanOrEqual(60_000);
        expect(outcome.elapsedMs).toBeLessThan(61_000);
        expect(errorView(outcome.error, sdk === official ? "official" : "ours")).toMatchObject({ statusCode: undefined });
      }
    },
  },
  {
    rows: ["retry.connection"],
    kind: "same",
    title: "a failed connection: ours retries a GET first, the official SDK does not; both end in an AgentMailError without a status",
    async run() {
      const refused = () => ({ networkError: true });
      const theirs = await run(refused, () => new official.AgentMailClient({ apiKey: KEY }).auth.me());
      const mine = await run(refused, () => new ours.AgentMailClient({ apiKey: KEY }).auth.me());
      expect(theirs.requests).toHaveLength(1);
      expect(mine.requests).toHaveLength(3);
      expect(mine.error).toBeInstanceOf(ours.ConnectionError);
      const { rawResponse: _placeholder, ...view } = errorView(theirs.error, "official");
      expect(view).toMatchObject({ isAgentMailError: true, isTimeoutError: false, statusCode: undefined });
      expect(errorView(mine.error, "ours")).toMatchObject({ ...view, rawResponse: undefined });
    },
  },
  {
    rows: ["retry.timeout"],
    kind: "same",
    title: "a timed-out GET: ours retries it like a 5xx, the official SDK does not; both end in a timeout error",
    async run() {
      const slow = () => ({ body: wire.identity, delayMs: 5000 });
      const theirs = await run(slow, () => new official.AgentMailClient({ apiKey: KEY, timeoutInSeconds: 1 }).auth.me());
      const mine = await run(slow, () => new ours.AgentMailClient({ apiKey: KEY, timeoutInSeconds: 1 }).auth.me());
      expect(theirs.requests).toHaveLength(1);
      expect(mine.requests).toHaveLength(3);
      expect(errorView(mine.error, "ours")).toMatchObject({ isTimeoutError: true, statusCode: undefined });
      expect(errorView(theirs.error, "official")).toMatchObject({ isAgentMailError: true, statusCode: undefined });
    },
  },
  {
    rows: ["req.abortSignal"],
    kind: "same",
    title: "abortSignal: an aborted signal fails the call before a request, a later abort ends it in flight",
    async run() {
      const aborted = AbortSignal.abort();
      const slow = () => ({ body: wire.identity, delayMs: 5000 });
      for (const sdk of [official, ours] as const) {
        const before = await run(slow, () => new sdk.AgentMailClient({ apiKey: KEY }).auth.me({ abortSignal: aborted }));
        expect(before.requests).toEqual([]);
        const controller = new AbortController();
        const during = await run(slow, () => {
          const call = new sdk.AgentMailClient({ apiKey: KEY }).auth.me({ abortSignal: controller.signal });
          setTimeout(() => controller.abort(), 500);
          return call;
        });
        expect(during.requests).toHaveLength(1);
        expect(during.elapsedMs).toBeLessThan(1000);
        for (const { error } of [before, during]) {
          const side = sdk === official ? "official" : "ours";
          expect(errorView(error, side)).toMatchObject({ isAgentMailError: true, isTimeoutError: false, statusCode: undefined });
        }
      }
    },
  },
  same(["raw.withRawResponse", "raw.rawResponse"], "withRawResponse() gives { data, rawResponse } with status, headers and URL", {
    script: () => ({ status: 200, body: wire.identity, headers: { "x-request-id": "req_me" } }),
    call: (client) => client.auth.me().withRawResponse(),
    expectOfficial: (outcome) => {
      const { data, rawResponse } = outcome.result as Awaited<ReturnType<official.AgentMailClient["auth"]["me"]>> & {
        data: unknown;
        rawResponse: Response;
      };
      expect(data).toMatchObject({ scopeId: "pod_1" });
      expect(rawResponse.headers.get("x-request-id")).toBe("req_me");
    },
  }),
  same(["raw.withRawResponse"], "withRawResponse() on a delete: data undefined, status 204", {
    script: () => ({ status: 204 }),
    call: (client) => client.apiKeys.delete("ak_1").withRawResponse(),
    expectOfficial: (outcome) => expect(outcome.result).toMatchObject({ data: undefined, rawResponse: { status: 204 } }),
  }),
];
