import { VendorCore, paginate, type ClientOptions, type RequestOptions } from "../core/client.js";
import { AuthenticationError, PermissionDeniedError, type ErrorDetails } from "../core/errors.js";
import { missingKeyError, resolveKey, staticKey, type KeyRule } from "../core/credentials.js";
import type { QueryParams, RequestBody, ResponseBody } from "../core/shape.js";
import { operations as ops, servers } from "./generated/meta.js";
import type { operations, paths } from "./generated/types.js";

/** What the server said about a deprecated API version. */
export interface DeprecationNotice {
  /** The version that is deprecated. */
  version: string;
  /** The server's `X-Api-Version-Warning`, if sent. */
  warning: string | undefined;
  /** The server's `Sunset` date, after which the version answers 400. */
  sunset: string | undefined;
}

/** Options of {@link CommunalClient}. */
export interface CommunalClientOptions extends ClientOptions {
  /** A Communal API key, issued in its dashboard. Defaults to `process.env.COMMUNAL_API_KEY`. */
  apiKey?: string;
  /**
   * The API version (`YYYY-MM-DD`) sent as `X-Api-Version` on every request. Defaults to the version this SDK's
   * types were generated from, so a new server default cannot change responses under you.
   * @default {@link DEFAULT_API_VERSION}
   */
  apiVersion?: string;
  /**
   * Called once per API version when the server reports it deprecated (`X-Api-Version-Warning` or
   * `Sunset`). @default one `console.warn`
   */
  onDeprecation?: (notice: DeprecationNotice) => void;
}

/** `users.get()` options: `{ include?, "filter[tenantId]"? }`. */
export type GetUserParams = QueryParams<operations["getUser"]>;
/** The compact user record `users.get()` returns. */
export type UserSummary = ResponseBody<operations["getUser"]>;
/** `users.update()` input, camelCase. */
export type UpdateUserParams = RequestBody<operations["updateUser"]>;
/** The full user record `users.update()` returns, with its manager and admin flags. */
export type User = ResponseBody<operations["updateUser"]>;
/** `parentPrograms.list()` options: `{ page?, include? }`. */
export type ListParentProgramsParams = QueryParams<operations["listParentPrograms"]>;
/** One Laravel-style page: `{ data, currentPage, lastPage, perPage, total, from, to }`. */
export type ParentProgramPage = ResponseBody<operations["listParentPrograms"]>;
/** `parentPrograms.get()` options: `{ include? }`. */
export type GetParentProgramParams = QueryParams<operations["getParentProgram"]>;
/** A parent program. */
export type ParentProgram = ResponseBody<operations["getParentProgram"]>;
/** `parentPrograms.listOptions()` options: `{ page? }`. */
export type ListParentProgramOptionsParams = QueryParams<operations["listParentProgramOptions"]>;
/** One page of slim program options: `{ data: [{ id, title, draft, archivedAt }], currentPage, lastPage, ... }`. */
export type ParentProgramOptionPage = ResponseBody<operations["listParentProgramOptions"]>;
/** `userMemberships.list()` filters and paging: `{ "filter[userId]"?, "filter[active]"?, "page[number]"?, ... }`. */
export type ListUserMembershipsParams = QueryParams<operations["listUserMemberships"]>;
/** One page of memberships: `{ data, currentPage, lastPage, perPage, total, from, to }`. */
export type UserMembershipPage = ResponseBody<operations["listUserMemberships"]>;
/** A membership a user holds, with its membership type and pricing plan. */
export type UserMembership = ResponseBody<operations["getUserMembership"]>;

/**
 * The Communal API version this SDK was generated from (specs/communal.yaml), sent unless `apiVersion` says
 * otherwise. Communal's 2026-08-25 document names it the server default too.
 */
export const DEFAULT_API_VERSION = "2026-08-25";

const KEY_RULE: KeyRule = { client: "CommunalClient", vendor: "Communal", envVar: "COMMUNAL_API_KEY" };

function warnDeprecation(notice: DeprecationNotice): void {
  console.warn(
    `[vendor-auth] Communal API version ${notice.version} is deprecated` +
      `${notice.sunset ? ` (sunset ${notice.sunset})` : ""}. ${notice.warning ?? ""} Set apiVersion to a current version.`,
  );
}

// An unsupported version answers 400 {message, supported_versions}: say which ones to use.
function describeVersionError(details: ErrorDetails, body: unknown, status: number): void {
  const versions = (body as { supported_versions?: unknown } | null)?.supported_versions;
  if (status === 400 && Array.isArray(versions)) {
    details.message = `${details.message} Supported versions: ${versions.join(", ")}. Set apiVersion to one of them`;
  }
}

/**
 * Communal's Platform API, as far as credentials go: check a key, read and update users, read the
 * memberships they hold, and read parent programs. Keys are created and rotated in Communal's dashboard;
 * there is no key API.
 */
