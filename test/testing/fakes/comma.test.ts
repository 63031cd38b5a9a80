import { describe, expect, test } from "vitest";
import {
  AuthenticationError,
  CommaClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  commaScopes,
  defaultScopes,
  requiredScopes,
  type CommaScope,
} from "../../../src/comma/index.js";
import { createCommaFake, type CommaFakeOptions } from "../../../src/testing/fakes/comma.js";
import { server, useMsw } from "../../msw.js";
import { useSpecValidation } from "../spec-validator.js";
import { failure } from "../../helpers.js";

useMsw();
const validation = useSpecValidation(server, "comma");

const BASE = "https://commareports.com/api/v1";

/** A fake on the shared server, and a client holding a token with `scopes` (all of them by default). */
function setup(options: CommaFakeOptions = {}, scopes: readonly CommaScope[] = commaScopes) {
  const fake = createCommaFake(options);
  server.use(...fake.handlers);
  const client = new CommaClient({ apiKey: fake.issueToken({ scopes }), maxRetries: 0 });
  return { fake, client };
}

/** One call per scoped operation, so each scope check is driven through the client. */
const scopedCalls: Record<keyof typeof requiredScopes, (client: CommaClient, reportId: string) => Promise<unknown>> = {
  createReport: (c) => c.reports.create({ html: "<p>x</p>" }),
  searchReports: (c) => c.reports.search("x"),
  getReport: (c, id) => c.reports.get(id),
  updateReport: (c, id) => c.reports.update(id, { title: "t" }),
  listRevisions: (c, id) => c.reports.listRevisions(id),
  getRevision: (c, id) => c.reports.getRevision(id, "rev_1"),
  diffReport: (c, id) => c.reports.diff(id),
  getSharing: (c, id) => c.sharing.get(id),
  updateSharing: (c, id) => c.sharing.update(id, { visibility: "public" }),
  listComments: (c, id) => c.comments.list(id),
  createComment: (c, id) => c.comments.create(id, { body: "hi" }),
  createReview: (c) => c.reviews.create({ html: "<p>x</p>" }),
  getReview: (c) => c.reviews.get("rvw_1"),
};

describe("createCommaFake: tokens", () => {
  test("issueToken gives the documented default scopes, enough to publish and comment but not to share", async () => {
    const { fake } = setup();
    const client = new CommaClient({ apiKey: fake.issueToken(), maxRetries: 0 });

    const report = await client.reports.create({ html: "<h1>Q3</h1>", title: "Q3" });
    const comment = await client.comments.create(report.id!, { body: "Looks good" });
    const error = await failure(client.sharing.update(report.id!, { visibility: "public" }));

    expect(fake.state.tokens.at(-1)!.scopes).toEqual([...defaultScopes]);
    expect(comment).toMatchObject({ body: "Looks good", resolved: false });
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.status).toBe(403);
    expect(error.body).toEqual({ error: "Token missing scope: sharing" });
  });

  test("every scoped operation answers 403 Token missing scope: <its x-required-scope> to a token without it", async () => {
    const { fake } = setup({ seed: { reports: [{ id: "rep_seed", html: "<p>x</p>" }] } });

    for (const [operation, scope] of Object.entries(requiredScopes) as Array<[keyof typeof requiredScopes, CommaScope]>) {
      const others = commaScopes.filter((s) => s !== scope);
      const client = new CommaClient({ apiKey: fake.issueToken({ scopes: others }), maxRetries: 0 });

      const error = await failure(scopedCalls[operation](client, "rep_seed"));

      expect(error, operation).toBeInstanceOf(PermissionDeniedError);
      expect((error as PermissionDeniedError).missingScope, operation).toBe(scope);
      expect(error.body, operation).toEqual({ error: `Token missing scope: ${scope}` });
    }
  });

  test("plan caps and usage answer any valid token, even one with no scopes", async () => {
    const { client } = setup({}, []);

    await expect(client.me.planCaps()).resolves.toEqual({ plan: "free", requestsPerMinute: 60, maxReportBytes: 5 * 1024 * 1024 });
    await expect(client.me.usage()).resolves.toMatchObject({ requests: 2 });
  });

  test("a token works until its expiry, then answers 401 Token expired", async () => {
    const { fake } = setup();
    const expiresAt = new Date(fake.clock.now() + 60_000);
    const client = new CommaClient({ apiKey: fake.issueToken({ expiresAt }), maxRetries: 0 });

    await expect(client.me.usage()).resolves.toMatchObject({ requests: 1 });
    fake.clock.advance(60_000);
    const error = await failure(client.me.usage());

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.body).toEqual({ error: "Token expired" });
    expect(fake.state.tokens.at(-1)!.expiresAt).toBe(expiresAt.toISOString());
  });

  test("an unknown or revoked token answers 401 Invalid token", async () => {
    const { fake } = setup();
    const secret = fake.issueToken();
    const revoked = new CommaClient({ apiKey: secret, maxRetries: 0 });
    await revoked.me.usage();
    fake.revokeToken(secret);

    const unknown = await failure(new CommaClient({ apiKey: "comma_sk_nope", maxRetries: 0 }).me.usage());
    const afterRevoke = await failure(revoked.me.usage());

    expect(unknown).toBeInstanceOf(AuthenticationError);
    expect(unknown.body).toEqual({ error: "Invalid token" });
    expect(afterRevoke).toBeInstanceOf(AuthenticationError);
    expect(afterRevoke.body).toEqual({ error: "Invalid token" });
  });

  test("a request without a token answers 401 Missing bearer token", async () => {
    setup();

    const response = await fetch(`${BASE}/me/usage`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Missing bearer token" });
  });
});

