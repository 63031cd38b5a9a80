// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
/* eslint-disable */
/** The wire types of specs/agentmail.yaml, by path and HTTP method (snake_case, as sent). */
export interface paths {
    "/v0/agent/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an agent organization with an inbox and a first API key.
         * Needs no credential. Repeating the call with the same human_email rotates the key and resends the one-time code when it has expired, so it is safe to retry. The returned key has limited permissions until the organization is verified.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/agent/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an agent organization with the 6-digit code mailed to its human.
         * Upgrades the organization from agent_unverified to agent_verified. The code expires after 24 hours and allows at most 10 attempts.
         */
        post: operations["verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe the credential making the request (its scope and owning ids). */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's API keys, newest first unless ascending is set. */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an organization-scoped API key; its secret is returned only in this response. */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an organization-scoped API key. */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/pods/{pod_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys scoped to a pod. */
        get: operations["listPodApiKeys"];
        put?: never;
        /** Create an API key that can reach only this pod and its inboxes. */
        post: operations["createPodApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/pods/{pod_id}/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pod-scoped API key. */
        delete: operations["deletePodApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/inboxes/{inbox_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys scoped to an inbox. */
        get: operations["listInboxApiKeys"];
        put?: never;
        /** Create an API key that can reach only this inbox. */
        post: operations["createInboxApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/inboxes/{inbox_id}/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an inbox-scoped API key. */
        delete: operations["deleteInboxApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
/** The wire types of specs/agentmail.yaml's components: schemas, parameters and responses (snake_case). */
export interface components {
    schemas: {
        AgentSignUpRequest: {
            /** Email of the human who owns the agent; the one-time code is mailed here. */
            human_email: string;
            /** Local part of the inbox created for the agent. */
            username: string;
            /** Which SDK, tool or platform is signing up. */
            source?: string;
            /** Where the sign-up came from (a site, partner or campaign). */
            referrer?: string;
        };
        AgentSignUpResponse: {
            organization_id: string;
            inbox_id: string;
            /** The new secret key; it cannot be read again. */
            api_key: string;
        };
        AgentVerifyRequest: {
            /** The 6-digit code from the sign-up email. */
            otp_code: string;
        };
        AgentVerifyResponse: {
            verified: boolean;
        };
        ScopeType: "organization" | "pod" | "inbox";
        Identity: {
            scope_type: components["schemas"]["ScopeType"];
            /** Id of the narrowest scope the credential is bound to. */
            scope_id: string;
            organization_id: string;
            /** Present for pod- and inbox-scoped credentials. */
            pod_id?: string;
            /** Present for inbox-scoped credentials. */
            inbox_id?: string;
            /** Absent when the credential is not an API key. */
            api_key_id?: string;
        };
        /** A whitelist. Omit it and the key has every permission its scope allows; send it and only the flags set to true are granted. Effective permissions are the intersection with the key's scope, and a restricted key cannot create a child with more than it holds itself. Threads have no flags of their own: they use the message_* flags. */
        ApiKeyPermissions: {
            inbox_read?: boolean;
            inbox_create?: boolean;
            inbox_update?: boolean;
            inbox_delete?: boolean;
            /** Also covers reading threads. */
            message_read?: boolean;
            message_send?: boolean;
            /** Also covers updating thread labels. */
            message_update?: boolean;
            /** Also covers deleting threads. */
            message_delete?: boolean;
            label_spam_read?: boolean;
            label_blocked_read?: boolean;
            label_unauthenticated_read?: boolean;
            label_trash_read?: boolean;
            draft_read?: boolean;
            draft_create?: boolean;
            draft_update?: boolean;
            draft_delete?: boolean;
            draft_send?: boolean;
            webhook_read?: boolean;
            webhook_create?: boolean;
            webhook_update?: boolean;
            webhook_delete?: boolean;
            domain_read?: boolean;
            domain_create?: boolean;
            domain_update?: boolean;
            domain_delete?: boolean;
            list_entry_read?: boolean;
            list_entry_create?: boolean;
            list_entry_delete?: boolean;
            metrics_read?: boolean;
            api_key_read?: boolean;
            api_key_create?: boolean;
            api_key_update?: boolean;
            api_key_delete?: boolean;
            pod_read?: boolean;
            pod_create?: boolean;
            pod_delete?: boolean;
        };
        ApiKey: {
            api_key_id: string;
            /** The first characters of the secret, to tell keys apart. */
            prefix: string;
            name: string;
            /** Set when the key can reach only this pod. */
            pod_id?: string;
            /** Set when the key can reach only this inbox. */
            inbox_id?: string;
            /**
             * Format: date-time
             * When the key was last used.
             */
            used_at?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
            /** Format: date-time */
            created_at: string;
        };
        CreateApiKeyRequest: {
            name?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
        };
        CreateApiKeyResponse: {
            api_key_id: string;
            /** The secret. Returned only here; store it now. */
            api_key: string;
            prefix: string;
            name: string;
            pod_id?: string;
            inbox_id?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
            /** Format: date-time */
            created_at: string;
        };
        ListApiKeysResponse: {
            /** Number of keys in this page. */
            count: number;
            /** Pass as page_token to get the next page; absent on the last page. */
            next_page_token?: string;
            api_keys: components["schemas"]["ApiKey"][];
        };
        ErrorResponse: {
            /** A legacy error name; branch on code instead. */
            name: string;
            /** Stable snake_case error code (for example missing_permission). */
            code?: string;
            message: string;
            /** The next action that resolves the error. */
            fix?: string;
            /** Link to the error's reference entry. */
            docs?: string;
        };
        ValidationErrorResponse: {
            name: string;
            code?: string;
            message?: string;
            /** The invalid fields, each entry with a path and a message. */
            errors: unknown;
            fix?: string;
            docs?: string;
        };
    };
    responses: {
        /** One page of API keys (secrets are never listed). */
        ApiKeyList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListApiKeysResponse"];
            };
        };
        /** The new key, with its secret. Store the secret now; it cannot be read again. */
        ApiKeyCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateApiKeyResponse"];
            };
        };
        /** A request field failed validation. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorResponse"];
            };
        };
        /** No usable credential (codes missing_authorization, invalid_token_type, unknown_api_key, unauthorized). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** The credential may not do this (codes missing_permission, permission_escalation, unrestricted_key_required, forbidden). A bare {message} with no code comes from the gateway and usually means a wrong key. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** No such resource visible to this credential; resources outside the key's scope answer 404 too. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** Too many requests for this key (code rate_limit_exceeded). */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        ApiKeyId: string;
        PodId: string;
        InboxId: string;
        /** Most items to return in one page. */
        Limit: number;
        /** The next_page_token of the previous page. */
        PageToken: string;
        /** Oldest first instead of newest first. */
        Ascending: boolean;
    };
    requestBodies: never;
    headers: {
        /** How long to wait before trying again, in seconds. */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
/** The wire types of specs/agentmail.yaml, by operationId: parameters, request body and responses. */
export interface operations {
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentSignUpRequest"];
            };
        };
        responses: {
            /** The organization, inbox and key that were created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSignUpResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
        };
    };
    verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentVerifyRequest"];
            };
        };
        responses: {
            /** Whether the organization is now verified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentVerifyResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The identity behind the credential. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** Most items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** The next_page_token of the previous page. */
                page_token?: components["parameters"]["PageToken"];
                /** Oldest first instead of newest first. */
                ascending?: components["parameters"]["Ascending"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiKeyList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            200: components["responses"]["ApiKeyCreated"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The key was revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listPodApiKeys: {
        parameters: {
            query?: {
                /** Most items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** The next_page_token of the previous page. */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                pod_id: components["parameters"]["PodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiKeyList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createPodApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pod_id: components["parameters"]["PodId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            200: components["responses"]["ApiKeyCreated"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deletePodApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pod_id: components["parameters"]["PodId"];
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The key was revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listInboxApiKeys: {
        parameters: {
            query?: {
                /** Most items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** The next_page_token of the previous page. */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiKeyList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createInboxApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            200: components["responses"]["ApiKeyCreated"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteInboxApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: components["parameters"]["InboxId"];
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The key was revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
}
