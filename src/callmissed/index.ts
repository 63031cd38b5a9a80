/** `vendor-auth/callmissed`: CallMissed `cm_` keys: check one, know what it may reach, open a voice-agent socket. */
export {
  CallMissedClient,
  callMissedErrorCodes,
  type CallMissedClientOptions,
  type CallMissedErrorCode,
  type CallMissedPermissionDeniedError,
  type Model,
  type ModelList,
  type VoiceAgentProtocol,
  type VoiceAgentSocket,
} from "./client.js";
export {
  requiredAccess,
  resourceScopes,
  servicePermissions,
  voiceAgentPermissions,
  type RequiredAccess,
  type ResourceScope,
  type ServicePermission,
} from "./access.js";
export { errorCodeFixes, resourceScopeGates, servicePermissionGates, servers } from "./generated/meta.js";
export type { components, operations, paths } from "./generated/types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as schemas from "./generated/models.js";
export * from "../core/public.js";
