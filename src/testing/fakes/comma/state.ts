/**
 * What the Comma fake holds: tokens minted as Comma's app mints them, reports with their revisions and
 * comments, review sessions, and the per-token sliding window the guard counts requests in.
 */
import { defaultScopes } from "../../../comma/client.js";
import { createIds, createWindowCounter, randomSecret, type FakeKit } from "../../kit.js";
import type {
  CommaFakeComment,
  CommaFakeOptions,
  CommaFakeReport,
  CommaFakeReportSeed,
  CommaFakeRevision,
  CommaFakeState,
  CommaFakeTokenOptions,
} from "./types.js";
import { fnv1a } from "./wire.js";

/** The fake's data with its rules, shared by the guard and the routes. */
export type Store = ReturnType<typeof createStore>;

/** Creates the fake's store; `seed()` (re)fills it from `options.seed`. */
export function createStore(options: CommaFakeOptions, kit: FakeKit) {
  const { clock } = kit;
  const limit = options.requestsPerMinute ?? 60;
  const stamp = () => new Date(clock.now()).toISOString();
  // Seed secrets are drawn once, so reset() keeps the tokens a test already holds.
  const seedTokens = (options.seed?.tokens ?? []).map((t) => ({ ...t, secret: t.secret ?? randomSecret("comma_sk_") }));
  const seedReports = structuredClone(options.seed?.reports ?? []);
  let ids = createIds();
  let window = createWindowCounter(limit, 60_000, clock);
  const state: CommaFakeState = { tokens: [], reports: [], reviews: [], usage: { requests: 0 } };

  /** Mints a token without HTTP; see `CommaFake.issueToken`. */
  function issueToken(token: CommaFakeTokenOptions = {}): string {
    const secret = token.secret ?? randomSecret("comma_sk_");
    const expiresAt = token.expiresAt === undefined ? null : new Date(token.expiresAt).toISOString();
    state.tokens.push({ id: ids("tok"), secret, scopes: [...(token.scopes ?? defaultScopes)], expiresAt });
    return secret;
  }
  function revision(html: string, author: string): CommaFakeRevision {
    return { id: ids("rev"), html, hash: fnv1a(html), author, createdAt: stamp() };
  }
  function comment(body: string, author: string): CommaFakeComment {
    return { id: ids("cmt"), body, author, resolved: false, createdAt: stamp() };
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
  function seed(): void {
    ids = createIds();
    window = createWindowCounter(limit, 60_000, clock);
    Object.assign(state, { tokens: [], reports: [], reviews: [], usage: { requests: 0 } });
    for (const token of seedTokens) issueToken(token);
    for (const report of structuredClone(seedReports)) addReport(report, "seed");
  }

  return {
    state,
    seed,
    limit,
    stamp,
    nextId: (prefix: string) => ids(prefix),
    /** Counts a request of token `id` in the current window (reset() starts a new one). */
    hit: (id: string) => window.hit(id),
    issueToken,
    revision,
    comment,
    addReport,
    /** Revokes a token at once; see `CommaFake.revokeToken`. */
    revokeToken(secret: string): void {
      state.tokens = state.tokens.filter((t) => t.secret !== secret);
    },
    /** Moves a review session on; see `CommaFake.setReviewStatus`. */
    setReviewStatus(sessionId: string, status: string): void {
      const review = state.reviews.find((r) => r.sessionId === sessionId);
      if (!review) throw new Error(`No Comma review session ${sessionId}`);
      review.status = status;
    },
  };
}
