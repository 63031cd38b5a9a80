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
export * from "./generated/public.js";
export * from "../core/public.js";
