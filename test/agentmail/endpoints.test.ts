import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { AgentMailClient, noSpamPermissions, readOnlyPermissions, servers } from "../../src/agentmail/index.js";
import { operations } from "../../src/agentmail/generated/meta.js";
import { createClock } from "../../src/testing/kit.js";
import { catchAll, createRecorder, server, servePages, useMsw } from "../msw.js";
import { httpClient } from "../../src/http.js";

useMsw();
afterEach(() => vi.unstubAllEnvs());

const BASE = "https://api.agentmail.to";
const KEY = "am_test_9f8e7d6c5b4a";

const wireKey = {
  type: "bearer",
  api_key_id: "ak_1",
  prefix: "am_3f2a",
  name: "reader",
  used_at: "2025-06-01T10:00:00Z",
  permissions: { inbox_read: true, label_spam_read: false },
  created_at: "2025-05-01T09:00:00Z",
  updated_at: "2025-05-02T09:00:00Z",
};
const wireCreated = {
  api_key_id: "ak_new",
  api_key: "am_new_secret",
  prefix: "am_new",
  name: "reader",
  permissions: { inbox_read: true, label_spam_read: false },
  created_at: "2025-05-01T09:00:00Z",
};

function newClient(options: ConstructorParameters<typeof AgentMailClient>[0] = {}): AgentMailClient {
  return new AgentMailClient({ apiKey: KEY, maxRetries: 0, ...options });
}

describe("agent.signUp", () => {
  test("POSTs snake_case JSON to /v0/agent/sign-up and returns camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/agent/sign-up`,
        record(() => HttpResponse.json({ organization_id: "org_1", inbox_id: "bot@agentmail.to", api_key: "am_fresh" })),
      ),
    );
    const result = await newClient().agent.signUp({ humanEmail: "h@example.com", username: "bot", source: "sdk" });
    expect(result).toEqual({ organizationId: "org_1", inboxId: "bot@agentmail.to", apiKey: "am_fresh" });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe("POST");
    expect(requests[0]!.headers.get("content-type")).toMatch(/^application\/json/);
    expect(requests[0]!.body).toEqual({ human_email: "h@example.com", username: "bot", source: "sdk" });
  });

  test("sends no Authorization header even when the client has a key", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/agent/sign-up`,
        record(() => HttpResponse.json({ organization_id: "org_1", inbox_id: "i", api_key: "am_fresh" })),
      ),
    );
    await newClient().agent.signUp({ humanEmail: "h@example.com", username: "bot" });
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  test("rejects a misspelled field before sending anything (the body stayed closed through the vendor's rename)", async () => {
    const requests = catchAll();
    await expect(newClient().agent.signUp({ username: "bot", humanEmial: "h@example.com" } as never)).rejects.toThrow(
      /humanEmial is not a known field/,
    );
    expect(requests).toHaveLength(0);
  });

  test("rejects a missing required field before sending anything", async () => {
    const requests = catchAll();
    await expect(newClient().agent.signUp({ humanEmail: "h@example.com" } as never)).rejects.toThrow(new TypeError("body.username is required."));
    expect(requests).toHaveLength(0);
  });
});

describe("agent.verify", () => {
  test("POSTs { otp_code } with the Bearer key and returns { verified }", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/agent/verify`,
        record(() => HttpResponse.json({ verified: true })),
      ),
    );
    await expect(newClient().agent.verify({ otpCode: "123456" })).resolves.toEqual({ verified: true });
    expect(requests[0]!.body).toEqual({ otp_code: "123456" });
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });
});

