import { paginate, settle, type ApiPromise, type ClientOptions, type RequestOptions } from "../core/client.js";
import { AuthenticationError, PermissionDeniedError } from "../core/errors.js";
import type { QueryParams, RequestBody, ResponseBody } from "../core/shape.js";
import { VendorClient } from "../core/vendor.js";
import * as ops from "./generated/calls.js";
import type { operations, paths } from "./generated/types.js";
import { profile, type DeprecationNotice } from "./profile.js";

export { DEFAULT_API_VERSION, type DeprecationNotice } from "./profile.js";

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
 * Communal's Platform API, as far as credentials go: check a key, read and update users, read the
 * memberships they hold, and read parent programs. Keys are created and rotated in Communal's dashboard;
 * there is no key API.
 */
export class CommunalClient extends VendorClient<paths, CommunalClientOptions> {
  /** Users. */
  readonly users: {
    /** One user (compact view). */
    get(userId: number, params?: GetUserParams, options?: RequestOptions): ApiPromise<UserSummary>;
    /** Updates a user's profile fields; answers 422 with `fieldErrors` when a field is invalid. */
    update(userId: number | string, params: UpdateUserParams, options?: RequestOptions): ApiPromise<User>;
  };
  /** Memberships users hold (non-manager keys: their own). */
  readonly userMemberships: {
    /** One page of memberships, filtered by holder, state or end of period. */
    list(params?: ListUserMembershipsParams, options?: RequestOptions): ApiPromise<UserMembershipPage>;
    /** Every matching membership, fetching further pages as the loop goes on. */
    listAll(params?: Omit<ListUserMembershipsParams, "page[number]">, options?: RequestOptions): AsyncGenerator<UserMembership, void, undefined>;
    /** One membership. */
    get(userMembershipId: number | string, options?: RequestOptions): ApiPromise<UserMembership>;
  };
  /** Parent programs. */
  readonly parentPrograms: {
    /** One page of parent programs. */
    list(params?: ListParentProgramsParams, options?: RequestOptions): ApiPromise<ParentProgramPage>;
    /** Every parent program, fetching further pages as the loop goes on. */
    listAll(params?: Omit<ListParentProgramsParams, "page">, options?: RequestOptions): AsyncGenerator<ParentProgram, void, undefined>;
    /** One parent program; `{ include: "programs" }` embeds its registration opportunities. */
    get(parentProgramId: number, params?: GetParentProgramParams, options?: RequestOptions): ApiPromise<ParentProgram>;
    /** One page of slim options (id, title, draft, archivedAt), the cheapest program read. */
    listOptions(params?: ListParentProgramOptionsParams, options?: RequestOptions): ApiPromise<ParentProgramOptionPage>;
  };
  constructor(options?: CommunalClientOptions) {
    super(profile, options);
    const core = this.core;
    this.users = {
      get: (user, params, requestOptions) => core.call(ops.getUser, { path: { user }, query: params }, requestOptions),
      update: (user, params, requestOptions) => core.call(ops.updateUser, { path: { user }, body: params }, requestOptions),
    };
    const listMemberships = (params: ListUserMembershipsParams = {}, requestOptions?: RequestOptions): ApiPromise<UserMembershipPage> =>
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
    const list = (params: ListParentProgramsParams = {}, requestOptions?: RequestOptions): ApiPromise<ParentProgramPage> =>
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
  verifyKey(options?: RequestOptions): ApiPromise<boolean> {
    return settle(this.core.call(ops.listParentProgramOptions, { query: { page: 1 } }, options), true, (error) => {
      if (error instanceof AuthenticationError) return false;
      if (error instanceof PermissionDeniedError) return true;
      throw error;
    });
  }
}
