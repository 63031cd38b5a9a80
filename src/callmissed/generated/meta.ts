// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
import type { OperationMeta, Shape } from "../../core/shape.js";

/** The vendor's documented base URLs; the first is the default. */
export const servers = ["https://api.callmissed.com"] as const;

const ApiKey: Shape = { type: "object", properties: { "id": { type: "string" }, "name": { type: "string" }, "permissions": { type: "string" }, "scopes": { type: "string", nullable: true }, "allowed_domains": { type: "string" }, "is_active": { type: "boolean" }, "logs_enabled": { type: "boolean" }, "prompt_logging_enabled": { type: "boolean" }, "budget_limit": { type: "number", nullable: true }, "budget_used": { type: "number" }, "budget_remaining": { type: "number", nullable: true }, "rate_limit_rpm": { type: "integer" }, "allowed_models": { type: "string" }, "created_at": { type: "string" } }, required: ["id","name"] };
const CreateApiKeyRequest: Shape = { type: "object", properties: { "name": { type: "string" }, "permissions": { type: "string" }, "scopes": { type: "string" }, "rate_limit_rpm": { type: "integer" }, "budget_limit": { type: "number" } }, required: ["name"], closed: true };
const CreatedApiKey: Shape = { type: "object", properties: { "id": { type: "string" }, "name": { type: "string" }, "key": { type: "string" }, "permissions": { type: "string" }, "scopes": { type: "string", nullable: true }, "allowed_domains": { type: "string" }, "is_active": { type: "boolean" }, "logs_enabled": { type: "boolean" }, "prompt_logging_enabled": { type: "boolean" }, "budget_limit": { type: "number", nullable: true }, "budget_used": { type: "number" }, "budget_remaining": { type: "number", nullable: true }, "rate_limit_rpm": { type: "integer" }, "allowed_models": { type: "string" }, "created_at": { type: "string" } }, required: ["id","name","key","permissions","scopes","allowed_domains","is_active","logs_enabled","prompt_logging_enabled","budget_limit","budget_used","budget_remaining","rate_limit_rpm","allowed_models","created_at"] };

/** Per operation: method, path template, whether it needs a credential, idempotency and body shapes. */
export const operations = {
  listApiKeys: { method: "GET", path: "/api/v1/keys", auth: true, response: { type: "array", items: ApiKey } },
  createApiKey: { method: "POST", path: "/api/v1/keys", auth: true, request: CreateApiKeyRequest, response: CreatedApiKey },
} as const satisfies Record<string, OperationMeta>;

/** Every value of the ServicePermission enumeration. */
export const servicePermissionValues = ["llm","stt","tts","search","image","*"] as const;

/** Every value of the ResourceScope enumeration. */
export const resourceScopeValues = ["bots:read","bots:write","conversations:read","conversations:write","knowledge:read","knowledge:write","webhooks:write","whatsapp:read","whatsapp:write","whatsapp:send","*"] as const;