export class CommunalClient {
  /** The typed openapi-fetch client for anything without a wrapper (same credential, retries and errors). */
  readonly http: VendorCore<paths>["http"];
  /** Users. */
  readonly users: {
    /** One user (compact view). */
    get(userId: number, params?: GetUserParams, options?: RequestOptions): Promise<UserSummary>;
    /** Updates a user's profile fields; answers 422 with `fieldErrors` when a field is invalid. */
    update(userId: number | string, params: UpdateUserParams, options?: RequestOptions): Promise<User>;
  };
  /** Memberships users hold (non-manager keys: their own). */
  readonly userMemberships: {
    /** One page of memberships, filtered by holder, state or end of period. */
    list(params?: ListUserMembershipsParams, options?: RequestOptions): Promise<UserMembershipPage>;
    /** Every matching membership, fetching further pages as the loop goes on. */
    listAll(params?: Omit<ListUserMembershipsParams, "page[number]">, options?: RequestOptions): AsyncGenerator<UserMembership, void, undefined>;
    /** One membership. */
    get(userMembershipId: number | string, options?: RequestOptions): Promise<UserMembership>;
  };
  /** Parent programs. */
  readonly parentPrograms: {
    /** One page of parent programs. */
    list(params?: ListParentProgramsParams, options?: RequestOptions): Promise<ParentProgramPage>;
    /** Every parent program, fetching further pages as the loop goes on. */
    listAll(params?: Omit<ListParentProgramsParams, "page">, options?: RequestOptions): AsyncGenerator<ParentProgram, void, undefined>;
    /** One parent program; `{ include: "programs" }` embeds its registration opportunities. */
    get(parentProgramId: number, params?: GetParentProgramParams, options?: RequestOptions): Promise<ParentProgram>;
    /** One page of slim options (id, title, draft, archivedAt), the cheapest program read. */
    listOptions(params?: ListParentProgramOptionsParams, options?: RequestOptions): Promise<ParentProgramOptionPage>;
  };
  private readonly core: VendorCore<paths>;

  constructor(options: CommunalClientOptions = {}) {
    const apiKey = resolveKey(options.apiKey, KEY_RULE);
    if (apiKey === undefined) throw missingKeyError(KEY_RULE);
    const reported = new Set<string>();
    const onDeprecation = options.onDeprecation ?? warnDeprecation;
    this.core = new VendorCore<paths>({
      ...options,
      baseUrl: options.baseUrl ?? servers[0],
      headers: { ...options.headers, "X-Api-Version": options.apiVersion ?? DEFAULT_API_VERSION },
      credential: staticKey(apiKey),
      describeError: describeVersionError,
      onResponse: (response) => {
        const warning = response.headers.get("x-api-version-warning") ?? undefined;
        const sunset = response.headers.get("sunset") ?? undefined;
        if (!warning && !sunset) return;
        const version = response.headers.get("x-api-version") ?? options.apiVersion ?? DEFAULT_API_VERSION;
        if (reported.has(version)) return;
        reported.add(version);
        onDeprecation({ version, warning, sunset });
      },
    });
    const core = this.core;
    this.http = core.http;
    this.users = {
      get: (user, params, requestOptions) => core.call(ops.getUser, { path: { user }, query: params }, requestOptions),
      update: (user, params, requestOptions) => core.call(ops.updateUser, { path: { user }, body: params }, requestOptions),
    };
    const listMemberships = (params: ListUserMembershipsParams = {}, requestOptions?: RequestOptions): Promise<UserMembershipPage> =>
      core.call(ops.listUserMemberships, { query: params }, requestOptions);
    this.userMemberships = {
      list: listMemberships,
      listAll: (params = {}, requestOptions) =>
        paginate<UserMembershipPage, UserMembership, number>(
          (page) => listMemberships({ ...params, "page[number]": page ?? 1 }, requestOptions),
          (page) => page.data,
          (page) => (page.currentPage < page.lastPage ? page.currentPage + 1 : undefined),
        ),
      get: (id, requestOptions) => core.call(ops.getUserMembership, { path: { user_membership: String(id) } }, requestOptions),
    };
    const list = (params: ListParentProgramsParams = {}, requestOptions?: RequestOptions): Promise<ParentProgramPage> =>
      core.call(ops.listParentPrograms, { query: params }, requestOptions);
    this.parentPrograms = {
      list,
      listAll: (params = {}, requestOptions) =>
        paginate<ParentProgramPage, ParentProgram, number>(
          (page) => list({ ...params, page: page ?? 1 }, requestOptions),
          (page) => page.data,
          (page) => (page.currentPage < page.lastPage ? page.currentPage + 1 : undefined),
        ),
      get: (parentProgram, params, requestOptions) =>
        core.call(ops.getParentProgram, { path: { parent_program: parentProgram }, query: params }, requestOptions),
      listOptions: (params = {}, requestOptions) => core.call(ops.listParentProgramOptions, { query: params }, requestOptions),
    };
  }

  /**
   * Whether the key is accepted: `true` when the cheapest authenticated read (one page of program options)
   * succeeds (or is refused with 403, which still proves the key), `false` on 401. Other failures are thrown.
   */
  async verifyKey(options?: RequestOptions): Promise<boolean> {
    try {
      await this.core.call(ops.listParentProgramOptions, { query: { page: 1 } }, options);
      return true;
    } catch (error) {
      if (error instanceof AuthenticationError) return false;
      if (error instanceof PermissionDeniedError) return true;
      throw error;
    }
  }
}
