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
  /** Who is calling (a token, a key): a Response (401, 429…) refuses the request. */
  authenticate(input: RouteInput, operation: Operation): Principal | Response;
  /** A Response (403) when `principal` may not call `operation`; undefined lets it through. */
  authorize?(principal: Principal, operation: Operation): Response | undefined;
  /** The vendor's answer to a body its spec refuses (`shape` is the operation's request shape). */
  checkBody?(input: RouteInput, shape: Shape, operation: Operation): Response | undefined;
}

/** What a resolver gets: the request plus the principal the guard let through. */
export type ServeInput<Principal> = RouteInput & { principal: Principal };

/** Where and what to serve. */
export interface ServeOptions<Operation extends string, Principal> {
  kit: FakeKit;
  /** The fake's base URL, without a trailing slash. */
  baseUrl: string;
  /** The generated operations table (`operations` in the vendor's meta.ts). */
  operations: Record<Operation, OperationMeta>;
  guard: FakeGuard<Operation, Principal>;
  /** One per operation: the fake answers every operation its spec has. */
  resolvers: Record<Operation, (input: ServeInput<Principal>) => Response | Promise<Response>>;
}

/** The handlers of a fake served from its operations table; paths without parameters are matched first. */
export function serveOperations<Operation extends string, Principal>(
  options: ServeOptions<Operation, Principal>,
): HttpHandler[] {
  const { kit, baseUrl, operations, guard, resolvers } = options;
  // Paths without parameters go first, so e.g. /reports/search is never taken for /reports/:id.
  const byLiteralFirst = (op: Operation) => Number(operations[op].path.includes("{"));
  const ordered = (Object.keys(operations) as Operation[]).sort((a, b) => byLiteralFirst(a) - byLiteralFirst(b));
  return ordered.map((operation) => {
    const { method, path, request } = operations[operation];
    const url = baseUrl + path.replace(/\{(\w+)\}/g, ":$1");
    const verb = method.toLowerCase() as Parameters<FakeKit["route"]>[1];
    return kit.route(operation, verb, url, (input) => {
      const principal = guard.authenticate(input, operation);
      if (principal instanceof Response) return principal;
      const denied = guard.authorize?.(principal, operation);
      if (denied) return denied;
      const invalid = request && guard.checkBody?.(input, request, operation);
      if (invalid) return invalid;
      return resolvers[operation]({ ...input, principal });
    });
  });
}
