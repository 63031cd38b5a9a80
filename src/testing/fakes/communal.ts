/**
 * A stateful fake of the Communal Platform API (users and parent programs) for MSW. Semantics follow
 * Communal's published OpenAPI and docs: Bearer keys tied to a user, manager keys may read and update
 * anyone while member keys only their own record, Laravel error bodies, date-based `X-Api-Version`
 * with deprecation headers and a 400 `supported_versions` answer, and Laravel pagination.
 */
import { operations, servers } from "../../communal/generated/meta.js";
import type { components } from "../../communal/generated/types.js";
import { camelCase, toWire, type Camelize, type Shape } from "../../core/shape.js";
import { bearerToken, createKit, json, randomSecret, type Fake, type FakeClock, type RouteInput } from "../kit.js";
import { validateBody } from "../validate.js";

/** A user as the fake stores it: Communal's full `User` record, in camelCase. */
export type CommunalFakeUser = Camelize<components["schemas"]["User"]>;
/** A parent program as the fake stores it, in camelCase. */
export type CommunalFakeParentProgram = Camelize<components["schemas"]["ParentProgram"]>;

/** API versions the fake serves. Defaults follow Communal's versioning docs. */
export interface CommunalFakeVersions {
  /** Applied when the request sends no `X-Api-Version`. @default "2026-03-25" */
  current?: string;
  /** Every version accepted. @default ["2026-02-01", "2026-03-25"] */
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
  /** Programs per page. @default 15, Laravel's default */
  perPage?: number;
  /** Initial data; records are completed with neutral defaults for fields left out. */
  seed?: {
    users?: Array<Partial<CommunalFakeUser> & { id: number; email: string }>;
    parentPrograms?: Array<Partial<CommunalFakeParentProgram> & { id: number; title: string }>;
    /** Keys as the dashboard would have issued them: the secret and the user it acts as. */
    apiKeys?: Array<{ key: string; userId: number }>;
  };
}