describe("auth.me", () => {
  test("GETs /v0/auth/me with the Bearer key and no body, and returns camelCase ids", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/auth/me`,
        record(() =>
          HttpResponse.json({
            scope_type: "inbox",
            scope_id: "bot@agentmail.to",
            organization_id: "org_1",
            pod_id: "pod_1",
            inbox_id: "bot@agentmail.to",
            api_key_id: "ak_1",
          }),
        ),
      ),
    );
    await expect(newClient().auth.me()).resolves.toEqual({
      scopeType: "inbox",
      scopeId: "bot@agentmail.to",
      organizationId: "org_1",
      podId: "pod_1",
      inboxId: "bot@agentmail.to",
      apiKeyId: "ak_1",
    });
    expect(requests[0]!.method).toBe("GET");
    expect(requests[0]!.url.pathname).toBe("/v0/auth/me");
    expect(requests[0]!.url.search).toBe("");
    expect(requests[0]!.body).toBeUndefined();
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });
});

describe("apiKeys", () => {
  test("create POSTs name and snake_case permissions to /v0/api-keys and returns camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json(wireCreated)),
      ),
    );
    const created = await newClient().apiKeys.create({
      name: "reader",
      permissions: { inboxRead: true, labelSpamRead: false },
    });
    expect(requests[0]!.url.pathname).toBe("/v0/api-keys");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(requests[0]!.body).toEqual({ name: "reader", permissions: { inbox_read: true, label_spam_read: false } });
    expect(created).toEqual({
      apiKeyId: "ak_new",
      apiKey: "am_new_secret",
      prefix: "am_new",
      name: "reader",
      permissions: { inboxRead: true, labelSpamRead: false },
      createdAt: "2025-05-01T09:00:00Z",
    });
  });

  test("create without params sends an empty JSON object", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json(wireCreated)),
      ),
    );
    await newClient().apiKeys.create();
    expect(requests[0]!.body).toEqual({});
  });

  test("list sends limit, page_token and ascending as query parameters and returns camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ count: 1, next_page_token: "tok_2", api_keys: [wireKey] })),
      ),
    );
    const page = await newClient().apiKeys.list({ limit: 1, pageToken: "tok_1", ascending: true });
    const query = requests[0]!.url.searchParams;
    expect([...query.keys()].sort()).toEqual(["ascending", "limit", "page_token"]);
    expect(query.get("limit")).toBe("1");
    expect(query.get("page_token")).toBe("tok_1");
    expect(query.get("ascending")).toBe("true");
    expect(page).toEqual({
      count: 1,
      nextPageToken: "tok_2",
      apiKeys: [
        {
          type: "bearer",
          apiKeyId: "ak_1",
          prefix: "am_3f2a",
          name: "reader",
          usedAt: "2025-06-01T10:00:00Z",
          permissions: { inboxRead: true, labelSpamRead: false },
          createdAt: "2025-05-01T09:00:00Z",
          updatedAt: "2025-05-02T09:00:00Z",
        },
      ],
    });
  });

  test("list without params sends no query string", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ count: 0, api_keys: [] })),
      ),
    );
    await expect(newClient().apiKeys.list()).resolves.toEqual({ count: 0, apiKeys: [] });
    expect(requests[0]!.url.search).toBe("");
  });

  test("listAll follows next_page_token across three pages and yields every key in order", async () => {
    const requests = servePages(`${BASE}/v0/api-keys`, "page_token", {
      "": {
        count: 2,
        next_page_token: "p2",
        api_keys: [
          { ...wireKey, api_key_id: "k1" },
          { ...wireKey, api_key_id: "k2" },
        ],
      },
      p2: { count: 1, next_page_token: "p3", api_keys: [{ ...wireKey, api_key_id: "k3" }] },
      p3: { count: 1, api_keys: [{ ...wireKey, api_key_id: "k4" }] },
    });
    const ids: string[] = [];
    for await (const key of newClient().apiKeys.listAll({ limit: 2 })) ids.push(key.apiKeyId);
    expect(ids).toEqual(["k1", "k2", "k3", "k4"]);
    expect(requests.map((r) => r.url.searchParams.get("page_token"))).toEqual([null, "p2", "p3"]);
    expect(requests.every((r) => r.url.searchParams.get("limit") === "2")).toBe(true);
  });

  test("delete sends DELETE /v0/api-keys/{id} and resolves to undefined", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.delete(
        `${BASE}/v0/api-keys/:id`,
        record(() => new HttpResponse(null, { status: 200 })),
      ),
    );
    await expect(newClient().apiKeys.delete("ak_1")).resolves.toBeUndefined();
    expect(requests[0]!.method).toBe("DELETE");
    expect(requests[0]!.url.pathname).toBe("/v0/api-keys/ak_1");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  test("path parameters are percent-encoded so an id cannot change the path", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.delete(
        `${BASE}/v0/api-keys/:id`,
        record(() => new HttpResponse(null, { status: 200 })),
      ),
    );
    await newClient().apiKeys.delete("ak/../x?y");
    expect(requests[0]!.url.pathname).toBe("/v0/api-keys/ak%2F..%2Fx%3Fy");
    expect(requests[0]!.url.search).toBe("");
  });
});

describe.each([
  { scope: "pods", param: "pod_1", prefix: "/v0/pods/pod_1/api-keys" },
  { scope: "inboxes", param: "bot@agentmail.to", prefix: "/v0/inboxes/bot%40agentmail.to/api-keys" },
] as const)("$scope.apiKeys", ({ scope, param, prefix }) => {
  test("create POSTs snake_case permissions to the scoped path", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}${prefix}`,
        record(() => HttpResponse.json({ ...wireCreated, pod_id: "pod_1" })),
      ),
    );
    const created = await newClient()[scope].apiKeys.create(param, { name: "r", permissions: { inboxRead: true } });
    expect(requests[0]!.method).toBe("POST");
    expect(requests[0]!.url.pathname).toBe(prefix);
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(requests[0]!.body).toEqual({ name: "r", permissions: { inbox_read: true } });
    expect(created).toMatchObject({ apiKeyId: "ak_new", podId: "pod_1", createdAt: "2025-05-01T09:00:00Z" });
  });

  test("list GETs the scoped path with limit and page_token", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}${prefix}`,
        record(() => HttpResponse.json({ count: 1, next_page_token: "n", api_keys: [wireKey] })),
      ),
    );
    const page = await newClient()[scope].apiKeys.list(param, { limit: 5, pageToken: "t" });
    expect(requests[0]!.url.pathname).toBe(prefix);
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({ limit: "5", page_token: "t" });
    expect(page.nextPageToken).toBe("n");
    expect(page.apiKeys[0]).toMatchObject({ apiKeyId: "ak_1", permissions: { inboxRead: true, labelSpamRead: false } });
  });

  test("listAll follows next_page_token on the scoped path", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}${prefix}`,
        record(({ request }) =>
          new URL(request.url).searchParams.get("page_token") === "p2"
            ? HttpResponse.json({ count: 1, api_keys: [{ ...wireKey, api_key_id: "k2" }] })
            : HttpResponse.json({ count: 1, next_page_token: "p2", api_keys: [{ ...wireKey, api_key_id: "k1" }] }),
        ),
      ),
    );
    const ids: string[] = [];
    for await (const key of newClient()[scope].apiKeys.listAll(param)) ids.push(key.apiKeyId);
    expect(ids).toEqual(["k1", "k2"]);
    expect(requests.every((r) => r.url.pathname === prefix)).toBe(true);
  });

  test("delete sends DELETE to the scoped key path", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.delete(
        `${BASE}${prefix}/:id`,
        record(() => new HttpResponse(null, { status: 200 })),
      ),
    );
    await expect(newClient()[scope].apiKeys.delete(param, "ak_9")).resolves.toBeUndefined();
    expect(requests[0]!.method).toBe("DELETE");
    expect(requests[0]!.url.pathname).toBe(`${prefix}/ak_9`);
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });
});

