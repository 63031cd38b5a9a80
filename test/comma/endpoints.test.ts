import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { CommaClient } from "../../src/comma/index.js";
import { catchAll, createRecorder, server, useMsw } from "../msw.js";

useMsw();

const BASE = "https://commareports.com/api/v1";
const TOKEN = "comma_sk_endpoints_4f2a9c";
const client = new CommaClient({ apiKey: TOKEN, maxRetries: 0 });

/** Answers `method path` with `body` and records what arrived. */
function serve(method: "get" | "post" | "put" | "patch", path: string, body: unknown) {
  const { requests, record } = createRecorder();
  server.use(
    http[method](
      `${BASE}${path}`,
      record(() => HttpResponse.json(body as object)),
    ),
  );
  return requests;
}

interface Case {
  name: string;
  method: "get" | "post" | "put" | "patch";
  path: string;
  call: () => Promise<unknown>;
  /** The wire response. */
  response: unknown;
  query?: Record<string, string>;
  body?: unknown;
  /** The camelCase result. */
  result: unknown;
}

const cases: Case[] = [
  {
    name: "reports.create POSTs /reports",
    method: "post",
    path: "/reports",
    call: () => client.reports.create({ html: "<h1>Q3</h1>", title: "Q3 review", description: "Quarterly numbers", visibility: "private" }),
    body: { html: "<h1>Q3</h1>", title: "Q3 review", description: "Quarterly numbers", visibility: "private" },
    response: { id: "rep_01", title: "Q3 review", created_at: "2026-11-20T10:00:00Z" },
    result: { id: "rep_01", title: "Q3 review", createdAt: "2026-11-20T10:00:00Z" },
  },
  {
    name: "reports.search GETs /reports/search?q=",
    method: "get",
    path: "/reports/search",
    call: () => client.reports.search("quarterly revenue"),
    query: { q: "quarterly revenue" },
    response: { results: [{ id: "rep_01", title: "Q3 review" }] },
    result: { results: [{ id: "rep_01", title: "Q3 review" }] },
  },
  {
    name: "reports.get GETs /reports/{id}",
    method: "get",
    path: "/reports/rep_01",
    call: () => client.reports.get("rep_01"),
    response: { id: "rep_01", title: "Q3 review", updated_at: "2026-11-21T08:00:00Z" },
    result: { id: "rep_01", title: "Q3 review", updatedAt: "2026-11-21T08:00:00Z" },
  },
  {
    name: "reports.update PATCHes /reports/{id}",
    method: "patch",
    path: "/reports/rep_01",
    call: () => client.reports.update("rep_01", { html: "<h1>Q3 (final)</h1>", title: "Q3 review (final)" }),
    body: { html: "<h1>Q3 (final)</h1>", title: "Q3 review (final)" },
    response: { id: "rep_01", title: "Q3 review (final)" },
    result: { id: "rep_01", title: "Q3 review (final)" },
  },
  {
    name: "reports.listRevisions GETs /reports/{id}/revisions",
    method: "get",
    path: "/reports/rep_01/revisions",
    call: () => client.reports.listRevisions("rep_01"),
    response: { revisions: [{ id: "rev_2", content_hash: "9f86d0", author_id: "u_1", created_at: "2026-11-21T08:00:00Z" }] },
    result: { revisions: [{ id: "rev_2", contentHash: "9f86d0", authorId: "u_1", createdAt: "2026-11-21T08:00:00Z" }] },
  },
  {
    name: "reports.getRevision GETs /reports/{id}/revisions/{rev}",
    method: "get",
    path: "/reports/rep_01/revisions/rev_2",
    call: () => client.reports.getRevision("rep_01", "rev_2"),
    response: { id: "rev_2", html: "<h1>Q3 (final)</h1>" },
    result: { id: "rev_2", html: "<h1>Q3 (final)</h1>" },
  },
  {
    name: "reports.diff GETs /reports/{id}/diff?from=&to=",
    method: "get",
    path: "/reports/rep_01/diff",
    call: () => client.reports.diff("rep_01", { from: "rev_1", to: "rev_2" }),
    query: { from: "rev_1", to: "rev_2" },
    response: { added: ["<p>new</p>"], removed: [], unchanged: ["<h1>Q3</h1>"] },
    result: { added: ["<p>new</p>"], removed: [], unchanged: ["<h1>Q3</h1>"] },
  },
  {
    name: "sharing.get GETs /reports/{id}/share",
    method: "get",
    path: "/reports/rep_01/share",
    call: () => client.sharing.get("rep_01"),
    response: { visibility: "team", link_permission: "view" },
    result: { visibility: "team", linkPermission: "view" },
  },
  {
    name: "sharing.update PUTs /reports/{id}/share",
    method: "put",
    path: "/reports/rep_01/share",
    call: () => client.sharing.update("rep_01", { visibility: "public", linkPermission: "comment" }),
    body: { visibility: "public", link_permission: "comment" },
    response: { visibility: "public", link_permission: "comment" },
    result: { visibility: "public", linkPermission: "comment" },
  },
  {
    name: "comments.list GETs /reports/{id}/comments?limit=",
    method: "get",
    path: "/reports/rep_01/comments",
    call: () => client.comments.list("rep_01", { limit: 10 }),
    query: { limit: "10" },
    response: { comments: [{ id: "c_1", body: "Check row 3", resolved: false, anchor_id: "p-3" }] },
    result: { comments: [{ id: "c_1", body: "Check row 3", resolved: false, anchorId: "p-3" }] },
  },
  {
    name: "comments.create POSTs /reports/{id}/comments",
    method: "post",
    path: "/reports/rep_01/comments",
    call: () => client.comments.create("rep_01", { body: "Fixed, thanks" }),
    body: { body: "Fixed, thanks" },
    response: { id: "c_2", body: "Fixed, thanks" },
    result: { id: "c_2", body: "Fixed, thanks" },
  },
  {
    name: "reviews.create POSTs /reviews",
    method: "post",
    path: "/reviews",
    call: () => client.reviews.create({ html: "<p>draft</p>", title: "Draft", sourceFile: "docs/draft.md" }),
    body: { html: "<p>draft</p>", title: "Draft", source_file: "docs/draft.md" },
    response: { session_id: "sess_9", report_id: "rep_02", review_url: "https://commareports.com/review/sess_9" },
    result: { sessionId: "sess_9", reportId: "rep_02", reviewUrl: "https://commareports.com/review/sess_9" },
  },
  {
    name: "reviews.get GETs /reviews/{session_id}",
    method: "get",
    path: "/reviews/sess_9",
    call: () => client.reviews.get("sess_9"),
    response: { status: "submitted" },
    result: { status: "submitted" },
  },
  {
    name: "me.planCaps GETs /me/plan-caps",
    method: "get",
    path: "/me/plan-caps",
    call: () => client.me.planCaps(),
    response: { max_reports: 100, requests_per_minute: 60 },
    result: { maxReports: 100, requestsPerMinute: 60 },
  },
  {
    name: "me.usage GETs /me/usage",
    method: "get",
    path: "/me/usage",
    call: () => client.me.usage(),
    response: { reports_used: 12, storage_bytes: 1048576 },
    result: { reportsUsed: 12, storageBytes: 1048576 },
  },
];

describe("wire format", () => {
  test.each(cases)("$name with a Bearer token and returns camelCase", async ({ method, path, call, query, body, response, result }) => {
    const requests = serve(method, path, response);

    await expect(call()).resolves.toEqual(result);

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe(method.toUpperCase());
    expect(request!.url.pathname).toBe(new URL(`${BASE}${path}`).pathname);
    expect(Object.fromEntries(request!.url.searchParams)).toEqual(query ?? {});
    expect(request!.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(request!.body).toEqual(body);
  });

  test("path parameters are percent-encoded", async () => {
    const requests = serve("get", "/reports/:id", { id: "a/b c" });

    await client.reports.get("a/b c");

    expect(requests[0]!.url.pathname).toBe("/api/v1/reports/a%2Fb%20c");
  });

  test("an invalid visibility is rejected with a TypeError before anything is sent", async () => {
    const requests = catchAll();

    await expect(client.reports.create({ html: "<p/>", visibility: "everyone" as any })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });
});
