/**
 * A stateful fake of the Communal Platform API (users, user memberships and parent programs) for MSW.
 * Semantics follow Communal's published OpenAPI and docs: Bearer keys tied to a user, manager keys may act
 * on anyone while member keys only on their own user and memberships, Laravel error bodies and query
 * validation, date-based `X-Api-Version` with deprecation headers and a 400 `supported_versions` answer,
 * and Laravel pagination. Expiry of memberships is judged on the fake's clock.
 */
import { operations, servers } from "../../communal/generated/meta.js";
import type { components } from "../../communal/generated/types.js";
import { camelCase, toWire, type Camelize } from "../../core/shape.js";
import { bearerToken, createKit, json, randomSecret, type Fake, type FakeClock, type RouteInput } from "../kit.js";
import { serveOperations, type ServeInput } from "../serve.js";
import { validateBody } from "../validate.js";
import { defaults, isPastSunset, laravelPage, membershipQueryErrors, toUserResource, validationBody, versionOnly } from "./communal-records.js";

/** A user as the fake stores it: Communal's full `User` record, in camelCase. */
export type CommunalFakeUser = Camelize<components["schemas"]["User"]>;
/** A parent program as the fake stores it, in camelCase. */
export type CommunalFakeParentProgram = Camelize<components["schemas"]["Program"]>;
/** A membership as the fake stores it, in camelCase. */
export type CommunalFakeMembership = Camelize<components["schemas"]["UserMembershipResource"]>;

/** API versions the fake serves. Defaults follow Communal's versioning docs. */
export interface CommunalFakeVersions {
  /** Applied when the request sends no `X-Api-Version`. @default "2026-08-25" */
  current?: string;
  /** Every version accepted. @default ["2026-02-01", "2026-03-25", "2026-08-25"] */
  supported?: string[];
  /** Deprecated versions and their sunset date (`YYYY-MM-DD`). @default {} */
  deprecated?: Record<string, string>;
}

/** Options of {@link createCommunalFake}. */
export interface CommunalFakeOptions {
  /** @default "https://api.getcommunal.com/api", the client's default */
  baseUrl?: string;
  clock?: FakeClock;
  versions?: CommunalFakeVersions;
  /** Programs (and memberships, unless `page[size]` says otherwise) per page. @default 15, Laravel's default */
  perPage?: number;
  /** Initial data; records are completed with neutral defaults for fields left out. */
  seed?: {
    users?: Array<Partial<CommunalFakeUser> & { id: number; email: string }>;
    parentPrograms?: Array<Partial<CommunalFakeParentProgram> & { id: number; title: string }>;
    /** Memberships; left out, `status` is "active", `endsAt` null (no end) and the type a generic one. */
    memberships?: Array<Partial<CommunalFakeMembership> & { id: number; userId: number }>;
    /** Keys as the dashboard would have issued them: the secret and the user it acts as. */
    apiKeys?: Array<{ key: string; userId: number }>;
  };
}

/** The Communal fake's data, by id. */
export interface CommunalFakeState {
  users: Map<number, CommunalFakeUser>;
  parentPrograms: Map<number, CommunalFakeParentProgram>;
  memberships: Map<number, CommunalFakeMembership>;
  /** Secret -> id of the user the key acts as. */
  apiKeys: Map<string, number>;
}

/** What {@link createCommunalFake} returns; errors use Communal's `{message}` body. */
export interface CommunalFake extends Fake<CommunalFakeState> {
  /**
   * Issues a key acting as `userId` (the dashboard's job), creating that user if needed.
   * `manager: true` makes the user a manager. Returns the secret.
   */
  issueKey(options?: { userId?: number; manager?: boolean }): string;
}

type OperationId = keyof typeof operations;
/** Who the guard let through, and the version headers every answer carries. */
type Admitted = { user: CommunalFakeUser; headers: Record<string, string> };
const MESSAGES: Record<number, string> = {
  401: "Unauthenticated.",
  403: "This action is unauthorized.",
  404: "No query results for model.",
};