describe("createCommaFake: rate limit", () => {
  test("the 61st request in a minute answers 429 with Retry-After; other tokens are not affected", async () => {
    const { fake, client } = setup();
    const other = new CommaClient({ apiKey: fake.issueToken(), maxRetries: 0 });

    for (let i = 0; i < 60; i++) await client.me.usage();
    const error = await failure(client.me.usage());

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.body).toEqual({ error: "Rate limit exceeded" });
    expect(error.headers["retry-after"]).toBe("60");
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
    await expect(other.me.usage()).resolves.toMatchObject({ requests: 61 });
  });

  test("the window slides: a slot frees up a minute after the request that took it", async () => {
    const { fake, client } = setup({ requestsPerMinute: 2 });

    await client.me.usage();
    fake.clock.advance(30_000);
    await client.me.usage();
    const early = await failure(client.me.usage());
    fake.clock.advance(30_000);

    expect((early as RateLimitError).retryAfterMs).toBe(30_000);
    await expect(client.me.usage()).resolves.toMatchObject({ requests: 3 });
    await expect(failure(client.me.usage())).resolves.toBeInstanceOf(RateLimitError);
  });
});

describe("createCommaFake: reports", () => {
  test("create, read and update a report; new html appends a revision with its own hash", async () => {
    const { fake, client } = setup();

    const created = await client.reports.create({ html: "<h1>Q3</h1>\n<p>up</p>", title: "Q3", visibility: "registered" });
    const updated = await client.reports.update(created.id!, { html: "<h1>Q3</h1>\n<p>down</p>", description: "revised" });
    const revisions = (await client.reports.listRevisions(created.id!)) as { revisions: Array<{ id: string; hash: string }> };
    const first = await client.reports.getRevision(created.id!, revisions.revisions[0]!.id);

    expect(created).toMatchObject({ id: "rep_1", title: "Q3", visibility: "registered", revisionCount: 1 });
    expect(await client.reports.get("rep_1")).toMatchObject({ id: "rep_1", title: "Q3" });
    expect(updated).toMatchObject({ description: "revised", revisionCount: 2, revisionId: revisions.revisions[1]!.id });
    expect(revisions.revisions).toHaveLength(2);
    expect(revisions.revisions[0]!.hash).not.toBe(revisions.revisions[1]!.hash);
    expect(first).toMatchObject({ html: "<h1>Q3</h1>\n<p>up</p>", author: fake.state.tokens[0]!.id });
  });

  test("diff compares the latest revision with the one before, or the from/to given, line by line", async () => {
    const { client } = setup({ seed: { reports: [{ id: "r", html: ["a\nb", "a\nc", "a\nc\nd"] }] } });
    const { revisions } = (await client.reports.listRevisions("r")) as { revisions: Array<{ id: string }> };

    const latest = await client.reports.diff("r");
    const whole = await client.reports.diff("r", { from: revisions[0]!.id, to: revisions[2]!.id });

    expect(latest).toMatchObject({ added: ["d"], removed: [], unchanged: ["a", "c"] });
    expect(whole).toMatchObject({ added: ["c", "d"], removed: ["b"], unchanged: ["a"] });
  });

  test("search matches title, description and the latest html, case-insensitively", async () => {
    const { client } = setup({
      seed: {
        reports: [
          { id: "a", html: "<p>Revenue grew</p>" },
          { id: "b", title: "Churn", html: "<p>x</p>" },
        ],
      },
    });

    await expect(client.reports.search("revenue")).resolves.toMatchObject({ reports: [{ id: "a" }] });
    await expect(client.reports.search("CHURN")).resolves.toMatchObject({ reports: [{ id: "b" }] });
    await expect(client.reports.search("nothing")).resolves.toEqual({ reports: [] });
  });

  test("an unknown report, revision or review session answers 404 {error}", async () => {
    const { client } = setup({ seed: { reports: [{ id: "r", html: "x" }] } });

    const report = await failure(client.reports.get("missing"));
    const revision = await failure(client.reports.getRevision("r", "rev_404"));
    const review = await failure(client.reviews.get("rvw_404"));

    expect(report).toBeInstanceOf(NotFoundError);
    expect(report.body).toEqual({ error: "Report not found" });
    expect(revision.body).toEqual({ error: "Revision not found" });
    expect(review.body).toEqual({ error: "Review session not found" });
  });

  test("sharing starts private with no link access and is changed with the sharing scope", async () => {
    const { fake, client } = setup({ seed: { reports: [{ id: "r", html: "x" }] } });

    await expect(client.sharing.get("r")).resolves.toEqual({ visibility: "private", linkPermission: "none" });
    await expect(client.sharing.update("r", { visibility: "domain", linkPermission: "comment" })).resolves.toEqual({
      visibility: "domain",
      linkPermission: "comment",
    });
    expect(fake.state.reports[0]).toMatchObject({ visibility: "domain", linkPermission: "comment" });
  });

  test("comments are listed oldest first and limit caps the number of threads", async () => {
    const { client } = setup({ seed: { reports: [{ id: "r", html: "x", comments: ["first"] }] } });

    await client.comments.create("r", { body: "second" });

    await expect(client.comments.list("r")).resolves.toMatchObject({ comments: [{ body: "first" }, { body: "second" }] });
    const limited = await client.comments.list("r", { limit: 1 });
    expect(limited.comments.map((c) => (c as { body: string }).body)).toEqual(["first"]);
  });

  test("a review session creates a report and reports pending until the reviewer moves it", async () => {
    const { fake, client } = setup();

    const session = await client.reviews.create({ html: "<p>draft</p>", title: "Draft", sourceFile: "report.html" });
    const pending = await client.reviews.get(session.sessionId!);
    fake.setReviewStatus(session.sessionId!, "submitted");

    expect(session).toEqual({ sessionId: "rvw_1", reportId: "rep_1", reviewUrl: "https://commareports.com/reviews/rvw_1" });
    expect(pending.status).toBe("pending");
    await expect(client.reviews.get("rvw_1")).resolves.toMatchObject({ status: "submitted", reportId: "rep_1" });
    expect(fake.state.reviews[0]).toMatchObject({ sourceFile: "report.html" });
    expect(fake.state.reports[0]).toMatchObject({ title: "Draft" });
  });

  test("usage counts the answered requests and the reports held", async () => {
    const { fake, client } = setup({ seed: { reports: [{ html: "x" }] } });

    await client.reports.get("rep_1");
    await failure(client.reports.get("missing"));

    await expect(client.me.usage()).resolves.toEqual({ requests: 3, reports: 1 });
    expect(fake.state.usage.requests).toBe(3);
  });

  test("a body the spec rejects answers 400 {error}", async () => {
    // Raw fetch through the shared server: our client would refuse these bodies before sending them.
    const fake = createCommaFake({ seed: { reports: [{ id: "r", html: "x" }] } });
    server.use(...fake.handlers);
    const token = fake.issueToken({ scopes: commaScopes });
    const send = async (path: string, method: string, body: string) => {
      const response = await fetch(`${BASE}${path}`, { method, body, headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, body: (await response.json()) as unknown };
    };

    const invalid = (error: string) => ({ status: 400, body: { error } });
    expect(await send("/reports", "POST", JSON.stringify({ title: "no html" }))).toEqual(invalid("html is required"));
    expect(await send("/reports", "POST", "{not json")).toEqual(invalid("Request body is not valid JSON"));
    expect(await send("/reports/r/share", "PUT", JSON.stringify({ visibility: "everyone" }))).toEqual({
      status: 400,
      body: { error: "visibility must be one of private, team, registered, public, domain" },
    });
    expect(await send("/reports", "POST", JSON.stringify({ html: "x".repeat(5 * 1024 * 1024 + 1) }))).toEqual({
      status: 400,
      body: { error: "html exceeds 5 MB" },
    });
    expect(fake.state.reports).toHaveLength(1);
  });
});

describe("createCommaFake: control", () => {
  test("failNext answers the next matching request with the status, Comma's {error} and Retry-After", async () => {
    const { fake, client } = setup();
    fake.failNext(429, { retryAfter: 2, operation: "getUsage" });

    // Another operation is not failed; the targeted one fails once, then is answered again.
    await expect(client.reports.create({ html: "x" })).resolves.toMatchObject({ id: "rep_1" });
    const error = await failure(client.me.usage());
    await expect(client.me.usage()).resolves.toMatchObject({ requests: 2 });

    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2_000);
    expect(error.body).toEqual({ error: "Injected failure (429)" });
  });

  test("reset returns to the seeded state: seeded tokens still work, issued ones and new reports are gone", async () => {
    const fake = createCommaFake({ seed: { tokens: [{ secret: "comma_sk_seeded" }], reports: [{ id: "r", html: "x" }] } });
    server.use(...fake.handlers);
    const seeded = new CommaClient({ apiKey: "comma_sk_seeded", maxRetries: 0 });
    const issued = new CommaClient({ apiKey: fake.issueToken(), maxRetries: 0 });
    await issued.reports.create({ html: "new" });
    fake.failNext(500, { times: 5 });

    fake.reset();

    expect(fake.state.reports.map((r) => r.id)).toEqual(["r"]);
    expect(fake.state.tokens.map((t) => t.secret)).toEqual(["comma_sk_seeded"]);
    await expect(seeded.me.usage()).resolves.toEqual({ requests: 1, reports: 1 });
    await expect(failure(issued.me.usage())).resolves.toBeInstanceOf(AuthenticationError);
  });

  test("seeds are camelCase, deep-copied, and served in Comma's snake_case wire format", async () => {
    const seed = {
      tokens: [{ secret: "comma_sk_reader", scopes: ["reports:read"] as CommaScope[] }],
      reports: [{ id: "r", title: "Seeded", html: ["v1", "v2"], visibility: "team" as const, linkPermission: "view" as const }],
    };
    const fake = createCommaFake({ seed });
    server.use(...fake.handlers);
    seed.reports[0]!.title = "changed after creation";
    const client = new CommaClient({ apiKey: "comma_sk_reader", maxRetries: 0 });

    const report = await client.reports.get("r");
    const response = await fetch(`${BASE}/reports/r/share`, { headers: { authorization: "Bearer comma_sk_reader" } });
    (report as { title?: string }).title = "mutated by the caller";

    expect(report).toMatchObject({ id: "r", revisionCount: 2 });
    expect(await response.json()).toEqual({ visibility: "team", link_permission: "view" });
    expect(fake.state.reports[0]!.title).toBe("Seeded");
    expect(fake.state.tokens[0]).toMatchObject({ scopes: ["reports:read"], expiresAt: null });
  });

  test("a custom baseUrl serves the same API there", async () => {
    const fake = createCommaFake({ baseUrl: "https://comma.test/api/v1/" });
    server.use(...fake.handlers);
    const client = new CommaClient({ apiKey: fake.issueToken(), baseUrl: fake.baseUrl, maxRetries: 0 });

    await expect(client.me.usage()).resolves.toEqual({ requests: 1, reports: 0 });
    expect(fake.baseUrl).toBe("https://comma.test/api/v1");
  });
});

describe("spec validation", () => {
  test("ran over the responses of the tests above", () => {
    expect(validation.responsesChecked()).toBeGreaterThan(80);
  });
});
