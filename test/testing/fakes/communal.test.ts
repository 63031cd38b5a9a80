import { describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  CommunalClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  type DeprecationNotice,
} from "../../../src/communal/index.js";
import { createCommunalFake } from "../../../src/testing/fakes/communal.js";
import { createClock } from "../../../src/testing/kit.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";
import { httpClient } from "../../../src/http.js";

useMsw();
const DAY_MS = 24 * 60 * 60 * 1000;
const validation = useSpecValidation(server, "communal");

function setup(options: Parameters<typeof createCommunalFake>[0] = {}) {
  const fake = createCommunalFake({
    seed: {
      users: [
        { id: 1, email: "manager@example.com", firstName: "Mara", lastName: "Manager", manager: true },
        { id: 2, email: "ada@example.com", firstName: "Ada", lastName: "Lovelace" },
        { id: 3, email: "bo@example.com", firstName: "Bo", lastName: "Member" },
      ],
      parentPrograms: Array.from({ length: 20 }, (_, i) => ({ id: i + 1, title: `Program ${i + 1}` })),
      apiKeys: [
        { key: "key-manager", userId: 1 },
        { key: "key-ada", userId: 2 },
      ],
    },
    ...options,
  });
  server.use(...fake.handlers);
  const client = (apiKey: string, extra: Partial<ConstructorParameters<typeof CommunalClient>[0]> = {}) =>
    new CommunalClient({ apiKey, maxRetries: 0, ...extra });
  return { fake, client };
}

