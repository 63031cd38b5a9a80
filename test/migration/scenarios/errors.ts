/**
 * The official SDK's "Exception Handling": every non-2xx is an `AgentMailError` with `statusCode`, `body`
 * and `rawResponse`; the endpoints' documented `@throws` add `AgentMail.NotFoundError` (404),
 * `AgentMail.ValidationError` (400) and `AgentMail.ConflictError` (409).
 */
import { expect, vi } from "vitest";
import * as wire from "../../fixtures/migration/wire.js";
import { errorView, KEY, loud, official, ours, run, same, type Outcome, type Scenario } from "../harness.js";

const noRetry = (sdk: typeof official | typeof ours) => new sdk.AgentMailClient({ apiKey: KEY, maxRetries: 0 });

/** The official SDK failed with this status and a body, through an error of this official class. */
const failed =
  (status: number, Class: abstract new (...args: never[]) => Error = official.AgentMailError) =>
  (outcome: Outcome) => {
    expect(outcome.error).toBeInstanceOf(Class);
    expect((outcome.error as official.AgentMailError).statusCode).toBe(status);
    expect((outcome.error as official.AgentMailError).body).toBeDefined();
  };

const answer = (status: number, name: string, code: string) => () => ({
  status,
  body: wire.errorBody(name, code, `${name} for the migration suite.`),
  headers: { "x-request-id": `req_${status}` },
});

export const errorScenarios: readonly Scenario[] = [
  same(
    ["err.AgentMailError", "err.statusCode", "err.body", "err.rawResponse", "err.401"],
    "401: AgentMailError with statusCode, body and rawResponse",
    {
      script: answer(401, "UnauthorizedError", "invalid_api_key"),
      client: noRetry,
      call: (client) => client.auth.me(),
      expectOfficial: failed(401),
    },
  ),
  same(["err.AgentMailError", "err.403"], "403: AgentMailError", {
    script: answer(403, "ForbiddenError", "missing_permission"),
    client: noRetry,
    call: (client) => client.apiKeys.list(),
    expectOfficial: failed(403),
  }),
  same(["err.404"], "404 on apiKeys.get: AgentMail.NotFoundError, ours NotFoundError", {
    script: answer(404, "NotFoundError", "not_found"),
    client: noRetry,
    call: (client) => client.apiKeys.get("ak_missing"),
    expectOfficial: failed(404, official.AgentMail.NotFoundError),
  }),
  same(["err.404"], "404 on a pod's keys: NotFoundError", {
    script: answer(404, "NotFoundError", "not_found"),
    client: noRetry,
    call: (client) => client.pods.apiKeys.delete("pod_missing", "ak_1"),
    expectOfficial: failed(404, official.AgentMail.NotFoundError),
  }),
  same(["err.404", "raw.withRawResponse"], "withRawResponse() on a 404 rejects with the same error", {
    script: answer(404, "NotFoundError", "not_found"),
    client: noRetry,
    call: (client) => client.apiKeys.get("ak_missing").withRawResponse(),
    expectOfficial: failed(404, official.AgentMail.NotFoundError),
  }),
  same(["err.400"], "400 on create: AgentMail.ValidationError, ours ValidationError", {
    script: () => ({
      status: 400,
      body: { ...wire.errorBody("ValidationError", "invalid_request", "name is too long"), errors: [{ path: ["name"], message: "too long" }] },
    }),
    client: noRetry,
    call: (client) => client.apiKeys.create({ name: "x".repeat(300) }),
    expectOfficial: failed(400, official.AgentMail.ValidationError),
  }),
  same(["err.409"], "409 on create: AgentMail.ConflictError, ours ConflictError", {
    script: answer(409, "ConflictError", "client_id_taken"),
    client: noRetry,
    call: (client) => client.apiKeys.create({ publicKey: { ...wire.jwk }, clientId: "laptop" }),
    expectOfficial: failed(409, official.AgentMail.ConflictError),
    // 0.5.27 drops publicKey and clientId from the body (row method.apiKeys.create); ours sends them.
    officialDiverges: (outcome) => expect(outcome.requests[0]!.body).toEqual({ public_key: wire.jwk, client_id: "laptop" }),
  }),
  same(["err.AgentMailError", "err.422"], "422: AgentMailError (ours a ValidationError too, which the view keeps apart by status)", {
    script: answer(422, "UnprocessableEntityError", "unprocessable"),
    client: noRetry,
    call: (client) => client.agent.verify({ otpCode: "000000" }),
    expectOfficial: failed(422),
  }),
  {
    rows: ["err.422"],
    kind: "same",
    title: "422 on these endpoints: an AgentMailError on both; ours is also an UnprocessableError and an IsTakenError",
    async run() {
      const script = answer(422, "UnprocessableEntityError", "unprocessable");
      const theirs = await run(script, () => noRetry(official).agent.verify({ otpCode: "000000" }));
      const mine = await run(script, () => noRetry(ours).agent.verify({ otpCode: "000000" }));
      expect(errorView(mine.error, "ours")).toEqual(errorView(theirs.error, "official"));
      expect(theirs.error).not.toBeInstanceOf(official.AgentMail.UnprocessableError);
      expect(theirs.error).not.toBeInstanceOf(official.AgentMail.IsTakenError);
      expect(mine.error).toBeInstanceOf(ours.UnprocessableError);
      expect(mine.error).toBeInstanceOf(ours.IsTakenError);
    },
  },
  same(["err.AgentMailError", "err.429"], "429 with maxRetries: 0: AgentMailError", {
    script: answer(429, "RateLimitError", "rate_limited"),
    client: noRetry,
    call: (client) => client.auth.me(),
    expectOfficial: failed(429),
  }),
  same(["err.AgentMailError", "err.5xx"], "500 after the default two retries: AgentMailError", {
    script: answer(500, "InternalServerError", "internal"),
    call: (client) => client.apiKeys.get("ak_1"),
    expectOfficial: (outcome) => {
      failed(500)(outcome);
      expect(outcome.requests).toHaveLength(3);
    },
  }),
  {
    rows: ["err.message"],
    kind: "same",
    title: "message: both say the status; the wording is each SDK's own",
    async run() {
      for (const sdk of [official, ours] as const) {
        const outcome = await run(answer(404, "NotFoundError", "not_found"), () => noRetry(sdk).apiKeys.get("ak_missing"));
        expect((outcome.error as Error).message).toMatch(/404/);
      }
    },
  },
  loud(["err.missingKey"], "no key: a TypeError naming apiKey and AGENTMAIL_API_KEY (official: AgentMailError)", {
    call: () => {
      vi.stubEnv("AGENTMAIL_API_KEY", undefined);
      try {
        return new ours.AgentMailClient().auth.me();
      } finally {
        vi.unstubAllEnvs();
      }
    },
    names: [/apiKey/, /AGENTMAIL_API_KEY/],
  }),
];
