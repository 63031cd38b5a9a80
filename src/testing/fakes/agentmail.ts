/**
 * A stateful fake of AgentMail's auth API (agent sign-up and verify, `auth/me`, and API keys at
 * organization, pod and inbox scope) for MSW. Semantics follow AgentMail's API definition and its
 * errors and permissions pages: the secret is shown only on create, a restricted key cannot mint a wider
 * child, an unverified agent cannot create keys, the OTP has 6 digits, 10 attempts and a 24 h life.
 */
import { operations, servers } from "../../agentmail/generated/meta.js";
import type { components } from "../../agentmail/generated/types.js";
import type { ApiKeyPermissions } from "../../agentmail/permissions.js";
import { snakeCase, type Shape } from "../../core/shape.js";
import { createIds, createKit, json, randomSecret, type Fake, type FakeClock, type RouteInput } from "../kit.js";
import { validateBody } from "../validate.js";

type Permission = keyof components["schemas"]["ApiKeyPermissions"];

/** Every permission flag, from the generated request shape (so a spec update updates the fake). */
const PERMISSIONS = Object.keys(operations.createApiKey.request?.properties?.permissions?.properties ?? {}) as Permission[];

/** Which resource a key is bound to. */
export type AgentMailFakeScope = { type: "organization" } | { type: "pod"; podId: string } | { type: "inbox"; inboxId: string };

/** A key as the fake stores it. `permissions` (wire names) undefined means unrestricted (every permission). */
export interface AgentMailFakeKey {
  apiKeyId: string;
  secret: string;
  name: string;
  organizationId: string;
  podId?: string;
  inboxId?: string;
  permissions?: Partial<Record<Permission, boolean>>;
  createdAt: string;
}

/** An organization, with the sign-up and verification state of an agent organization. */
export interface AgentMailFakeOrganization {
  organizationId: string;
  verified: boolean;
  humanEmail?: string;
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
  issueKey(options?: { organizationId?: string; scope?: AgentMailFakeScope; permissions?: ApiKeyPermissions; name?: string }): string;
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
const NAMES: Record<number, string> = { 400: "ValidationError", 401: "UnauthorizedError", 403: "ForbiddenError", 404: "NotFoundError", 429: "TooManyRequests" };
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

  function addKey(fields: Omit<AgentMailFakeKey, "apiKeyId" | "secret" | "createdAt">): AgentMailFakeKey {
    const secret = randomSecret("am_");
    const key: AgentMailFakeKey = { ...structuredClone(fields), apiKeyId: id("key"), secret, createdAt: new Date(kit.clock.now()).toISOString() };
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
    const key = [...state.apiKeys.values()].find((k) => k.secret === token);
    return key ? { key } : { refusal: kit.error(401, "unknown_api_key", "The API key was not recognized.") };
  }

