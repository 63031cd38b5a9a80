// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
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
        /**
         * Describe the credential making the request (its scope and owning ids).
         * Lets a pod- or inbox-scoped key find its organization, pod and inbox without being told.
         */
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
        /** List every credential of the organization, newest first unless ascending is set. */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an organization-scoped bearer key (its secret is returned only here), or register a public key when the body carries public_key. */
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
        /**
         * Read one credential of any family, by api_key_id or a public key's client_id.
         * Poll a sign-in key here until its status is active.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Delete a credential of any family (a pending sign-in key is cancelled, an active one revoked). */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /**
         * Rename a credential or replace its permissions.
         * Only name and permissions change; material, type, scope and expiry never do. A sign-in key accepts only app_connect and app_share_owner. Sending the same change twice leaves the same key, so the client may retry it.
         */
        patch: operations["updateApiKey"];
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
        /**
         * Create a key or register a public key that can reach only this pod and its inboxes.
         * Assumption: answers like the organization route (a bearer key or a public key), per the 2026-09-05 changelog.
         */
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
        /**
         * Rename a pod-scoped credential or replace its permissions.
         * Assumption: this route follows the 2026-09-05 changelog; the saved pod definition lacks it.
         */
        patch: operations["updatePodApiKey"];
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
        /** Create a key or register a public key that can reach only this inbox. */
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
        /**
         * Rename an inbox-scoped credential or replace its permissions.
         * Assumption: this route follows the 2026-09-05 changelog; the saved inbox definition lacks it.
         */
        patch: operations["updateInboxApiKey"];
        trace?: never;
    };
    "/v0/inboxes/{inbox_id}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the AgentID sign-in a client is waiting in, as this inbox; mints a pending sign-in key.
         * Needs app_connect. Read the new key with getApiKey until its status is active. A 403 with code limit_exceeded means the app takes no more sign-ups from this organization. Assumption: request and answer follow the 2026-09-05, 2026-09-16 and 2026-09-30 changelogs.
         */
        post: operations["authorizeInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/agent/human": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a human to an agent organization that signed up without one; the human is mailed a code.
         * Only until the organization is verified. The same email again keeps the live code (or issues a new one once expired) and never rotates the key; a different email replaces the human, at most twice per organization (then 409).
         */
        post: operations["attachHuman"];
        delete?: never;
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
        /** A whitelist of 47 flags. Omit it and the key has every permission its scope allows; send it and only the flags set to true are granted. Effective permissions are the intersection with the key's scope, and a restricted key cannot create a child with more than it holds itself. Threads use the message_* flags. */
        ApiKeyPermissions: {
            /** Read inbox details. */
            inbox_read?: boolean;
            /** Create new inboxes. */
            inbox_create?: boolean;
            /** Update inbox settings. */
            inbox_update?: boolean;
            /** Delete inboxes. */
            inbox_delete?: boolean;
            /** Also covers reading threads. */
            message_read?: boolean;
            /** Send messages. */
            message_send?: boolean;
            /** Also covers updating thread labels. */
            message_update?: boolean;
            /** Also covers deleting threads. */
            message_delete?: boolean;
            /** Access messages labeled spam. */
            label_spam_read?: boolean;
            /** Access messages labeled blocked. */
            label_blocked_read?: boolean;
            /** Access messages labeled unauthenticated. */
            label_unauthenticated_read?: boolean;
            /** Access messages labeled trash. */
            label_trash_read?: boolean;
            /** Read drafts. */
            draft_read?: boolean;
            /** Create drafts. */
            draft_create?: boolean;
            /** Update drafts. */
            draft_update?: boolean;
            /** Delete drafts. */
            draft_delete?: boolean;
            /** Send drafts. */
            draft_send?: boolean;
            /** Read webhook configurations. */
            webhook_read?: boolean;
            /** Create webhooks. */
            webhook_create?: boolean;
            /** Update webhooks. */
            webhook_update?: boolean;
            /** Delete webhooks. */
            webhook_delete?: boolean;
            /** Read domain details. */
            domain_read?: boolean;
            /** Create domains. */
            domain_create?: boolean;
            /** Update domains. */
            domain_update?: boolean;
            /** Delete domains. */
            domain_delete?: boolean;
            /** Read list entries. */
            list_entry_read?: boolean;
            /** Create list entries. */
            list_entry_create?: boolean;
            /** Delete list entries. */
            list_entry_delete?: boolean;
            /** Read metrics. */
            metrics_read?: boolean;
            /** Read API keys. */
            api_key_read?: boolean;
            /** Create API keys. */
            api_key_create?: boolean;
            /** Update API keys. */
            api_key_update?: boolean;
            /** Delete API keys. */
            api_key_delete?: boolean;
            /** Read pods. */
            pod_read?: boolean;
            /** Create pods. */
            pod_create?: boolean;
            /** Delete pods. */
            pod_delete?: boolean;
            /** Reply when the request is signed with a registered public key (bearer keys use message_send). */
            message_reply?: boolean;
            /** Connect apps, authorize an inbox's sign-in and mint sign-in keys; false on a new bearer key unless granted. */
            app_connect?: boolean;
            /** Share the organization owner's name and email with apps at sign-in. */
            app_share_owner?: boolean;
            /** Disable or re-enable an inbox's account at an app. */
            account_update?: boolean;
            /** Update pods. */
            pod_update?: boolean;
            /** Read an inbox's calendar settings. */
            calendar_read?: boolean;
            /** Change an inbox's calendar settings. */
            calendar_update?: boolean;
            /** Read calendar events and receive their events. */
            calendar_event_read?: boolean;
            /** Create calendar events. */
            calendar_event_create?: boolean;
            /** Change calendar events and answer invitations. */
            calendar_event_update?: boolean;
            /** Delete calendar events. */
            calendar_event_delete?: boolean;
        };
        /** A bearer key or a public-key credential; `type` tells them apart. */
        ApiKey: components["schemas"]["BearerApiKey"] | components["schemas"]["PublicKeyCredential"];
        /** A body with public_key registers a public key; any other body creates a bearer key. */
        CreateApiKeyRequest: components["schemas"]["CreateBearerApiKeyRequest"] | components["schemas"]["CreatePublicKeyRequest"];
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
            /** Format: date-time */
            expires_at?: string;
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
        inboxesAuthorizeInboxResponse: {
            /** The pending sign-in key; read it with getApiKey. */
            api_key_id: string;
            /** What the agent should do next, in plain text. */
            instructions: string;
        };
        inboxesAuthorizeInboxRequest: {
            /** The 22-character token of the waiting sign-in, from the AgentID page. */
            auth_token: string;
            /** Accept the app's disclosure for the agent (needs app_share_owner when owner data is shared). */
            accept_disclosure?: boolean;
        };
        AgentSignupResponse: {
            organization_id: string;
            inbox_id: string;
            /** The new secret key; it cannot be read again. */
            api_key: string;
        };
        AgentSignupRequest: {
            /** Email of the human who owns the agent; the one-time code is mailed here. Omit it for a receive-only inbox and attach a human later. */
            human_email?: string;
            /** Local part of the inbox created for the agent. */
            username: string;
            /** Which SDK, tool or platform is signing up. */
            source?: string;
            /** Where the sign-up came from (a site, partner or campaign). */
            referrer?: string;
        };
        AgentAttachHumanResponse: {
            /** The human now attached. */
            human_email: string;
            /** What the agent should do next, in plain text. */
            instructions: string;
        };
        /** Request body to attach a human to an agent organization. */
        AgentAttachHumanRequest: {
            /** Email of the human; the one-time code is mailed here. */
            human_email: string;
        };
        ApiKeyType: "bearer" | "public_key";
        /** The new bearer key with its secret, or the registered public key. */
        CreateApiKeyResult: components["schemas"]["CreateApiKeyResponse"] | components["schemas"]["PublicKeyCredential"];
        /** The two fields that may change. */
        UpdateApiKeyRequest: {
            name?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
        };
        /** A P-256 public key registered as a credential, or an AgentID sign-in key (which has a status, holds exactly app_connect and app_share_owner and expires 30 days after activation). */
        PublicKeyCredential: {
            type: "public_key";
            api_key_id: string;
            client_id?: string;
            name: string;
            public_key?: components["schemas"]["PublicKeyMaterial"];
            pod_id?: string;
            inbox_id?: string;
            status?: components["schemas"]["PublicKeyStatus"];
            /** Format: date-time */
            used_at?: string;
            permissions: components["schemas"]["ApiKeyPermissions"];
            created_by: components["schemas"]["ApiKeyCreator"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            expires_at?: string;
        };
        /** expires_at must be in the future and never changes; omitted, the key inherits its creator's expiry, and a later one than the creator's is a 403. */
        CreateBearerApiKeyRequest: {
            name?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
            /** Format: date-time */
            expires_at?: string;
        };
        /** Registers a P-256 public key at the route's scope. Idempotent on client_id; the same client_id with other material is a 409. Permissions default to the caller's and cannot exceed them. */
        CreatePublicKeyRequest: {
            public_key: components["schemas"]["PublicJwk"];
            client_id?: string;
            name?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
            /** Format: date-time */
            expires_at?: string;
        };
        /** A key sent as `Authorization: Bearer <key>`. */
        BearerApiKey: {
            type: "bearer";
            api_key_id: string;
            prefix: string;
            name: string;
            pod_id?: string;
            inbox_id?: string;
            /** Format: date-time */
            used_at?: string;
            permissions?: components["schemas"]["ApiKeyPermissions"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            expires_at?: string;
        };
        /** Registered public key material and its server-computed RFC 7638 thumbprint. */
        PublicKeyMaterial: {
            jwk: components["schemas"]["PublicJwk"];
            /** RFC 7638 SHA-256 JWK thumbprint encoded as unpadded base64url. */
            fingerprint: string;
        };
        /**
         * Lifecycle of a sign-in key: `pending` until the client finishes creating it on the AgentID page, `active` once it can...
         */
        PublicKeyStatus: "pending" | "active";
        /** The bearer API key that created the credential. */
        ApiKeyCreator: {
            api_key_id: string;
        };
        /** A public P-256 JWK with exactly kty, crv, x and y. */
        PublicJwk: {
            kty: "EC";
            crv: "P-256";
            x: string;
            y: string;
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
        /** A request field failed validation. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorResponse"];
            };
        };
        /** No usable credential (codes missing_authorization, invalid_token_type, unknown_api_key, api_key_expired, unauthorized). An expired key may instead get a bare 403 {message: Forbidden}. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** The credential may not do this (codes missing_permission, permission_escalation, unrestricted_key_required, forbidden, limit_exceeded). A bare {message} with no code comes from the gateway and usually means a wrong or expired key. Creating a key that outlives its creator is a 403. */
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
        /** A public key's client_id is already registered with other material, or the human was replaced too often. */
        Conflict: {
            headers: {
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
                "application/json": components["schemas"]["AgentSignupRequest"];
            };
        };
        responses: {
            /** The organization, inbox and key that were created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSignupResponse"];
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
                /** Restrict the list to one credential family. */
                type?: components["schemas"]["ApiKeyType"];
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
            /** The new key, with its secret. Store the secret now; it cannot be read again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApiKeyResult"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The credential (never with a secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
            /** The credential was deleted. Assumption: see info; 200 and 204 are both accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** The credential was deleted. */
            204: {
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
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyRequest"];
            };
        };
        responses: {
            /** The credential after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["ValidationError"];
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
            /** The new key, with its secret. Store the secret now; it cannot be read again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApiKeyResult"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
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
            /** The key was revoked. Assumption: see info; 200 and 204 are both accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** The key was revoked. */
            204: {
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
    updatePodApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pod_id: string;
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyRequest"];
            };
        };
        responses: {
            /** The credential after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["ValidationError"];
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
            /** The new key, with its secret. Store the secret now; it cannot be read again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApiKeyResult"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
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
            /** The key was revoked. Assumption: see info; 200 and 204 are both accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** The key was revoked. */
            204: {
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
    updateInboxApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: string;
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyRequest"];
            };
        };
        responses: {
            /** The credential after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    authorizeInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["inboxesAuthorizeInboxRequest"];
            };
        };
        responses: {
            /** The id of the pending sign-in key and a line of instructions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["inboxesAuthorizeInboxResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    attachHuman: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentAttachHumanRequest"];
            };
        };
        responses: {
            /** The attached human and what the agent should do next. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentAttachHumanResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
}
