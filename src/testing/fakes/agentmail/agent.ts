/**
 * The agent routes of the AgentMail fake: sign-up (no key), attach a human and verify with the emailed
 * OTP (6 digits, 10 attempts, 24 h), `auth/me`, and the AgentID sign-in an inbox authorizes.
 */
import { json, type FakeKit } from "../../kit.js";
import type { ServeInput } from "../../serve.js";
import { bodyObject, type Access, type Context, type OperationId } from "./guard.js";
import { SIGN_IN_PERMISSIONS, type Store } from "./state.js";
import { denied, validation } from "./wire.js";

type AgentOperation = Extract<OperationId, "signUp" | "verify" | "attachHuman" | "authorizeInbox" | "me">;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The agent routes' access checks and resolvers. */
export function agentRoutes(store: Store, kit: FakeKit) {
  const { state } = store;
  const organizationOf = (key: { organizationId: string }) => state.organizations.get(key.organizationId)!;

  const access: Partial<Record<AgentOperation, Access>> = {
    verify(key) {
      const organization = organizationOf(key);
      if (!organization.verified && !organization.humanEmail) return denied("Attach a human with POST /v0/agent/human first; the code goes to them.");
      if (organization.verified || !organization.otp) {
        return denied("agent_verify is only available while an unverified agent organization still needs verification.");
      }
      return undefined;
    },
    attachHuman(key) {
      if (organizationOf(key).verified) return denied("Attaching a human is only available until the organization is verified.");
      return undefined;
    },
    authorizeInbox(key, { params }) {
      const where = store.target(key, params);
      if (!where.scope) return where.refusal!;
      if (!organizationOf(key).verified) return denied("app_connect requires a verified agent: call POST /v0/agent/verify first.");
      if (!store.holds(key, "app_connect")) return denied("Use a key that holds app_connect.");
      return undefined;
    },
  };

  const resolvers = {
    signUp(ctx: ServeInput<undefined>) {
      const input = bodyObject(ctx);
      const email = input.human_email;
      const username = input.username;
      const emailOk = email === undefined || (typeof email === "string" && EMAIL.test(email));
      if (!emailOk || typeof username !== "string" || !username)
        return validation(emailOk ? "username" : "human_email", `${emailOk ? "username" : "human_email"} is invalid.`);
      // Without a human every sign-up is a new organization, so the inbox name must be free.
      if (email === undefined && state.inboxes.has(`${username}@agentmail.to`)) return validation("username", "username is taken.");
      // Idempotent per human_email: same organization and inbox, a rotated key, a fresh OTP once expired.
      let organization = email === undefined ? undefined : [...state.organizations.values()].find((o) => o.humanEmail === email);
      if (organization) {
        for (const k of state.apiKeys.values())
          if (k.organizationId === organization.organizationId && k.name === "agent sign-up") state.apiKeys.delete(k.apiKeyId);
        if (!organization.verified && organization.otp && organization.otp.expiresAt <= store.now()) organization.otp = store.newOtp();
      } else {
        organization = {
          organizationId: store.nextId("org_agent"),
          verified: false,
          humanEmail: email as string | undefined,
          otp: email === undefined ? undefined : store.newOtp(),
        };
        state.organizations.set(organization.organizationId, organization);
        const inboxId = `${username}@agentmail.to`;
        state.inboxes.set(inboxId, { inboxId, organizationId: organization.organizationId });
      }
      const inbox = [...state.inboxes.values()].find((i) => i.organizationId === organization.organizationId)!;
      const key = store.addKey({ name: "agent sign-up", organizationId: organization.organizationId });
      return json({ organization_id: organization.organizationId, inbox_id: inbox.inboxId, api_key: key.secret });
    },
    verify({ principal: key, body }: Context) {
      const organization = organizationOf(key);
      const code = (body as { otp_code?: unknown } | undefined)?.otp_code;
      if (typeof code !== "string")
        return json(
          {
            name: "ValidationError",
            code: "validation_error",
            message: "otp_code is required.",
            errors: [{ path: "otp_code", message: "Required" }],
          },
          400,
        );
      const otp = organization.otp!;
      if (otp.expiresAt <= store.now()) return kit.error(403, "limit_exceeded", "The code has expired: sign up again to get a fresh one.");
      if (otp.attemptsLeft <= 0)
        return kit.error(403, "limit_exceeded", "All 10 attempts are used: wait until the code expires, then sign up again.");
      if (code !== otp.code) {
        otp.attemptsLeft -= 1;
        return json({ verified: false });
      }
      organization.verified = true;
      organization.otp = undefined;
      return json({ verified: true });
    },
    attachHuman({ principal: key, body }: Context) {
      const organization = organizationOf(key);
      const email = (body as { human_email?: unknown } | undefined)?.human_email;
      if (typeof email !== "string" || !EMAIL.test(email)) return validation("human_email", "human_email is invalid.");
      if (organization.humanEmail !== undefined && organization.humanEmail !== email) {
        if ((organization.replacements ?? 0) >= 2) return kit.error(409, "conflict", "The human was already replaced twice.");
        organization.replacements = (organization.replacements ?? 0) + 1;
        organization.otp = undefined;
      }
      organization.humanEmail = email;
      // The same human keeps a live code and its attempts; an expired one is replaced. The key is never rotated.
      if (!organization.otp || organization.otp.expiresAt <= store.now()) organization.otp = store.newOtp();
      return json({ human_email: email, instructions: `A 6-digit code was sent to ${email}; submit it with POST /v0/agent/verify.` });
    },
    authorizeInbox({ principal: key, params, body }: Context) {
      const input = (body ?? {}) as { auth_token?: unknown; accept_disclosure?: unknown };
      if (typeof input.auth_token !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(input.auth_token))
        return validation("auth_token", "auth_token must be the 22-character token of the waiting sign-in.");
      if (input.accept_disclosure !== undefined && typeof input.accept_disclosure !== "boolean")
        return validation("accept_disclosure", "accept_disclosure must be a boolean.");
      const inbox = state.inboxes.get(params.inbox_id!)!;
      // A sign-in key holds exactly the two app permissions, snapshotted from the key that created it.
      const permissions = Object.fromEntries(SIGN_IN_PERMISSIONS.map((p) => [p, store.holds(key, p)]));
      const pending = store.addKey({
        type: "public_key",
        name: "AgentID sign-in",
        organizationId: key.organizationId,
        podId: inbox.podId,
        inboxId: inbox.inboxId,
        permissions,
        status: "pending",
        createdBy: key.apiKeyId,
      });
      return json({ api_key_id: pending.apiKeyId, instructions: `Poll GET /v0/api-keys/${pending.apiKeyId} until its status is active.` });
    },
    me({ principal: key }: Context) {
      const scope_type = key.inboxId ? "inbox" : key.podId ? "pod" : "organization";
      const scope_id = key.inboxId ?? key.podId ?? key.organizationId;
      return json({ scope_type, scope_id, organization_id: key.organizationId, pod_id: key.podId, inbox_id: key.inboxId, api_key_id: key.apiKeyId });
    },
  } satisfies Record<AgentOperation, unknown>;

  return { access, resolvers };
}
