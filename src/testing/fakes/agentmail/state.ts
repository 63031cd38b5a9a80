/**
 * What the AgentMail fake holds and the rules that read it: organizations (and their sign-up OTP), pods,
 * inboxes and credentials, which scope a route addresses, and whether a key holds a permission.
 */
import { operations } from "../../../agentmail/generated/meta.js";
import type { ApiKeyPermissions } from "../../../agentmail/permissions.js";
import { snakeCase } from "../../../core/shape.js";
import { createIds, randomSecret, type FakeKit } from "../../kit.js";
import type {
  AgentMailFakeKey,
  AgentMailFakeOptions,
  AgentMailFakeOrganization,
  AgentMailFakeScope,
  AgentMailFakeState,
  Permission,
} from "./types.js";

/** Every permission flag, from the generated request shape (so a spec update updates the fake). */
export const PERMISSIONS = Object.keys(operations.createApiKey.request?.properties?.permissions?.properties ?? {}) as Permission[];

/** What a sign-in key holds, and all that an update of one may touch. */
export const SIGN_IN_PERMISSIONS: Permission[] = ["app_connect", "app_share_owner"];

const OTP_LIFETIME_MS = 24 * 60 * 60 * 1000;
const OTP_ATTEMPTS = 10;
const SIGN_IN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const DEFAULT_ORG = "org_1";

/** A credential to store; the fake fills in its id, secret and times. */
export type NewKey = Omit<AgentMailFakeKey, "apiKeyId" | "secret" | "createdAt" | "updatedAt" | "type"> & { type?: AgentMailFakeKey["type"] };

/** The fake's data with its rules, shared by the guard and the routes. */
export type Store = ReturnType<typeof createStore>;

/** Creates the fake's store; `seed()` (re)fills it from `options.seed`. */
export function createStore(options: AgentMailFakeOptions, kit: FakeKit) {
  const state: AgentMailFakeState = { organizations: new Map(), pods: new Map(), inboxes: new Map(), apiKeys: new Map() };
  let id = createIds();
  const now = () => kit.clock.now();

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

  function addKey(fields: NewKey): AgentMailFakeKey {
    const type = fields.type ?? "bearer";
    const secret = type === "bearer" ? randomSecret("am_") : "";
    const at = new Date(now()).toISOString();
    const key: AgentMailFakeKey = {
      ...structuredClone(fields),
      type,
      apiKeyId: id(type === "bearer" ? "key" : "pk"),
      secret,
      createdAt: at,
      updatedAt: at,
    };
    state.apiKeys.set(key.apiKeyId, key);
    return key;
  }

  function newOtp(): AgentMailFakeOrganization["otp"] {
    const code = String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000).padStart(6, "0");
    return { code, attemptsLeft: OTP_ATTEMPTS, expiresAt: now() + OTP_LIFETIME_MS };
  }

  const holds = (key: AgentMailFakeKey, permission: Permission): boolean => key.permissions === undefined || key.permissions[permission] === true;

  /**
   * The scope a route addresses, if the caller may act there: resources outside the caller's scope answer
   * 404, as the errors page says; org-level routes need an org-scoped key.
   */
  function target(key: AgentMailFakeKey, params: Record<string, string>): { scope?: AgentMailFakeScope; refusal?: Response } {
    if (params.pod_id !== undefined) {
      const pod = state.pods.get(params.pod_id);
      const visible = pod && pod.organizationId === key.organizationId && !key.inboxId && (!key.podId || key.podId === pod.podId);
      return visible ? { scope: { type: "pod", podId: pod.podId } } : { refusal: kit.error(404, "not_found", "Pod not found.") };
    }
    if (params.inbox_id !== undefined) {
      const inbox = state.inboxes.get(params.inbox_id);
      const visible =
        inbox &&
        inbox.organizationId === key.organizationId &&
        (!key.podId || key.podId === inbox.podId) &&
        (!key.inboxId || key.inboxId === inbox.inboxId);
      return visible ? { scope: { type: "inbox", inboxId: inbox.inboxId } } : { refusal: kit.error(404, "not_found", "Inbox not found.") };
    }
    if (key.podId || key.inboxId) return { refusal: kit.error(403, "forbidden", "This key's scope does not cover the organization.") };
    return { scope: { type: "organization" } };
  }

  /** Creates a key without HTTP, as the console would; see `AgentMailFake.issueKey`. */
  function issueKey(
    given: { organizationId?: string; scope?: AgentMailFakeScope; permissions?: ApiKeyPermissions; name?: string; expiresInMs?: number } = {},
  ): string {
    const { organizationId, permissions, name = "test key", expiresInMs } = given;
    const orgId = org(organizationId);
    const scope: AgentMailFakeScope = given.scope ?? { type: "organization" };
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
    const expiresAt = expiresInMs === undefined ? undefined : now() + expiresInMs;
    return addKey({ name, organizationId: orgId, podId, inboxId, permissions: wire, expiresAt }).secret;
  }

  /** Completes a pending AgentID sign-in: active, expiring in 30 days. */
  function activateSignIn(apiKeyId: string): void {
    const key = state.apiKeys.get(apiKeyId);
    if (key?.status !== "pending") throw new Error(`${apiKeyId} is not a pending sign-in key`);
    key.status = "active";
    key.expiresAt = now() + SIGN_IN_LIFETIME_MS;
    key.updatedAt = new Date(now()).toISOString();
  }

  return { state, seed, now, nextId: (prefix: string) => id(prefix), addKey, newOtp, holds, target, issueKey, activateSignIn };
}
