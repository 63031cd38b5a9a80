import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { CommunalClient, type CommunalClientOptions } from "../../src/communal/index.js";
import { catchAll, createRecorder, server, servePages, useMsw } from "../msw.js";
import { BASE, KEY, wirePage, wireParentProgram, wireUser, wireUserResource } from "./fixtures.js";

useMsw();

function newClient(options: CommunalClientOptions = {}): CommunalClient {
  return new CommunalClient({ apiKey: KEY, maxRetries: 0, ...options });
}

describe("users.get", () => {
  test("GETs /users/{id} with the include query and a Bearer key, and returns the user in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/users/89`,
        record(() => HttpResponse.json(wireUserResource)),
      ),
    );

    const user = await newClient().users.get(89, { include: "family" });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe("GET");
    expect(requests[0]!.url.searchParams.get("include")).toBe("family");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(user).toMatchObject({ id: "89", firstName: "Jane", preferredName: "Janey", dateOfBirth: "1990-04-12T00:00:00.000000Z" });
    expect(user.family?.[0]).toMatchObject({ userId: 89, dateOfBirth: "2016-07-01", emergency: { familyId: 311 } });
    expect(user).not.toHaveProperty("first_name");
  });

  test("sends filter[tenant_id] for the camelCase filter[tenantId] option", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/users/89`,
        record(() => HttpResponse.json(wireUserResource)),
      ),
    );

    await newClient().users.get(89, { "filter[tenantId]": "all" });

    expect([...requests[0]!.url.searchParams]).toEqual([["filter[tenant_id]", "all"]]);
  });

  test("sends no query string when no options are given", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/users/89`,
        record(() => HttpResponse.json(wireUserResource)),
      ),
    );

    await newClient().users.get(89);

    expect(requests[0]!.url.search).toBe("");
  });
});

describe("users.update", () => {
  test("PUTs a snake_case JSON body to /users/{id} and returns the full user in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.put(
        `${BASE}/users/89`,
        record(() => HttpResponse.json(wireUser)),
      ),
    );

    const user = await newClient().users.update(89, {
      firstName: "Jane",
      lastName: "Doe",
      email: "jane.doe@example.com",
      preferredName: "Janey",
      profileAddressLine2: "Suite 200",
      profileCountry: "CA",
      middleName: null,
      customForm: { id: 4, data: ["yes"] },
    });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe("PUT");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(requests[0]!.headers.get("content-type")).toMatch(/^application\/json/);
    expect(requests[0]!.body).toEqual({
      first_name: "Jane",
      last_name: "Doe",
      email: "jane.doe@example.com",
      preferred_name: "Janey",
      profile_address_line_2: "Suite 200",
      profile_country: "CA",
      middle_name: null,
      custom_form: { id: 4, data: ["yes"] },
    });
    expect(user).toMatchObject({ id: 89, tenantId: 4, profileAddressLine2: "Suite 200", isCommunalAdmin: false, canUseCard: true });
  });

  test("rejects a field UpdateUserRequest does not have with a TypeError before sending anything", async () => {
    const requests = catchAll();
    const params = { firstName: "Jane", lastName: "Doe", email: "jane@example.com", nickname: "JJ" };

    await expect(newClient().users.update(89, params as any)).rejects.toThrow(TypeError);
    await expect(newClient().users.update(89, params as any)).rejects.toThrow(/body\.nickname is not a known field/);
    expect(requests).toHaveLength(0);
  });

  test("rejects a body missing a required field with a TypeError before sending anything", async () => {
    const requests = catchAll();

    await expect(newClient().users.update(89, { firstName: "Jane", lastName: "Doe" } as any)).rejects.toThrow(
      new TypeError("body.email is required."),
    );
    expect(requests).toHaveLength(0);
  });
});

describe("parentPrograms", () => {
  test("list GETs /parent_programs with the page query and returns the page in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/parent_programs`,
        record(() => HttpResponse.json(wirePage(2, 3, [3, 4], 5))),
      ),
    );

    const page = await newClient().parentPrograms.list({ page: 2, include: "programs" });

    expect(requests[0]!.url.searchParams.get("page")).toBe("2");
    expect(requests[0]!.url.searchParams.get("include")).toBe("programs");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(page).toMatchObject({ currentPage: 2, lastPage: 3, perPage: 2, from: 3, to: 4, total: 5 });
    expect(page.data.map((program) => program.id)).toEqual([3, 4]);
    expect(page.data[0]).toMatchObject({ eventStartDate: "2026-06-06", memberPricingSavings: { guestPrice: 12000 } });
  });

  test("get GETs /parent_programs/{id} and returns the program in camelCase", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/parent_programs/:id`,
        record(() => HttpResponse.json(wireParentProgram(17, "Swim Club"))),
      ),
    );

    const program = await newClient().parentPrograms.get(17, { include: "programs" });

    expect(requests[0]!.url.pathname).toBe("/api/parent_programs/17");
    expect(requests[0]!.url.searchParams.get("include")).toBe("programs");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(program).toMatchObject({ id: 17, title: "Swim Club", availableSpots: 12, facilityIds: [3, 5] });
  });

  test("listAll yields every program of every page, asking for pages 1 to last_page in order", async () => {
    const requests = servePages(`${BASE}/parent_programs`, "page", {
      "1": wirePage(1, 3, [1, 2], 5),
      "2": wirePage(2, 3, [3, 4], 5),
      "3": wirePage(3, 3, [5], 5),
    });

    const ids: number[] = [];
    for await (const program of newClient().parentPrograms.listAll({ include: "programs" })) ids.push(program.id);

    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(requests.map((r) => r.url.searchParams.get("page"))).toEqual(["1", "2", "3"]);
    expect(requests.every((r) => r.url.searchParams.get("include") === "programs")).toBe(true);
  });

  test("listAll makes one request when the first page is the last", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        `${BASE}/parent_programs`,
        record(() => HttpResponse.json(wirePage(1, 1, [], 0))),
      ),
    );

    const items = [];
    for await (const program of newClient().parentPrograms.listAll()) items.push(program);

    expect(items).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});
