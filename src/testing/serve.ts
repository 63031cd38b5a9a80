/**
 * Serves a fake from its vendor's generated operations table: one MSW handler per operation, every
 * request through one guard (credential, then scope or permission, then the spec check of the body)
 * before the operation's resolver. A fake supplies only its vendor's rules and resolvers.
 */
import type { HttpHandler } from "msw";
import type { OperationMeta, Shape } from "../core/shape.js";
import type { FakeKit, RouteInput } from "./kit.js";

/** The one guard every request of a fake passes, in this order. */
export interface FakeGuard<Operation extends string, Principal> {
  /**
   * Who is calling (a token, a key): a Response (401, 429…) refuses the request. Not asked for an
   * operation the spec marks as needing no credential (`security: []`, `auth: false` in the table).
   */
  authenticate(input: RouteInput, operation: Operation): Principal | Response;
  /**
   * A Response when `principal` may not call `operation` on what `input` names (a 403, or the 404 a
   * vendor gives for what lies outside the key's reach); undefined lets it through. Skipped with
   * `authenticate`.
   */
  authorize?(principal: Principal, operation: Operation, input: RouteInput): Response | undefined;
  /** The vendor's answer to a body its spec refuses (`shape` is the operation's request shape). */
  checkBody?(input: RouteInput, shape: Shape, operation: Operation): Response | undefined;
}

/** What a resolver gets: the request plus the principal the guard let through. */
export type ServeInput<Principal> = RouteInput & { principal: Principal };

/** The principal an operation's resolver gets: none where the spec needs no credential. */
export type PrincipalOf<Meta extends OperationMeta, Principal> = Meta extends { auth: false } ? undefined : Principal;

/** One resolver per operation, typed by whether the operation is authenticated. */
export type Resolvers<Operations extends Record<string, OperationMeta>, Principal> = {
  [K in keyof Operations]: (input: ServeInput<PrincipalOf<Operations[K], Principal>>) => Response | Promise<Response>;
};

/** Where and what to serve. */
export interface ServeOptions<Operations extends Record<string, OperationMeta>, Principal> {
  kit: FakeKit;
  /** The fake's base URL, without a trailing slash. */
  baseUrl: string;
  /** The generated operations table (`operations` in the vendor's meta.ts). */
  operations: Operations;
  guard: FakeGuard<keyof Operations & string, Principal>;
  /** One per operation: the fake answers every operation its spec has. */
  resolvers: Resolvers<Operations, Principal>;
}

/** The handlers of a fake served from its operations table; paths without parameters are matched first. */
export function serveOperations<Operations extends Record<string, OperationMeta>, Principal>(
  options: ServeOptions<Operations, Principal>,
): HttpHandler[] {
  type Operation = keyof Operations & string;
  const { kit, baseUrl, operations, guard, resolvers } = options;
  // Paths without parameters go first, so e.g. /reports/search is never taken for /reports/:id.
  const byLiteralFirst = (op: Operation) => Number(operations[op]!.path.includes("{"));
  const ordered = (Object.keys(operations) as Operation[]).sort((a, b) => byLiteralFirst(a) - byLiteralFirst(b));
  return ordered.map((operation) => {
    const { method, path, request, auth } = operations[operation]!;
    const url = baseUrl + path.replace(/\{(\w+)\}/g, ":$1");
    const verb = method.toLowerCase() as Parameters<FakeKit["route"]>[1];
    const resolve = resolvers[operation] as (input: ServeInput<Principal | undefined>) => Response | Promise<Response>;
    return kit.route(operation, verb, url, (input) => {
      let principal: Principal | undefined;
      if (auth) {
        const admitted = guard.authenticate(input, operation);
        if (admitted instanceof Response) return admitted;
        const denied = guard.authorize?.(admitted, operation, input);
        if (denied) return denied;
        principal = admitted;
      }
      const invalid = request && guard.checkBody?.(input, request, operation);
      if (invalid) return invalid;
      return resolve({ ...input, principal });
    });
  });
}
