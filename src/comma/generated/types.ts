// Generated from specs/comma.yaml by scripts/generate.ts; do not edit.
/** The wire types of specs/comma.yaml, by path and HTTP method (snake_case, as sent). */
export interface paths {
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a new HTML report. */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search over the reports the token can see. */
        get: operations["searchReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /** Read one report's metadata. */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a report's content, title or description; new HTML adds a revision. */
        patch: operations["updateReport"];
        trace?: never;
    };
    "/reports/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /** List a report's revisions. */
        get: operations["listRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/revisions/{rev}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
                /** The revision's identifier. Assumption: a string. */
                rev: string;
            };
            cookie?: never;
        };
        /** Read the content of one revision of a report. */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /** Compare two revisions of a report. */
        get: operations["diffReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /** Read who can see a report and what its link allows. */
        get: operations["getSharing"];
        /** Change who can see a report and what its link allows. */
        put: operations["updateSharing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /** List a report's comment threads. */
        get: operations["listComments"];
        put?: never;
        /** Post a comment on a report. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a review session for an HTML document. */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The `session_id` returned by createReview. Assumption: a string. */
                session_id: string;
            };
            cookie?: never;
        };
        /** Read the state of a review session. */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/plan-caps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the caps of the token owner's plan; any valid token may call it. */
        get: operations["getPlanCaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the token owner's current usage; any valid token may call it. */
        get: operations["getUsage"];
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
/** The wire types of specs/comma.yaml's components: schemas, parameters and responses (snake_case). */
export interface components {
    schemas: {
        /** The body of every error response. */
        Error: {
            /** Human-readable reason for the failure. */
            error: string;
        };
        /**
         * A permission a token may carry; each endpoint needs one. New tokens get reports:write, comments:write and comments:read unless chosen otherwise.
         */
        Scope: "reports:read" | "reports:write" | "comments:read" | "comments:write" | "routines" | "connections" | "sharing";
        /**
         * Who may open a new report.
         */
        ReportVisibility: "private" | "registered" | "public";
        /**
         * Who may open a report, as set through the sharing endpoint.
         */
        SharingVisibility: "private" | "team" | "registered" | "public" | "domain";
        /**
         * What someone holding the report's link may do.
         */
        LinkPermission: "none" | "view" | "comment" | "edit";
        CreateReportRequest: {
            /** The report's HTML; at most 5 MB. Assumption: sent as a string. */
            html: string;
            /** Assumption: a string. */
            title?: string;
            /** Assumption: a string. */
            description?: string;
            visibility?: components["schemas"]["ReportVisibility"];
        };
        /** Send only the fields to change; new `html` is stored as a new revision. */
        UpdateReportRequest: {
            /** Replacement HTML. Assumption: a string, with the same 5 MB cap as on create. */
            html?: string;
            /** Assumption: a string. */
            title?: string;
            /** Assumption: a string. */
            description?: string;
        };
        /** A report. Assumption: field names are not documented; only `id` is modelled. */
        Report: {
            /** Assumption: the report's identifier, a string. */
            id?: string;
        };
        /** Assumption: the shape of search results is not documented; left untyped. */
        SearchResult: unknown;
        /** Assumption: the shape of the revision list is not documented; left untyped. Items are expected to look like Revision. */
        RevisionList: unknown;
        /** One revision of a report. Assumption: field names are not documented; only `id` is modelled. */
        Revision: {
            /** Assumption: the revision's identifier, a string. */
            id?: string;
        };
        /** The difference between two revisions. Assumption: the types of the three parts are not documented and are left untyped. */
        Diff: {
            added?: unknown;
            removed?: unknown;
            unchanged?: unknown;
        };
        /** A report's sharing settings. */
        Sharing: {
            visibility?: components["schemas"]["SharingVisibility"];
            /** Assumption: the wire name `link_permission` is not documented. */
            link_permission?: components["schemas"]["LinkPermission"];
        };
        /** Send the settings to change. Assumption: which fields are required is not documented; the body is left open because the link-permission field name is itself assumed. */
        UpdateSharingRequest: {
            visibility?: components["schemas"]["SharingVisibility"];
            /** Assumption: the wire name `link_permission` is not documented. */
            link_permission?: components["schemas"]["LinkPermission"];
        };
        CommentList: {
            /** Comment threads, each with its anchor and resolved state. */
            comments: components["schemas"]["Comment"][];
        };
        /** A comment thread. Assumption: field names (anchor, resolve state, replies) are not documented; only `id` is modelled. */
        Comment: {
            /** Assumption: the comment's identifier, a string. */
            id?: string;
        };
        CreateCommentRequest: {
            /** The comment text. Assumption: the field name `body`, its type and that it is required. */
            body: string;
        };
        CreateReviewRequest: {
            /** The HTML to review. Assumption: a string; whether it is required is not documented. */
            html?: string;
            /** Assumption: a string. */
            title?: string;
            /** The file the HTML came from. Assumption: a string path or name. */
            source_file?: string;
        };
        ReviewSession: {
            /** Identifies the review; pass it to getReview. Assumption: a string. */
            session_id?: string;
            /** The report created for the review. Assumption: a string. */
            report_id?: string;
            /** Where a person can do the review. Assumption: a string URL. */
            review_url?: string;
        };
        ReviewStatus: {
            /**
             * The session's state. Known values include `submitted` and `cancelled`; the full set is not documented, so this is not a closed enum.
             * @example submitted
             * @example cancelled
             */
            status?: string;
        };
        /** The limits of the owner's plan. Assumption: field names are not documented, so any field is allowed. */
        PlanCaps: {
            [key: string]: unknown;
        };
        /** The owner's usage against the plan. Assumption: field names are not documented, so any field is allowed. */
        Usage: {
            [key: string]: unknown;
        };
    };
    responses: {
        /** Assumption: the body is invalid (for example `html` missing or over 5 MB). Comma documents these limits but not the status it answers with; 400 with the usual `{error}` body is assumed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** The token is missing, unknown, revoked or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** The token lacks the operation's scope (the error text then begins `Token missing scope: <scope>`), or its owner has no access to the report. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** The addressed resource does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** The token's per-minute request budget is spent; wait and retry. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** The report's identifier. Assumption: a string. */
        ReportId: string;
    };
    requestBodies: never;
    headers: {
        /** How long to wait before retrying. Assumption: the format is not documented; it may be delta-seconds or an HTTP date, so clients should accept both. */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
/** The wire types of specs/comma.yaml, by operationId: parameters, request body and responses. */
export interface operations {
    createReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportRequest"];
            };
        };
        responses: {
            /** The created report. Assumption: status 200 and the response fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    searchReports: {
        parameters: {
            query: {
                /** The search text. Assumption: required and a string. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Matching reports. Assumption: status 200; the body's shape is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The report's metadata. Assumption: status 200 and the response fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReportRequest"];
            };
        };
        responses: {
            /** The updated report. Assumption: status 200 and the response fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The report's revisions (ids, content hashes, authors and times per the reference). Assumption: status 200; the body's shape and field names are not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
                /** The revision's identifier. Assumption: a string. */
                rev: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The revision. Assumption: status 200 and the response fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    diffReport: {
        parameters: {
            query?: {
                /** The older revision. Assumption: a revision id string, optional. */
                from?: string;
                /** The newer revision. Assumption: a revision id string, optional. */
                to?: string;
            };
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** What changed between the two revisions. Assumption: status 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Diff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getSharing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The report's sharing settings. Assumption: status 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sharing"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateSharing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSharingRequest"];
            };
        };
        responses: {
            /** The new sharing settings. Assumption: status 200 and that the settings are echoed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sharing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** Most threads to return. Assumption: a positive integer; no cursor or page parameter is documented. */
                limit?: number;
            };
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The comment threads. Assumption: status 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The report's identifier. Assumption: a string. */
                id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** The new comment. Assumption: status 200 and the response fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewRequest"];
            };
        };
        responses: {
            /** The review session. Assumption: status 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** The `session_id` returned by createReview. Assumption: a string. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The session's state. Assumption: status 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getPlanCaps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The plan's caps. Assumption: status 200; the body's field names are not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanCaps"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Usage figures. Assumption: status 200; the body's field names are not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
}
