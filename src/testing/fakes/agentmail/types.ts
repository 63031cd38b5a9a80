/** The AgentMail fake's public types: what it stores (camelCase, permissions by wire name) and its options. */
import type { ApiKeyPermissions } from "../../../agentmail/permissions.js";
import type { components } from "../../../agentmail/generated/types.js";
import type { Fake, FakeClock } from "../../kit.js";

/** A permission flag's wire name. */
export type Permission = keyof components["schemas"]["ApiKeyPermissions"];

/** Which resource a key is bound to. */
export type AgentMailFakeScope = { type: "organization" } | { type: "pod"; podId: string } | { type: "inbox"; inboxId: string };

/**
 * A credential as the fake stores it. `permissions` (wire names) undefined means unrestricted (every
 * permission). Public keys have no secret; a sign-in key has a `status`.
 */
export interface AgentMailFakeKey {
  type: "bearer" | "public_key";
  apiKeyId: string;
  /** The bearer secret; empty for a public key. */
  secret: string;
  name: string;
  organizationId: string;
  podId?: string;
  inboxId?: string;
  permissions?: Partial<Record<Permission, boolean>>;
  createdAt: string;
  updatedAt: string;
  /** Milliseconds on the fake's clock; past it the key answers 401 `api_key_expired`. */
  expiresAt?: number;
  clientId?: string;
  publicKey?: { kty: string; crv: string; x: string; y: string };
  status?: "pending" | "active";
  createdBy?: string;
}

/** An organization, with the sign-up and verification state of an agent organization. */
export interface AgentMailFakeOrganization {
  organizationId: string;
  verified: boolean;
  humanEmail?: string;
  /** How often the attached human was replaced (at most twice). */
  replacements?: number;
  /** The live OTP of an unverified agent organization. */
  otp?: { code: string; attemptsLeft: number; expiresAt: number };
}

/** Options of {@link createAgentMailFake}. */
export interface AgentMailFakeOptions {
  /** @default "https://api.agentmail.to", the client's default */
  baseUrl?: string;
  clock?: FakeClock;
  seed?: {
    /** Pods by id, in the default organization unless one is named. */
    pods?: Array<{ podId: string; organizationId?: string }>;
    /** Inboxes by id, optionally inside a pod. */
    inboxes?: Array<{ inboxId: string; podId?: string; organizationId?: string }>;
  };
}

/** What {@link createAgentMailFake} returns; errors use AgentMail's `{name, code, message}` body. */
export interface AgentMailFake extends Fake<AgentMailFakeState> {
  /** The current sign-up OTP sent to `humanEmail`, as the human would read it. */
  lastOtp(humanEmail: string): string | undefined;
  /**
   * Creates a key without HTTP, as the console would, in a verified organization (`"org_1"` unless
   * named). Returns the `am_` secret.
   */
  issueKey(options?: {
    organizationId?: string;
    scope?: AgentMailFakeScope;
    permissions?: ApiKeyPermissions;
    name?: string;
    expiresInMs?: number;
  }): string;
  /** Completes a pending AgentID sign-in on the AgentID page, as the client would: active, expiring in 30 days. */
  activateSignIn(apiKeyId: string): void;
}

/** The AgentMail fake's data, by id. */
export interface AgentMailFakeState {
  organizations: Map<string, AgentMailFakeOrganization>;
  pods: Map<string, { podId: string; organizationId: string }>;
  inboxes: Map<string, { inboxId: string; organizationId: string; podId?: string }>;
  apiKeys: Map<string, AgentMailFakeKey>;
}
