/** `vendor-auth/callmissed`: the CallMissed key-management client. */
export {
  CallMissedClient,
  type ApiKey,
  type CallMissedClientOptions,
  type CreateApiKeyOptions,
  type CreateApiKeyParams,
  type CreatedApiKey,
  type ResourceScope,
  type ServicePermission,
} from "./client.js";
export { resourceScopeValues, servers, servicePermissionValues } from "./generated/meta.js";
export type { AccessTokenProvider } from "../core/credentials.js";
export type { components, operations, paths } from "./generated/types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as models from "./generated/models.js";
export * from "../core/public.js";
