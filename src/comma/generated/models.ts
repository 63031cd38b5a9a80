// Generated from specs/comma.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

/** The body of every error response. */
export interface Error {
  /** Human-readable reason for the failure. */
  error: Wire["Error"]["error"];
}

/** The `CreateReportRequest` schema of specs/comma.yaml, in camelCase. */
export interface CreateReportRequest {
  /** The report's HTML; at most 5 MB. Assumption: sent as a string. */
  html: Wire["CreateReportRequest"]["html"];
  /** Assumption: a string. */
  title?: Wire["CreateReportRequest"]["title"];
  /** Assumption: a string. */
  description?: Wire["CreateReportRequest"]["description"];
  visibility?: Wire["CreateReportRequest"]["visibility"];
}

/** Send only the fields to change; new `html` is stored as a new revision. */
export interface UpdateReportRequest {
  /** Replacement HTML. Assumption: a string, with the same 5 MB cap as on create. */
  html?: Wire["UpdateReportRequest"]["html"];
  /** Assumption: a string. */
  title?: Wire["UpdateReportRequest"]["title"];
  /** Assumption: a string. */
  description?: Wire["UpdateReportRequest"]["description"];
}

/** A report. Assumption: field names are not documented; only `id` is modelled. */
export interface Report {
  /** Assumption: the report's identifier, a string. */
  id?: Wire["Report"]["id"];
}

/** One revision of a report. Assumption: field names are not documented; only `id` is modelled. */
export interface Revision {
  /** Assumption: the revision's identifier, a string. */
  id?: Wire["Revision"]["id"];
}

/**
 * The difference between two revisions. Assumption: the types of the three parts are not documented
 * and are left untyped.
 */
export interface Diff {
  added?: Camelize<Wire["Diff"]["added"]>;
  removed?: Camelize<Wire["Diff"]["removed"]>;
  unchanged?: Camelize<Wire["Diff"]["unchanged"]>;
}

/** A report's sharing settings. */
export interface Sharing {
  visibility?: Wire["Sharing"]["visibility"];
  /** Assumption: the wire name `link_permission` is not documented. */
  linkPermission?: Wire["Sharing"]["link_permission"];
}

/**
 * Send the settings to change. Assumption: which fields are required is not documented; the body is
 * left open because the link-permission field name is itself assumed.
 */
export interface UpdateSharingRequest {
  visibility?: Wire["UpdateSharingRequest"]["visibility"];
  /** Assumption: the wire name `link_permission` is not documented. */
  linkPermission?: Wire["UpdateSharingRequest"]["link_permission"];
}

/** The `CommentList` schema of specs/comma.yaml, in camelCase. */
export interface CommentList {
  /** Comment threads, each with its anchor and resolved state. */
  comments: Comment[];
}

/**
 * A comment thread. Assumption: field names (anchor, resolve state, replies) are not documented;
 * only `id` is modelled.
 */
export interface Comment {
  /** Assumption: the comment's identifier, a string. */
  id?: Wire["Comment"]["id"];
}

/** The `CreateCommentRequest` schema of specs/comma.yaml, in camelCase. */
export interface CreateCommentRequest {
  /** The comment text. Assumption: the field name `body`, its type and that it is required. */
  body: Wire["CreateCommentRequest"]["body"];
}

/** The `CreateReviewRequest` schema of specs/comma.yaml, in camelCase. */
export interface CreateReviewRequest {
  /** The HTML to review. Assumption: a string; whether it is required is not documented. */
  html?: Wire["CreateReviewRequest"]["html"];
  /** Assumption: a string. */
  title?: Wire["CreateReviewRequest"]["title"];
  /** The file the HTML came from. Assumption: a string path or name. */
  sourceFile?: Wire["CreateReviewRequest"]["source_file"];
}

/** The `ReviewSession` schema of specs/comma.yaml, in camelCase. */
export interface ReviewSession {
  /** Identifies the review; pass it to getReview. Assumption: a string. */
  sessionId?: Wire["ReviewSession"]["session_id"];
  /** The report created for the review. Assumption: a string. */
  reportId?: Wire["ReviewSession"]["report_id"];
  /** Where a person can do the review. Assumption: a string URL. */
  reviewUrl?: Wire["ReviewSession"]["review_url"];
}

/** The `ReviewStatus` schema of specs/comma.yaml, in camelCase. */
export interface ReviewStatus {
  /**
   * The session's state. Known values include `submitted` and `cancelled`; the full set is not
   * documented, so this is not a closed enum.
   */
  status?: Wire["ReviewStatus"]["status"];
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<Error, Camelize<Wire["Error"]>>>,
  Assert<Same<CreateReportRequest, Camelize<Wire["CreateReportRequest"]>>>,
  Assert<Same<UpdateReportRequest, Camelize<Wire["UpdateReportRequest"]>>>,
  Assert<Same<Report, Camelize<Wire["Report"]>>>,
  Assert<Same<Revision, Camelize<Wire["Revision"]>>>,
  Assert<Same<Diff, Camelize<Wire["Diff"]>>>,
  Assert<Same<Sharing, Camelize<Wire["Sharing"]>>>,
  Assert<Same<UpdateSharingRequest, Camelize<Wire["UpdateSharingRequest"]>>>,
  Assert<Same<CommentList, Camelize<Wire["CommentList"]>>>,
  Assert<Same<Comment, Camelize<Wire["Comment"]>>>,
  Assert<Same<CreateCommentRequest, Camelize<Wire["CreateCommentRequest"]>>>,
  Assert<Same<CreateReviewRequest, Camelize<Wire["CreateReviewRequest"]>>>,
  Assert<Same<ReviewSession, Camelize<Wire["ReviewSession"]>>>,
  Assert<Same<ReviewStatus, Camelize<Wire["ReviewStatus"]>>>,
];