describe("permission presets", () => {
  const documentedKeys = Object.keys(operations.createApiKey.request.properties!.permissions!.properties!);

  async function sentPermissions(permissions: object): Promise<Record<string, boolean>> {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json(wireCreated)),
      ),
    );
    await newClient().apiKeys.create({ name: "preset", permissions });
    return (requests[0]!.body as { permissions: Record<string, boolean> }).permissions;
  }

  test("the spec documents 47 permission flags, with the app_* names", () => {
    expect(documentedKeys).toHaveLength(47);
    expect(documentedKeys).toEqual(
      expect.arrayContaining(["message_reply", "app_connect", "app_share_owner", "account_update", "pod_update", "calendar_event_delete"]),
    );
    expect(documentedKeys).not.toContain("provider_connect");
  });

  test("readOnlyPermissions sends the 15 documented read flags as true", async () => {
    expect(await sentPermissions(readOnlyPermissions)).toEqual({
      inbox_read: true,
      message_read: true,
      draft_read: true,
      webhook_read: true,
      domain_read: true,
      list_entry_read: true,
      metrics_read: true,
      api_key_read: true,
      pod_read: true,
      label_spam_read: true,
      label_blocked_read: true,
      label_unauthenticated_read: true,
      label_trash_read: true,
      calendar_read: true,
      calendar_event_read: true,
    });
  });

  test("noSpamPermissions sends the vendor's 43 flags (not the sign-in four), with only the four restricted labels false", async () => {
    const sent = await sentPermissions(noSpamPermissions);
    const signIn = ["account_update", "app_connect", "app_share_owner", "message_reply"];
    expect(Object.keys(sent).sort()).toEqual(documentedKeys.filter((key) => !signIn.includes(key)).sort());
    expect(
      Object.keys(sent)
        .filter((key) => !sent[key])
        .sort(),
    ).toEqual(["label_blocked_read", "label_spam_read", "label_trash_read", "label_unauthenticated_read"]);
  });

  test("the presets are frozen", () => {
    expect(Object.isFrozen(readOnlyPermissions)).toBe(true);
    expect(Object.isFrozen(noSpamPermissions)).toBe(true);
  });
});

