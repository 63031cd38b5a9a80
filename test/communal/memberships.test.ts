import { http, HttpResponse } from "msw";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  ApiError,
  AuthenticationError,
  CommunalClient,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
  type ListUserMembershipsParams,
  type UserMembership,
} from "../../src/communal/index.js";
import { createRecorder, servePages, server, useMsw } from "../msw.js";
import { BASE, KEY, wireMembership, wireMembershipPage, wireOptionPage } from "./fixtures.js";

useMsw();

const client = new CommunalClient({ apiKey: KEY, maxRetries: 0 });

describe("userMemberships.list", () => {
  test("GETs /user_memberships with snake_case filters and paging, and returns the page in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/user_memberships`,
        record(() => HttpResponse.json(wireMembershipPage(2, 3, [3, 4], 5))),
      ),
    );

    const page = await client.userMemberships.list({
      "filter[userId]": 89,
      "filter[active]": true,
      "filter[expiresStartingAt]": "2026-12-01T00:00:00Z",
      "page[number]": 2,
      "page[size]": 2,
    });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(requests[0]!.headers.get("x-api-version")).toBe("2026-08-25");
    expect([...requests[0]!.url.searchParams].sort()).toEqual([
      ["filter[active]", "true"],
      ["filter[expires_starting_at]", "2026-12-01T00:00:00Z"],
      ["filter[user_id]", "89"],
      ["page[number]", "2"],
      ["page[size]", "2"],
    ]);
    expect(page).toMatchObject({ currentPage: 2, lastPage: 3, total: 5 });
    expect(page.data[0]).toEqual({
      id: 3,
      userId: 89,
      status: "active",
      willAutoRenew: true,
      endsAt: "2026-12-31T23:59:59.000000Z",
      renewedAt: null,
      createdAt: "2026-01-01T00:00:00.000000Z",
      membershipType: { id: 4, title: "Gold" },
      plan: { id: 9, nickname: "Monthly", amount: 2500, interval: "month" },
    });
  });

  test("listAll walks page[number] 1 to last_page, keeping the filters", async () => {
    const requests = servePages(`${BASE}/user_memberships`, "page[number]", {
      "1": wireMembershipPage(1, 2, [1, 2], 3),
      "2": wireMembershipPage(2, 2, [3], 3),
    });

    const ids: number[] = [];
    for await (const membership of client.userMemberships.listAll({ "filter[expired]": false, "page[size]": 2 })) ids.push(membership.id);

    expect(ids).toEqual([1, 2, 3]);
    expect(requests.map((r) => r.url.searchParams.get("page[number]"))).toEqual(["1", "2"]);
    expect(requests.every((r) => r.url.searchParams.get("filter[expired]") === "false")).toBe(true);
  });

  test("get: a membership without its documented status is reported, not passed on half-typed", async () => {
    const { status: _status, ...incomplete } = wireMembership(1);
    server.use(http.get(`${BASE}/user_memberships/:id`, () => HttpResponse.json(incomplete)));

    const error = await client.userMemberships.get(1).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/expected an object with status, which is missing/);
  });
});

describe("userMemberships.get", () => {
  test("GETs /user_memberships/{id} and returns the membership in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/user_memberships/:id`,
        record(() => HttpResponse.json(wireMembership(1234, 42))),
      ),
    );

    const membership = await client.userMemberships.get(1234);

    expect(requests[0]!.url.pathname).toBe("/api/user_memberships/1234");
    expect(requests[0]!.url.search).toBe("");
    expect(membership).toMatchObject({ id: 1234, userId: 42, membershipType: { title: "Gold" }, plan: { amount: 2500 } });
  });

  test("an id that would leave the path is encoded, not followed", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/*`,
        record(() => HttpResponse.json(wireMembership(1))),
      ),
    );

    await client.userMemberships.get("../users/1");

    expect(requests[0]!.url.pathname).toBe("/api/user_memberships/..%2Fusers%2F1");
  });
});

describe("parentPrograms.listOptions", () => {
  test("GETs /parent_programs/options with the page and returns slim options in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/parent_programs/options`,
        record(() => HttpResponse.json(wireOptionPage(2, 2, [3], 3))),
      ),
    );

    const page = await client.parentPrograms.listOptions({ page: 2 });

    expect(requests[0]!.url.searchParams.get("page")).toBe("2");
    expect(page).toMatchObject({ currentPage: 2, lastPage: 2, total: 3 });
    expect(page.data).toEqual([{ id: 3, title: "Program 3", draft: false, archivedAt: null }]);
  });
});

describe("documented errors of the new operations", () => {
  const answer = (path: string, status: number, body: object) => server.use(http.get(`${BASE}${path}`, () => HttpResponse.json(body, { status })));

  test.each([
    ["/user_memberships", () => client.userMemberships.list()],
    ["/user_memberships/:id", () => client.userMemberships.get(1)],
    ["/parent_programs/options", () => client.parentPrograms.listOptions()],
  ])("401 on %s is an AuthenticationError with the vendor's message", async (path, call) => {
    answer(path, 401, { message: "Unauthenticated." });
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toContain("Unauthenticated.");
    expect((error as AuthenticationError).message).not.toContain(KEY);
  });

  test.each([
    ["/user_memberships", () => client.userMemberships.list({ "filter[userId]": 7 })],
    ["/user_memberships/:id", () => client.userMemberships.get(1)],
  ])("403 on %s is a PermissionDeniedError", async (path, call) => {
    answer(path, 403, { message: "This action is unauthorized." });
    await expect(call()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  test("404 on an unknown membership is a NotFoundError", async () => {
    answer("/user_memberships/:id", 404, { message: "No query results for model." });
    await expect(client.userMemberships.get(99)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("422 on a bad filter is a ValidationError whose fieldErrors are the errors sent", async () => {
    const errors = { "page.size": ["The page.size field must be between 1 and 500."] };
    answer("/user_memberships", 422, { message: errors["page.size"][0]!, errors });

    const error = await client.userMemberships.list({ "page[size]": 501 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(errors);
  });

  test("400 for an unsupported version names the versions to use", async () => {
    answer("/user_memberships", 400, { message: "Unsupported API version.", supported_versions: ["2026-03-25", "2026-08-25"] });

    const error = await client.userMemberships.list().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("Supported versions: 2026-03-25, 2026-08-25");
  });
});

describe("types", () => {
  test("filters are typed as documented, in camelCase, and the membership's fields too", () => {
    expectTypeOf<ListUserMembershipsParams["filter[userId]"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListUserMembershipsParams["page[size]"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListUserMembershipsParams>().not.toHaveProperty("filter[user_id]");
    expectTypeOf<UserMembership["endsAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<UserMembership["willAutoRenew"]>().toEqualTypeOf<boolean>();
  });
});
