// Generated from specs/comma.yaml by scripts/generate.ts; do not edit.
import type { OperationMeta, Shape } from "../../core/shape.js";

/** The vendor's documented base URLs; the first is the default. */
export const servers = ["https://commareports.com/api/v1"] as const;

const ReportVisibility: Shape = { type: "string", enum: ["private","registered","public"] };
const CreateReportRequest: Shape = { type: "object", properties: { "html": { type: "string" }, "title": { type: "string" }, "description": { type: "string" }, "visibility": ReportVisibility }, required: ["html"] };
const Report: Shape = { type: "object", properties: { "id": { type: "string" } } };
const SearchResult: Shape = {};
const UpdateReportRequest: Shape = { type: "object", properties: { "html": { type: "string" }, "title": { type: "string" }, "description": { type: "string" } } };
const RevisionList: Shape = {};
const Revision: Shape = { type: "object", properties: { "id": { type: "string" } } };
const Diff: Shape = { type: "object", properties: { "added": {}, "removed": {}, "unchanged": {} } };
const SharingVisibility: Shape = { type: "string", enum: ["private","team","registered","public","domain"] };
const LinkPermission: Shape = { type: "string", enum: ["none","view","comment","edit"] };
const Sharing: Shape = { type: "object", properties: { "visibility": SharingVisibility, "link_permission": LinkPermission } };
const UpdateSharingRequest: Shape = { type: "object", properties: { "visibility": SharingVisibility, "link_permission": LinkPermission } };
const Comment: Shape = { type: "object", properties: { "id": { type: "string" } } };
const CommentList: Shape = { type: "object", properties: { "comments": { type: "array", items: Comment } }, required: ["comments"] };
const CreateCommentRequest: Shape = { type: "object", properties: { "body": { type: "string" } }, required: ["body"] };
const CreateReviewRequest: Shape = { type: "object", properties: { "html": { type: "string" }, "title": { type: "string" }, "source_file": { type: "string" } } };
const ReviewSession: Shape = { type: "object", properties: { "session_id": { type: "string" }, "report_id": { type: "string" }, "review_url": { type: "string" } } };
const ReviewStatus: Shape = { type: "object", properties: { "status": { type: "string" } } };
const PlanCaps: Shape = { type: "object" };
const Usage: Shape = { type: "object" };

/** Per operation: method, path template, whether it needs a credential, idempotency, query names and body shapes. */
export const operations = {
  createReport: { method: "POST", path: "/reports", auth: true, request: CreateReportRequest, response: Report },
  searchReports: { method: "GET", path: "/reports/search", auth: true, query: ["q"], response: SearchResult },
  getReport: { method: "GET", path: "/reports/{id}", auth: true, response: Report },
  updateReport: { method: "PATCH", path: "/reports/{id}", auth: true, request: UpdateReportRequest, response: Report },
  listRevisions: { method: "GET", path: "/reports/{id}/revisions", auth: true, response: RevisionList },
  getRevision: { method: "GET", path: "/reports/{id}/revisions/{rev}", auth: true, response: Revision },
  diffReport: { method: "GET", path: "/reports/{id}/diff", auth: true, query: ["from","to"], response: Diff },
  getSharing: { method: "GET", path: "/reports/{id}/share", auth: true, response: Sharing },
  updateSharing: { method: "PUT", path: "/reports/{id}/share", auth: true, request: UpdateSharingRequest, response: Sharing },
  listComments: { method: "GET", path: "/reports/{id}/comments", auth: true, query: ["limit"], response: CommentList },
  createComment: { method: "POST", path: "/reports/{id}/comments", auth: true, request: CreateCommentRequest, response: Comment },
  createReview: { method: "POST", path: "/reviews", auth: true, request: CreateReviewRequest, response: ReviewSession },
  getReview: { method: "GET", path: "/reviews/{session_id}", auth: true, response: ReviewStatus },
  getPlanCaps: { method: "GET", path: "/me/plan-caps", auth: true, response: PlanCaps },
  getUsage: { method: "GET", path: "/me/usage", auth: true, response: Usage },
} as const satisfies Record<string, OperationMeta>;

/** Every value of the Scope enumeration. */
export const scopeValues = ["reports:read","reports:write","comments:read","comments:write","routines","connections","sharing"] as const;

/** Every value of the ReportVisibility enumeration. */
export const reportVisibilityValues = ["private","registered","public"] as const;

/** Every value of the SharingVisibility enumeration. */
export const sharingVisibilityValues = ["private","team","registered","public","domain"] as const;

/** Every value of the LinkPermission enumeration. */
export const linkPermissionValues = ["none","view","comment","edit"] as const;

/** The token scope each operation requires. */
export const requiredScopes = {
  "createReport": "reports:write",
  "searchReports": "reports:read",
  "getReport": "reports:read",
  "updateReport": "reports:write",
  "listRevisions": "reports:read",
  "getRevision": "reports:read",
  "diffReport": "reports:read",
  "getSharing": "reports:read",
  "updateSharing": "sharing",
  "listComments": "comments:read",
  "createComment": "comments:write",
  "createReview": "reports:write",
  "getReview": "reports:read"
} as const;