describe("runtime request checks", () => {
  test("the TypeError for an unknown permission names the spec's date and what to do about a newer permission", async () => {
    const requests = catchAll();
    const error = (await newClient()
      .apiKeys.update("ak_1", { permissions: { calendarWrite: true } } as any)
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/^body\.permissions\.calendarWrite is not a known field\./);
    expect(error.message).toContain("AgentMail's API definition of 2026-10-05");
    expect(error.message).toMatch(/upgrade vendor-auth, or send the request with httpClient\(client\) from vendor-auth\/http/);
    expect(requests).toHaveLength(0);
  });

  test("a permission the vendor added in 2026 is accepted (appConnect was a TypeError before)", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json(wireCreated)),
      ),
    );
    await newClient().apiKeys.create({ permissions: { appConnect: true, calendarEventRead: true } });
    expect(requests[0]!.body).toEqual({ permissions: { app_connect: true, calendar_event_read: true } });
  });

  test("an unknown permission throws a TypeError naming the valid keys and sends no request", async () => {
    const requests = catchAll();
    const error = await newClient()
      .apiKeys.create({ permissions: { inbox_reed: true } } as any)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^body\.permissions\.inbox_reed is not a known field\. Valid fields: /);
    expect((error as Error).message).toContain("inboxRead");
    expect((error as Error).message).toContain("labelSpamRead");
    expect(requests).toHaveLength(0);
  });

  test("the check also guards scoped create", async () => {
    const requests = catchAll();
    await expect(newClient().inboxes.apiKeys.create("bot@agentmail.to", { permissions: { inboxReed: true } } as any)).rejects.toThrow(
      /inboxReed is not a known field/,
    );
    expect(requests).toHaveLength(0);
  });

  test("a non-boolean permission throws a TypeError before sending", async () => {
    const requests = catchAll();
    await expect(newClient().apiKeys.create({ permissions: { inboxRead: "yes" } } as any)).rejects.toThrow(
      new TypeError('body.permissions.inboxRead must be a boolean, got string "yes".'),
    );
    expect(requests).toHaveLength(0);
  });
});

