import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import {
  AgentMailClient,
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  VendorAuthError,
  isVendorAuthError,
} from "../../src/agentmail/index.js";
import { server, useMsw } from "../msw.js";
import { failure } from "../helpers.js";

useMsw();

const BASE = "https://api.agentmail.to";
const KEY = "am_live_5ecret_do_not_leak_77";
const client = new AgentMailClient({ apiKey: KEY, maxRetries: 0 });

/** Makes every AgentMail endpoint the tests use answer with `response`. */
function answer(response: () => Response): void {
  server.use(http.get(`${BASE}/v0/api-keys`, response), http.post(`${BASE}/v0/api-keys`, response));
}

describe("error classes by status", () => {
  test("400 validation_error becomes a ValidationError with fieldErrors from errors[{path, message}]", async () => {
    answer(() =>
      HttpResponse.json(
        {
          name: "ValidationError",
          code: "validation_error",
          errors: [
            { path: ["permissions", "inbox_reed"], message: "Unrecognized key" },
            { path: ["name"], message: "Expected string" },
            { path: ["name"], message: "Too long" },
          ],
          fix: "Correct the offending fields and resend.",
          docs: "https://docs.agentmail.to/errors#validation_error",
        },
        { status: 400 },
      ),
    );
    const error = await failure(client.apiKeys.create({ name: "x" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.status).toBe(400);
    expect(error.code).toBe("validation_error");
    expect((error as ValidationError).fieldErrors).toEqual({
      "permissions.inbox_reed": ["Unrecognized key"],
      name: ["Expected string", "Too long"],
    });
    expect(error.message).toContain("permissions.inbox_reed: Unrecognized key");
    expect(error.message).toContain("POST https://api.agentmail.to/v0/api-keys");
  });

  test("401 unknown_api_key becomes an AuthenticationError with the code", async () => {
    answer(() =>
      HttpResponse.json(
        { name: "UnauthorizedError", code: "unknown_api_key", message: "Unauthorized", docs: "https://docs.agentmail.to/errors#unknown_api_key" },
        { status: 401 },
      ),
    );
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.name).toBe("AuthenticationError");
    expect(error.code).toBe("unknown_api_key");
    expect(error.message).toBe("401 Unauthorized [unknown_api_key]: Unauthorized (GET https://api.agentmail.to/v0/api-keys).");
  });

  test("403 missing_permission surfaces code, fix and docs on a PermissionDeniedError", async () => {
    const fix = "This API key does not have the 'api_key_create' permission. Retry with an API key that includes 'api_key_create'.";
    answer(() =>
      HttpResponse.json(
        {
          name: "ForbiddenError",
          code: "missing_permission",
          message: "Forbidden",
          fix,
          docs: "https://docs.agentmail.to/errors#missing_permission",
        },
        { status: 403 },
      ),
    );
    const error = await failure(client.apiKeys.create({ name: "x" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.code).toBe("missing_permission");
    expect(error.fix).toBe(fix);
    expect(error.docs).toBe("https://docs.agentmail.to/errors#missing_permission");
    expect(error.message).toContain("api_key_create");
  });

  test("a bare gateway 403 {message} is still a PermissionDeniedError, without a code", async () => {
    answer(() => HttpResponse.json({ message: "Forbidden" }, { status: 403 }));
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.code).toBeUndefined();
    expect(error.fix).toBeUndefined();
    expect(error.message).toBe("403 Forbidden: Forbidden (GET https://api.agentmail.to/v0/api-keys).");
  });

  test.each([
    { status: 404, code: "not_found", Class: NotFoundError },
    { status: 409, code: "already_exists", Class: ConflictError },
    { status: 422, code: "unprocessable", Class: ValidationError },
    { status: 429, code: "rate_limit_exceeded", Class: RateLimitError },
    { status: 500, code: "internal_error", Class: ServerError },
    { status: 503, code: "service_unavailable", Class: ServerError },
  ])("$status $code becomes a $Class.name", async ({ status, code, Class }) => {
    answer(() => HttpResponse.json({ name: "Error", code, message: `The ${code} message` }, { status }));
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(Class);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.message).toContain(`The ${code} message`);
  });

  test("a status without its own class (402) is a plain ApiError", async () => {
    answer(() => HttpResponse.json({ name: "PaymentRequired", message: "Upgrade your plan" }, { status: 402 }));
    const error = await failure(client.apiKeys.list());
    expect(error.constructor).toBe(ApiError);
    expect(error.name).toBe("ApiError");
    expect(error.message).toBe("402 Payment Required: Upgrade your plan (GET https://api.agentmail.to/v0/api-keys).");
  });

  test("every error is a VendorAuthError and passes isVendorAuthError", async () => {
    answer(() => HttpResponse.json({ message: "nope" }, { status: 404 }));
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(VendorAuthError);
    expect(isVendorAuthError(error)).toBe(true);
  });

  test("the request id comes from x-request-id, and headers and body are kept", async () => {
    answer(() => HttpResponse.json({ code: "not_found", message: "Not found" }, { status: 404, headers: { "x-request-id": "req_abc123" } }));
    const error = await failure(client.apiKeys.list());
    expect(error.requestId).toBe("req_abc123");
    expect(error.headers["x-request-id"]).toBe("req_abc123");
    expect(error.body).toEqual({ code: "not_found", message: "Not found" });
    expect(error.method).toBe("GET");
    expect(error.url).toBe("https://api.agentmail.to/v0/api-keys");
  });
});

describe("bodies that are not the documented envelope", () => {
  test("an HTML 502 from a proxy is a ServerError whose message quotes the text", async () => {
    answer(() => HttpResponse.html("<html><body><h1>502 Bad Gateway</h1>\n</body></html>", { status: 502 }));
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("502 Bad Gateway");
    expect(error.message).toContain("non-JSON body: <html><body><h1>502 Bad Gateway</h1> </body></html>");
    expect(error.body).toBe("<html><body><h1>502 Bad Gateway</h1>\n</body></html>");
  });

  test("an empty 401 body is an AuthenticationError that says the body was empty", async () => {
    answer(() => new HttpResponse(null, { status: 401 }));
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("The server answered 401 Unauthorized with an empty body");
  });

  test("a JSON error sent as text/plain is still parsed", async () => {
    answer(
      () =>
        new HttpResponse(JSON.stringify({ code: "not_found", message: "Inbox not found" }), {
          status: 404,
          headers: { "content-type": "text/plain" },
        }),
    );
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe("not_found");
    expect(error.message).toContain("Inbox not found");
  });

  test("a JSON body that is not an object still gives a message", async () => {
    answer(() => HttpResponse.json(["unexpected"], { status: 409 }));
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain("The server answered 409 Conflict with an unexpected body");
  });
});

describe("2xx bodies that break the contract", () => {
  test("a 200 that is not JSON is an ApiError with code unexpected_response and the status", async () => {
    answer(() => HttpResponse.html("<html>maintenance</html>", { status: 200 }));
    const error = await failure(client.apiKeys.list());
    expect(error.constructor).toBe(ApiError);
    expect(error.code).toBe("unexpected_response");
    expect(error.status).toBe(200);
    expect(error.message).toContain("expected JSON");
    expect(error.body).toBe("<html>maintenance</html>");
  });

  test("a 200 missing required fields is an ApiError with code unexpected_response naming them", async () => {
    answer(() => HttpResponse.json({ count: 0 }, { status: 200 }));
    const error = await failure(client.apiKeys.list());
    expect(error.code).toBe("unexpected_response");
    expect(error.status).toBe(200);
    expect(error.message).toContain("api_keys");
    expect(error.url).toBe("https://api.agentmail.to/v0/api-keys");
  });

  test("a 200 whose body is the wrong JSON type is unexpected_response", async () => {
    answer(() => HttpResponse.json([], { status: 200 }));
    const error = await failure(client.apiKeys.list());
    expect(error.code).toBe("unexpected_response");
    expect(error.message).toContain("expected an object, got an array");
  });
});

describe("no response", () => {
  test("a network error is a ConnectionError naming the method and URL", async () => {
    answer(() => HttpResponse.error());
    const error = await client.apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as ConnectionError).message).toBe(
      "Connection failed: GET https://api.agentmail.to/v0/api-keys. Check the network and baseUrl, then retry.",
    );
    expect((error as ConnectionError).cause).toBeDefined();
  });
});

