/**
 * A stateful MSW fake of Comma's REST API, built from specs/comma.yaml and Comma's token page: scoped,
 * expiring `comma_sk_` tokens, the per-token sliding-window limit, and reports with revisions, sharing
 * and comments held in memory. Served from the generated operations table (see ../serve.ts).
 */
import { operations, servers } from "../../comma/generated/meta.js";
import { createKit } from "../kit.js";
import { serveOperations } from "../serve.js";
import { createGuard } from "./comma/guard.js";
import { commaResolvers } from "./comma/routes.js";
import { createStore } from "./comma/state.js";
import type { CommaFake, CommaFakeOptions } from "./comma/types.js";

export type * from "./comma/types.js";

/**
 * Creates a Comma fake. Its default base URL is the client's, so `new CommaClient({ apiKey })` talks to it.
 * @example
 * const comma = createCommaFake();
 * server.use(...comma.handlers);
 * const client = new CommaClient({ apiKey: comma.issueToken({ scopes: ["reports:read"] }) });
 */
export function createCommaFake(options: CommaFakeOptions = {}): CommaFake {
  const baseUrl = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody: (_status, _code, message) => ({ error: message }) });
  const store = createStore(options, kit);
  const guard = createGuard(store, kit);
  const resolvers = commaResolvers(store, kit, baseUrl);
  const handlers = serveOperations({ kit, baseUrl, operations, guard, resolvers });
  return {
    ...kit.fake(handlers, store.state, store.seed),
    baseUrl,
    issueToken: store.issueToken,
    revokeToken: store.revokeToken,
    setReviewStatus: store.setReviewStatus,
  };
}
