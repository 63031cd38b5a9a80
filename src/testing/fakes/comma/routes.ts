/**
 * The Comma fake's resolvers: reports (create, search, get, update), revisions and their diff, sharing,
 * comments, review sessions, and the plan and usage reads.
 */
import { json, type FakeKit } from "../../kit.js";
import type { ServeInput } from "../../serve.js";
import { MAX_HTML_BYTES, type OperationId } from "./guard.js";
import type { Store } from "./state.js";
import type { CommaFakeLinkPermission, CommaFakeReport, CommaFakeToken, CommaFakeVisibility } from "./types.js";
import { commentWire, reportWire, revisionWire, sharingWire } from "./wire.js";

type Context = ServeInput<CommaFakeToken>;

// The guard already held the body to the operation's shape, and every Comma request field is a string.
const body = (ctx: Context) => ctx.body as Record<string, string>;

/** One resolver per operation of Comma's spec; review URLs are built on `baseUrl`. */
export function commaResolvers(store: Store, kit: FakeKit, baseUrl: string): Record<OperationId, (ctx: Context) => Response> {
  const { state, stamp } = store;
  const notFound = (what: string) => kit.error(404, "not_found", `${what} not found`);
  const badRequest = (message: string) => kit.error(400, "bad_request", message);
  // Looks the report up and hands it on, or answers 404.
  const withReport = (ctx: Context, then: (report: CommaFakeReport) => Response) => {
    const report = state.reports.find((r) => r.id === ctx.params.id);
    return report ? then(report) : notFound("Report");
  };

  return {
    createReport(ctx) {
      const { html, title, description, visibility } = body(ctx);
      const seed = { html: html!, title, description, visibility: visibility as CommaFakeVisibility | undefined };
      return json(reportWire(store.addReport(seed, ctx.principal.id)));
    },
    searchReports(ctx) {
      const q = ctx.url.searchParams.get("q")?.toLowerCase();
      if (!q) return badRequest("q is required");
      const texts = (r: CommaFakeReport) => [r.title, r.description, r.revisions.at(-1)?.html ?? ""];
      const hits = state.reports.filter((r) => texts(r).some((text) => text.toLowerCase().includes(q)));
      return json({ reports: hits.map(reportWire) });
    },
    getReport: (ctx) => withReport(ctx, (r) => json(reportWire(r))),
    updateReport: (ctx) =>
      withReport(ctx, (report) => {
        const { html, title, description } = body(ctx);
        if (html !== undefined) report.revisions.push(store.revision(html, ctx.principal.id));
        if (title !== undefined) report.title = title;
        if (description !== undefined) report.description = description;
        report.updatedAt = stamp();
        return json(reportWire(report));
      }),
    listRevisions: (ctx) => withReport(ctx, (r) => json({ revisions: r.revisions.map((v) => revisionWire(v, false)) })),
    getRevision: (ctx) =>
      withReport(ctx, (r) => {
        const found = r.revisions.find((v) => v.id === ctx.params.rev);
        return found ? json(revisionWire(found, true)) : notFound("Revision");
      }),
    diffReport: (ctx) =>
      withReport(ctx, (r) => {
        // Defaults: the latest revision against the one before it.
        const at = (id: string | null, fallback: number) => (id === null ? r.revisions[Math.max(0, fallback)] : r.revisions.find((v) => v.id === id));
        const to = at(ctx.url.searchParams.get("to"), r.revisions.length - 1);
        const from = to && at(ctx.url.searchParams.get("from"), r.revisions.indexOf(to) - 1);
        if (!to || !from) return notFound("Revision");
        const before = from.html.split("\n");
        const after = to.html.split("\n");
        return json({
          from: from.id,
          to: to.id,
          added: after.filter((line) => !before.includes(line)),
          removed: before.filter((line) => !after.includes(line)),
          unchanged: after.filter((line) => before.includes(line)),
        });
      }),
    getSharing: (ctx) => withReport(ctx, (r) => json(sharingWire(r))),
    updateSharing: (ctx) =>
      withReport(ctx, (report) => {
        const { visibility, link_permission } = body(ctx);
        if (visibility !== undefined) report.visibility = visibility as CommaFakeVisibility;
        if (link_permission !== undefined) report.linkPermission = link_permission as CommaFakeLinkPermission;
        report.updatedAt = stamp();
        return json(sharingWire(report));
      }),
    listComments: (ctx) =>
      withReport(ctx, (r) => {
        const raw = ctx.url.searchParams.get("limit");
        const max = raw === null ? undefined : Number(raw);
        if (max !== undefined && !(Number.isInteger(max) && max >= 1)) return badRequest("limit must be a positive integer");
        return json({ comments: r.comments.slice(0, max).map(commentWire) });
      }),
    createComment: (ctx) =>
      withReport(ctx, (r) => {
        const created = store.comment(body(ctx).body!, ctx.principal.id);
        r.comments.push(created);
        return json(commentWire(created));
      }),
    createReview(ctx) {
      const { html, title, source_file } = body(ctx);
      const report = store.addReport({ html: html ?? "", title: title ?? "" }, ctx.principal.id);
      const sessionId = store.nextId("rvw");
      state.reviews.push({ sessionId, reportId: report.id, status: "pending", sourceFile: source_file ?? null });
      const reviewUrl = `${baseUrl.replace(/\/api\/v1$/, "")}/reviews/${sessionId}`;
      return json({ session_id: sessionId, report_id: report.id, review_url: reviewUrl });
    },
    getReview(ctx) {
      const review = state.reviews.find((r) => r.sessionId === ctx.params.session_id);
      if (!review) return notFound("Review session");
      return json({ session_id: review.sessionId, report_id: review.reportId, status: review.status });
    },
    getPlanCaps: () => json({ plan: "free", requests_per_minute: store.limit, max_report_bytes: MAX_HTML_BYTES }),
    getUsage: () => json({ requests: state.usage.requests, reports: state.reports.length }),
  };
}
