/**
 * Which permission or scope a CallMissed endpoint needs, read from the spec's `x-gates` tables (the
 * docs' Authentication page). Keys are configured in the console, so this is for checking a key's
 * settings before deploying it, or for explaining a 403.
 */
import { resourceScopeGates, resourceScopeValues, servicePermissionGates, servicePermissionValues } from "./generated/meta.js";

/** An AI service a key may call; `"*"` is all of them (the default for a new key). */
export type ServicePermission = (typeof servicePermissionValues)[number];
/** A platform resource a key may reach (`/api/v1/*`, the Usage API); `"*"` is all of them. */
export type ResourceScope = (typeof resourceScopeValues)[number];

/** Every documented service permission. */
export const servicePermissions: readonly ServicePermission[] = servicePermissionValues;
/** Every documented resource scope. */
export const resourceScopes: readonly ResourceScope[] = resourceScopeValues;
/** The permissions the Managed Voice Agent sockets and the Voice Session API need, all three. */
export const voiceAgentPermissions = /* @__PURE__ */ Object.freeze(["stt", "tts", "llm"] as const satisfies readonly ServicePermission[]);

/** What a key needs for one endpoint. Either part is absent when the docs name none for that path. */
export interface RequiredAccess {
  /** Service permissions the key must all hold (or `*`). */
  permissions: ServicePermission[];
  /** The resource scope the key must hold (or `*`). */
  scope?: ResourceScope;
}

interface Gate<T> {
  value: T;
  method: string | undefined;
  pattern: RegExp;
}

// "/v1/batches" also matches "/v1/batches/b_1" (a sub-path takes its parent's gate: an assumption in the spec).
function gatesOf<T extends string>(table: Record<T, readonly string[]>): Gate<T>[] {
  return (Object.entries(table) as Array<[T, readonly string[]]>).flatMap(([value, entries]) =>
    entries.map((entry) => {
      const [method, path] = entry.includes(" ") ? entry.split(" ", 2) : [undefined, entry];
      const template = path!.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
      return { value, method, pattern: new RegExp(`^${template}(?:/|$)`) };
    }),
  );
}

// Pure, so a bundle that never calls requiredAccess() drops the tables.
const permissionGates = /* @__PURE__ */ gatesOf<ServicePermission>(servicePermissionGates);
const scopeGates = /* @__PURE__ */ gatesOf<ResourceScope>(resourceScopeGates);

/**
 * What a key needs to call `method path` on CallMissed, from the documented tables; `undefined` when the
 * docs name no permission or scope for that path. `path` may be a full URL; its query is ignored.
 *
 * @example
 * requiredAccess("POST", "/v1/audio/speech");                     // { permissions: ["tts"] }
 * requiredAccess("GET", "/api/v1/contacts/c_1");                  // { permissions: [], scope: "contacts:read" }
 * requiredAccess("POST", "/api/v1/gateway/prompts/p_1/render");  // { permissions: [], scope: "prompts:read" }
 */
export function requiredAccess(method: string, path: string): RequiredAccess | undefined {
  if (typeof method !== "string" || typeof path !== "string") throw new TypeError("requiredAccess(method, path) takes two strings.");
  const verb = method.toUpperCase();
  const pathname = /^[a-z][a-z\d+.-]*:/i.test(path) ? new URL(path).pathname : path.split(/[?#]/, 1)[0]!;
  const permissions = [...new Set(permissionGates.filter((gate) => gate.pattern.test(pathname)).map((gate) => gate.value))];
  const scope = pickScope(
    verb,
    scopeGates.filter((gate) => gate.pattern.test(pathname)),
  );
  if (!permissions.length && !scope) return undefined;
  return scope ? { permissions, scope } : { permissions };
}

// The documented rule: a read scope for GET, a write scope for the rest, unless the docs list the method.
function pickScope(verb: string, matches: Gate<ResourceScope>[]): ResourceScope | undefined {
  const named = matches.find((gate) => gate.method === verb);
  if (named) return named.value;
  const general = matches.filter((gate) => gate.method === undefined);
  const wanted = verb === "GET" || verb === "HEAD" ? ":read" : ":write";
  return (general.find((gate) => gate.value.endsWith(wanted)) ?? general[0])?.value;
}
