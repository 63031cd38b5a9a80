// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
import type { OperationMeta, Shape } from "../../core/shape.js";

/** The vendor's documented base URLs; the first is the default. */
export const servers = ["https://api.callmissed.com"] as const;

const Model: Shape = { type: "object", properties: { "id": { type: "string" }, "type": { type: "string" }, "display_name": { type: "string" }, "created_at": { type: "string" }, "description": { type: "string" }, "category": { type: "string" }, "context_window": { type: "integer" }, "supports_streaming": { type: "boolean" }, "supports_tools": { type: "boolean" }, "supports_reasoning": { type: "boolean" }, "supports_vision": { type: "boolean" } }, required: ["id"] };
const ModelList: Shape = { type: "object", properties: { "data": { type: "array", items: Model }, "has_more": { type: "boolean" }, "first_id": { type: "string" }, "last_id": { type: "string" } }, required: ["data"] };

/** Per operation: method, path template, whether it needs a credential, idempotency, query names and body shapes. */
export const operations = {
  listModels: { method: "GET", path: "/anthropic/v1/models", auth: true, response: ModelList },
} as const satisfies Record<string, OperationMeta>;

/** Every value of the ServicePermission enumeration. */
export const servicePermissionValues = ["llm","stt","tts","search","image","email","*"] as const;

/** The ServicePermission enumeration's `x-gates` table, per value. */
export const servicePermissionGates = {
  "llm": [
    "/v1/chat/completions",
    "/v1/responses",
    "/v1/messages",
    "/anthropic/v1/messages",
    "/v1/embeddings",
    "/v1/batches",
    "/v1/files",
    "/v1/agent/converse",
    "/v2/voice/agent"
  ],
  "stt": [
    "/v1/audio/transcriptions",
    "/v1/audio/translations",
    "/v1/agent/converse",
    "/v2/voice/agent"
  ],
  "tts": [
    "/v1/audio/speech",
    "/v1/agent/converse",
    "/v2/voice/agent"
  ],
  "search": [
    "/v1/search"
  ],
  "image": [
    "/v1/images/generations",
    "/v1/images/history"
  ],
  "email": [],
  "*": []
} as const;

/** Every value of the ResourceScope enumeration. */
export const resourceScopeValues = ["bots:read","bots:write","conversations:read","conversations:write","knowledge:read","knowledge:write","webhooks:write","whatsapp:read","whatsapp:write","whatsapp:send","campaigns:read","campaigns:write","telephony:read","telephony:write","integrations:read","integrations:write","usage:read","prompts:read","prompts:write","cache:read","cache:write","provider_keys:read","provider_keys:write","end_user_budgets:read","end_user_budgets:write","contacts:read","contacts:write","companies:read","companies:write","crm_notes:read","crm_notes:write","crm_tasks:read","crm_tasks:write","crm_deals:read","crm_deals:write","crm_timeline:read","crm_custom_fields:read","crm_custom_fields:write","crm_views:read","crm_views:write","crm_search:read","crm_search:write","crm_bulk:write","crm_csv:read","crm_csv:write","crm_scores:read","crm_scores:write","support_tickets:read","support_tickets:write","sla:read","sla:write","support_ops:read","support_ops:write","csat:read","csat:write","wa_commerce:read","wa_commerce:write","wa_flows:read","wa_flows:write","evals:read","evals:write","experiments:read","experiments:write","squads:read","squads:write","*"] as const;