/** Creates a fake Communal API; see {@link CommunalFake}. */
export function createCommunalFake(options: CommunalFakeOptions = {}): CommunalFake {
  const base = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody: (status, _code, message) => ({ message: MESSAGES[status] ?? message }) });
  const versions = {
    current: options.versions?.current ?? "2026-08-25",
    supported: options.versions?.supported ?? ["2026-02-01", "2026-03-25", "2026-08-25"],
    deprecated: options.versions?.deprecated ?? {},
  };
  const perPage = options.perPage ?? 15;
  const state: CommunalFakeState = { users: new Map(), parentPrograms: new Map(), memberships: new Map(), apiKeys: new Map() };

  function seed(): void {
    state.users.clear();
    state.parentPrograms.clear();
    state.memberships.clear();
    state.apiKeys.clear();
    for (const user of options.seed?.users ?? []) addUser(user);
    for (const program of options.seed?.parentPrograms ?? []) {
      state.parentPrograms.set(program.id, { ...(defaults(operations.getParentProgram.response, kit.clock) as CommunalFakeParentProgram), ...structuredClone(program) });
    }
    for (const membership of options.seed?.memberships ?? []) {
      const base = { status: "active", willAutoRenew: false, endsAt: null, renewedAt: null, createdAt: new Date(kit.clock.now()).toISOString() };
      state.memberships.set(membership.id, { ...base, membershipType: { id: 1, title: "Membership" }, plan: null, ...structuredClone(membership) });
    }
    for (const { key, userId } of options.seed?.apiKeys ?? []) state.apiKeys.set(key, userId);
  }

  /** Ended: its current period has an end and the fake's clock is past it. */
  const hasEnded = (m: CommunalFakeMembership) => m.endsAt !== null && Date.parse(m.endsAt) < kit.clock.now();

  function addUser(user: Partial<CommunalFakeUser> & { id: number }): CommunalFakeUser {
    const record = { ...(defaults(operations.updateUser.response, kit.clock) as CommunalFakeUser), ...structuredClone(user) };
    if (!user.name) record.name = [record.firstName, record.lastName].filter(Boolean).join(" ");
    state.users.set(record.id, record);
    return record;
  }

  /**
   * Version first (the docs: an unsupported version fails "before any authentication"), then the key.
   * Returns the acting user, or the response to send instead.
   */
  function admit({ request }: RouteInput): Admitted | Response {
    const asked = request.headers.get("x-api-version") ?? request.headers.get("api-version");
    const version = asked ?? versions.current;
    if (!versions.supported.includes(version) || isPastSunset(versions.deprecated[version], kit.clock)) {
      return json({ message: "Unsupported API version.", supported_versions: liveVersions() }, 400);
    }
    const headers: Record<string, string> = { "X-Api-Version": version, "X-Api-Version-Source": asked ? "header" : "default" };
    const sunset = versions.deprecated[version];
    if (sunset) {
      headers["X-Api-Version-Warning"] = `Requested API version is deprecated. Sunset date: ${sunset}`;
      headers.Sunset = sunset;
    }
    const token = bearerToken(request);
    const userId = token === undefined ? undefined : state.apiKeys.get(token);
    const user = userId === undefined ? undefined : state.users.get(userId);
    if (!user) return kit.error(401, "unauthenticated", MESSAGES[401]!, versionOnly(headers));
    return { headers, user };
  }

  const liveVersions = () => versions.supported.filter((v) => !isPastSunset(versions.deprecated[v], kit.clock));

  /** Hands a resolver the caller and the version headers the guard settled. */
  function guarded(resolve: (input: RouteInput, user: CommunalFakeUser, headers: Record<string, string>) => Response) {
    return (input: ServeInput<Admitted>): Response => resolve(input, input.principal.user, input.principal.headers);
  }

  function mayActOn(user: CommunalFakeUser, targetId: number): boolean {
    return user.manager || user.id === targetId;
  }

  const resolvers: Record<OperationId, (input: ServeInput<Admitted>) => Response> = {
    getUser: guarded(({ params, url }, user, headers) => {
      const target = state.users.get(Number(params.user));
      if (!mayActOn(user, Number(params.user))) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      if (!target) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      const include = (url.searchParams.get("include") ?? "").split(",");
      return json(toUserResource(target, include.includes("family")), 200, headers);
    }),
    updateUser: guarded(({ params, body, bodyIsJson }, user, headers) => {
      const id = Number(params.user);
      if (!mayActOn(user, id)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      const target = state.users.get(id);
      if (!target) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      const errors = validateUpdate(bodyIsJson ? body : undefined, id);
      if (errors) return json(validationBody(errors), 422, versionOnly(headers));
      // Fields outside the writable set are ignored, as Laravel's validated() input drops them.
      const writable = operations.updateUser.request?.properties ?? {};
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (key in writable && key !== "custom_form") (target as Record<string, unknown>)[camelCase(key)] = value;
      }
      target.name = [target.firstName, target.lastName].filter(Boolean).join(" ");
      target.updatedAt = new Date(kit.clock.now()).toISOString();
      return json(toWire(target, operations.updateUser.response), 200, headers);
    }),
    listParentPrograms: guarded(({ url }, _user, headers) => {
      return json(laravelPage(programs(), pageOf(url, "page"), perPage, (p) => programOut(p, url)), 200, headers);
    }),
    listParentProgramOptions: guarded(({ url }, _user, headers) => {
      const option = (p: CommunalFakeParentProgram) => ({ id: p.id, title: p.title, draft: p.draft, archived_at: p.archivedAt });
      return json(laravelPage(programs(), pageOf(url, "page"), perPage, option), 200, headers);
    }),
    getParentProgram: guarded(({ params, url }, _user, headers) => {
      const program = state.parentPrograms.get(Number(params.parent_program));
      if (!program) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      return json(programOut(program, url), 200, headers);
    }),
    listUserMemberships: guarded(({ url }, user, headers) => {
      const query = url.searchParams;
      const errors = membershipQueryErrors(query);
      if (errors) return json(validationBody(errors), 422, versionOnly(headers));
      const holder = query.has("filter[user_id]") ? Number(query.get("filter[user_id]")) : undefined;
      if (holder !== undefined && !mayActOn(user, holder)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      const flag = (name: string) => (query.has(name) ? ["1", "true"].includes(query.get(name)!) : undefined);
      const [active, ended] = [flag("filter[active]"), flag("filter[expired]")];
      const [after, before] = ["filter[expires_starting_at]", "filter[expires_ending_at]"].map((name) => query.has(name) ? Date.parse(query.get(name)!) : undefined);
      const endsWithin = (m: CommunalFakeMembership) =>
        (after === undefined && before === undefined) ||
        (m.endsAt !== null && Date.parse(m.endsAt) >= (after ?? -Infinity) && Date.parse(m.endsAt) <= (before ?? Infinity));
      const matching = [...state.memberships.values()]
        .filter((m) => (user.manager || m.userId === user.id) && (holder === undefined || m.userId === holder))
        .filter((m) => (active === undefined || (m.status === "active" && !hasEnded(m)) === active) && (ended === undefined || hasEnded(m) === ended))
        .filter(endsWithin)
        .sort((a, b) => a.id - b.id);
      const size = Number(query.get("page[size]") ?? perPage);
      return json(laravelPage(matching, pageOf(url, "page[number]"), size, membershipOut), 200, headers);
    }),
    getUserMembership: guarded(({ params }, user, headers) => {
      const membership = state.memberships.get(Number(params.user_membership));
      if (!membership) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      if (!mayActOn(user, membership.userId)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      return json(membershipOut(membership), 200, headers);
    }),
  };
  const handlers = serveOperations({ kit, baseUrl: base, operations, guard: { authenticate: admit }, resolvers });

  const programs = () => [...state.parentPrograms.values()].sort((a, b) => a.id - b.id);
  const pageOf = (url: URL, name: string) => Math.max(1, Number.parseInt(url.searchParams.get(name) ?? "1", 10) || 1);
  const membershipOut = (m: CommunalFakeMembership) => toWire(m, operations.getUserMembership.response);

  /** Communal leaves registration opportunities out unless `include=programs` is sent. */
  function programOut(program: CommunalFakeParentProgram, url: URL): unknown {
    const wire = toWire(program, operations.getParentProgram.response) as Record<string, unknown>;
    if (!(url.searchParams.get("include") ?? "").split(",").includes("programs")) delete wire.registration_opportunities;
    return wire;
  }

  /** The rules update-user-profiles.md gives: three required fields, a valid email, unique in the org. */
  function validateUpdate(body: unknown, id: number): Record<string, string[]> | undefined {
    const errors: Record<string, string[]> = {};
    // The spec's types and limits first, in Laravel's words; unknown fields are dropped, not refused.
    for (const { path, message } of validateBody(body ?? {}, operations.updateUser.request, { unknownFields: "ignore" })) {
      const field = path[0] ?? "body";
      (errors[field] ??= []).push(`The ${field.replace(/_/g, " ")} field ${message}.`);
    }
    const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
    for (const field of ["first_name", "last_name", "email"]) {
      if (fields[field] === undefined || fields[field] === "") errors[field] = [`The ${field.replace(/_/g, " ")} field is required.`];
    }
    const email = fields.email;
    if (typeof email === "string" && email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      errors.email = ["The email field must be a valid email address."];
    } else if (typeof email === "string" && [...state.users.values()].some((u) => u.id !== id && u.email === email)) {
      errors.email = ["The email has already been taken."];
    }
    return Object.keys(errors).length ? errors : undefined;
  }

  return {
    ...kit.fake(handlers, state, seed),
    issueKey({ userId, manager } = {}) {
      const id = userId ?? Math.max(0, ...state.users.keys()) + 1;
      const user = state.users.get(id) ?? addUser({ id, email: `user${id}@example.com`, firstName: "Test", lastName: `User ${id}` });
      if (manager !== undefined) user.manager = manager;
      const key = randomSecret("");
      state.apiKeys.set(key, id);
      return key;
    },
  };
}
