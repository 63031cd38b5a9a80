/** The CallMissed fake's public types: a key as the console makes it, the fake's options and state. */
import type { Fake, FakeClock } from "../../kit.js";

/** A key as the fake stores it. `secret` is what the console showed once. */
export interface CallMissedFakeKey {
  id: string;
  name: string;
  secret: string;
  permissions: string[];
  scopes: string[];
  rateLimitRpm: number;
  /** Origins (`app.example.com` or `https://app.example.com`) that may send the key; `["*"]` any. */
  allowedDomains: string[];
  /** When the key expires, in ms on the fake's clock; `null` (the default) never. */
  expiresAt: number | null;
  revoked: boolean;
  createdAt: string;
}

/** A key as the console creates it; every field is optional. */
export interface CallMissedFakeKeyOptions {
  name?: string;
  /** A fixed secret (must start with `cm_`); random by default. */
  secret?: string;
  /** @default ["*"], as for a new key */
  permissions?: string[];
  /** @default [], as for a new key */
  scopes?: string[];
  /** @default the fake's `defaultRpm` */
  rateLimitRpm?: number;
  /** The key's domain allowlist. @default ["*"] */
  allowedDomains?: string[];
  /** Expire the key this many days after creation on the fake's clock (1-365, as the console allows). */
  expiresInDays?: number;
}

/** Options of {@link createCallMissedFake}. */
export interface CallMissedFakeOptions {
  /** @default "https://api.callmissed.com", the client's default */
  baseUrl?: string;
  clock?: FakeClock;
  /** Per-key RPM of a key issued without `rateLimitRpm`. @default 60, the Free plan's */
  defaultRpm?: number;
  /** The catalogue `GET /anthropic/v1/models` answers (wire shape). @default two models */
  models?: Array<Record<string, unknown> & { id: string }>;
  seed?: { apiKeys?: CallMissedFakeKeyOptions[] };
}

/** The CallMissed fake's data. */
export interface CallMissedFakeState {
  /** Keys by id. */
  apiKeys: Map<string, CallMissedFakeKey>;
}

/** What {@link createCallMissedFake} returns. */
export interface CallMissedFake extends Fake<CallMissedFakeState> {
  /** Creates a key as the console would; returns its plaintext `cm_` secret. Unknown permissions or scopes throw. */
  issueKey(options?: CallMissedFakeKeyOptions): string;
  /** Rotates a key as the console would: a new secret for the same key, and the old one stops working. */
  rotateKey(secret: string): string;
  /** Revokes a key as the console would. */
  revokeKey(secret: string): void;
}
