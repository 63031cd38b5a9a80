/** `vendor-auth/communal`: the Communal Platform API client. */
export {
  CommunalClient,
  type CommunalClientOptions,
  type DeprecationNotice,
  type GetParentProgramParams,
  type GetUserParams,
  type ListParentProgramsParams,
  type ParentProgram,
  type ParentProgramPage,
  type UpdateUserParams,
  type User,
  type UserSummary,
} from "./client.js";
export { servers } from "./generated/meta.js";
export type { components, operations, paths } from "./generated/types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as models from "./generated/models.js";
export * from "../core/public.js";
