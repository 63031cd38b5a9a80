import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import {
  ApiError,
  AuthenticationError,
  CallMissedClient,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
} from "../../src/callmissed/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { API_KEY, KEYS_URL } from "./fixtures.js";
import { failure } from "../helpers.js";

useMsw();

const client = new CallMissedClient({ apiKey: API_KEY, maxRetries: 0 });

/** Makes both key endpoints answer `status` with the JSON `body`. */
function answer(status: number, body: object) {
  const recorder = createRecorder();
  const respond = recorder.record(() => HttpResponse.json(body, { status }));
  server.use(http.get(KEYS_URL, respond), http.post(KEYS_URL, respond));
  return recorder.requests;
}

describe("error envelopes", () => {
  test("an OpenAI-style 403 {error: {message, type, code}} is a PermissionDeniedError with code permission_denied", async () => {
    answer(403, {
      error: { message: "This key lacks the llm permission.", type: "permission_error", code: "permission_denied" },
    });

    const error = await failure(client.apiKeys.list());

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.code).toBe("permission_denied");
    expect(error.message).toContain("This key lacks the llm permission.");
  });

  test("a {detail: string} body gives the error its message", async () => {
    answer(401, { detail: "Could not validate credentials" });

    const error = await failure(client.apiKeys.list());

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("Could not validate credentials");
    expect(error.code).toBeUndefined();
  });

  test("a FastAPI 422 {detail: [{loc, msg, type}]} is a ValidationError with fieldErrors keyed by the dotted loc", async () => {
    answer(422, {
      detail: [
        { loc: ["body", "name"], msg: "Field required", type: "missing" },
        { loc: ["body", "rate_limit_rpm"], msg: "Input should be greater than 0", type: "greater_than" },
      ],
    });

    const error = await failure(client.apiKeys.create({ name: "x", rateLimitRpm: 0 }));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      "body.name": ["Field required"],
      "body.rate_limit_rpm": ["Input should be greater than 0"],
    });
    expect(error.message).toContain("body.name: Field required");
  });

  test("an Anthropic-style {type: error, error: {type, message}} takes its code from error.type", async () => {
    answer(429, { type: "error", error: { type: "rate_limit_error", message: "Number of requests has exceeded your rate limit" } });

    const error = await failure(client.apiKeys.list());

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.code).toBe("rate_limit_error");
    expect(error.message).toContain("Number of requests has exceeded your rate limit");
  });

  test.each(["insufficient_credits", "budget_exceeded"])(
    "402 %s is a plain ApiError with that code and is not retried",
    async (code) => {
      const requests = answer(402, { error: { code, message: "Top up credits to continue.", type: "billing_error" } });

      const error = await failure(new CallMissedClient({ apiKey: API_KEY }).apiKeys.list());

      expect(error.constructor).toBe(ApiError);
      expect(error.name).toBe("ApiError");
      expect(error.status).toBe(402);
      expect(error.code).toBe(code);
      expect(requests).toHaveLength(1);
    },
  );
});
