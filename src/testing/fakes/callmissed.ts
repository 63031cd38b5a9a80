/**
 * A stateful fake of CallMissed's key surface for MSW, after its October 2026 docs: `cm_` keys made in the
 * console (here `issueKey()`), sent as Bearer or `x-api-key`; an optional expiry of 1-365 days on the
 * fake's clock (401 `api_key_expired`); revocation and rotation (401 `invalid_api_key` for the old
 * secret); the key's domain allowlist (403 `domain_not_allowed`); per-key RPM (429 `rate_limit_exceeded`, no `Retry-After` on the inference surface); and the
 * model list, the one operation of our spec. Errors use the OpenAI envelope the inference surface sends.
 * Served from the generated operations table (see ../serve.ts).
 */
import { operations, servers } from "../../callmissed/generated/meta.js";
import { createKit, json, randomSecret } from "../kit.js";
import { serveOperations } from "../serve.js";
import { createGuard } from "./callmissed/guard.js";
import { createStore } from "./callmissed/state.js";
import type { CallMissedFake, CallMissedFakeOptions } from "./callmissed/types.js";
import { DEFAULT_MODELS, errorEnvelope, modelPage } from "./callmissed/wire.js";

export type * from "./callmissed/types.js";

/** Creates a fake CallMissed API; see {@link CallMissedFake}. */
export function createCallMissedFake(options: CallMissedFakeOptions = {}): CallMissedFake {
  const baseUrl = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody: errorEnvelope });
  const models = structuredClone(options.models ?? DEFAULT_MODELS);
  const store = createStore(options, kit);
  const guard = createGuard(store, kit);
  const handlers = serveOperations({ kit, baseUrl, operations, guard, resolvers: { listModels: () => json(modelPage(models)) } });

  return {
    ...kit.fake(handlers, store.state, store.seed),
    issueKey(fields) {
      return store.addKey(fields).secret;
    },
    rotateKey(secret) {
      const key = store.keyBySecret(secret);
      // The docs give "within about a minute" and no overlap; the fake takes the strict end: at once.
      key.secret = randomSecret("cm_");
      return key.secret;
    },
    revokeKey(secret) {
      store.keyBySecret(secret).revoked = true;
    },
  };
}
