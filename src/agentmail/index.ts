/** `vendor-auth/agentmail`: the AgentMail auth client. */
export {
  AgentMailClient,
  ApiKeys,
  ScopedApiKeys,
  type AgentMailClientOptions,
  type ApiKey,
  type ApiKeyPage,
  type AttachHumanParams,
  type AttachHumanResult,
  type AuthorizeInboxParams,
  type AuthorizeInboxResult,
  type BearerApiKey,
  type CreateApiKeyParams,
  type CreateBearerApiKeyParams,
  type CreatedApiKey,
  type CreateResult,
  type Identity,
  type ListApiKeysParams,
  type PublicKeyCredential,
  type RegisterPublicKeyParams,
  type UpdateApiKeyParams,
  type SignUpParams,
  type SignUpResult,
  type VerifyParams,
  type VerifyResult,
} from "./client.js";
export { AgentMailEnvironment } from "./environments.js";
export { AgentMailError, AgentMailTimeoutError, IsTakenError, UnprocessableError } from "./errors.js";
export { noSpamPermissions, readOnlyPermissions, type ApiKeyPermissions } from "./permissions.js";
export { definitionDate, servers } from "./generated/meta.js";
export * from "./generated/public.js";
export * from "../core/public.js";
