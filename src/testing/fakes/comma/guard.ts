/**
 * The Comma fake's guard, in the order every request meets it: the token (401), the per-token window
 * (429), the operation's scope (403), then the body against the operation's shape and the 5 MB html cap (400).
 */
import type { CommaScope } from "../../../comma/client.js";
import { type operations, requiredScopes } from "../../../comma/generated/meta.js";
import type { Shape } from "../../../core/shape.js";
import { bearerToken, type FakeKit } from "../../kit.js";
import type { FakeGuard } from "../../serve.js";
import { validateBody } from "../../validate.js";
import type { Store } from "./state.js";
import type { CommaFakeToken } from "./types.js";

/** An operation of Comma's spec. */
export type OperationId = keyof typeof operations;

/** The largest report HTML Comma accepts, in bytes. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;

/** The fake's one guard: the token that may call, or the 400/401/403/429 to answer. */
export function createGuard(store: Store, kit: FakeKit): FakeGuard<OperationId, CommaFakeToken> {
  return {
    authenticate({ request }) {
      const secret = bearerToken(request);
      if (!secret) return kit.error(401, "unauthorized", "Missing bearer token");
      const token = store.state.tokens.find((t) => t.secret === secret);
      if (!token) return kit.error(401, "unauthorized", "Invalid token");
      const expired = token.expiresAt !== null && Date.parse(token.expiresAt) <= kit.clock.now();
      if (expired) return kit.error(401, "unauthorized", "Token expired");
      const slot = store.hit(token.id);
      const retryAfter = slot.allowed ? undefined : String(slot.retryAfterSeconds);
      if (retryAfter) return kit.error(429, "rate_limited", "Rate limit exceeded", { "Retry-After": retryAfter });
      store.state.usage.requests += 1;
      return token;
    },
    authorize(token, operation) {
      const scope = (requiredScopes as Partial<Record<OperationId, CommaScope>>)[operation];
      if (scope && !token.scopes.includes(scope)) return kit.error(403, "forbidden", `Token missing scope: ${scope}`);
      return undefined;
    },
    checkBody(input, shape) {
      const problem = input.bodyIsJson ? bodyProblem(input.body, shape) : "Request body is not valid JSON";
      return problem ? kit.error(400, "bad_request", problem) : undefined;
    },
  };
}

/** The first problem of a request body against the operation's generated shape, plus the 5 MB html cap. */
function bodyProblem(body: unknown, shape: Shape): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "Request body must be a JSON object";
  const [problem] = validateBody(body, shape);
  if (problem) return `${problem.path.join(".")} ${problem.message}`;
  const fields = body as Record<string, unknown>;
  if (typeof fields.html === "string" && new TextEncoder().encode(fields.html).length > MAX_HTML_BYTES) return "html exceeds 5 MB";
  return undefined;
}
