/**
 * The Communal fake's resolvers: users (get, update), parent programs (list, options, get) and user
 * memberships (list with Laravel's filters, get). Member keys act only on their own user and memberships.
 */
import { operations } from "../../../communal/generated/meta.js";
import { camelCase, toWire } from "../../../core/shape.js";
import { json, type FakeKit, type RouteInput } from "../../kit.js";
import type { ServeInput } from "../../serve.js";
import type { Admitted, OperationId } from "./guard.js";
import { membershipQueryErrors, updateErrors } from "./rules.js";
import type { Store } from "./state.js";
import type { CommunalFakeMembership, CommunalFakeParentProgram, CommunalFakeUser } from "./types.js";
import { laravelPage, MESSAGES, toUserResource, validationBody, versionOnly } from "./wire.js";

const pageOf = (url: URL, name: string) => Math.max(1, Number.parseInt(url.searchParams.get(name) ?? "1", 10) || 1);
const membershipOut = (m: CommunalFakeMembership) => toWire(m, operations.getUserMembership.response);

/** Communal leaves registration opportunities out unless `include=programs` is sent. */
function programOut(program: CommunalFakeParentProgram, url: URL): unknown {
  const wire = toWire(program, operations.getParentProgram.response) as Record<string, unknown>;
  if (!(url.searchParams.get("include") ?? "").split(",").includes("programs")) delete wire.registration_opportunities;
  return wire;
}

/** Hands a resolver the caller and the version headers the guard settled. */
function guarded(resolve: (input: RouteInput, user: CommunalFakeUser, headers: Record<string, string>) => Response) {
  return (input: ServeInput<Admitted>): Response => resolve(input, input.principal.user, input.principal.headers);
}

/** One resolver per operation of Communal's spec. */
export function communalResolvers(store: Store, kit: FakeKit, perPage: number): Record<OperationId, (input: ServeInput<Admitted>) => Response> {
  const { state, mayActOn, hasEnded, programs } = store;
  return {
    getUser: guarded(({ params, url }, user, headers) => {
      const target = state.users.get(Number(params.user));
      if (!mayActOn(user, Number(params.user))) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      if (!target) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      const include = (url.searchParams.get("include") ?? "").split(",");
      return json(toUserResource(target, include.includes("family")), 200, headers);
    }),
    updateUser: guarded(({ params, body, bodyIsJson }, user, headers) => {
      const id = Number(params.user);
      if (!mayActOn(user, id)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      const target = state.users.get(id);
      if (!target) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      const errors = updateErrors(bodyIsJson ? body : undefined, id, state.users.values());
      if (errors) return json(validationBody(errors), 422, versionOnly(headers));
      // Fields outside the writable set are ignored, as Laravel's validated() input drops them.
      const writable = operations.updateUser.request?.properties ?? {};
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (key in writable && key !== "custom_form") (target as Record<string, unknown>)[camelCase(key)] = value;
      }
      target.name = [target.firstName, target.lastName].filter(Boolean).join(" ");
      target.updatedAt = new Date(kit.clock.now()).toISOString();
      return json(toWire(target, operations.updateUser.response), 200, headers);
    }),
    listParentPrograms: guarded(({ url }, _user, headers) => {
      return json(
        laravelPage(programs(), pageOf(url, "page"), perPage, (p) => programOut(p, url)),
        200,
        headers,
      );
    }),
    listParentProgramOptions: guarded(({ url }, _user, headers) => {
      const option = (p: CommunalFakeParentProgram) => ({ id: p.id, title: p.title, draft: p.draft, archived_at: p.archivedAt });
      return json(laravelPage(programs(), pageOf(url, "page"), perPage, option), 200, headers);
    }),
    getParentProgram: guarded(({ params, url }, _user, headers) => {
      const program = state.parentPrograms.get(Number(params.parent_program));
      if (!program) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      return json(programOut(program, url), 200, headers);
    }),
    listUserMemberships: guarded(({ url }, user, headers) => {
      const query = url.searchParams;
      const errors = membershipQueryErrors(query);
      if (errors) return json(validationBody(errors), 422, versionOnly(headers));
      const holder = query.has("filter[user_id]") ? Number(query.get("filter[user_id]")) : undefined;
      if (holder !== undefined && !mayActOn(user, holder)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      const flag = (name: string) => (query.has(name) ? ["1", "true"].includes(query.get(name)!) : undefined);
      const [active, ended] = [flag("filter[active]"), flag("filter[expired]")];
      const [after, before] = ["filter[expires_starting_at]", "filter[expires_ending_at]"].map((name) =>
        query.has(name) ? Date.parse(query.get(name)!) : undefined,
      );
      const endsWithin = (m: CommunalFakeMembership) =>
        (after === undefined && before === undefined) ||
        (m.endsAt !== null && Date.parse(m.endsAt) >= (after ?? -Infinity) && Date.parse(m.endsAt) <= (before ?? Infinity));
      const matching = [...state.memberships.values()]
        .filter((m) => (user.manager || m.userId === user.id) && (holder === undefined || m.userId === holder))
        .filter((m) => (active === undefined || (m.status === "active" && !hasEnded(m)) === active) && (ended === undefined || hasEnded(m) === ended))
        .filter(endsWithin)
        .sort((a, b) => a.id - b.id);
      const size = Number(query.get("page[size]") ?? perPage);
      return json(laravelPage(matching, pageOf(url, "page[number]"), size, membershipOut), 200, headers);
    }),
    getUserMembership: guarded(({ params }, user, headers) => {
      const membership = state.memberships.get(Number(params.user_membership));
      if (!membership) return kit.error(404, "not_found", MESSAGES[404]!, versionOnly(headers));
      if (!mayActOn(user, membership.userId)) return kit.error(403, "forbidden", MESSAGES[403]!, versionOnly(headers));
      return json(membershipOut(membership), 200, headers);
    }),
  };
}
