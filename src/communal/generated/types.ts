// Generated from specs/communal.yaml by scripts/generate.ts; do not edit.
/** The wire types of specs/communal.yaml, by path and HTTP method (snake_case, as sent). */
export interface paths {
    "/users/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch one user by id.
         * Returns the compact user view (`UserResource`). Non-manager keys may only read their own user.
         */
        get: operations["getUser"];
        /**
         * Replace a user's profile fields.
         * Whole-record update meant for syncing profiles from an outside system: `first_name`, `last_name` and `email` must always be sent; optional fields left out keep their value and nullable ones may be set to null to clear them. `email` must be unique in the organization (a clash answers 422). Manager keys may update any user; other keys only their own.
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parent_programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parent programs, one page at a time.
         * Laravel-style page of programs. Their registration opportunities (sessions) are left out unless `include=programs` is sent.
         */
        get: operations["listParentPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parent_programs/{parent_program}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch one parent program with its full configuration. */
        get: operations["getParentProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parent_programs/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every parent program as a slim option (id, title, draft, archived).
         * A page of programs with four columns and no relations, meant for pickers; the cheapest authenticated read the vendor documents, so `verifyKey` uses it.
         */
        get: operations["listParentProgramOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the memberships users hold, one page at a time.
         * Each membership comes with its membership type and pricing plan. Filter by holder, by active or expired, or by the window its current period ends in. Assumption: a non-manager key sees only its own memberships (see info.description).
         */
        get: operations["listUserMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_memberships/{user_membership}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch one membership a user holds.
         * With its membership type and pricing plan. Assumption: a non-manager key may read only its own.
         */
        get: operations["getUserMembership"];
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
/** The wire types of specs/communal.yaml's components: schemas, parameters and responses (snake_case). */
export interface components {
    schemas: {
        /** Full user record, as returned after an update. */
        User: {
            id: number;
            tenant_id: number | null;
            name: string;
            first_name: string | null;
            last_name: string | null;
            middle_name: string | null;
            preferred_name: string | null;
            /** Format: date-time */
            date_of_birth: string | null;
            email: string;
            email_locked: boolean;
            requires_password_reset: boolean;
            photo_url: string | null;
            uses_two_factor_auth: boolean;
            current_team_id: number | null;
            stripe_id: string | null;
            current_billing_plan: string | null;
            billing_state: string | null;
            vat_id: string | null;
            /** Format: date-time */
            trial_ends_at: string | null;
            last_read_announcements_at: string | null;
            /** Format: date-time */
            created_at: string | null;
            /** Format: date-time */
            updated_at: string | null;
            work_phone: string | null;
            profile_address: string | null;
            profile_address_line_2: string | null;
            profile_city: string | null;
            profile_state: string | null;
            profile_zip: string | null;
            profile_country: string | null;
            family_id: number | null;
            /** True for organization managers (may act on any user). */
            manager: boolean;
            places_id: string | null;
            status: number;
            telephone: string | null;
            timezone: string | null;
            /** Format: date-time */
            deleted_timestamp: string | null;
            member_id: string | null;
            card_id: string | null;
            business_name: string | null;
            account_id: number | null;
            can_use_card: boolean;
            /** True for Communal's own administrators. */
            is_communal_admin: boolean;
            referrer: string | null;
            /** Format: date-time */
            anonymized_at: string | null;
            active: string;
            /** Documented as always null. */
            base_membership_plan: null;
            /** Documented as always null. */
            membership_start_date: null;
            /** Documented as always null. */
            readable_membership_start_date: null;
            two_factor_enabled: string;
        };
        /** Compact user view returned by `getUser`. The vendor types every scalar here as a plain string, including `id`. */
        UserResource: {
            id: string;
            name: string;
            email: string;
            telephone?: string;
            first_name?: string;
            middle_name?: string;
            last_name?: string;
            preferred_name?: string;
            date_of_birth: string | null;
            created_at?: string | null;
            updated_at?: string | null;
            /** The user's memberships (typed as a string by the vendor). */
            subscriptions?: string;
            /** Family members; present when `include=family` is sent. */
            family?: components["schemas"]["FamilyMember"][];
        };
        /** A person in the user's family group. */
        FamilyMember: {
            id: number;
            user_id: number | null;
            guest_id: number | null;
            name: string;
            email: string | null;
            telephone: string | null;
            gender: string | null;
            /** Format: YYYY-MM-DD */
            date_of_birth: string | null;
            age: number | null;
            allergies: string | null;
            medical: string | null;
            primary: boolean;
            /** Format: ISO 8601 (UTC) */
            created_at: string;
            /** Format: ISO 8601 (UTC) */
            updated_at: string;
            /** Format: ISO 8601 (UTC) */
            deleted_at: string | null;
            /** Emergency contact. */
            emergency?: {
                id: number;
                family_id: number;
                name: string;
                telephone: string;
                /** Format: date-time */
                created_at: string | null;
                /** Format: date-time */
                updated_at: string | null;
            };
            invited_user_id: number | null;
            pending_invite: boolean;
        };
        /**
         * ParentProgramOptionResource
         * The few columns of a program an option list shows.
         */
        ParentProgramOptionResource: {
            id: number;
            title: string;
            draft: boolean;
            archived_at: string | null;
        };
        /** A program (the vendor's `Program` schema, served under `/parent_programs`) grouping registration opportunities. Timestamps are ISO 8601 in UTC; money is in minor units. */
        Program: {
            id: number;
            title: string;
            /** May contain HTML. */
            description: string | null;
            /** Format: ISO 8601 (UTC) */
            event_start_date: string | null;
            /** Format: ISO 8601 (UTC) */
            event_end_date: string | null;
            /** Format: ISO 8601 (UTC) */
            registration_start_date: string | null;
            /** Format: ISO 8601 (UTC) */
            registration_end_date: string | null;
            /** No fixed end date. */
            ongoing: boolean;
            /** Lifecycle label such as active, archived, draft, upcoming, ongoing, past or dates_not_set. */
            status: string;
            /** Event window formatted for display. */
            dates: string | null;
            /** Registration window formatted for display. */
            registration_dates: string | null;
            /** A single event rather than a series. */
            is_event: boolean;
            draft: boolean;
            is_hidden: boolean;
            /** Header image URL. */
            profile_image: string | null;
            /** Older name for the capacity; kept for compatibility. */
            limit: number | null;
            total_spots: number | null;
            available_spots: number | null;
            total_signups: number;
            reserved_spots: number;
            reserved_spots_signups: number;
            reserved_spots_remaining: number | null;
            uncapped_spots: number | null;
            uncapped_spots_signups: number | null;
            uncapped_spots_remaining: number | null;
            demographic: string | null;
            instructor: string | null;
            location_name: string | null;
            location_address: string | null;
            location_latitude: number | string | null;
            location_longitude: number | string | null;
            is_online: boolean;
            /** Display form, in the tenant's time zone. */
            readable_event_start_date: string | null;
            /** Display form, in the tenant's time zone. */
            readable_event_end_date: string | null;
            /** HH:mm, tenant time zone. */
            event_start_time: string | null;
            /** HH:mm, tenant time zone. */
            event_end_time: string | null;
            /** HH:mm, tenant time zone. */
            registration_start_time: string | null;
            /** HH:mm, tenant time zone. */
            registration_end_time: string | null;
            /** Shown but not open for signup. */
            display_only: boolean;
            unsplash_author_name: string | null;
            unsplash_author_link: string | null;
            multiple_signups: boolean;
            prompt_for_number_of_guests: boolean;
            prompt_for_registrant: boolean;
            waitlist_enabled: boolean;
            force_participant_selection: boolean;
            show_participant_list: boolean;
            hide_participant_details: boolean;
            pay_by_cash: boolean;
            /** Minor currency units (e.g. cents). */
            registration_fee: number | null;
            /** Charge the fee once per checkout rather than per signup. */
            cap_registration_fee: boolean;
            ignores_tax_rates: boolean;
            collection_additional_information: boolean;
            require_emergency_contact_information: boolean;
            block_facility_calendars: boolean;
            auto_archive: boolean;
            /** Days after the event end before auto-archiving; 0 means at once. */
            auto_archive_days: number;
            participant_must_hold_membership: boolean;
            form_id: number | null;
            allow_file_uploads: boolean;
            file_uploads_required: boolean;
            file_uploads_max: number | null;
            volunteer_opportunities_ids: number[];
            facility_ids: number[];
            sort_order: number;
            manual_order_enabled: boolean;
            /** General-ledger code for accounting. */
            gl_code: string | null;
            /** Format: ISO 8601 (UTC) */
            created_at: string;
            /** Format: ISO 8601 (UTC) */
            updated_at: string;
            /** Format: ISO 8601 (UTC) */
            deleted_at: string | null;
            /** Format: ISO 8601 (UTC) */
            archived_at: string | null;
            /** Related facilities (typed as a string by the vendor). */
            facilities?: string;
            /** Related registration opportunities (typed as a string by the vendor). */
            registration_opportunities?: string;
            /** Best current member price compared with the guest price. */
            member_pricing_savings?: {
                name: string;
                guest_price: number;
                price: number;
                savings: number;
            } | null;
            /** Related volunteer opportunities (typed as a string by the vendor). */
            volunteer_opportunities?: string;
            /** Related waiver assignments (typed as a string by the vendor). */
            waiver_assignments?: string;
            tags?: string;
        };
        /**
         * UserMembershipResource
         * A membership one user holds: its state, renewal and the type and plan it is on.
         */
        UserMembershipResource: {
            /** Id of this membership. */
            id: number;
            /** Id of the user who holds it. */
            user_id: number;
            /** State of the membership, such as active; `retrying` means a renewal payment failed and will be tried again. */
            status: string;
            /** Renews by itself when the current period ends. */
            will_auto_renew: boolean;
            /** End of the current period (ISO 8601), if any. */
            ends_at: string | null;
            /** Last renewal (ISO 8601); null when it never renewed. */
            renewed_at: string | null;
            /** When the membership began (ISO 8601). */
            created_at: string | null;
            /** The membership type; always embedded by both operations. */
            membership_type?: {
                id: number;
                title: string;
            };
            /** The pricing plan billed; always embedded by both operations. `amount` is in minor currency units. */
            plan?: {
                id: number;
                nickname: string | null;
                amount: number;
                interval: string;
            } | null;
        };
        /** Body of a 400 for an unsupported API version. */
        UnsupportedApiVersion: {
            /** Short reason. */
            message: string;
            /** Versions the server accepts, as `YYYY-MM-DD` dates. */
            supported_versions: string[];
        };
    };
    responses: {
        /** API key missing or invalid. */
        AuthenticationException: {
            headers: {
                "X-Api-Version": components["headers"]["X-Api-Version"];
                "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** Short reason. */
                    message: string;
                };
            };
        };
        /** The key is valid but may not perform this action. */
        AuthorizationException: {
            headers: {
                "X-Api-Version": components["headers"]["X-Api-Version"];
                "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** Short reason. */
                    message: string;
                };
            };
        };
        /** No record with that id. */
        ModelNotFoundException: {
            headers: {
                "X-Api-Version": components["headers"]["X-Api-Version"];
                "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** Short reason. */
                    message: string;
                };
            };
        };
        /** Input failed validation; messages are grouped per field. */
        ValidationException: {
            headers: {
                "X-Api-Version": components["headers"]["X-Api-Version"];
                "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** Summary of what failed. */
                    message: string;
                    /** Map from the name of each rejected field to its messages. */
                    errors: {
                        [key: string]: string[];
                    };
                };
            };
        };
        /** The requested `X-Api-Version` is unknown or past its sunset; checked before authentication. */
        UnsupportedApiVersion: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnsupportedApiVersion"];
            };
        };
    };
    parameters: {
        /** Send `programs` to embed the registration opportunities (sessions). The vendor names this value in the operation text rather than as a declared parameter. */
        ParentProgramInclude: string;
    };
    requestBodies: never;
    headers: {
        /** The API version that served the request. */
        "X-Api-Version": string;
        /** `header` when the caller chose the version, `default` when the server did. */
        "X-Api-Version-Source": "header" | "default";
        /** Present only when the version used is deprecated; human-readable notice. */
        "X-Api-Version-Warning": string;
        /** Present only when the version used is deprecated: the date after which it is removed. Assumption: format not defined beyond a `YYYY-MM-DD` example. */
        Sunset: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
/** The wire types of specs/communal.yaml, by operationId: parameters, request body and responses. */
export interface operations {
    getUser: {
        parameters: {
            query?: {
                /** Comma-separated related data to embed. Documented options: card, family, roles, permissions, files. */
                include?: string;
                /** Parent tenants only: look the user up in a child tenant, or `all` for every visible child tenant. */
                "filter[tenant_id]"?: string;
            };
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path: {
                /** Numeric id of the user. */
                user: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The user. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResource"];
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
            403: components["responses"]["AuthorizationException"];
            404: components["responses"]["ModelNotFoundException"];
            422: components["responses"]["ValidationException"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path: {
                /** Id of the user (the vendor types this path segment as a string here). */
                user: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Full name; the vendor derives it from first and last name. */
                    name?: string | null;
                    first_name: string;
                    last_name: string;
                    middle_name?: string | null;
                    preferred_name?: string | null;
                    /** Format: date-time */
                    date_of_birth?: string | null;
                    /**
                     * Format: email
                     * Must not belong to another user of the organization.
                     */
                    email: string;
                    profile_city?: string | null;
                    /** Postal or ZIP code. */
                    profile_zip?: string | null;
                    /** State or province. */
                    profile_state?: string | null;
                    /** Street address, first line. */
                    profile_address?: string | null;
                    profile_address_line_2?: string | null;
                    /** Two-letter ISO 3166-1 country code, e.g. `CA`. */
                    profile_country?: string | null;
                    telephone?: string | null;
                    /** Answers to a custom form. */
                    custom_form?: {
                        id?: number;
                        data?: string[] | null;
                    };
                };
            };
        };
        responses: {
            /** The updated user record. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
            403: components["responses"]["AuthorizationException"];
            404: components["responses"]["ModelNotFoundException"];
            422: components["responses"]["ValidationException"];
        };
    };
    listParentPrograms: {
        parameters: {
            query?: {
                /** Assumption: 1-based page number, following the Laravel paginator convention; the vendor does not declare this parameter. */
                page?: number;
                /** Send `programs` to embed the registration opportunities (sessions). The vendor names this value in the operation text rather than as a declared parameter. */
                include?: components["parameters"]["ParentProgramInclude"];
            };
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of parent programs. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Program"][];
                        current_page: number;
                        /** Position of the first item on this page; null when the page is empty. */
                        from: number | null;
                        last_page: number;
                        per_page: number;
                        /** Position of the last item on this page; null when the page is empty. */
                        to: number | null;
                        total: number;
                    };
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
        };
    };
    getParentProgram: {
        parameters: {
            query?: {
                /** Send `programs` to embed the registration opportunities (sessions). The vendor names this value in the operation text rather than as a declared parameter. */
                include?: components["parameters"]["ParentProgramInclude"];
            };
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path: {
                /** Id of the parent program (typed as a string by the vendor). */
                parent_program: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The parent program. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
            /** The key may not read this program. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Short reason. */
                        message: string;
                    };
                };
            };
            404: components["responses"]["ModelNotFoundException"];
        };
    };
    listParentProgramOptions: {
        parameters: {
            query?: {
                /** Assumption: 1-based page number, following the Laravel paginator convention; the vendor does not declare this parameter. */
                page?: number;
            };
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of program options. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ParentProgramOptionResource"][];
                        current_page: number;
                        from: number | null;
                        last_page: number;
                        per_page: number;
                        to: number | null;
                        total: number;
                    };
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
        };
    };
    listUserMemberships: {
        parameters: {
            query?: {
                /** Only the memberships of this user. */
                "filter[user_id]"?: number;
                /** Only memberships that are (true) or are not (false) active. */
                "filter[active]"?: boolean;
                /** Only memberships whose current period has (true) or has not (false) ended. */
                "filter[expired]"?: boolean;
                /** Only memberships whose current period ends at or after this time. */
                "filter[expires_starting_at]"?: string;
                /** Only memberships whose current period ends at or before this time. */
                "filter[expires_ending_at]"?: string;
                /** 1-based page number. */
                "page[number]"?: number;
                /** Memberships per page, at most 500. */
                "page[size]"?: number;
            };
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of memberships. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserMembershipResource"][];
                        current_page: number;
                        from: number | null;
                        last_page: number;
                        per_page: number;
                        to: number | null;
                        total: number;
                    };
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
            403: components["responses"]["AuthorizationException"];
            422: components["responses"]["ValidationException"];
        };
    };
    getUserMembership: {
        parameters: {
            query?: never;
            header?: {
                /** Date of the API version to use. The SDK sends the date of this spec unless told otherwise; left out, the server applies its default (2026-08-25 at the time of writing). The server also accepts the alias header `Api-Version`. */
                "X-Api-Version"?: string;
            };
            path: {
                /** Id of the membership (typed as a string by the vendor). */
                user_membership: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The membership. */
            200: {
                headers: {
                    "X-Api-Version": components["headers"]["X-Api-Version"];
                    "X-Api-Version-Source": components["headers"]["X-Api-Version-Source"];
                    "X-Api-Version-Warning": components["headers"]["X-Api-Version-Warning"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMembershipResource"];
                };
            };
            400: components["responses"]["UnsupportedApiVersion"];
            401: components["responses"]["AuthenticationException"];
            403: components["responses"]["AuthorizationException"];
            404: components["responses"]["ModelNotFoundException"];
            422: components["responses"]["ValidationException"];
        };
    };
}
