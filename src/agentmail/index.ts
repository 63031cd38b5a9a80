/** `vendor-auth/agentmail`: the AgentMail auth client. */
export {
  AgentMailClient,
  ApiKeys,
  ScopedApiKeys,
  type AgentMailClientOptions,
  type ApiKey,
  type ApiKeyPage,
  type CreateApiKeyParams,
  type CreatedApiKey,
  type Identity,
  type ListApiKeysParams,
  type SignUpParams,
  type SignUpResult,
  type VerifyParams,
  type VerifyResult,
} from "./client.js";
export { noSpamPermissions, readOnlyPermissions, type ApiKeyPermissions } from "./permissions.js";
export { servers } from "./generated/meta.js";
export type { components, operations, paths } from "./generated/types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as schemas from "./generated/models.js";
export * from "../core/public.js";