describe("the API key never leaks", () => {
  function expectNoKey(error: unknown): void {
    const err = error as Error;
    expect(err.message).not.toContain(KEY);
    expect(err.stack ?? "").not.toContain(KEY);
    expect(JSON.stringify(err)).not.toContain(KEY);
    expect(inspect(err, { depth: 10 })).not.toContain(KEY);
  }

  test("an error response that echoes the key in message, fix, body and headers is scrubbed", async () => {
    answer(() =>
      HttpResponse.json(
        {
          name: "UnauthorizedError",
          code: "unknown_api_key",
          message: `Unknown API key ${KEY}`,
          fix: `Key ${KEY} was revoked`,
          echo: { authorization: `Bearer ${KEY}`, [KEY]: [KEY] },
        },
        { status: 401, headers: { "x-debug-auth": `Bearer ${KEY}` } },
      ),
    );
    const error = await failure(client.apiKeys.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("Unknown API key [redacted]");
    expect(error.headers["x-debug-auth"]).toBe("Bearer [redacted]");
    expectNoKey(error);
  });

  test("a non-JSON error body that echoes the key is scrubbed", async () => {
    answer(() => new HttpResponse(`bad token: ${KEY}`, { status: 500 }));
    expectNoKey(await failure(client.apiKeys.list()));
  });

  test("a malformed 2xx body that echoes the key is scrubbed", async () => {
    answer(() => HttpResponse.json({ echoed: KEY }, { status: 200 }));
    const error = await failure(client.apiKeys.list());
    expect(error.code).toBe("unexpected_response");
    expectNoKey(error);
  });

  test("a non-JSON 2xx body that echoes the key is scrubbed", async () => {
    answer(() => new HttpResponse(`hello ${KEY}`, { status: 200 }));
    expectNoKey(await failure(client.apiKeys.list()));
  });

  test("a connection failure does not carry the key", async () => {
    answer(() => HttpResponse.error());
    expectNoKey(await client.apiKeys.list().catch((e: unknown) => e));
  });
});
