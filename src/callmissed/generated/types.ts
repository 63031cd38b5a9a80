// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
/** The wire types of specs/callmissed.yaml, by path and HTTP method (snake_case, as sent). */
export interface paths {
    "/anthropic/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the model catalogue in Anthropic's shape; the cheapest authenticated read.
         * Any valid key may call it, whatever its permissions and scopes, and either header style works.
         *     Assumption: it needs a key (401 without one), is gated by no permission or scope and bills nothing.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
/** The wire types of specs/callmissed.yaml's components: schemas, parameters and responses (snake_case). */
export interface components {
    schemas: {
        /** A page of the model catalogue. Assumption: only `data` is always present. */
        ModelList: {
            data: components["schemas"]["Model"][];
            /** Whether more models follow (the docs show `false`). */
            has_more?: boolean;
            first_id?: string;
            last_id?: string;
        };
        /**
         * One model, with its capability flags. Assumption: only `id` is always present; the other fields
         *     are those of the docs' example.
         */
        Model: {
            /** The model id to send, for example `anthropic/claude-sonnet-4.6`. */
            id: string;
            /** Always `model`. */
            type?: string;
            display_name?: string;
            /** Format: date-time */
            created_at?: string;
            description?: string;
            /** The service the model belongs to, for example `llm`. */
            category?: string;
            context_window?: number;
            supports_streaming?: boolean;
            supports_tools?: boolean;
            supports_reasoning?: boolean;
            supports_vision?: boolean;
        };
        /**
         * An AI service a key may call. Enforced on the inference endpoints: a key without the permission gets
         *     403 `permission_denied`. `*` (all services) is the default for a new key. The Voice Session API and
         *     the Managed Voice Agent sockets need all three of `stt`, `tts` and `llm`. `x-gates` lists the
         *     endpoints each permission gates; `email` gates the Email API, whose paths these pages do not give.
         */
        ServicePermission: "llm" | "stt" | "tts" | "search" | "image" | "email" | "*";
        /**
         * A platform resource a key may reach (the resource endpoints under `/api/v1/`, and the Usage API).
         *     Scopes are independent of permissions and default to none: a key without the scope gets 403 with
         *     `detail` "API key missing required scope: <scope>". `*` grants every scope. A `:read` scope covers
         *     GET requests and a `:write` scope the others, except where the docs say otherwise: `webhooks:write`
         *     covers reads too, and three POSTs that write nothing need only the read scope (they are listed in
         *     `x-gates` with their method). Areas whose paths are not published have an empty list.
         */
        ResourceScope: "bots:read" | "bots:write" | "conversations:read" | "conversations:write" | "knowledge:read" | "knowledge:write" | "webhooks:write" | "whatsapp:read" | "whatsapp:write" | "whatsapp:send" | "campaigns:read" | "campaigns:write" | "telephony:read" | "telephony:write" | "integrations:read" | "integrations:write" | "usage:read" | "prompts:read" | "prompts:write" | "cache:read" | "cache:write" | "provider_keys:read" | "provider_keys:write" | "end_user_budgets:read" | "end_user_budgets:write" | "contacts:read" | "contacts:write" | "companies:read" | "companies:write" | "crm_notes:read" | "crm_notes:write" | "crm_tasks:read" | "crm_tasks:write" | "crm_deals:read" | "crm_deals:write" | "crm_timeline:read" | "crm_custom_fields:read" | "crm_custom_fields:write" | "crm_views:read" | "crm_views:write" | "crm_search:read" | "crm_search:write" | "crm_bulk:write" | "crm_csv:read" | "crm_csv:write" | "crm_scores:read" | "crm_scores:write" | "support_tickets:read" | "support_tickets:write" | "sla:read" | "sla:write" | "support_ops:read" | "support_ops:write" | "csat:read" | "csat:write" | "wa_commerce:read" | "wa_commerce:write" | "wa_flows:read" | "wa_flows:write" | "evals:read" | "evals:write" | "experiments:read" | "experiments:write" | "squads:read" | "squads:write" | "*";
        /**
         * The documented `error.code` values of the inference endpoints. Not a closed list: a response with
         *     another code still parses. `x-fixes` says, in our words, what to do about each one.
         */
        ErrorCode: "invalid_api_key" | "api_key_expired" | "insufficient_credits" | "budget_exceeded" | "permission_denied" | "model_not_available" | "model_not_allowed" | "search_provider_not_allowed" | "domain_not_allowed" | "account_inactive" | "account_terminated" | "model_not_found" | "context_length_exceeded" | "content_policy_violation" | "rate_limit_exceeded" | "quota_exceeded" | "too_many_concurrent_requests" | "upstream_error" | "provider_error" | "model_under_maintenance";
        /**
         * The OpenAI-style envelope of the inference endpoints (`/v1/*`, `/anthropic/v1/*`). `code` is stable
         *     and machine-readable (see `ErrorCode`); `message` is for humans.
         */
        OpenAIError: {
            error: {
                /** Human-readable explanation. */
                message: string;
                /** Error category, for example `insufficient_quota`. */
                type?: string;
                /** Stable machine-readable code; see `ErrorCode`. */
                code?: string;
            };
        };
        /**
         * The Anthropic-style envelope the older Anthropic-Compatible page shows for `/v1/messages`. Known
         *     `error.type` values: `authentication_error` (401), `permission_error` (403), `invalid_request_error`
         *     (400, or 402 for missing credits), `not_found_error` (404), `rate_limit_error` (429), `api_error`
         *     (502). Assumption: still possible, although the newest Error Codes page names only two shapes.
         */
        AnthropicError: {
            type: "error";
            error: {
                type: string;
                message: string;
            };
        };
        /** An error from an inference endpoint; the OpenAI envelope, or (assumption) the Anthropic one. */
        InferenceErrorBody: components["schemas"]["OpenAIError"] | components["schemas"]["AnthropicError"];
        /**
         * The body of the platform endpoints (`/api/v1/*`), which carries no code: a 403 for a scope reads
         *     "API key missing required scope: <scope>. ...".
         */
        DetailError: {
            /** Human-readable explanation. */
            detail: string;
        };
        /** One failed field check. */
        ValidationErrorItem: {
            /** Path to the offending value, for example `["body", "k"]`. */
            loc: (string | number)[];
            /** What is wrong with the value. */
            msg: string;
            /** Machine-readable kind of failure, for example `less_than_equal`. */
            type: string;
        };
        /** The 422 body of `/api/v1/*` when a request fails schema validation. */
        HTTPValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][];
        };
    };
    responses: {
        /** The key is missing, unknown or revoked (`invalid_api_key`), or expired (`api_key_expired`). Do not retry. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InferenceErrorBody"];
            };
        };
        /**
         * The key is valid but may not do this: `domain_not_allowed`, `account_inactive`, `account_terminated`
         *     (and, on gated endpoints, `permission_denied` and the model codes). Do not retry.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InferenceErrorBody"];
            };
        };
        /**
         * `rate_limit_exceeded` (per-key RPM; no `Retry-After` on the inference surface, back off and retry),
         *     `too_many_concurrent_requests` (retry after `Retry-After`) or `quota_exceeded` (do not retry).
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InferenceErrorBody"];
            };
        };
        /**
         * Any other error: 400 (`context_length_exceeded`, ...), 402 (`insufficient_credits`, `budget_exceeded`;
         *     do not retry), 404 (`model_not_found`), 500/502/503 (`upstream_error`, `provider_error`,
         *     `model_under_maintenance`; safe to retry with backoff).
         */
        InferenceError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InferenceErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * Seconds to wait before retrying. Sent on `quota_exceeded` (the seconds until the 1st of next month),
         *     on `too_many_concurrent_requests`, and on the per-key RPM 429 of `/api/v1/*`; the per-key RPM 429 of
         *     an inference endpoint carries none.
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
/** The wire types of specs/callmissed.yaml, by operationId: parameters, request body and responses. */
export interface operations {
    listModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The models this account can call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["InferenceError"];
        };
    };
}
