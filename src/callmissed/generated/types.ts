// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
/* eslint-disable */
/** The wire types of specs/callmissed.yaml, by path and HTTP method (snake_case, as sent). */
export interface paths {
    "/api/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's API keys.
         * Needs a dashboard JWT access token. Plaintext keys are never returned here.
         *     Assumption: the body is a bare array of key records; CallMissed does not show the list envelope.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; the plaintext key is returned only in this response.
         * Needs a dashboard JWT access token. Service permissions default to `*` and scopes default to none
         *     when omitted. Not marked idempotent: repeating it without an `Idempotency-Key` mints a second key.
         *     Assumption: success is 201 (CallMissed shows the body but not the status; clients accept any 2xx).
         */
        post: operations["createApiKey"];
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
        /**
         * An AI service a key may call: `llm` (chat completions and messages), `stt` (transcription and
         *     translation), `tts` (speech), `search` (web search), `image` (image generation), `*` (all, the
         *     default for new keys). A missing permission gives 403 `permission_denied`.
         */
        ServicePermission: "llm" | "stt" | "tts" | "search" | "image" | "*";
        /**
         * A platform resource a `cm_` key may reach on `/api/v1/*`. Keys have no scopes unless given some,
         *     and dashboard JWT sessions are not limited by scopes. `whatsapp:send` appears only in the API Keys
         *     page's list and not in the Authentication page's table. `*` grants every scope.
         */
        ResourceScope: "bots:read" | "bots:write" | "conversations:read" | "conversations:write" | "knowledge:read" | "knowledge:write" | "webhooks:write" | "whatsapp:read" | "whatsapp:write" | "whatsapp:send" | "*";
        /**
         * Fields CallMissed shows in its create example. This schema rejects other fields, so a misspelt
         *     `permissions` cannot silently fall back to the all-services default. Domain, model and
         *     search-provider limits exist on keys, but the create body for them is not documented.
         */
        CreateApiKeyRequest: {
            /** A label for the key. */
            name: string;
            /**
             * Service permissions as one comma-separated string of `ServicePermission` values, for example
             *     `"llm,stt"`. When omitted, the key gets `*`.
             * @example llm
             * @example llm,stt
             * @example *
             */
            permissions?: string;
            /**
             * Resource scopes as one comma-separated string of `ResourceScope` values, for example
             *     `"conversations:read,bots:read"`. When omitted, the key has no resource access.
             * @example conversations:read
             * @example bots:read,bots:write
             */
            scopes?: string;
            /** Requests per minute allowed for this key. When omitted, the plan default applies. */
            rate_limit_rpm?: number;
            /** Credit cap for this key. */
            budget_limit?: number;
        };
        /**
         * A stored key as listed; the plaintext key is not included.
         *     Assumption: list items carry the same fields as the create response minus `key`. Only `id` and
         *     `name` are treated as always present; the other fields are optional because no list response is shown.
         */
        ApiKey: {
            /** The key's identifier. */
            id: string;
            /** The key's label. */
            name: string;
            /** Service permissions, one comma-separated string of `ServicePermission` values (e.g. `"llm,stt"`). */
            permissions?: string;
            /**
             * Resource scopes, one comma-separated string of `ResourceScope` values (e.g. `"conversations:read"`).
             *     Empty means no resource access. Assumption: may be null when no scope is set.
             */
            scopes?: string | null;
            /**
             * Request origins the key may be used from; `*` allows any origin. Assumption: several origins
             *     are comma-separated.
             */
            allowed_domains?: string;
            /** False once the key is revoked or disabled. */
            is_active?: boolean;
            /** Whether requests made with the key are logged. Off for new keys. */
            logs_enabled?: boolean;
            /** Whether message content is logged as well. Off for new keys. */
            prompt_logging_enabled?: boolean;
            /** Credit cap for the key. Assumption: null when no cap is set. */
            budget_limit?: number | null;
            /** Credits spent so far. */
            budget_used?: number;
            /** Credits left under the cap. Assumption: null when no cap is set. */
            budget_remaining?: number | null;
            /** Requests per minute allowed for the key. */
            rate_limit_rpm?: number;
            /** Models the key may call; `*` allows all models. Assumption: several models are comma-separated. */
            allowed_models?: string;
            /**
             * Format: date-time
             * When the key was created.
             */
            created_at?: string;
        };
        /**
         * The create response: the stored key record (see `ApiKey` for each field) plus the plaintext `key`.
         *     Store the key at once because it is not returned again. Every field here appears in CallMissed's
         *     create example, so all are required.
         */
        CreatedApiKey: {
            /** The key's identifier. */
            id: string;
            /** The key's label. */
            name: string;
            /** The plaintext API key (prefix `cm_`). Returned once. */
            key: string;
            /** Service permissions, one comma-separated string of `ServicePermission` values (e.g. `"llm,stt"`). */
            permissions: string;
            /**
             * Resource scopes, one comma-separated string of `ResourceScope` values; empty means no resource
             *     access. Assumption: may be null when no scope is set.
             */
            scopes: string | null;
            /** Allowed request origins; `*` allows any. Assumption: several are comma-separated. */
            allowed_domains: string;
            /** Whether the key can be used. */
            is_active: boolean;
            /** Whether requests are logged (off for new keys). */
            logs_enabled: boolean;
            /** Whether message content is logged too (off for new keys). */
            prompt_logging_enabled: boolean;
            /** Credit cap for the key. Assumption: null when no cap is set. */
            budget_limit: number | null;
            /** Credits spent so far. */
            budget_used: number;
            /** Credits left under the cap. Assumption: null when no cap is set. */
            budget_remaining: number | null;
            /** Requests per minute allowed for the key. */
            rate_limit_rpm: number;
            /** Models the key may call; `*` allows all. Assumption: several are comma-separated. */
            allowed_models: string;
            /**
             * Format: date-time
             * When the key was created.
             */
            created_at: string;
        };
        /**
         * The OpenAI-style envelope used by the inference endpoints (`/v1/*`). CallMissed's error page also
         *     shows this shape for errors in general.
         *
         *     Known `code` values (not a closed list, so unknown codes still parse):
         *     - 401 `invalid_api_key`: the `cm_` key does not exist or was revoked.
         *     - 401 `token_expired`: the dashboard JWT is past its 24 h life; obtain a new one.
         *     - 402 `insufficient_credits`: not enough credits left for the call.
         *     - 402 `budget_exceeded`: the monthly credit cap is used up.
         *     - 403 `permission_denied`: the key has no permission for that service.
         *     - 403 `search_provider_not_allowed`: that web-search provider is outside the key's list.
         *     - 403 `domain_not_allowed`: the calling origin is outside the key's allowed domains.
         *     - 404 `not_found`: nothing with that id in this tenant.
         *     - 429 `rate_limit_exceeded`: retry after `Retry-After`.
         *     - `quota_exceeded`: a plan or monthly cap is used up. Do not retry it. This code is not in the
         *       error table; it comes from CallMissed's rate-limit notes.
         *     - 503 `provider_error`: the model provider behind CallMissed failed.
         *     Do not retry 402 or 403.
         */
        OpenAIError: {
            error: {
                /** Human-readable explanation. */
                message: string;
                /** Error category, for example `billing_error`. */
                type?: string;
                /** Stable machine-readable code; see the list above. */
                code: string;
            };
        };
        /** The `{detail}` body of the management endpoints (`/api/v1/*`). */
        DetailError: {
            /** Human-readable explanation. */
            detail: string;
        };
        /** One failed field check. */
        ValidationErrorItem: {
            /** Path to the offending value, for example `["body", "rate_limit_rpm"]`. */
            loc: (string | number)[];
            /** What is wrong with the value. */
            msg: string;
            /** Machine-readable kind of failure. */
            type: string;
        };
        /** The 422 body of `/api/v1/*` when the request fails schema validation. */
        HTTPValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][];
        };
        /**
         * The Anthropic-style envelope used by `/v1/messages`. Known `error.type` values: `authentication_error`
         *     (401), `permission_error` (403), `invalid_request_error` (400, or 402 for missing credits),
         *     `not_found_error` (404), `rate_limit_error` (429), `api_error` (502). This is not a closed list.
         */
        AnthropicError: {
            type: "error";
            error: {
                /** Error category; see the list above. */
                type: string;
                /** Human-readable explanation. */
                message: string;
            };
        };
        /**
         * An error from `/api/v1/*`. Assumption: either envelope may arrive. One CallMissed source gives
         *     `{detail}` for this surface, and the error page shows `{error: {code, message, type}}` for all errors.
         */
        ManagementError: components["schemas"]["DetailError"] | components["schemas"]["OpenAIError"];
        /**
         * A 422 from `/api/v1/*`: usually the field-by-field `HTTPValidationError` list.
         *     Assumption: a plain `{detail}` or `{error}` body is also possible.
         */
        ManagementValidationError: components["schemas"]["HTTPValidationError"] | components["schemas"]["DetailError"] | components["schemas"]["OpenAIError"];
    };
    responses: {
        /** The bearer credential is missing or invalid, or the JWT expired (`invalid_api_key`, `token_expired`). */
        ManagementUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ManagementError"];
            };
        };
        /**
         * Credits are used up or the budget cap is reached. Do not retry.
         *     Assumption: listed because the error page gives it for the whole API; key calls may never return it.
         */
        ManagementPaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ManagementError"];
            };
        };
        /** The credential may not do this, for example a `cm_` key without the scope or from a non-allowlisted origin. Do not retry. */
        ManagementForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ManagementError"];
            };
        };
        /** A duplicate resource, or an `Idempotency-Key` replayed with a different body. */
        ManagementConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ManagementError"];
            };
        };
        /** The request body failed schema validation. */
        ManagementValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ManagementValidationError"];
            };
        };
        /**
         * The per-IP or per-key rate limit was hit (`rate_limit_exceeded`; wait `Retry-After` when present), or a
         *     quota is used up (`quota_exceeded`; do not retry).
         */
        ManagementTooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ManagementError"];
            };
        };
        /** An error from the OpenAI-compatible endpoints (`/v1/*`); see `OpenAIError` for the codes. */
        OpenAIErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpenAIError"];
            };
        };
        /** An error from the Anthropic-compatible endpoint (`/v1/messages`). */
        AnthropicErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnthropicError"];
            };
        };
    };
    parameters: {
        /**
         * A caller-chosen unique string that makes a mutating request safe to repeat: a replay with the same
         *     key and body returns the first result, while a replay with a different body gets 409.
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** How many seconds to back off before the next attempt. Present on some 429s only. */
        "Retry-After": number;
        /** Maximum number of requests the window allows. */
        "X-RateLimit-Limit": number;
        /** How many requests the window still allows. */
        "X-RateLimit-Remaining": number;
        /**
         * When the monthly cap resets, as an ISO-8601 date-time (for example `2026-05-01T00:00:00+00:00`).
         *     This is not a count of epoch seconds. Assumption: it is sent on `/api/v1/*` 429s (the
         *     rate-limit page lists only the other headers).
         */
        "X-RateLimit-Reset": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
/** The wire types of specs/callmissed.yaml, by operationId: parameters, request body and responses. */
export interface operations {
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The account's keys. Assumption: a bare JSON array (envelope undocumented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"][];
                };
            };
            401: components["responses"]["ManagementUnauthorized"];
            402: components["responses"]["ManagementPaymentRequired"];
            403: components["responses"]["ManagementForbidden"];
            422: components["responses"]["ManagementValidationFailed"];
            429: components["responses"]["ManagementTooManyRequests"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * A caller-chosen unique string that makes a mutating request safe to repeat: a replay with the same
                 *     key and body returns the first result, while a replay with a different body gets 409.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** The new key, including its plaintext `key`. Assumption: status 201 (undocumented). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            401: components["responses"]["ManagementUnauthorized"];
            402: components["responses"]["ManagementPaymentRequired"];
            403: components["responses"]["ManagementForbidden"];
            409: components["responses"]["ManagementConflict"];
            422: components["responses"]["ManagementValidationFailed"];
            429: components["responses"]["ManagementTooManyRequests"];
        };
    };
}
