/**
 * The CallMissed fake's guard: the key (Bearer or `x-api-key`), its expiry, its domain allowlist, then its
 * RPM. Our spec gives no per-operation permission for the model list, so the key check is the whole guard.
 */
import type { operations } from "../../../callmissed/generated/meta.js";
import { createWindowCounter, type FakeKit } from "../../kit.js";
import type { FakeGuard } from "../../serve.js";
import type { Store } from "./state.js";
import type { CallMissedFakeKey } from "./types.js";

/** The fake's one guard: the key that may call, or the 401/403/429 to answer. */
export function createGuard(store: Store, kit: FakeKit): FakeGuard<keyof typeof operations, CallMissedFakeKey> {
  return {
    authenticate({ request }) {
      const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
      // Both header styles work on the Anthropic-compatible surface, the only one this fake serves.
      const secret = bearer ?? request.headers.get("x-api-key")?.trim();
      if (!secret) return kit.error(401, "invalid_api_key", "Missing API key. Send Authorization: Bearer cm_... or x-api-key.");
      const key = store.liveKey(secret);
      if (!key) return kit.error(401, "invalid_api_key", "Invalid API key: unknown or revoked.");
      if (key.expiresAt !== null && kit.clock.now() >= key.expiresAt) {
        return kit.error(401, "api_key_expired", "This API key has expired. Create a new one in the console.");
      }
      // The allowlist is for browser use, so only a request that names its Origin is checked (an assumption).
      const origin = request.headers.get("origin");
      if (origin && !key.allowedDomains.some((domain) => domain === "*" || domain === origin || domain === hostOf(origin))) {
        return kit.error(403, "domain_not_allowed", "The request origin is not in this key's domain allowlist.");
      }
      let window = store.windows.get(key.id);
      if (!window) {
        window = createWindowCounter(key.rateLimitRpm, 60_000, kit.clock);
        store.windows.set(key.id, window);
      }
      if (!window.hit(key.id).allowed) {
        // The inference surface sends no Retry-After on an RPM 429 (rate-limits page): the client backs off.
        return kit.error(429, "rate_limit_exceeded", `Rate limit exceeded: ${key.rateLimitRpm} requests per minute for this key.`);
      }
      return key;
    },
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