describe("API key resolution", () => {
  test("without a key, signUp still works and sends no Authorization header", async () => {
    vi.stubEnv("AGENTMAIL_API_KEY", undefined);
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/agent/sign-up`,
        record(() => HttpResponse.json({ organization_id: "org_1", inbox_id: "i", api_key: "am_fresh" })),
      ),
    );
    const client = new AgentMailClient();
    await expect(client.agent.signUp({ humanEmail: "h@example.com", username: "bot" })).resolves.toMatchObject({
      apiKey: "am_fresh",
    });
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  test("without a key, an authenticated call rejects with a TypeError naming AGENTMAIL_API_KEY and sends nothing", async () => {
    vi.stubEnv("AGENTMAIL_API_KEY", undefined);
    const requests = catchAll();
    const client = new AgentMailClient();
    await expect(client.apiKeys.list()).rejects.toThrow(TypeError);
    await expect(client.apiKeys.list()).rejects.toThrow(/AGENTMAIL_API_KEY/);
    await expect(client.auth.me()).rejects.toThrow(/AGENTMAIL_API_KEY/);
    expect(requests).toHaveLength(0);
  });
});

describe("client options", () => {
  test("retry policy: signUp is marked safe to repeat, key creation and verify are not (the core retries by these flags)", () => {
    expect(operations.signUp).toMatchObject({ method: "POST", idempotent: true, auth: false });
    for (const op of [operations.createApiKey, operations.createPodApiKey, operations.createInboxApiKey, operations.verify]) {
      expect(op).not.toHaveProperty("idempotent");
    }
  });

  test("per-request headers are sent alongside the Bearer key", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/auth/me`,
        record(() => HttpResponse.json({ scope_type: "organization", scope_id: "org_1", organization_id: "org_1" })),
      ),
    );
    await newClient({ headers: { "x-client": "tests" } }).auth.me({ headers: { "x-trace-id": "t-1" } });
    expect(requests[0]!.headers.get("x-trace-id")).toBe("t-1");
    expect(requests[0]!.headers.get("x-client")).toBe("tests");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  test("baseUrl selects another documented region", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${servers[1]}/v0/api-keys`,
        record(() => HttpResponse.json({ count: 0, api_keys: [] })),
      ),
    );
    await newClient({ baseUrl: servers[1] }).apiKeys.list();
    expect(requests[0]!.url.origin).toBe("https://api.agentmail.eu");
  });

  test("httpClient(client) sends the Bearer key and returns the raw, typed snake_case data", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ count: 1, api_keys: [wireKey] })),
      ),
    );
    const { data } = await httpClient(newClient()).GET("/v0/api-keys", { params: { query: { limit: 3 } } });
    expect(data?.api_keys[0]?.api_key_id).toBe("ak_1");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(requests[0]!.url.searchParams.get("limit")).toBe("3");
  });

  test("httpClient(client) throws the same typed errors", async () => {
    server.use(
      http.delete(`${BASE}/v0/api-keys/:id`, () =>
        HttpResponse.json({ name: "NotFoundError", code: "not_found", message: "Not found" }, { status: 404 }),
      ),
    );
    await expect(httpClient(newClient()).DELETE("/v0/api-keys/{api_key_id}", { params: { path: { api_key_id: "nope" } } })).rejects.toMatchObject({
      name: "NotFoundError",
      status: 404,
      code: "not_found",
    });
  });

  test("httpClient(client) is built once per client; withOptions gets its own, with its own key", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ count: 0, api_keys: [] })),
      ),
    );
    const client = newClient();
    const other = client.withOptions({ apiKey: "am_other_0123456789" });

    expect(httpClient(client)).toBe(httpClient(client));
    expect(httpClient(other)).not.toBe(httpClient(client));
    await httpClient(other).GET("/v0/api-keys");
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer am_other_0123456789");
  });

  test("httpClient of anything but a client is a TypeError that says what to pass", () => {
    expect(() => httpClient({} as never)).toThrow(/client must be a vendor-auth client such as new AgentMailClient\(\)/);
  });
});

const clock = createClock();
/** An expiry relative to a clock we control, never a calendar date. */
const inADay = () => new Date(clock.now() + 24 * 60 * 60 * 1000).toISOString();

const wirePublicKey = {
  type: "public_key",
  api_key_id: "pk_1",
  client_id: "laptop",
  name: "laptop key",
  inbox_id: "bot@agentmail.to",
  status: "pending",
  permissions: { app_connect: true, app_share_owner: false },
  created_by: { api_key_id: "ak_1" },
  created_at: "2025-05-01T09:00:00Z",
  updated_at: "2025-05-01T09:00:00Z",
};

describe("new in the 2026-10-05 definition", () => {
  test("the spec covers the 18 auth operations of the vendor's endpoint table (all but app connect)", () => {
    const routes = Object.values(operations)
      .map((op) => `${op.method} ${op.path}`)
      .sort();
    expect(routes).toEqual([
      "DELETE /v0/api-keys/{api_key_id}",
      "DELETE /v0/inboxes/{inbox_id}/api-keys/{api_key_id}",
      "DELETE /v0/pods/{pod_id}/api-keys/{api_key_id}",
      "GET /v0/api-keys",
      "GET /v0/api-keys/{api_key_id}",
      "GET /v0/auth/me",
      "GET /v0/inboxes/{inbox_id}/api-keys",
      "GET /v0/pods/{pod_id}/api-keys",
      "PATCH /v0/api-keys/{api_key_id}",
      "PATCH /v0/inboxes/{inbox_id}/api-keys/{api_key_id}",
      "PATCH /v0/pods/{pod_id}/api-keys/{api_key_id}",
      "POST /v0/agent/human",
      "POST /v0/agent/sign-up",
      "POST /v0/agent/verify",
      "POST /v0/api-keys",
      "POST /v0/inboxes/{inbox_id}/api-keys",
      "POST /v0/inboxes/{inbox_id}/authorize",
      "POST /v0/pods/{pod_id}/api-keys",
    ]);
  });

  test("apiKeys.get GETs /v0/api-keys/{id} and returns either family, told apart by type", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/api-keys/:id`,
        record(({ request }) => HttpResponse.json(request.url.endsWith("/pk_1") ? wirePublicKey : wireKey)),
      ),
    );
    const bearer = await newClient().apiKeys.get("ak_1");
    const pub = await newClient().apiKeys.get("pk_1");
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(["GET /v0/api-keys/ak_1", "GET /v0/api-keys/pk_1"]);
    expect(bearer).toMatchObject({ type: "bearer", prefix: "am_3f2a", updatedAt: "2025-05-02T09:00:00Z" });
    expect(pub).toMatchObject({ type: "public_key", clientId: "laptop", status: "pending", createdBy: { apiKeyId: "ak_1" } });
  });

  test("apiKeys.update PATCHes only name and snake_case permissions", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.patch(
        `${BASE}/v0/api-keys/:id`,
        record(() => HttpResponse.json({ ...wireKey, name: "renamed" })),
      ),
    );
    const updated = await newClient().apiKeys.update("ak_1", { name: "renamed", permissions: { inboxRead: true } });
    expect(requests[0]!.method).toBe("PATCH");
    expect(requests[0]!.url.pathname).toBe("/v0/api-keys/ak_1");
    expect(requests[0]!.body).toEqual({ name: "renamed", permissions: { inbox_read: true } });
    expect(updated.name).toBe("renamed");
    await expect(newClient().apiKeys.update("ak_1", { expiresAt: inADay() } as any)).rejects.toThrow(/expiresAt is not a known field/);
  });

  test("update is retried on 5xx (x-idempotent: a PATCH of an existing key); create is not", async () => {
    let patches = 0;
    let posts = 0;
    server.use(
      http.patch(`${BASE}/v0/api-keys/:id`, () => (++patches < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(wireKey))),
      http.post(`${BASE}/v0/api-keys`, () => {
        posts += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const client = new AgentMailClient({ apiKey: KEY, maxRetries: 2 });
    await expect(client.apiKeys.update("ak_1", { name: "x" }, { maxRetries: 2 })).resolves.toMatchObject({ apiKeyId: "ak_1" });
    expect(patches).toBe(3);
    await expect(client.apiKeys.create({ name: "x" })).rejects.toMatchObject({ status: 503 });
    expect(posts).toBe(1);
    expect(operations.updateApiKey.idempotent).toBe(true);
    expect(operations.updatePodApiKey.idempotent).toBe(true);
    expect(operations.updateInboxApiKey.idempotent).toBe(true);
  });

  test.each([
    ["pods", "pod_1", "/v0/pods/pod_1/api-keys/ak_1"],
    ["inboxes", "bot@agentmail.to", "/v0/inboxes/bot%40agentmail.to/api-keys/ak_1"],
  ] as const)("%s.apiKeys.update PATCHes the scoped key path", async (scope, scopeId, path) => {
    const { requests, record } = createRecorder();
    server.use(
      http.patch(
        `${BASE}${path}`,
        record(() => HttpResponse.json(wireKey)),
      ),
    );
    await newClient()[scope].apiKeys.update(scopeId, "ak_1", { permissions: { appConnect: false } });
    expect(requests[0]!.url.pathname).toBe(path);
    expect(requests[0]!.body).toEqual({ permissions: { app_connect: false } });
  });

  test("apiKeys.list({ type }) sends the family filter", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ count: 1, api_keys: [wirePublicKey] })),
      ),
    );
    const page = await newClient().apiKeys.list({ type: "public_key" });
    expect(requests[0]!.url.searchParams.get("type")).toBe("public_key");
    expect(page.apiKeys[0]!.type).toBe("public_key");
  });

  test("apiKeys.create registers a public key when publicKey is set", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ ...wirePublicKey, status: undefined })),
      ),
    );
    const jwk = { kty: "EC", crv: "P-256", x: "x".repeat(43), y: "y".repeat(43) } as const;
    const registered = await newClient().apiKeys.create({ publicKey: jwk, clientId: "laptop" });
    expect(requests[0]!.body).toEqual({ public_key: jwk, client_id: "laptop" });
    expect(registered.type).toBe("public_key");
    await expect(newClient().apiKeys.create({ publicKey: { ...jwk, d: "secret" } } as any)).rejects.toThrow(/publicKey\.d is not a known field/);
  });

  test("a bearer create sends expires_at", async () => {
    const { requests, record } = createRecorder();
    const expiresAt = inADay();
    server.use(
      http.post(
        `${BASE}/v0/api-keys`,
        record(() => HttpResponse.json({ ...wireCreated, expires_at: expiresAt })),
      ),
    );
    const created = await newClient().apiKeys.create({ name: "short", expiresAt });
    expect(requests[0]!.body).toEqual({ name: "short", expires_at: expiresAt });
    expect(created.expiresAt).toBe(expiresAt);
  });

  test("agent.attachHuman POSTs { human_email } with the key; signUp works without humanEmail", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/agent/human`,
        record(() => HttpResponse.json({ human_email: "h@example.com", instructions: "check mail" })),
      ),
      http.post(
        `${BASE}/v0/agent/sign-up`,
        record(() => HttpResponse.json({ organization_id: "o", inbox_id: "i", api_key: "am_x" })),
      ),
    );
    await newClient().agent.signUp({ username: "bot" });
    await expect(newClient().agent.attachHuman({ humanEmail: "h@example.com" })).resolves.toEqual({
      humanEmail: "h@example.com",
      instructions: "check mail",
    });
    expect(requests[0]!.body).toEqual({ username: "bot" });
    expect(requests[1]!.url.pathname).toBe("/v0/agent/human");
    expect(requests[1]!.body).toEqual({ human_email: "h@example.com" });
    expect(requests[1]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  test("inboxes.authorize POSTs { auth_token, accept_disclosure } to the inbox and returns the key id", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.post(
        `${BASE}/v0/inboxes/:inbox/authorize`,
        record(() => HttpResponse.json({ api_key_id: "pk_1", instructions: "poll" })),
      ),
    );
    const result = await newClient().inboxes.authorize("bot@agentmail.to", { authToken: "A".repeat(22), acceptDisclosure: true });
    expect(requests[0]!.url.pathname).toBe("/v0/inboxes/bot%40agentmail.to/authorize");
    expect(requests[0]!.body).toEqual({ auth_token: "A".repeat(22), accept_disclosure: true });
    expect(result).toEqual({ apiKeyId: "pk_1", instructions: "poll" });
  });

  test("delete accepts 204 as well as 200", async () => {
    server.use(http.delete(`${BASE}/v0/api-keys/:id`, () => new HttpResponse(null, { status: 204 })));
    await expect(newClient().apiKeys.delete("ak_1")).resolves.toBeUndefined();
  });
});
