import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { AuthenticationError, CommunalClient, NotFoundError, PermissionDeniedError, ServerError, ValidationError } from "../../src/communal/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { BASE, KEY, wireOptionPage } from "./fixtures.js";
import { failure } from "../helpers.js";

useMsw();

const client = new CommunalClient({ apiKey: KEY, maxRetries: 0 });

/** Makes the user endpoints answer `status` with `body`. */
function answerUsers(status: number, body: unknown): void {
  const respond = () => HttpResponse.json(body as object, { status });
  server.use(http.get(`${BASE}/users/:id`, respond), http.put(`${BASE}/users/:id`, respond));
}

describe("error classes", () => {
  test("401 AuthenticationException becomes an AuthenticationError carrying the message", async () => {
    answerUsers(401, { message: "Unauthenticated." });

    const error = await failure(client.users.get(89));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.message).toContain("Unauthenticated.");
    expect(error.message).toContain(`GET ${BASE}/users/89`);
  });

  test("403 AuthorizationException becomes a PermissionDeniedError", async () => {
    answerUsers(403, { message: "This action is unauthorized." });

    const error = await failure(client.users.update(90, { firstName: "A", lastName: "B", email: "a@example.com" }));

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.status).toBe(403);
    expect(error.message).toContain("This action is unauthorized.");
  });

  test("404 ModelNotFoundException becomes a NotFoundError", async () => {
    answerUsers(404, { message: "No query results for model [App\\Models\\User] 999999" });

    const error = await failure(client.users.get(999999));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("No query results for model");
  });

  test("422 {message, errors} becomes a ValidationError whose fieldErrors are exactly the errors sent", async () => {
    const errors = {
      email: ["The email has already been taken."],
      first_name: ["The first name field is required.", "The first name must be a string."],
      "custom_form.data.0": ["The custom_form.data.0 must be a string."],
    };
    answerUsers(422, { message: "The email has already been taken. (and 2 more errors)", errors });

    const error = await failure(client.users.update(89, { firstName: "", lastName: "Doe", email: "taken@example.com" }));

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.status).toBe(422);
    expect((error as ValidationError).fieldErrors).toEqual(errors);
    expect(error.message).toContain("The email has already been taken.");
  });

  test("500 becomes a ServerError", async () => {
    answerUsers(500, { message: "Server Error" });

    const error = await failure(client.users.get(89));

    expect(error).toBeInstanceOf(ServerError);
  });

  test("an error never repeats the API key, even when the body echoes it", async () => {
    answerUsers(401, { message: `Invalid key ${KEY}` });

    const error = await failure(client.users.get(89));

    expect(error.message).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });
});

describe("verifyKey", () => {
  function answerList(status: number, body: unknown) {
    const recorder = createRecorder();
    server.use(
      http.get(
        `${BASE}/parent_programs/options`,
        recorder.record(() => HttpResponse.json(body as object, { status })),
      ),
    );
    return recorder.requests;
  }

  test("is true when the cheapest authenticated read, one page of program options, succeeds", async () => {
    const requests = answerList(200, wireOptionPage(1, 1, [1], 1));

    await expect(client.verifyKey()).resolves.toBe(true);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url.pathname).toBe("/api/parent_programs/options");
    expect(requests[0]!.url.searchParams.get("page")).toBe("1");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  test("is false on 401", async () => {
    answerList(401, { message: "Unauthenticated." });

    await expect(client.verifyKey()).resolves.toBe(false);
  });

  test("is true on 403, which still proves the key", async () => {
    answerList(403, { message: "This action is unauthorized." });

    await expect(client.verifyKey()).resolves.toBe(true);
  });

  test("throws on 500 instead of answering", async () => {
    const requests = answerList(500, { message: "Server Error" });

    await expect(client.verifyKey()).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  test("withRawResponse() gives the answer with the response it was decided on, a 401 included", async () => {
    answerList(401, { message: "Unauthenticated." });
    const refused = await client.verifyKey().withRawResponse();
    answerList(200, wireOptionPage(1, 1, [1], 1));
    const accepted = await client.verifyKey().withRawResponse();

    expect([refused.data, refused.rawResponse.status]).toEqual([false, 401]);
    expect([accepted.data, accepted.rawResponse.status]).toEqual([true, 200]);
  });
});
