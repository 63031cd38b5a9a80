import type { ApiPromise, ClientOptions, RequestOptions } from "../core/client.js";
import type { PermissionDeniedError } from "../core/errors.js";
import type { RateLimitOptions } from "../core/rate-limiter.js";
import type { QueryParams, RequestBody, ResponseBody } from "../core/shape.js";
import { VendorClient } from "../core/vendor.js";
import * as ops from "./generated/calls.js";
import { requiredScopes, scopeValues } from "./generated/meta.js";
import type { operations, paths } from "./generated/types.js";
import { profile } from "./profile.js";

/** A Comma token scope. */
export type CommaScope = (typeof scopeValues)[number];
/** A 403 for a scope the token lacks has `missingScope` typed as a {@link CommaScope}. */
export type CommaPermissionDeniedError = PermissionDeniedError<CommaScope>;

/** Every scope a Comma token can carry. */
export const commaScopes: readonly CommaScope[] = scopeValues;
/** The scopes a new Comma token gets unless its owner chooses otherwise. */
export const defaultScopes = /* @__PURE__ */ Object.freeze([
  "reports:write",
  "comments:write",
  "comments:read",
] as const satisfies readonly CommaScope[]);
/** The scope each operation requires (from the spec's `x-required-scope`). */
export { requiredScopes };

/** Options of {@link CommaClient}. */
export interface CommaClientOptions extends ClientOptions {
  /** A Comma API token (starts with `comma_sk_`). Defaults to `process.env.COMMA_API_TOKEN`. */
  apiKey?: string;
  /**
   * Space requests on this side so a burst never meets the server's limit (60 requests per rolling
   * minute per token by default). Shared by every client holding the same token. Off unless set.
   * @example { requestsPerMinute: 60 }
   */
  rateLimit?: RateLimitOptions;
}

type Op<K extends keyof operations> = operations[K];
/** `reports.create()` input: `{ html, title?, description?, visibility? }`. */
export type CreateReportParams = RequestBody<Op<"createReport">>;
/** `reports.update()` input: `{ html?, title?, description? }`; new html adds a revision. */
export type UpdateReportParams = RequestBody<Op<"updateReport">>;
/** A report's metadata. */
export type Report = ResponseBody<Op<"getReport">>;
/** `sharing.update()` input. */
export type UpdateSharingParams = RequestBody<Op<"updateSharing">>;
/** Who can reach a report. */
export type Sharing = ResponseBody<Op<"getSharing">>;
/** A report's comment threads. */
export type CommentList = ResponseBody<Op<"listComments">>;
/** `reviews.create()` input: `{ html, title, sourceFile }`. */
export type CreateReviewParams = RequestBody<Op<"createReview">>;
/** A started review: `{ sessionId, reportId, reviewUrl }`. */
export type ReviewSession = ResponseBody<Op<"createReview">>;

/** Comma's REST API, with each call's required token scope known up front. */
export class CommaClient extends VendorClient<paths, CommaClientOptions> {
  /** Reports, their revisions and diffs. */
  readonly reports;
  /** Who can reach a report. */
  readonly sharing;
  /** Comment threads. */
  readonly comments;
  /** Review sessions. */
  readonly reviews;
  /** The token owner's plan caps and usage. */
  readonly me;

  constructor(options?: CommaClientOptions) {
    super(profile, options);
    const core = this.core;
    const id = (reportId: string) => ({ id: reportId });
    this.reports = {
      /** Publishes a report (html up to 5 MB). Needs `reports:write`. */
      create: (params: CreateReportParams, o?: RequestOptions): ApiPromise<Report> => core.call(ops.createReport, { body: params }, o),
      /** Full-text search. Needs `reports:read`. */
      search: (query: string, o?: RequestOptions): ApiPromise<ResponseBody<Op<"searchReports">>> =>
        core.call(ops.searchReports, { query: { q: query } }, o),
      /** A report's metadata. Needs `reports:read`. */
      get: (reportId: string, o?: RequestOptions): ApiPromise<Report> => core.call(ops.getReport, { path: id(reportId) }, o),
      /** Edits a report; new html appends a revision. Needs `reports:write`. */
      update: (reportId: string, params: UpdateReportParams, o?: RequestOptions): ApiPromise<Report> =>
        core.call(ops.updateReport, { path: id(reportId), body: params }, o),
      /** A report's revisions. Needs `reports:read`. */
      listRevisions: (reportId: string, o?: RequestOptions): ApiPromise<ResponseBody<Op<"listRevisions">>> =>
        core.call(ops.listRevisions, { path: id(reportId) }, o),
      /** One revision's content. Needs `reports:read`. */
      getRevision: (reportId: string, revision: string, o?: RequestOptions): ApiPromise<ResponseBody<Op<"getRevision">>> =>
        core.call(ops.getRevision, { path: { id: reportId, rev: revision } }, o),
      /** What changed between two revisions. Needs `reports:read`. */
      diff: (reportId: string, range: QueryParams<Op<"diffReport">> = {}, o?: RequestOptions): ApiPromise<ResponseBody<Op<"diffReport">>> =>
        core.call(ops.diffReport, { path: id(reportId), query: range }, o),
    };
    this.sharing = {
      /** A report's visibility and link permission. Needs `reports:read`. */
      get: (reportId: string, o?: RequestOptions): ApiPromise<Sharing> => core.call(ops.getSharing, { path: id(reportId) }, o),
      /** Changes who can reach a report. Needs `sharing`. */
      update: (reportId: string, params: UpdateSharingParams, o?: RequestOptions): ApiPromise<Sharing> =>
        core.call(ops.updateSharing, { path: id(reportId), body: params }, o),
    };
    this.comments = {
      /** A report's comment threads. Needs `comments:read`. */
      list: (reportId: string, params: QueryParams<Op<"listComments">> = {}, o?: RequestOptions): ApiPromise<CommentList> =>
        core.call(ops.listComments, { path: id(reportId), query: params }, o),
      /** Leaves a comment. Needs `comments:write`. */
      create: (reportId: string, params: RequestBody<Op<"createComment">>, o?: RequestOptions): ApiPromise<ResponseBody<Op<"createComment">>> =>
        core.call(ops.createComment, { path: id(reportId), body: params }, o),
    };
    this.reviews = {
      /** Starts a review session. Needs `reports:write`. */
      create: (params: CreateReviewParams, o?: RequestOptions): ApiPromise<ReviewSession> => core.call(ops.createReview, { body: params }, o),
      /** A review session's status. Needs `reports:read`. */
      get: (sessionId: string, o?: RequestOptions): ApiPromise<ResponseBody<Op<"getReview">>> =>
        core.call(ops.getReview, { path: { session_id: sessionId } }, o),
    };
    this.me = {
      /** The plan's caps. Any valid token. */
      planCaps: (o?: RequestOptions): ApiPromise<ResponseBody<Op<"getPlanCaps">>> => core.call(ops.getPlanCaps, {}, o),
      /** Current usage. Any valid token. */
      usage: (o?: RequestOptions): ApiPromise<ResponseBody<Op<"getUsage">>> => core.call(ops.getUsage, {}, o),
    };
  }
}
