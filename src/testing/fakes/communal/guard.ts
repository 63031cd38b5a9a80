/**
 * The Communal fake's guard: the `X-Api-Version` check first (the docs: an unsupported version fails
 * "before any authentication"), then the key. Per-record 403s and 404s stay in the resolvers, in the
 * order Communal's docs give them.
 */
import type { operations } from "../../../communal/generated/meta.js";
import { bearerToken, json, type FakeClock, type FakeKit } from "../../kit.js";
import type { FakeGuard } from "../../serve.js";
import type { Store } from "./state.js";
import type { CommunalFakeUser, CommunalFakeVersions } from "./types.js";
import { MESSAGES, versionOnly } from "./wire.js";

/** An operation of Communal's spec. */
export type OperationId = keyof typeof operations;
/** Who the guard let through, and the version headers every answer carries. */
export type Admitted = { user: CommunalFakeUser; headers: Record<string, string> };

/** True once a deprecated version's sunset day has passed on the fake's clock. */
export function isPastSunset(sunset: string | undefined, clock: FakeClock): boolean {
  return sunset !== undefined && clock.now() > Date.parse(`${sunset}T23:59:59Z`);
}

/** The fake's one guard, for the versions it serves. */
export function createGuard(store: Store, kit: FakeKit, given: CommunalFakeVersions = {}): FakeGuard<OperationId, Admitted> {
  const versions = {
    current: given.current ?? "2026-08-25",
    supported: given.supported ?? ["2026-02-01", "2026-03-25", "2026-08-25"],
    deprecated: given.deprecated ?? {},
  };
  const liveVersions = () => versions.supported.filter((v) => !isPastSunset(versions.deprecated[v], kit.clock));

  return {
    authenticate({ request }) {
      const asked = request.headers.get("x-api-version") ?? request.headers.get("api-version");
      const version = asked ?? versions.current;
      if (!versions.supported.includes(version) || isPastSunset(versions.deprecated[version], kit.clock)) {
        return json({ message: "Unsupported API version.", supported_versions: liveVersions() }, 400);
      }
      const headers: Record<string, string> = { "X-Api-Version": version, "X-Api-Version-Source": asked ? "header" : "default" };
      const sunset = versions.deprecated[version];
      if (sunset) {
        headers["X-Api-Version-Warning"] = `Requested API version is deprecated. Sunset date: ${sunset}`;
        headers.Sunset = sunset;
      }
      const token = bearerToken(request);
      const userId = token === undefined ? undefined : store.state.apiKeys.get(token);
      const user = userId === undefined ? undefined : store.state.users.get(userId);
      if (!user) return kit.error(401, "unauthenticated", MESSAGES[401]!, versionOnly(headers));
      return { headers, user };
    },
  };
}
