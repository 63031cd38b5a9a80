/**
 * A stateful fake of AgentMail's auth API (agent sign-up, attach human and verify, `auth/me`, API keys and
 * public keys at organization, pod and inbox scope, inbox authorize) for MSW. Semantics follow AgentMail's
 * API definition and its errors and permissions pages: the secret is shown only on create, a restricted key
 * cannot mint a wider child, an unverified agent cannot create keys, the OTP has 6 digits, 10 attempts and
 * a 24 h life, a key stops working at its `expires_at` on the fake's clock, update changes only name and
 * permissions, public-key registration is idempotent on `client_id`.
 */
import { operations, servers } from "../../agentmail/generated/meta.js";
import type { ApiKeyPermissions } from "../../agentmail/permissions.js";
import { snakeCase, type Shape } from "../../core/shape.js";
import { createIds, createKit, json, randomSecret, type Fake, type FakeClock } from "../kit.js";
import { validateBody } from "../validate.js";
import { apiKeyRoutes, SIGN_IN_PERMISSIONS, type Permission } from "./agentmail-keys.js";

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
  issueKey(options?: { organizationId?: string; scope?: AgentMailFakeScope; permissions?: ApiKeyPermissions; name?: string; expiresInMs?: number }): string;
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

const DOCS = "https://docs.agentmail.to/resources/errors";
const OTP_LIFETIME_MS = 24 * 60 * 60 * 1000;
const OTP_ATTEMPTS = 10;
const NAMES: Record<number, string> = { 400: "ValidationError", 401: "UnauthorizedError", 403: "ForbiddenError", 404: "NotFoundError", 409: "ConflictError", 429: "TooManyRequests" };
const SIGN_IN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const DEFAULT_ORG = "org_1";

