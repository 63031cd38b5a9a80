/**
 * The AgentMail fake's guard: the 401s of the errors page, then each route's own access rules (scope,
 * permission, the agent's verification state) in the order that route checks them, then the spec's body check.
 */
import type { operations } from "../../../agentmail/generated/meta.js";
import type { FakeKit, RouteInput } from "../../kit.js";
import type { FakeGuard, ServeInput } from "../../serve.js";
import type { Store } from "./state.js";
import type { AgentMailFakeKey } from "./types.js";
import { invalidBody } from "./wire.js";

/** An operation of AgentMail's spec. */
export type OperationId = keyof typeof operations;
/** What an authenticated resolver gets. */
export type Context = ServeInput<AgentMailFakeKey>;
/** A route's checks after authentication: a refusal (403, 404), or undefined to go on. */
export type Access = (key: AgentMailFakeKey, input: RouteInput) => Response | undefined;

// Sign-up and the key create and update routes read a body that is not a JSON object as {} (so they report
// what is missing); the others check the body as sent.
const READ_AS_OBJECT = new Set<OperationId>([
  "signUp",
  "createApiKey",
  "createPodApiKey",
  "createInboxApiKey",
  "updateApiKey",
  "updatePodApiKey",
  "updateInboxApiKey",
]);

/** The request body as the create, update and sign-up routes read it. */
export function bodyObject({ body, bodyIsJson }: RouteInput): Record<string, unknown> {
  return (bodyIsJson && body && typeof body === "object" ? body : {}) as Record<string, unknown>;
}

/** The fake's one guard; `access` holds each route's checks after authentication. */
export function createGuard(store: Store, kit: FakeKit, access: Partial<Record<OperationId, Access>>): FakeGuard<OperationId, AgentMailFakeKey> {
  return {
    // The 401s of the errors page: no or malformed header, a console JWT, an unknown key, an expired one.
    authenticate({ request }) {
      const header = request.headers.get("authorization");
      const match = header ? /^Bearer (\S+)$/.exec(header) : null;
      if (!match) return kit.error(401, "missing_authorization", "Send your API key as Authorization: Bearer <api_key>.");
      const token = match[1]!;
      if (!token.startsWith("am_") && token.split(".").length === 3) {
        return kit.error(401, "invalid_token_type", "This endpoint needs an API key (am_...), not a console session token.");
      }
      const key = [...store.state.apiKeys.values()].find((k) => k.type === "bearer" && k.secret === token);
      if (!key) return kit.error(401, "unknown_api_key", "The API key was not recognized.");
      if (key.expiresAt !== undefined && key.expiresAt <= store.now()) {
        return kit.error(401, "api_key_expired", "The API key expired; create a new one with expires_at.");
      }
      return key;
    },
    authorize: (key, operation, input) => access[operation]?.(key, input),
    checkBody: (input, shape, operation) => invalidBody(READ_AS_OBJECT.has(operation) ? bodyObject(input) : input.body, shape),
  };
}
