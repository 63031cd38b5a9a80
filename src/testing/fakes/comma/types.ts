/** The Comma fake's public types: what it holds (camelCase) and how it is seeded. */
import type { CommaScope } from "../../../comma/client.js";
import type { linkPermissionValues, sharingVisibilityValues } from "../../../comma/generated/meta.js";
import type { Fake, FakeClock } from "../../kit.js";

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
