/**
 * A stateful MSW fake of Comma's REST API, built from specs/comma.yaml and Comma's token page: scoped,
 * expiring `comma_sk_` tokens, the per-token sliding-window limit, and reports with revisions, sharing
 * and comments held in memory. Served from the generated operations table (see ../serve.ts).
 */
import { defaultScopes, type CommaScope } from "../../comma/client.js";
import { operations, requiredScopes, servers } from "../../comma/generated/meta.js";
import type { Shape } from "../../core/shape.js";
import { bearerToken, createIds, createKit, createWindowCounter, json, randomSecret } from "../kit.js";
import { serveOperations, type FakeGuard, type ServeInput } from "../serve.js";
import { validateBody } from "../validate.js";
import type {
  CommaFake,
  CommaFakeComment,
  CommaFakeLinkPermission,
  CommaFakeOptions,
  CommaFakeReport,
  CommaFakeReportSeed,
  CommaFakeRevision,
  CommaFakeState,
  CommaFakeToken,
  CommaFakeTokenOptions,
  CommaFakeVisibility,
} from "./comma/types.js";
import { commentWire, fnv1a, reportWire, revisionWire, sharingWire } from "./comma/wire.js";

export type * from "./comma/types.js";

type OperationId = keyof typeof operations;
type Context = ServeInput<CommaFakeToken>;
const MAX_HTML_BYTES = 5 * 1024 * 1024;

/**
 * Creates a Comma fake. Its default base URL is the client's, so `new CommaClient({ apiKey })` talks to it.
 * @example
 * const comma = createCommaFake();
 * server.use(...comma.handlers);
 * const client = new CommaClient({ apiKey: comma.issueToken({ scopes: ["reports:read"] }) });
 */
