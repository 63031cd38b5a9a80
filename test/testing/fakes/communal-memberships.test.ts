import { describe, expect, it } from "vitest";
import { CommunalClient, NotFoundError, PermissionDeniedError, ValidationError } from "../../../src/communal/index.js";
import { createCommunalFake } from "../../../src/testing/fakes/communal.js";
import { createClock } from "../../../src/testing/kit.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";
import { httpClient } from "../../../src/http.js";

useMsw();
const validation = useSpecValidation(server, "communal");
const DAY_MS = 24 * 60 * 60 * 1000;

/** Ada (2) holds two memberships, Bo (3) one; every end date is relative to the fake's clock. */
function setup() {
  const clock = createClock();
  const inDays = (days: number) => new Date(clock.now() + days * DAY_MS).toISOString();
  const fake = createCommunalFake({
    clock,
    seed: {
      users: [
        { id: 1, email: "manager@example.com", firstName: "Mara", lastName: "Manager", manager: true },
        { id: 2, email: "ada@example.com", firstName: "Ada", lastName: "Lovelace" },
        { id: 3, email: "bo@example.com", firstName: "Bo", lastName: "Member" },
      ],
      memberships: [
        { id: 10, userId: 2, endsAt: inDays(30), membershipType: { id: 4, title: "Gold" } },
        { id: 11, userId: 2, endsAt: inDays(-1), status: "expired" },
        { id: 12, userId: 3, endsAt: inDays(5) },
      ],
      parentPrograms: Array.from({ length: 17 }, (_, i) => ({ id: i + 1, title: `Program ${i + 1}`, draft: i === 0 })),
      apiKeys: [
        { key: "key-manager", userId: 1 },
        { key: "key-ada", userId: 2 },
      ],
    },
  });
  server.use(...fake.handlers);
  const client = (apiKey: string) => new CommunalClient({ apiKey, maxRetries: 0 });
  return { fake, client, inDays };
}

const ids = (page: { data: Array<{ id: number }> }) => page.data.map((m) => m.id);

describe("Communal fake: user memberships", () => {
  it("a member key lists only its own memberships; a manager key sees everyone's", async () => {
    const { client } = setup();
    expect(ids(await client("key-ada").userMemberships.list())).toEqual([10, 11]);
    expect(ids(await client("key-manager").userMemberships.list())).toEqual([10, 11, 12]);
    expect(ids(await client("key-manager").userMemberships.list({ "filter[userId]": 3 }))).toEqual([12]);
    const one = await client("key-ada").userMemberships.get(10);
    expect(one).toMatchObject({ id: 10, userId: 2, status: "active", membershipType: { title: "Gold" }, plan: null });
  });

  it("answers 403 when a member key asks for someone else's memberships, and 404 for an unknown one", async () => {
    const { client } = setup();
    await expect(client("key-ada").userMemberships.list({ "filter[userId]": 3 })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client("key-ada").userMemberships.get(12)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client("key-manager").userMemberships.get(99)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("judges active and expired on the fake's clock, so a membership expires as the clock passes its end", async () => {
    const { fake, client } = setup();
    const manager = client("key-manager");
    expect(ids(await manager.userMemberships.list({ "filter[expired]": true }))).toEqual([11]);
    expect(ids(await manager.userMemberships.list({ "filter[active]": true }))).toEqual([10, 12]);
    fake.clock.advance(6 * DAY_MS);
    expect(ids(await manager.userMemberships.list({ "filter[expired]": true }))).toEqual([11, 12]);
    expect(ids(await manager.userMemberships.list({ "filter[active]": true }))).toEqual([10]);
  });

  it("filters by the window the current period ends in", async () => {
    const { client, inDays } = setup();
    const page = await client("key-manager").userMemberships.list({
      "filter[expiresStartingAt]": inDays(0),
      "filter[expiresEndingAt]": inDays(10),
    });
    expect(ids(page)).toEqual([12]);
  });

  it("pages with page[number] and page[size], and listAll walks every page", async () => {
    const { client } = setup();
    const page = await client("key-manager").userMemberships.list({ "page[number]": 2, "page[size]": 2 });
    expect(page).toMatchObject({ currentPage: 2, from: 3, to: 3, lastPage: 2, perPage: 2, total: 3 });
    const all: number[] = [];
    for await (const m of client("key-manager").userMemberships.listAll({ "page[size]": 1 })) all.push(m.id);
    expect(all).toEqual([10, 11, 12]);
  });

  it("validates the query as Laravel does: 422 with the field in dot notation", async () => {
    const { client } = setup();
    const tooBig = await client("key-ada")
      .userMemberships.list({ "page[size]": 501 })
      .catch((e: unknown) => e);
    expect(tooBig).toBeInstanceOf(ValidationError);
    expect((tooBig as ValidationError).fieldErrors).toEqual({ "page.size": ["The page.size field must be between 1 and 500."] });
    const bad = await httpClient(client("key-ada"))
      .GET("/user_memberships", { params: { query: { "filter[active]": "maybe", "filter[expires_ending_at]": "soon" } as never } })
      .catch((e: unknown) => e);
    expect(Object.keys((bad as ValidationError).fieldErrors ?? {}).sort()).toEqual(["filter.active", "filter.expires_ending_at"]);
    expect((bad as ValidationError).message).toMatch(/\(and 1 more error\)/);
  });

  it("answers 401 for an unknown key before any membership rule", async () => {
    const { client } = setup();
    await expect(client("nope").userMemberships.get(10)).rejects.toMatchObject({ status: 401 });
  });
});

describe("Communal fake: program options and the key check", () => {
  it("lists slim options, paged like the programs", async () => {
    const { client } = setup();
    const first = await client("key-ada").parentPrograms.listOptions();
    expect(first).toMatchObject({ currentPage: 1, lastPage: 2, perPage: 15, total: 17 });
    expect(first.data[0]).toEqual({ id: 1, title: "Program 1", draft: true, archivedAt: null });
    expect(ids(await client("key-ada").parentPrograms.listOptions({ page: 2 }))).toEqual([16, 17]);
  });

  it("verifyKey is true for an issued key and false for an unknown one", async () => {
    const { fake, client } = setup();
    expect(await client(fake.issueKey()).verifyKey()).toBe(true);
    expect(await client("nope").verifyKey()).toBe(false);
  });

  it("reset restores the seeded memberships", async () => {
    const { fake } = setup();
    fake.state.memberships.delete(10);
    fake.reset();
    expect([...fake.state.memberships.keys()]).toEqual([10, 11, 12]);
  });

  it("validated every response above against specs/communal.yaml", () => {
    expect(validation.responsesChecked()).toBeGreaterThan(15);
  });
});
