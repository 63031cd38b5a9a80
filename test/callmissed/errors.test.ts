import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import {
  ApiError,
  AuthenticationError,
  CallMissedClient,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  callMissedErrorCodes,
  errorCodeFixes,
  type CallMissedPermissionDeniedError,
} from "../../src/callmissed/index.js";
import { failure } from "../helpers.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, MODELS_URL, inferenceError } from "./fixtures.js";

useMsw();

const client = new CallMissedClient({ apiKey: API_KEY, maxRetries: 0 });

function answer(status: number, body: unknown) {
  const recorder = createRecorder();
  server.use(
    http.get(
      MODELS_URL,
      recorder.record(() => HttpResponse.json(body as never, { status })),
    ),
  );
  return recorder.requests;
}

/** The model list's failure: any call works, the error classes are shared. */
const fail = (call: Promise<unknown> = client.models.list()) => failure(call);

describe("documented codes on the error classes", () => {
  test.each([
    [401, "invalid_api_key", AuthenticationError],
    [401, "api_key_expired", AuthenticationError],
    [402, "insufficient_credits", ApiError],
    [402, "budget_exceeded", ApiError],
    [403, "permission_denied", PermissionDeniedError],
    [403, "model_not_allowed", PermissionDeniedError],
    [403, "domain_not_allowed", PermissionDeniedError],
    [403, "account_inactive", PermissionDeniedError],
    [400, "context_length_exceeded", ValidationError],
    [429, "too_many_concurrent_requests", RateLimitError],
    [503, "model_under_maintenance", ServerError],
  ] as const)("%i %s: the class, the code, and the documented remedy as fix", async (status, code, Class) => {
    answer(status, inferenceError(code, "Refused."));

    const error = await fail();

    expect(error).toBeInstanceOf(Class);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.fix).toBe(errorCodeFixes[code]);
    expect(error.message).toContain(`[${code}]: Refused.`);
    expect(error.message).toContain(`Fix: ${errorCodeFixes[code]}`);
  });

  test("api_key_expired says to create a new key in the console", async () => {
    answer(401, inferenceError("api_key_expired", "API key expired"));

    const error = await fail();

    expect(error.fix).toMatch(/Create a new key in the CallMissed console/);
  });

  test("a 402 is the plain ApiError (no retry, no subclass), with its code", async () => {
    answer(402, inferenceError("budget_exceeded", "Key budget spent", "insufficient_quota"));

    const error = await fail();

    expect(error.constructor).toBe(ApiError);
    expect(error.code).toBe("budget_exceeded");
  });

  test("every documented code has a remedy, and an unknown code still parses, without a fix", async () => {
    expect(callMissedErrorCodes).toHaveLength(20);
    for (const code of callMissedErrorCodes) expect(errorCodeFixes[code]).toMatch(/\.$/);
    answer(403, inferenceError("brand_new_code", "Something new"));

    const error = await fail();

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.code).toBe("brand_new_code");
    expect(error.fix).toBeUndefined();
  });
});

describe("the platform surface's {detail} bodies", () => {
  test("a 403 for a scope names it in missingScope and says where to add it", async () => {
    answer(403, { detail: "API key missing required scope: contacts:write. Add it under the key's 'Permissions' section in your dashboard." });

    const error = (await fail()) as CallMissedPermissionDeniedError;

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.missingScope).toBe("contacts:write");
    expect(error.code).toBeUndefined();
    expect(error.fix).toContain("contacts:write");
  });

  test("a 403 {detail} that names no scope has no missingScope", async () => {
    answer(403, { detail: "Account inactive" });

    const error = (await fail()) as PermissionDeniedError;

    expect(error.missingScope).toBeUndefined();
    expect(error.message).toContain("Account inactive");
  });

  test("a FastAPI 422 {detail: [{loc, msg, type}]} is a ValidationError with fieldErrors keyed by the dotted loc", async () => {
    answer(422, { detail: [{ loc: ["body", "k"], msg: "Input should be less than or equal to 50", type: "less_than_equal" }] });

    const error = (await fail()) as ValidationError;

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({ "body.k": ["Input should be less than or equal to 50"] });
  });
});

describe("the Anthropic-style envelope (older docs) still parses", () => {
  test("{type: error, error: {type, message}} takes its code from error.type", async () => {
    answer(401, { type: "error", error: { type: "authentication_error", message: "Invalid API key" } });

    const error = await fail();

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe("authentication_error");
    expect(error.message).toContain("Invalid API key");
  });
});

describe("the key never leaks into an error", () => {
  test("a body that echoes the key is scrubbed from message, body, toJSON and stack", async () => {
    answer(401, inferenceError("invalid_api_key", `Incorrect API key provided: ${API_KEY}`));

    const error = await fail();

    for (const text of [error.message, JSON.stringify(error.body), JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain(API_KEY);
    }
    expect(error.message).toContain("[redacted]");
  });
});