export function createCommaFake(options: CommaFakeOptions = {}): CommaFake {
  const baseUrl = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody: (_status, _code, message) => ({ error: message }) });
  const { clock } = kit;
  const limit = options.requestsPerMinute ?? 60;
  const stamp = () => new Date(clock.now()).toISOString();
  // Seed secrets are drawn once, so reset() keeps the tokens a test already holds.
  const seedTokens = (options.seed?.tokens ?? []).map((t) => ({ ...t, secret: t.secret ?? randomSecret("comma_sk_") }));
  const seedReports = structuredClone(options.seed?.reports ?? []);
  let ids = createIds();
  let window = createWindowCounter(limit, 60_000, clock);
  const state: CommaFakeState = { tokens: [], reports: [], reviews: [], usage: { requests: 0 } };

  function issueToken(token: CommaFakeTokenOptions = {}): string {
    const secret = token.secret ?? randomSecret("comma_sk_");
    const expiresAt = token.expiresAt === undefined ? null : new Date(token.expiresAt).toISOString();
    state.tokens.push({ id: ids("tok"), secret, scopes: [...(token.scopes ?? defaultScopes)], expiresAt });
    return secret;
  }
  function revision(html: string, author: string): CommaFakeRevision {
    return { id: ids("rev"), html, hash: fnv1a(html), author, createdAt: stamp() };
  }
  function addReport(seed: CommaFakeReportSeed, author: string): CommaFakeReport {
    // Generated ids step over the ones a seed chose.
    let id = seed.id ?? ids("rep");
    while (!seed.id && state.reports.some((r) => r.id === id)) id = ids("rep");
    const report: CommaFakeReport = {
      id,
      title: seed.title ?? "",
      description: seed.description ?? "",
      visibility: seed.visibility ?? "private",
      linkPermission: seed.linkPermission ?? "none",
      revisions: [],
      comments: [],
      createdAt: stamp(),
      updatedAt: stamp(),
    };
    state.reports.push(report);
    for (const html of typeof seed.html === "string" ? [seed.html] : seed.html) report.revisions.push(revision(html, author));
    for (const body of seed.comments ?? []) report.comments.push(comment(body, author));
    return report;
  }
  function comment(body: string, author: string): CommaFakeComment {
    return { id: ids("cmt"), body, author, resolved: false, createdAt: stamp() };
  }
  function seed(): void {
    ids = createIds();
    window = createWindowCounter(limit, 60_000, clock);
    Object.assign(state, { tokens: [], reports: [], reviews: [], usage: { requests: 0 } });
    for (const token of seedTokens) issueToken(token);
    for (const report of structuredClone(seedReports)) addReport(report, "seed");
  }

  const notFound = (what: string) => kit.error(404, "not_found", `${what} not found`);
  const badRequest = (message: string) => kit.error(400, "bad_request", message);
  // Looks the report up and hands it on, or answers 404.
  const withReport = (ctx: Context, then: (report: CommaFakeReport) => Response) => {
    const report = state.reports.find((r) => r.id === ctx.params.id);
    return report ? then(report) : notFound("Report");
  };
  // checkBody() already held the body to the operation's shape, and every Comma request field is a string.
  const body = (ctx: Context) => ctx.body as Record<string, string>;

  const resolvers: Record<OperationId, (ctx: Context) => Response> = {
    createReport(ctx) {
      const { html, title, description, visibility } = body(ctx);
      const seed = { html: html!, title, description, visibility: visibility as CommaFakeVisibility | undefined };
      return json(reportWire(addReport(seed, ctx.principal.id)));
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
        if (html !== undefined) report.revisions.push(revision(html, ctx.principal.id));
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
        const at = (id: string | null, fallback: number) =>
          id === null ? r.revisions[Math.max(0, fallback)] : r.revisions.find((v) => v.id === id);
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
        const created = comment(body(ctx).body!, ctx.principal.id);
        r.comments.push(created);
        return json(commentWire(created));
      }),
    createReview(ctx) {
      const { html, title, source_file } = body(ctx);
      const report = addReport({ html: html ?? "", title: title ?? "" }, ctx.principal.id);
      const sessionId = ids("rvw");
      state.reviews.push({ sessionId, reportId: report.id, status: "pending", sourceFile: source_file ?? null });
      const reviewUrl = `${baseUrl.replace(/\/api\/v1$/, "")}/reviews/${sessionId}`;
      return json({ session_id: sessionId, report_id: report.id, review_url: reviewUrl });
    },
    getReview(ctx) {
      const review = state.reviews.find((r) => r.sessionId === ctx.params.session_id);
      if (!review) return notFound("Review session");
      return json({ session_id: review.sessionId, report_id: review.reportId, status: review.status });
    },
    getPlanCaps: () => json({ plan: "free", requests_per_minute: limit, max_report_bytes: MAX_HTML_BYTES }),
    getUsage: () => json({ requests: state.usage.requests, reports: state.reports.length }),
  };

  // Every request: token (401), per-token window (429), scope (403), body (400), then the operation.
  const guard: FakeGuard<OperationId, CommaFakeToken> = {
    authenticate({ request }) {
      const secret = bearerToken(request);
      if (!secret) return kit.error(401, "unauthorized", "Missing bearer token");
      const token = state.tokens.find((t) => t.secret === secret);
      if (!token) return kit.error(401, "unauthorized", "Invalid token");
      const expired = token.expiresAt !== null && Date.parse(token.expiresAt) <= clock.now();
      if (expired) return kit.error(401, "unauthorized", "Token expired");
      const slot = window.hit(token.id);
      const retryAfter = slot.allowed ? undefined : String(slot.retryAfterSeconds);
      if (retryAfter) return kit.error(429, "rate_limited", "Rate limit exceeded", { "Retry-After": retryAfter });
      state.usage.requests += 1;
      return token;
    },
    authorize(token, operation) {
      const scope = (requiredScopes as Partial<Record<OperationId, CommaScope>>)[operation];
      if (scope && !token.scopes.includes(scope)) return kit.error(403, "forbidden", `Token missing scope: ${scope}`);
      return undefined;
    },
    checkBody(input, shape) {
      const problem = input.bodyIsJson ? checkBody(input.body, shape) : "Request body is not valid JSON";
      return problem ? badRequest(problem) : undefined;
    },
  };
  const handlers = serveOperations({ kit, baseUrl, operations, guard, resolvers });

  return {
    ...kit.fake(handlers, state, seed),
    baseUrl,
    issueToken,
    revokeToken(secret) {
      state.tokens = state.tokens.filter((t) => t.secret !== secret);
    },
    setReviewStatus(sessionId, status) {
      const review = state.reviews.find((r) => r.sessionId === sessionId);
      if (!review) throw new Error(`No Comma review session ${sessionId}`);
      review.status = status;
    },
  };
}

/** The first problem of a request body against the operation's generated shape, plus the 5 MB html cap. */
function checkBody(body: unknown, shape: Shape): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "Request body must be a JSON object";
  const [problem] = validateBody(body, shape);
  if (problem) return `${problem.path.join(".")} ${problem.message}`;
  const fields = body as Record<string, unknown>;
  if (typeof fields.html === "string" && new TextEncoder().encode(fields.html).length > MAX_HTML_BYTES) return "html exceeds 5 MB";
  return undefined;
}

