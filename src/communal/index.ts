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
export * from "./generated/public.js";
export * from "../core/public.js";
