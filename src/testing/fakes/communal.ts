/**
 * A stateful fake of the Communal Platform API (users, user memberships and parent programs) for MSW.
 * Semantics follow Communal's published OpenAPI and docs: Bearer keys tied to a user, manager keys may act
 * on anyone while member keys only on their own user and memberships, Laravel error bodies and query
 * validation, date-based `X-Api-Version` with deprecation headers and a 400 `supported_versions` answer,
 * and Laravel pagination. Expiry of memberships is judged on the fake's clock. Served from the generated
 * operations table (see ../serve.ts).
 */
import { operations, servers } from "../../communal/generated/meta.js";
import { createKit } from "../kit.js";
import { serveOperations } from "../serve.js";
import { createGuard } from "./communal/guard.js";
import { communalResolvers } from "./communal/routes.js";
import { createStore } from "./communal/state.js";
import type { CommunalFake, CommunalFakeOptions } from "./communal/types.js";
import { errorBody } from "./communal/wire.js";

export type * from "./communal/types.js";

/** Creates a fake Communal API; see {@link CommunalFake}. */
export function createCommunalFake(options: CommunalFakeOptions = {}): CommunalFake {
  const baseUrl = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody });
  const store = createStore(options, kit);
  const guard = createGuard(store, kit, options.versions);
  const resolvers = communalResolvers(store, kit, options.perPage ?? 15);
  const handlers = serveOperations({ kit, baseUrl, operations, guard, resolvers });
  return { ...kit.fake(handlers, store.state, store.seed), issueKey: store.issueKey };
}