/** The ResourceScope enumeration's `x-gates` table, per value. */
export const resourceScopeGates = {
  "bots:read": [],
  "bots:write": [],
  "conversations:read": [
    "/api/v1/handoffs"
  ],
  "conversations:write": [
    "/api/v1/handoffs"
  ],
  "knowledge:read": [],
  "knowledge:write": [],
  "webhooks:write": [],
  "whatsapp:read": [],
  "whatsapp:write": [],
  "whatsapp:send": [],
  "campaigns:read": [],
  "campaigns:write": [],
  "telephony:read": [],
  "telephony:write": [],
  "integrations:read": [
    "/api/v1/integrations",
    "/api/v1/sheet-automations"
  ],
  "integrations:write": [
    "/api/v1/integrations",
    "/api/v1/sheet-automations"
  ],
  "usage:read": [
    "/v1/usage/summary",
    "/v1/usage/logs",
    "/v1/usage/logs.csv"
  ],
  "prompts:read": [
    "/api/v1/gateway/prompts",
    "POST /api/v1/gateway/prompts/{id}/render"
  ],
  "prompts:write": [
    "/api/v1/gateway/prompts"
  ],
  "cache:read": [],
  "cache:write": [],
  "provider_keys:read": [],
  "provider_keys:write": [],
  "end_user_budgets:read": [
    "/api/v1/gateway/end-user-budgets"
  ],
  "end_user_budgets:write": [
    "/api/v1/gateway/end-user-budgets"
  ],
  "contacts:read": [
    "/api/v1/contacts"
  ],
  "contacts:write": [
    "/api/v1/contacts"
  ],
  "companies:read": [],
  "companies:write": [],
  "crm_notes:read": [],
  "crm_notes:write": [],
  "crm_tasks:read": [],
  "crm_tasks:write": [],
  "crm_deals:read": [],
  "crm_deals:write": [],
  "crm_timeline:read": [],
  "crm_custom_fields:read": [],
  "crm_custom_fields:write": [],
  "crm_views:read": [],
  "crm_views:write": [],
  "crm_search:read": [],
  "crm_search:write": [],
  "crm_bulk:write": [],
  "crm_csv:read": [],
  "crm_csv:write": [],
  "crm_scores:read": [],
  "crm_scores:write": [],
  "support_tickets:read": [],
  "support_tickets:write": [],
  "sla:read": [],
  "sla:write": [],
  "support_ops:read": [
    "/api/v1/support/ops/routing-rules",
    "POST /api/v1/support/ops/routing-rules/evaluate"
  ],
  "support_ops:write": [
    "/api/v1/support/ops/routing-rules"
  ],
  "csat:read": [],
  "csat:write": [],
  "wa_commerce:read": [],
  "wa_commerce:write": [],
  "wa_flows:read": [],
  "wa_flows:write": [],
  "evals:read": [],
  "evals:write": [],
  "experiments:read": [],
  "experiments:write": [],
  "squads:read": [
    "/api/v1/voice/squads",
    "POST /api/v1/voice/squads/{id}/simulate-handoff"
  ],
  "squads:write": [
    "/api/v1/voice/squads"
  ],
  "*": []
} as const;

/** Every value of the ErrorCode enumeration. */
export const errorCodeValues = ["invalid_api_key","api_key_expired","insufficient_credits","budget_exceeded","permission_denied","model_not_available","model_not_allowed","search_provider_not_allowed","domain_not_allowed","account_inactive","account_terminated","model_not_found","context_length_exceeded","content_policy_violation","rate_limit_exceeded","quota_exceeded","too_many_concurrent_requests","upstream_error","provider_error","model_under_maintenance"] as const;

/** The ErrorCode enumeration's `x-fixes` table, per value. */
export const errorCodeFixes = {
  "invalid_api_key": "Check the key (CALLMISSED_API_KEY), or create one in the CallMissed console.",
  "api_key_expired": "The key is past its expiry. Create a new key in the CallMissed console and deploy it.",
  "insufficient_credits": "Top up the account's credits; retrying will not help.",
  "budget_exceeded": "Raise this key's budget in the console; other keys still work.",
  "permission_denied": "Add the service permission to the key in the console.",
  "model_not_available": "The model needs a paid plan. Upgrade, or pick another model.",
  "model_not_allowed": "Add the model to the key's allowed models in the console, or pick an allowed one.",
  "search_provider_not_allowed": "Allow the search provider on the key in the console, or pick another.",
  "domain_not_allowed": "Add this origin to the key's domain allowlist in the console.",
  "account_inactive": "The account is not active. Contact CallMissed support.",
  "account_terminated": "The account is terminated. Contact CallMissed support.",
  "model_not_found": "Pick a model id from client.models.list().",
  "context_length_exceeded": "Shorten the input, or pick a model with a larger context window.",
  "content_policy_violation": "Rephrase the image prompt.",
  "rate_limit_exceeded": "Spread requests out, or raise the key's RPM in the console.",
  "quota_exceeded": "A monthly cap holds until the 1st of next month; retrying will not help. Upgrade the plan or raise the cap.",
  "too_many_concurrent_requests": "Lower the client's parallelism.",
  "upstream_error": "Retry later, or switch model.",
  "provider_error": "Retry later, or switch model.",
  "model_under_maintenance": "Retry later, or switch model."
} as const;
