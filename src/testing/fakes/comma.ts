/**
 * A stateful MSW fake of Comma's REST API, built from specs/comma.yaml and Comma's token page: scoped,
 * expiring `comma_sk_` tokens, the per-token sliding-window limit, and reports with revisions, sharing
 * and comments held in memory.
 */
import { defaultScopes, type CommaScope } from "../../comma/client.js";
import { linkPermissionValues, operations, requiredScopes, servers, sharingVisibilityValues } from "../../comma/generated/meta.js";
import type { OperationMeta, Shape } from "../../core/shape.js";
import {
  bearerToken,
  createIds,
  createKit,
  createWindowCounter,
  json,
  randomSecret,
  type Fake,
  type FakeClock,
  type RouteInput,
} from "../kit.js";
import { validateBody } from "../validate.js";

/** Who may open a report. */
export type CommaFakeVisibility = (typeof sharingVisibilityValues)[number];
/** What someone holding a report's link may do. */
export type CommaFakeLinkPermission = (typeof linkPermissionValues)[number];

/** A token to seed or issue. Tokens are minted in Comma's app only, so the fake mints them without HTTP. */
export interface CommaFakeTokenOptions {
  /** @default the documented default set: reports:write, comments:write, comments:read */
  scopes?: readonly CommaScope[];
  /** After this instant (by the fake's clock) the token answers 401. Never expires by default. */
  expiresAt?: Date | string | number;
  /** A fixed secret; a random `comma_sk_…` by default. */
  secret?: string;
}

/** A report to seed. */
export interface CommaFakeReportSeed {
  /** @default `rep_<n>` */
  id?: string;
  /** The report's HTML, or its revisions oldest first. */
  html: string | readonly string[];
  title?: string;
  description?: string;
  /** @default "private" */
  visibility?: CommaFakeVisibility;
  /** @default "none" */
  linkPermission?: CommaFakeLinkPermission;
  /** Comment texts, oldest first. */
  comments?: readonly string[];
}

/** A token as the fake holds it. */
export interface CommaFakeToken {
  id: string;
  secret: string;
  scopes: CommaScope[];
  /** ISO time, or null when the token never expires. */
  expiresAt: string | null;
}

/** One stored revision of a report. */
export interface CommaFakeRevision {
  id: string;
  html: string;
  /** A short content hash (FNV-1a, hex), equal for equal HTML. */
  hash: string;
  /** The id of the token that wrote it (`"seed"` for seeded ones). */
  author: string;
  createdAt: string;
}

/** A comment thread on a report. */
export interface CommaFakeComment {
  id: string;
  body: string;
  author: string;
  resolved: boolean;
  createdAt: string;
}

/** A report: metadata, sharing settings, revisions (oldest first) and comments. */
export interface CommaFakeReport {
  id: string;
  title: string;
  description: string;
  visibility: CommaFakeVisibility;
  linkPermission: CommaFakeLinkPermission;
  revisions: CommaFakeRevision[];
  comments: CommaFakeComment[];
  createdAt: string;
  updatedAt: string;
}

/** A review session opened with `POST /reviews`. */
export interface CommaFakeReview {
  sessionId: string;
  reportId: string;
  /** `"pending"` until {@link CommaFake.setReviewStatus} moves it (e.g. to `"submitted"` or `"cancelled"`). */
  status: string;
  sourceFile: string | null;
}

/** Everything the fake holds, in camelCase. `reset()` replaces its arrays, so read them through `fake.state`. */
export interface CommaFakeState {
  tokens: CommaFakeToken[];
  reports: CommaFakeReport[];
  reviews: CommaFakeReview[];
  /** Authenticated requests answered (not rate-limited), as `GET /me/usage` reports them. */
  usage: { requests: number };
}

/** Options of {@link createCommaFake}. */
export interface CommaFakeOptions {
  /** @default "https://commareports.com/api/v1" (the client's default) */
  baseUrl?: string;
  /** Decides token expiry and the rate-limit window. @default a clock that follows real (and fake) time */
  clock?: FakeClock;
  /** Tokens and reports present from the start and after every `reset()`. */
  seed?: { tokens?: readonly CommaFakeTokenOptions[]; reports?: readonly CommaFakeReportSeed[] };
  /** The per-token sliding-window limit. @default 60 */
  requestsPerMinute?: number;
}