/** The Communal fake's data, by id. */
export interface CommunalFakeState {
  users: Map<number, CommunalFakeUser>;
  parentPrograms: Map<number, CommunalFakeParentProgram>;
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
    current: options.versions?.current ?? "2026-03-25",
    supported: options.versions?.supported ?? ["2026-02-01", "2026-03-25"],
    deprecated: options.versions?.deprecated ?? {},
  };
  const perPage = options.perPage ?? 15;
  const state: CommunalFakeState = { users: new Map(), parentPrograms: new Map(), apiKeys: new Map() };

  function seed(): void {
    state.users.clear();
    state.parentPrograms.clear();
    state.apiKeys.clear();
    for (const user of options.seed?.users ?? []) addUser(user);
    for (const program of options.seed?.parentPrograms ?? []) {
      state.parentPrograms.set(program.id, { ...(defaults(operations.getParentProgram.response, kit.clock) as CommunalFakeParentProgram), ...structuredClone(program) });
    }
    for (const { key, userId } of options.seed?.apiKeys ?? []) state.apiKeys.set(key, userId);
  }

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
  function admit(request: Request): { headers: Record<string, string>; user?: CommunalFakeUser; refusal?: Response } {
    const asked = request.headers.get("x-api-version") ?? request.headers.get("api-version");
    const version = asked ?? versions.current;
    if (!versions.supported.includes(version) || isPastSunset(versions.deprecated[version], kit.clock)) {
      return { headers: {}, refusal: json({ message: "Unsupported API version.", supported_versions: liveVersions() }, 400) };
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
    if (!user) return { headers, refusal: kit.error(401, "unauthenticated", MESSAGES[401]!, versionOnly(headers)) };
    return { headers, user };
  }

  const liveVersions = () => versions.supported.filter((v) => !isPastSunset(versions.deprecated[v], kit.clock));

  /** Wraps a resolver with the version and key checks every operation shares. */
  function guarded(resolve: (input: RouteInput, user: CommunalFakeUser, headers: Record<string, string>) => Response) {
    return (input: RouteInput): Response => {
      const { headers, user, refusal } = admit(input.request);
      return refusal ?? resolve(input, user!, headers);
    };
  }

  function mayActOn(user: CommunalFakeUser, targetId: number): boolean {
    return user.manager || user.id === targetId;
  }

  const handlers = [
    kit.route("getUser", "get", `${base}/users/:user`, guarded(({ params, url }, user, headers) => {
      const target = state.users.get(Number(params.user));
      if (!mayActOn(user, Number(params.user))) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      if (!target) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      const include = (url.searchParams.get("include") ?? "").split(",");
      return json(toUserResource(target, include.includes("family")), 200, headers);
    })),
    kit.route("updateUser", "put", `${base}/users/:user`, guarded(({ params, body, bodyIsJson }, user, headers) => {
      const id = Number(params.user);
      if (!mayActOn(user, id)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      const target = state.users.get(id);
      if (!target) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      const errors = validateUpdate(bodyIsJson ? body : undefined, id);
      if (errors) {
        const first = Object.values(errors)[0]![0]!;
        const more = Object.keys(errors).length - 1;
        const message = more > 0 ? `${first} (and ${more} more error${more > 1 ? "s" : ""})` : first;
        return json({ message, errors }, 422, versionOnly(headers));
      }
      // Fields outside the writable set are ignored, as Laravel's validated() input drops them.
      const writable = operations.updateUser.request?.properties ?? {};
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (key in writable && key !== "custom_form") (target as Record<string, unknown>)[camelCase(key)] = value;
      }
      target.name = [target.firstName, target.lastName].filter(Boolean).join(" ");
      target.updatedAt = new Date(kit.clock.now()).toISOString();
      return json(toWire(target, operations.updateUser.response), 200, headers);
    })),
    kit.route("listParentPrograms", "get", `${base}/parent_programs`, guarded(({ url }, _user, headers) => {
      const all = [...state.parentPrograms.values()].sort((a, b) => a.id - b.id);
      const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const from = slice.length ? (page - 1) * perPage + 1 : null;
      return json(
        {
          data: slice.map((p) => programOut(p, url)),
          current_page: page,
          from,
          last_page: Math.max(1, Math.ceil(all.length / perPage)),
          per_page: perPage,
          to: from === null ? null : from + slice.length - 1,
          total: all.length,
        },
        200,
        headers,
      );
    })),
    kit.route("getParentProgram", "get", `${base}/parent_programs/:parent_program`, guarded(({ params, url }, _user, headers) => {
      const program = state.parentPrograms.get(Number(params.parent_program));
      if (!program) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      return json(programOut(program, url), 200, headers);
    })),
  ];

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

/** The compact `UserResource` view `getUser` answers with: every scalar a string, as Communal sends it. */
function toUserResource(user: CommunalFakeUser, withFamily: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: String(user.id),
    name: user.name,
    email: user.email,
    telephone: user.telephone ?? "",
    first_name: user.firstName ?? "",
    middle_name: user.middleName ?? "",
    last_name: user.lastName ?? "",
    preferred_name: user.preferredName ?? "",
    date_of_birth: user.dateOfBirth ?? "",
    created_at: user.createdAt ?? "",
    updated_at: user.updatedAt ?? "",
  };
  if (withFamily) out.family = [];
  return out;
}

/**
 * A neutral record for a shape: "" / 0 / false / [] by type, null for dates (all nullable except the two
 * timestamps, which get the fake's now). Seeds override what they care about.
 */
function defaults(shape: Shape | undefined, clock: FakeClock): Record<string, unknown> {
  const now = new Date(clock.now()).toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(shape?.properties ?? {})) {
    if (!shape?.required?.includes(key)) continue;
    const name = camelCase(key);
    if (key === "created_at" || key === "updated_at") out[name] = now;
    else if (/_(at|date)$|date_of_birth|_timestamp$/.test(key) && !key.startsWith("readable_")) out[name] = null;
    else if (child.type === "object") out[name] = defaults(child, clock);
    else out[name] = child.type === undefined ? null : { string: "", integer: 0, number: 0, boolean: false, array: [] }[child.type];
  }
  return out;
}

function isPastSunset(sunset: string | undefined, clock: FakeClock): boolean {
  return sunset !== undefined && clock.now() > Date.parse(`${sunset}T23:59:59Z`);
}

/** Error answers carry the version headers but not the deprecation notice (as the spec documents). */
function versionOnly(headers: Record<string, string>): Record<string, string> {
  const { "X-Api-Version": version, "X-Api-Version-Source": source } = headers;
  return version && source ? { "X-Api-Version": version, "X-Api-Version-Source": source } : {};
}
