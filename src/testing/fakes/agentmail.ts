/**
 * A stateful fake of AgentMail's auth API (agent sign-up, attach human and verify, `auth/me`, API keys and
 * public keys at organization, pod and inbox scope, inbox authorize) for MSW. Semantics follow AgentMail's
 * API definition and its errors and permissions pages: the secret is shown only on create, a restricted key
 * cannot mint a wider child, an unverified agent cannot create keys, the OTP has 6 digits, 10 attempts and
 * a 24 h life, a key stops working at its `expires_at` on the fake's clock, update changes only name and
 * permissions, public-key registration is idempotent on `client_id`. Served from the generated operations
 * table (see ../serve.ts); sign-up, which the spec marks as needing no key, skips the key check.
 */
import { operations, servers } from "../../agentmail/generated/meta.js";
import { createKit } from "../kit.js";
import { serveOperations } from "../serve.js";
import { agentRoutes } from "./agentmail/agent.js";
import { createGuard } from "./agentmail/guard.js";
import { keyRoutes } from "./agentmail/keys.js";
import { createStore } from "./agentmail/state.js";
import type { AgentMailFake, AgentMailFakeOptions } from "./agentmail/types.js";
import { errorBody } from "./agentmail/wire.js";

export type * from "./agentmail/types.js";

/** Creates a fake AgentMail API; see {@link AgentMailFake}. */
export function createAgentMailFake(options: AgentMailFakeOptions = {}): AgentMailFake {
  const baseUrl = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody });
  const store = createStore(options, kit);
  const agent = agentRoutes(store, kit);
  const keys = keyRoutes(store, kit);
  const guard = createGuard(store, kit, { ...agent.access, ...keys.access });
  const handlers = serveOperations({ kit, baseUrl, operations, guard, resolvers: { ...agent.resolvers, ...keys.resolvers } });

  return {
    ...kit.fake(handlers, store.state, store.seed),
    lastOtp(humanEmail) {
      return [...store.state.organizations.values()].find((o) => o.humanEmail === humanEmail)?.otp?.code;
    },
    activateSignIn: store.activateSignIn,
    issueKey: store.issueKey,
  };
}
