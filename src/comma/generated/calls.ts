// Generated from specs/comma.yaml by scripts/generate.ts; do not edit.
import { type OperationMeta, type Shape } from "../../core/shape.js";
import { anyFromWire, arrayFromWire, isObject, withUnknownKeys } from "../../core/wire.js";

type Json = Record<string, unknown>;

const stringShape: Shape = { type: "string" };
const ReportVisibility: Shape = { type: "string", enum: ["private","registered","public"] };
const CreateReportRequest: Shape = { type: "object", properties: { "html": stringShape, "title": stringShape, "description": stringShape, "visibility": ReportVisibility }, required: ["html"] };
const UpdateReportRequest: Shape = { type: "object", properties: { "html": stringShape, "title": stringShape, "description": stringShape } };
const SharingVisibility: Shape = { type: "string", enum: ["private","team","registered","public","domain"] };
const LinkPermission: Shape = { type: "string", enum: ["none","view","comment","edit"] };
const UpdateSharingRequest: Shape = { type: "object", properties: { "visibility": SharingVisibility, "link_permission": LinkPermission } };
const CreateCommentRequest: Shape = { type: "object", properties: { "body": stringShape }, required: ["body"] };
const CreateReviewRequest: Shape = { type: "object", properties: { "html": stringShape, "title": stringShape, "source_file": stringShape } };

export function readReport(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readDiff(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["added"]) !== undefined) { o["added"] = anyFromWire(v); n++; }
  if ((v = w["removed"]) !== undefined) { o["removed"] = anyFromWire(v); n++; }
  if ((v = w["unchanged"]) !== undefined) { o["unchanged"] = anyFromWire(v); n++; }
  return withUnknownKeys(w, o, n);
}

export function readSharing(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["visibility"]) !== undefined) { o["visibility"] = v; n++; }
  if ((v = w["link_permission"]) !== undefined) { o["linkPermission"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readCommentList(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["comments"]) !== undefined) { o["comments"] = arrayFromWire(v, readReport); n++; }
  return withUnknownKeys(w, o, n);
}

export function readReviewSession(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["session_id"]) !== undefined) { o["sessionId"] = v; n++; }
  if ((v = w["report_id"]) !== undefined) { o["reportId"] = v; n++; }
  if ((v = w["review_url"]) !== undefined) { o["reviewUrl"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readReviewStatus(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["status"]) !== undefined) { o["status"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

/** `createReport`: what `call()` needs to run it. */
export const createReport = { method: "POST", path: "/reports", auth: true, request: CreateReportRequest, response: { type: "object" }, decode: readReport } as const satisfies OperationMeta;

/** `searchReports`: what `call()` needs to run it. */
export const searchReports = { method: "GET", path: "/reports/search", auth: true, query: ["q"], response: {} } as const satisfies OperationMeta;

/** `getReport`: what `call()` needs to run it. */
export const getReport = { method: "GET", path: "/reports/{id}", auth: true, response: { type: "object" }, decode: readReport } as const satisfies OperationMeta;

/** `updateReport`: what `call()` needs to run it. */
export const updateReport = { method: "PATCH", path: "/reports/{id}", auth: true, request: UpdateReportRequest, response: { type: "object" }, decode: readReport } as const satisfies OperationMeta;

/** `listRevisions`: what `call()` needs to run it. */
export const listRevisions = { method: "GET", path: "/reports/{id}/revisions", auth: true, response: {} } as const satisfies OperationMeta;

/** `getRevision`: what `call()` needs to run it. */
export const getRevision = { method: "GET", path: "/reports/{id}/revisions/{rev}", auth: true, response: { type: "object" }, decode: readReport } as const satisfies OperationMeta;

/** `diffReport`: what `call()` needs to run it. */
export const diffReport = { method: "GET", path: "/reports/{id}/diff", auth: true, query: ["from","to"], response: { type: "object" }, decode: readDiff } as const satisfies OperationMeta;

/** `getSharing`: what `call()` needs to run it. */
export const getSharing = { method: "GET", path: "/reports/{id}/share", auth: true, response: { type: "object" }, decode: readSharing } as const satisfies OperationMeta;

/** `updateSharing`: what `call()` needs to run it. */
export const updateSharing = { method: "PUT", path: "/reports/{id}/share", auth: true, request: UpdateSharingRequest, response: { type: "object" }, decode: readSharing } as const satisfies OperationMeta;

/** `listComments`: what `call()` needs to run it. */
export const listComments = { method: "GET", path: "/reports/{id}/comments", auth: true, query: ["limit"], response: { type: "object", required: ["comments"] }, decode: readCommentList } as const satisfies OperationMeta;

/** `createComment`: what `call()` needs to run it. */
export const createComment = { method: "POST", path: "/reports/{id}/comments", auth: true, request: CreateCommentRequest, response: { type: "object" }, decode: readReport } as const satisfies OperationMeta;

/** `createReview`: what `call()` needs to run it. */
export const createReview = { method: "POST", path: "/reviews", auth: true, request: CreateReviewRequest, response: { type: "object" }, decode: readReviewSession } as const satisfies OperationMeta;

/** `getReview`: what `call()` needs to run it. */
export const getReview = { method: "GET", path: "/reviews/{session_id}", auth: true, response: { type: "object" }, decode: readReviewStatus } as const satisfies OperationMeta;

/** `getPlanCaps`: what `call()` needs to run it. */
export const getPlanCaps = { method: "GET", path: "/me/plan-caps", auth: true, response: { type: "object" } } as const satisfies OperationMeta;

/** `getUsage`: what `call()` needs to run it. */
export const getUsage = { method: "GET", path: "/me/usage", auth: true, response: { type: "object" } } as const satisfies OperationMeta;