  /** A 400 in AgentMail's validation envelope when the body breaks the operation's request schema. */
  function invalidBody(body: unknown, shape: Shape | undefined): Response | undefined {
    const problems = validateBody(body ?? {}, shape);
    if (!problems.length) return undefined;
    const errors = problems.map(({ path, message }) => ({ path: path.join("."), message: `${path.join(".") || "body"} ${message}.` }));
    return json({ name: "ValidationError", code: "validation_error", message: errors[0]!.message, errors }, 400);
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

  const inScope = (k: AgentMailFakeKey, key: AgentMailFakeKey, scope: AgentMailFakeScope): boolean =>
    k.organizationId === key.organizationId &&
    (scope.type === "organization" ? !k.podId && !k.inboxId : scope.type === "pod" ? k.podId === scope.podId && !k.inboxId : k.inboxId === scope.inboxId);

  function listKeys({ request, params, url }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_read")) return denied("Use a key that holds api_key_read.");
    const ascending = url.searchParams.get("ascending") === "true";
    const keys = [...state.apiKeys.values()].filter((k) => inScope(k, key, where.scope!));
    keys.sort((a, b) => (a.createdAt === b.createdAt ? a.apiKeyId.localeCompare(b.apiKeyId, "en", { numeric: true }) : a.createdAt.localeCompare(b.createdAt)));
    if (!ascending) keys.reverse();
    const limit = Math.max(1, Number(url.searchParams.get("limit") ?? 10) || 10);
    const start = Number(url.searchParams.get("page_token") ?? 0) || 0;
    const page = keys.slice(start, start + limit);
    const body: Record<string, unknown> = { count: page.length, api_keys: page.map((k) => publicView(k, false)) };
    if (start + limit < keys.length) body.next_page_token = String(start + limit);
    return json(body);
  }

  function createKey({ request, params, body, bodyIsJson }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_create")) return denied("Use a key that holds api_key_create.");
    if (!state.organizations.get(key.organizationId)!.verified) {
      return denied("Creating API keys requires a verified agent: call POST /v0/agent/verify with the emailed code first.");
    }
    const input = (bodyIsJson && body && typeof body === "object" ? body : {}) as { name?: unknown; permissions?: unknown };
    const invalid = invalidBody(input, operations.createApiKey.request);
    if (invalid) return invalid;
    const asked = input.permissions as Partial<Record<Permission, boolean>> | null | undefined;
    if (asked == null) {
      if (key.permissions !== undefined) return kit.error(403, "unrestricted_key_required", "Creating an unrestricted key needs an unrestricted credential.");
    } else {
      const extra = PERMISSIONS.filter((p) => asked[p] === true && !holds(key, p));
      if (extra.length) return kit.error(403, "permission_escalation", `A key cannot grant what it lacks: ${extra.join(", ")}.`);
    }
    const scope = where.scope!;
    const created = addKey({
      name: typeof input.name === "string" ? input.name : "",
      organizationId: key.organizationId,
      podId: scope.type === "pod" ? scope.podId : scope.type === "inbox" ? state.inboxes.get(scope.inboxId)!.podId : key.podId,
      inboxId: scope.type === "inbox" ? scope.inboxId : undefined,
      permissions: asked ?? undefined,
    });
    return json(publicView(created, true));
  }

  function deleteKey({ request, params }: RouteInput): Response {
    const { key, refusal } = authenticate(request);
    if (!key) return refusal!;
    const where = target(key, params);
    if (!where.scope) return where.refusal!;
    if (!holds(key, "api_key_delete")) return denied("Use a key that holds api_key_delete.");
    const victim = state.apiKeys.get(params.api_key_id!);
    if (!victim || !inScope(victim, key, where.scope)) return kit.error(404, "not_found", "API key not found.");
    state.apiKeys.delete(victim.apiKeyId);
    return new Response(null, { status: 200 });
  }

  const handlers = [
    kit.route("signUp", "post", `${base}/agent/sign-up`, ({ body, bodyIsJson }) => {
      const input = (bodyIsJson && body && typeof body === "object" ? body : {}) as Record<string, unknown>;
      const invalid = invalidBody(input, operations.signUp.request);
      if (invalid) return invalid;
      const email = input.human_email;
      const username = input.username;
      if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+$/.test(email) || typeof username !== "string" || !username) {
        const path = typeof email !== "string" || !email.includes("@") ? "human_email" : "username";
        return json({ name: "ValidationError", code: "validation_error", message: `${path} is invalid.`, errors: [{ path, message: `${path} is invalid.` }] }, 400);
      }
      // Idempotent per human_email: same organization and inbox, a rotated key, a fresh OTP once expired.
      let organization = [...state.organizations.values()].find((o) => o.humanEmail === email);
      if (organization) {
        for (const k of state.apiKeys.values()) if (k.organizationId === organization.organizationId && k.name === "agent sign-up") state.apiKeys.delete(k.apiKeyId);
        if (!organization.verified && organization.otp!.expiresAt <= kit.clock.now()) organization.otp = newOtp();
      } else {
        organization = { organizationId: id("org_agent"), verified: false, humanEmail: email, otp: newOtp() };
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
    kit.route("me", "get", `${base}/auth/me`, ({ request }) => {
      const { key, refusal } = authenticate(request);
      if (!key) return refusal!;
      const scope_type = key.inboxId ? "inbox" : key.podId ? "pod" : "organization";
      const scope_id = key.inboxId ?? key.podId ?? key.organizationId;
      return json({ scope_type, scope_id, organization_id: key.organizationId, pod_id: key.podId, inbox_id: key.inboxId, api_key_id: key.apiKeyId });
    }),
    kit.route("listApiKeys", "get", `${base}/api-keys`, listKeys),
    kit.route("createApiKey", "post", `${base}/api-keys`, createKey),
    kit.route("deleteApiKey", "delete", `${base}/api-keys/:api_key_id`, deleteKey),
    kit.route("listPodApiKeys", "get", `${base}/pods/:pod_id/api-keys`, listKeys),
    kit.route("createPodApiKey", "post", `${base}/pods/:pod_id/api-keys`, createKey),
    kit.route("deletePodApiKey", "delete", `${base}/pods/:pod_id/api-keys/:api_key_id`, deleteKey),
    kit.route("listInboxApiKeys", "get", `${base}/inboxes/:inbox_id/api-keys`, listKeys),
    kit.route("createInboxApiKey", "post", `${base}/inboxes/:inbox_id/api-keys`, createKey),
    kit.route("deleteInboxApiKey", "delete", `${base}/inboxes/:inbox_id/api-keys/:api_key_id`, deleteKey),
  ];

  return {
    ...kit.fake(handlers, state, seed),
    lastOtp(humanEmail) {
      return [...state.organizations.values()].find((o) => o.humanEmail === humanEmail)?.otp?.code;
    },
    issueKey({ organizationId, scope: given, permissions, name = "test key" } = {}) {
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
      return addKey({ name, organizationId: orgId, podId, inboxId, permissions: wire }).secret;
    },
  };
}

/** A key as the API shows it: the secret only in the create answer. */
function publicView(key: AgentMailFakeKey, withSecret: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { api_key_id: key.apiKeyId, prefix: key.secret.slice(0, 8), name: key.name, created_at: key.createdAt };
  if (withSecret) out.api_key = key.secret;
  if (key.podId) out.pod_id = key.podId;
  if (key.inboxId) out.inbox_id = key.inboxId;
  if (key.permissions) out.permissions = { ...key.permissions };
  return out;
}