/** A running Comma fake; errors use Comma's `{error}` body. `reset()` also clears usage and rate-limit windows. */
export interface CommaFake extends Fake<CommaFakeState> {
  baseUrl: string;
  /** Mints a token without HTTP and returns its secret. */
  issueToken(options?: CommaFakeTokenOptions): string;
  /** Revokes a token at once, as Settings -> API tokens does; it then answers 401. */
  revokeToken(secret: string): void;
  /** Moves a review session on, as the reviewer would (e.g. `"submitted"`). */
  setReviewStatus(sessionId: string, status: string): void;
}

type OperationId = keyof typeof operations;
type Context = RouteInput & { token: CommaFakeToken };
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
      return json(reportWire(addReport(seed, ctx.token.id)));
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
        if (html !== undefined) report.revisions.push(revision(html, ctx.token.id));
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
        const created = comment(body(ctx).body!, ctx.token.id);
        r.comments.push(created);
        return json(commentWire(created));
      }),
    createReview(ctx) {
      const { html, title, source_file } = body(ctx);
      const report = addReport({ html: html ?? "", title: title ?? "" }, ctx.token.id);
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
  function guard(operation: OperationId, input: RouteInput): Response {
    const secret = bearerToken(input.request);
    if (!secret) return kit.error(401, "unauthorized", "Missing bearer token");
    const token = state.tokens.find((t) => t.secret === secret);
    if (!token) return kit.error(401, "unauthorized", "Invalid token");
    const expired = token.expiresAt !== null && Date.parse(token.expiresAt) <= clock.now();
    if (expired) return kit.error(401, "unauthorized", "Token expired");
    const slot = window.hit(token.id);
    const retryAfter = slot.allowed ? undefined : String(slot.retryAfterSeconds);
    if (retryAfter) return kit.error(429, "rate_limited", "Rate limit exceeded", { "Retry-After": retryAfter });
    state.usage.requests += 1;
    const scope = (requiredScopes as Partial<Record<OperationId, CommaScope>>)[operation];
    if (scope && !token.scopes.includes(scope)) return kit.error(403, "forbidden", `Token missing scope: ${scope}`);
    const { request } = operations[operation] as OperationMeta;
    if (request) {
      const problem = input.bodyIsJson ? checkBody(input.body, request) : "Request body is not valid JSON";
      if (problem) return badRequest(problem);
    }
    return resolvers[operation]({ ...input, token });
  }

  // Paths without parameters go first, so /reports/search is never taken for /reports/:id.
  const byLiteralFirst = (op: OperationId) => Number(operations[op].path.includes("{"));
  const ordered = (Object.keys(operations) as OperationId[]).sort((a, b) => byLiteralFirst(a) - byLiteralFirst(b));
  const handlers = ordered.map((operation) => {
    const { method, path } = operations[operation];
    const url = baseUrl + path.replace(/\{(\w+)\}/g, ":$1");
    const verb = method.toLowerCase() as Parameters<typeof kit.route>[1];
    return kit.route(operation, verb, url, (input) => guard(operation, input));
  });

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

function reportWire(r: CommaFakeReport) {
  const head = r.revisions.at(-1);
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    visibility: r.visibility,
    revision_id: head?.id ?? null,
    revision_count: r.revisions.length,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}
/** A revision on the wire; the list leaves the content out (the reference lists ids, hashes, authors, times). */
function revisionWire(v: CommaFakeRevision, withHtml: boolean) {
  return { id: v.id, ...(withHtml && { html: v.html }), hash: v.hash, author: v.author, created_at: v.createdAt };
}
function sharingWire(r: CommaFakeReport) {
  return { visibility: r.visibility, link_permission: r.linkPermission };
}
function commentWire(c: CommaFakeComment) {
  return { id: c.id, body: c.body, author: c.author, resolved: c.resolved, created_at: c.createdAt };
}

/** FNV-1a (32 bit): a synchronous stand-in for the vendor's content hash, stable across runtimes. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
