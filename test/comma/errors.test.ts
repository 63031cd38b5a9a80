import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  AuthenticationError,
  CommaClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type CommaPermissionDeniedError,
} from "../../src/comma/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { failure } from "../helpers.js";

useMsw();
afterEach(() => vi.useRealTimers());

const BASE = "https://commareports.com/api/v1";
const TOKEN = "comma_sk_errors_8c1d77";
const client = new CommaClient({ apiKey: TOKEN, maxRetries: 0 });

/** Makes the share endpoints answer `status` with Comma's `{error}` body. */
function answer(status: number, error: string, headers: Record<string, string> = {}) {
  const recorder = createRecorder();
  const respond = recorder.record(() => HttpResponse.json({ error }, { status, headers }));
  server.use(http.get(`${BASE}/reports/:id/share`, respond), http.put(`${BASE}/reports/:id/share`, respond));
  return recorder.requests;
}

describe("errors", () => {
  test("403 Token missing scope: sharing is a PermissionDeniedError naming the scope and how to get it", async () => {
    answer(403, "Token missing scope: sharing");

    const error = await failure(client.sharing.update("rep_01", { visibility: "public" }));

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as CommaPermissionDeniedError).missingScope).toBe("sharing");
    expect(error.message).toContain("Token missing scope: sharing");
    expect(error.message).toMatch(/Create a token with the sharing scope in Comma's Settings -> API tokens/);
  });

  test("a 403 for a report the owner cannot reach has no missingScope and keeps the server's message", async () => {
    answer(403, "You do not have access to this report");

    const error = await failure(client.sharing.get("rep_01"));

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).missingScope).toBeUndefined();
    expect(error.message).toContain("You do not have access to this report");
    expect(error.message).not.toContain("Settings -> API tokens");
  });

  test("401 for an expired token is an AuthenticationError", async () => {
    answer(401, "Token expired");

    const error = await failure(client.sharing.get("rep_01"));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("Token expired");
  });

  test("404 is a NotFoundError", async () => {
    answer(404, "Report not found");

    const error = await failure(client.sharing.get("rep_missing"));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("Report not found");
  });

  test("an error never repeats the token, even when the body echoes it", async () => {
    answer(401, `Unknown token ${TOKEN}`);

    const error = await failure(client.sharing.get("rep_01"));

    expect(error.message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  test("429 with Retry-After is retried after that wait", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { requests, record } = createRecorder();
    let calls = 0;
    server.use(
      http.get(
        `${BASE}/reports/:id`,
        record(() =>
          calls++ === 0
            ? HttpResponse.json({ error: "Rate limit exceeded" }, { status: 429, headers: { "Retry-After": "3" } })
            : HttpResponse.json({ id: "rep_01" }),
        ),
      ),
    );

    const result = new CommaClient({ apiKey: TOKEN }).reports.get("rep_01");
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    await expect(result).resolves.toEqual({ id: "rep_01" });
    expect(requests).toHaveLength(2);
  });

  test("429 whose Retry-After exceeds maxRetryAfterMs is thrown at once with retryAfterMs", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const requests = answer(429, "Rate limit exceeded", { "Retry-After": "120" });

    const error = await failure(new CommaClient({ apiKey: TOKEN, maxRetryAfterMs: 60_000 }).sharing.get("rep_01"));

    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(requests).toHaveLength(1);
  });
});
