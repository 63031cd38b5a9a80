/** `vendor-auth/communal`: the Communal Platform API client. */
export {
  CommunalClient,
  DEFAULT_API_VERSION,
  type CommunalClientOptions,
  type DeprecationNotice,
  type GetParentProgramParams,
  type GetUserParams,
  type ListParentProgramOptionsParams,
  type ListParentProgramsParams,
  type ListUserMembershipsParams,
  type ParentProgram,
  type ParentProgramOptionPage,
  type ParentProgramPage,
  type UpdateUserParams,
  type User,
  type UserMembership,
  type UserMembershipPage,
  type UserSummary,
} from "./client.js";
export { servers } from "./generated/meta.js";
export type { components, operations, paths } from "./generated/types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as schemas from "./generated/models.js";
export * from "../core/public.js";