describe("Communal fake: keys and authorization", () => {
  it("answers 401 with Laravel's message for an unknown key", async () => {
    const { client } = setup();
    const error = await client("nope")
      .users.get(2)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).body).toEqual({ message: "Unauthenticated." });
  });

  it("lets a member key read its own user, as the compact string-typed resource", async () => {
    const { client } = setup();
    const user = await client("key-ada").users.get(2);
    expect(user).toMatchObject({ id: "2", name: "Ada Lovelace", email: "ada@example.com", firstName: "Ada" });
    expect(user.family).toBeUndefined();
    expect((await client("key-ada").users.get(2, { include: "family" })).family).toEqual([]);
  });

  it("answers 403 when a member key reads or updates someone else", async () => {
    const { client } = setup();
    await expect(client("key-ada").users.get(3)).rejects.toBeInstanceOf(PermissionDeniedError);
    const error = await client("key-ada")
      .users.update(3, { firstName: "X", lastName: "Y", email: "x@example.com" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).body).toEqual({ message: "This action is unauthorized." });
  });

  it("lets a manager key read and update anyone, and answers 404 for an unknown user", async () => {
    const { fake, client } = setup();
    expect((await client("key-manager").users.get(3)).email).toBe("bo@example.com");
    const updated = await client("key-manager").users.update(3, {
      firstName: "Bob",
      lastName: "Member",
      email: "bob@example.com",
      profileAddressLine2: "Suite 200",
    });
    expect(updated).toMatchObject({ id: 3, name: "Bob Member", email: "bob@example.com", profileAddressLine2: "Suite 200" });
    expect(fake.state.users.get(3)?.email).toBe("bob@example.com");
    await expect(client("key-manager").users.get(99)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("issueKey creates a working key, for a new user or as a manager", async () => {
    const { fake, client } = setup();
    const member = fake.issueKey();
    const me = fake.state.apiKeys.get(member)!;
    expect((await client(member).users.get(me)).id).toBe(String(me));
    await expect(client(member).users.get(1)).rejects.toBeInstanceOf(PermissionDeniedError);
    const manager = fake.issueKey({ manager: true });
    expect((await client(manager).users.get(1)).id).toBe("1");
  });
});

describe("Communal fake: updates are validated as documented", () => {
  it("requires first_name, last_name and email, with Laravel's 422 body", async () => {
    const { client } = setup();
    const error = await httpClient(client("key-ada"))
      .PUT("/users/{user}", { params: { path: { user: "2" } }, body: { email: "" } as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { fieldErrors, body } = error as ValidationError;
    expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(["email", "first_name", "last_name"]);
    expect((body as { message: string }).message).toMatch(/required.*\(and 2 more errors\)/);
  });

  it("rejects an email another user already has", async () => {
    const { client } = setup();
    const error = await client("key-ada")
      .users.update(2, { firstName: "Ada", lastName: "L", email: "bo@example.com" })
      .catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ email: ["The email has already been taken."] });
  });
});

describe("Communal fake: X-Api-Version", () => {
  it("applies 2026-08-25 when no version is sent, and reports the client's version as chosen by header", async () => {
    const { client } = setup();
    const bare = await fetch("https://api.getcommunal.com/api/users/2", { headers: { authorization: "Bearer key-ada" } });
    expect(bare.headers.get("x-api-version")).toBe("2026-08-25");
    expect(bare.headers.get("x-api-version-source")).toBe("default");
    const { response } = await httpClient(client("key-ada")).GET("/users/{user}", { params: { path: { user: 2 } } });
    expect(response.headers.get("x-api-version")).toBe("2026-08-25");
    expect(response.headers.get("x-api-version-source")).toBe("header");
  });

  it("answers 400 with supported_versions for an unknown version, before checking the key", async () => {
    const { client } = setup();
    const error = await client("not-a-key", { apiVersion: "2020-01-01" })
      .users.get(2)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(400);
    expect((error as ValidationError).body).toEqual({
      message: "Unsupported API version.",
      supported_versions: ["2026-02-01", "2026-03-25", "2026-08-25"],
    });
  });

  it("sends the deprecation headers for a deprecated version, and 400 once past its sunset", async () => {
    // The sunset is 60 days ahead of the fake's clock, so the test holds at any wall-clock date.
    const clock = createClock();
    const sunset = new Date(clock.now() + 60 * DAY_MS).toISOString().slice(0, 10);
    const { fake, client } = setup({ clock, versions: { deprecated: { "2026-02-01": sunset } } });
    const notices: DeprecationNotice[] = [];
    const pinned = client("key-ada", { apiVersion: "2026-02-01", onDeprecation: (n) => notices.push(n) });
    await pinned.users.get(2);
    expect(notices).toEqual([expect.objectContaining({ version: "2026-02-01", sunset })]);
    fake.clock.advance(62 * DAY_MS);
    const error = await pinned.users.get(2).catch((e: unknown) => e);
    expect((error as ValidationError).status).toBe(400);
    expect((error as ValidationError).body).toMatchObject({ supported_versions: ["2026-03-25", "2026-08-25"] });
  });
});

describe("Communal fake: parent programs", () => {
  it("pages with Laravel's paginator fields, and listAll walks every page", async () => {
    const { client } = setup();
    const page2 = await client("key-ada").parentPrograms.list({ page: 2 });
    expect(page2).toMatchObject({ currentPage: 2, from: 16, to: 20, lastPage: 2, perPage: 15, total: 20 });
    expect(page2.data.map((p) => p.title)).toEqual(["Program 16", "Program 17", "Program 18", "Program 19", "Program 20"]);
    const all = [];
    for await (const program of client("key-ada").parentPrograms.listAll()) all.push(program.id);
    expect(all).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("answers an empty page past the end, and 404 for an unknown program", async () => {
    const { client } = setup();
    expect(await client("key-ada").parentPrograms.list({ page: 9 })).toMatchObject({ data: [], from: null, to: null });
    expect((await client("key-ada").parentPrograms.get(7)).title).toBe("Program 7");
    await expect(client("key-ada").parentPrograms.get(70)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("Communal fake: test controls", () => {
  it("failNext answers the next request with the status and Retry-After, then recovers", async () => {
    const { fake, client } = setup();
    fake.failNext(429, { retryAfter: 3 });
    const error = await client("key-ada")
      .users.get(2)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3000);
    expect((await client("key-ada").users.get(2)).id).toBe("2");
  });

  it("a client with retries rides out an injected 503", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      const { fake } = setup();
      fake.failNext(503, { retryAfter: 1 });
      const pending = new CommunalClient({ apiKey: "key-ada" }).users.get(2);
      await vi.advanceTimersByTimeAsync(1000);
      expect((await pending).id).toBe("2");
    } finally {
      vi.useRealTimers();
    }
  });

  it("reset restores the seed", async () => {
    const { fake, client } = setup();
    await client("key-ada").users.update(2, { firstName: "Ada", lastName: "King", email: "ada@example.com" });
    fake.issueKey();
    fake.reset();
    expect(fake.state.users.get(2)?.lastName).toBe("Lovelace");
    expect([...fake.state.apiKeys.keys()]).toEqual(["key-manager", "key-ada"]);
  });

  it("validated every response above against specs/communal.yaml", () => {
    expect(validation.responsesChecked()).toBeGreaterThan(20);
  });
});