/** Creates a fake AgentMail API; see {@link AgentMailFake}. */
export function createAgentMailFake(options: AgentMailFakeOptions = {}): AgentMailFake {
  const base = `${(options.baseUrl ?? servers[0]).replace(/\/$/, "")}/v0`;
  const kit = createKit({
    clock: options.clock,
    errorBody: (status, code, message) => ({ name: NAMES[status] ?? "Error", code, message, docs: `${DOCS}#${code}` }),
  });
  const state: AgentMailFakeState = { organizations: new Map(), pods: new Map(), inboxes: new Map(), apiKeys: new Map() };
  let id = createIds();

  function seed(): void {
    id = createIds();
    for (const map of Object.values(state)) map.clear();
    state.organizations.set(DEFAULT_ORG, { organizationId: DEFAULT_ORG, verified: true });
    for (const pod of options.seed?.pods ?? []) state.pods.set(pod.podId, { podId: pod.podId, organizationId: org(pod.organizationId) });
    for (const inbox of options.seed?.inboxes ?? []) {
      const organizationId = inbox.podId ? state.pods.get(inbox.podId)!.organizationId : org(inbox.organizationId);
      state.inboxes.set(inbox.inboxId, { inboxId: inbox.inboxId, organizationId, podId: inbox.podId });
    }
  }

  /** The organization named, created (verified) on first use. */
  function org(organizationId = DEFAULT_ORG): string {
    if (!state.organizations.has(organizationId)) state.organizations.set(organizationId, { organizationId, verified: true });
    return organizationId;
  }

  function addKey(fields: Omit<AgentMailFakeKey, "apiKeyId" | "secret" | "createdAt" | "updatedAt" | "type"> & { type?: AgentMailFakeKey["type"] }): AgentMailFakeKey {
    const type = fields.type ?? "bearer";
    const secret = type === "bearer" ? randomSecret("am_") : "";
    const now = new Date(kit.clock.now()).toISOString();
    const key: AgentMailFakeKey = { ...structuredClone(fields), type, apiKeyId: id(type === "bearer" ? "key" : "pk"), secret, createdAt: now, updatedAt: now };
    state.apiKeys.set(key.apiKeyId, key);
    return key;
  }

  function newOtp(): AgentMailFakeOrganization["otp"] {
    const code = String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000).padStart(6, "0");
    return { code, attemptsLeft: OTP_ATTEMPTS, expiresAt: kit.clock.now() + OTP_LIFETIME_MS };
  }

  /** The 401s of the errors page: no or malformed header, a console JWT, an unknown key. */
  function authenticate(request: Request): { key?: AgentMailFakeKey; refusal?: Response } {
    const header = request.headers.get("authorization");
    const match = header ? /^Bearer (\S+)$/.exec(header) : null;
    if (!match) return { refusal: kit.error(401, "missing_authorization", "Send your API key as Authorization: Bearer <api_key>.") };
    const token = match[1]!;
    if (!token.startsWith("am_") && token.split(".").length === 3) {
      return { refusal: kit.error(401, "invalid_token_type", "This endpoint needs an API key (am_...), not a console session token.") };
    }
    const key = [...state.apiKeys.values()].find((k) => k.type === "bearer" && k.secret === token);
    if (!key) return { refusal: kit.error(401, "unknown_api_key", "The API key was not recognized.") };
    if (key.expiresAt !== undefined && key.expiresAt <= kit.clock.now()) {
      return { refusal: kit.error(401, "api_key_expired", "The API key expired; create a new one with expires_at.") };
    }
    return { key };
  }

  const holds = (key: AgentMailFakeKey, permission: Permission): boolean => key.permissions === undefined || key.permissions[permission] === true;

  function denied(fix: string): Response {
    return json({ name: "ForbiddenError", code: "missing_permission", message: "Forbidden", fix, docs: `${DOCS}#missing_permission` }, 403);
  }

  /**
   * Resolves the scope an API-key route addresses and checks the caller may act there: resources outside
   * the caller's scope answer 404, as the errors page says; org-level routes need an org-scoped key.
   */
  function target(key: AgentMailFakeKey, params: Record<string, string>): { scope?: AgentMailFakeScope; refusal?: Response } {
    if (params.pod_id !== undefined) {
      const pod = state.pods.get(params.pod_id);
      const visible = pod && pod.organizationId === key.organizationId && !key.inboxId && (!key.podId || key.podId === pod.podId);
      return visible ? { scope: { type: "pod", podId: pod.podId } } : { refusal: kit.error(404, "not_found", "Pod not found.") };
    }
    if (params.inbox_id !== undefined) {
      const inbox = state.inboxes.get(params.inbox_id);
      const visible = inbox && inbox.organizationId === key.organizationId && (!key.podId || key.podId === inbox.podId) && (!key.inboxId || key.inboxId === inbox.inboxId);
      return visible ? { scope: { type: "inbox", inboxId: inbox.inboxId } } : { refusal: kit.error(404, "not_found", "Inbox not found.") };
    }
    if (key.podId || key.inboxId) return { refusal: kit.error(403, "forbidden", "This key's scope does not cover the organization.") };
    return { scope: { type: "organization" } };
  }

  function validation(path: string, message: string): Response {
    return json({ name: "ValidationError", code: "validation_error", message, errors: [{ path, message }] }, 400);
  }

  /** A 400 in AgentMail's validation envelope when the body breaks the operation's request schema. */
  function invalidBody(body: unknown, shape: Shape | undefined): Response | undefined {
    const problems = validateBody(body ?? {}, shape);
    if (!problems.length) return undefined;
    const errors = problems.map(({ path, message }) => ({ path: path.join("."), message: `${path.join(".") || "body"} ${message}.` }));
    return json({ name: "ValidationError", code: "validation_error", message: errors[0]!.message, errors }, 400);
  }

  const handlers = [
    kit.route("signUp", "post", `${base}/agent/sign-up`, ({ body, bodyIsJson }) => {
      const input = (bodyIsJson && body && typeof body === "object" ? body : {}) as Record<string, unknown>;
      const invalid = invalidBody(input, operations.signUp.request);
      if (invalid) return invalid;
      const email = input.human_email;
      const username = input.username;
      const emailOk = email === undefined || (typeof email === "string" && /^[^\s@]+@[^\s@]+$/.test(email));
      if (!emailOk || typeof username !== "string" || !username) return validation(emailOk ? "username" : "human_email", `${emailOk ? "username" : "human_email"} is invalid.`);
      // Without a human every sign-up is a new organization, so the inbox name must be free.
      if (email === undefined && state.inboxes.has(`${username}@agentmail.to`)) return validation("username", "username is taken.");
      // Idempotent per human_email: same organization and inbox, a rotated key, a fresh OTP once expired.
      let organization = email === undefined ? undefined : [...state.organizations.values()].find((o) => o.humanEmail === email);
      if (organization) {
        for (const k of state.apiKeys.values()) if (k.organizationId === organization.organizationId && k.name === "agent sign-up") state.apiKeys.delete(k.apiKeyId);
        if (!organization.verified && organization.otp && organization.otp.expiresAt <= kit.clock.now()) organization.otp = newOtp();
      } else {
        organization = { organizationId: id("org_agent"), verified: false, humanEmail: email as string | undefined, otp: email === undefined ? undefined : newOtp() };
        state.organizations.set(organization.organizationId, organization);
        const inboxId = `${username}@agentmail.to`;
        state.inboxes.set(inboxId, { inboxId, organizationId: organization.organizationId });
      }
      const inbox = [...state.inboxes.values()].find((i) => i.organizationId === organization.organizationId)!;
      const key = addKey({ name: "agent sign-up", organizationId: organization.organizationId });
      return json({ organization_id: organization.organizationId, inbox_id: inbox.inboxId, api_key: key.secret });
    }),
    kit.route("verify", "post", `${base}/agent/verify`, ({ request, body }) => {
      const { key, refusal } = authenticate(request);
      if (!key) return refusal!;
      const organization = state.organizations.get(key.organizationId)!;
      if (!organization.verified && !organization.humanEmail) return denied("Attach a human with POST /v0/agent/human first; the code goes to them.");
      if (organization.verified || !organization.otp) {
        return denied("agent_verify is only available while an unverified agent organization still needs verification.");
      }
      const invalid = invalidBody(body, operations.verify.request);
      if (invalid) return invalid;
      const code = (body as { otp_code?: unknown } | undefined)?.otp_code;
      if (typeof code !== "string") return json({ name: "ValidationError", code: "validation_error", message: "otp_code is required.", errors: [{ path: "otp_code", message: "Required" }] }, 400);
      const otp = organization.otp;
      if (otp.expiresAt <= kit.clock.now()) return kit.error(403, "limit_exceeded", "The code has expired: sign up again to get a fresh one.");
      if (otp.attemptsLeft <= 0) return kit.error(403, "limit_exceeded", "All 10 attempts are used: wait until the code expires, then sign up again.");
      if (code !== otp.code) {
        otp.attemptsLeft -= 1;
        return json({ verified: false });
      }
      organization.verified = true;
      organization.otp = undefined;
      return json({ verified: true });
    }),
    kit.route("attachHuman", "post", `${base}/agent/human`, ({ request, body }) => {
      const { key, refusal } = authenticate(request);
      if (!key) return refusal!;
      const organization = state.organizations.get(key.organizationId)!;
      if (organization.verified) return denied("Attaching a human is only available until the organization is verified.");
      const invalid = invalidBody(body, operations.attachHuman.request);
      if (invalid) return invalid;
      const email = (body as { human_email?: unknown } | undefined)?.human_email;
      if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+$/.test(email)) return validation("human_email", "human_email is invalid.");
      if (organization.humanEmail !== undefined && organization.humanEmail !== email) {
        if ((organization.replacements ?? 0) >= 2) return kit.error(409, "conflict", "The human was already replaced twice.");
        organization.replacements = (organization.replacements ?? 0) + 1;
        organization.otp = undefined;
      }
      organization.humanEmail = email;
      // The same human keeps a live code and its attempts; an expired one is replaced. The key is never rotated.
      if (!organization.otp || organization.otp.expiresAt <= kit.clock.now()) organization.otp = newOtp();
      return json({ human_email: email, instructions: `A 6-digit code was sent to ${email}; submit it with POST /v0/agent/verify.` });
    }),
    kit.route("authorizeInbox", "post", `${base}/inboxes/:inbox_id/authorize`, ({ request, params, body }) => {
      const { key, refusal } = authenticate(request);
      if (!key) return refusal!;
      const where = target(key, params);
      if (!where.scope) return where.refusal!;
      if (!state.organizations.get(key.organizationId)!.verified) return denied("app_connect requires a verified agent: call POST /v0/agent/verify first.");
      if (!holds(key, "app_connect")) return denied("Use a key that holds app_connect.");
      const invalid = invalidBody(body, operations.authorizeInbox.request);
      if (invalid) return invalid;
      const input = (body ?? {}) as { auth_token?: unknown; accept_disclosure?: unknown };
      if (typeof input.auth_token !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(input.auth_token)) return validation("auth_token", "auth_token must be the 22-character token of the waiting sign-in.");
      if (input.accept_disclosure !== undefined && typeof input.accept_disclosure !== "boolean") return validation("accept_disclosure", "accept_disclosure must be a boolean.");
      const inbox = state.inboxes.get(params.inbox_id!)!;
      // A sign-in key holds exactly the two app permissions, snapshotted from the key that created it.
      const permissions = Object.fromEntries(SIGN_IN_PERMISSIONS.map((p) => [p, holds(key, p)]));
      const pending = addKey({ type: "public_key", name: "AgentID sign-in", organizationId: key.organizationId, podId: inbox.podId, inboxId: inbox.inboxId, permissions, status: "pending", createdBy: key.apiKeyId });
      return json({ api_key_id: pending.apiKeyId, instructions: `Poll GET /v0/api-keys/${pending.apiKeyId} until its status is active.` });
    }),
    kit.route("me", "get", `${base}/auth/me`, ({ request }) => {
      const { key, refusal } = authenticate(request);
      if (!key) return refusal!;
      const scope_type = key.inboxId ? "inbox" : key.podId ? "pod" : "organization";
      const scope_id = key.inboxId ?? key.podId ?? key.organizationId;
      return json({ scope_type, scope_id, organization_id: key.organizationId, pod_id: key.podId, inbox_id: key.inboxId, api_key_id: key.apiKeyId });
    }),
    ...apiKeyRoutes({ base, kit, state, addKey, authenticate, target, holds, denied, validation, invalidBody }),
  ];

  return {
    ...kit.fake(handlers, state, seed),
    lastOtp(humanEmail) {
      return [...state.organizations.values()].find((o) => o.humanEmail === humanEmail)?.otp?.code;
    },
    activateSignIn(apiKeyId) {
      const key = state.apiKeys.get(apiKeyId);
      if (key?.status !== "pending") throw new Error(`${apiKeyId} is not a pending sign-in key`);
      key.status = "active";
      key.expiresAt = kit.clock.now() + SIGN_IN_LIFETIME_MS;
      key.updatedAt = new Date(kit.clock.now()).toISOString();
    },
    issueKey({ organizationId, scope: given, permissions, name = "test key", expiresInMs } = {}) {
      const orgId = org(organizationId);
      const scope: AgentMailFakeScope = given ?? { type: "organization" };
      let podId: string | undefined;
      let inboxId: string | undefined;
      if (scope.type === "pod") {
        podId = scope.podId;
        if (!state.pods.has(podId)) state.pods.set(podId, { podId, organizationId: orgId });
      } else if (scope.type === "inbox") {
        inboxId = scope.inboxId;
        if (!state.inboxes.has(inboxId)) state.inboxes.set(inboxId, { inboxId, organizationId: orgId });
        podId = state.inboxes.get(inboxId)!.podId;
      }
      const wire = permissions && Object.fromEntries(Object.entries(permissions).map(([flag, on]) => [snakeCase(flag), on]));
      const expiresAt = expiresInMs === undefined ? undefined : kit.clock.now() + expiresInMs;
      return addKey({ name, organizationId: orgId, podId, inboxId, permissions: wire, expiresAt }).secret;
    },
  };
}

