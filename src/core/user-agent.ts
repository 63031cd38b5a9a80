/**
 * The `User-Agent` every request carries where the runtime lets us set one, so a vendor can tell our
 * traffic apart when a user reports a problem: `vendor-auth/<version> (<vendor>; <runtime>/<version>)`,
 * then the caller's own product token (`appInfo`), as Stripe's SDK does.
 */
declare const __VENDOR_AUTH_VERSION__: string | undefined;

/** This package's version, set at build time ("dev" when run from source). */
export const VERSION = typeof __VENDOR_AUTH_VERSION__ === "string" ? __VENDOR_AUTH_VERSION__ : "dev";

/** Your product, appended to the User-Agent: `name/version (url)`. */
export interface AppInfo {
  /** Your product's name: letters, digits, `.`, `_`, `-`. */
  name: string;
  /** Its version. */
  version?: string;
  /** Where to learn about it. */
  url?: string;
}

/** The globals a runtime is recognised by. */
export type Runtime = { Deno?: { version?: { deno?: string } }; process?: { versions?: Record<string, string | undefined> } };

/** `deno/…`, `bun/…` or `node/…`; undefined elsewhere (browsers forbid setting User-Agent, so we skip it). */
export function runtimeToken(scope: Runtime = globalThis as Runtime): string | undefined {
  const versions = scope.process?.versions;
  if (scope.Deno?.version?.deno) return `deno/${scope.Deno.version.deno}`;
  if (versions?.bun) return `bun/${versions.bun}`;
  return versions?.node ? `node/${versions.node}` : undefined;
}

/** The User-Agent for `vendor`, or undefined where the runtime does not let us set it. */
export function userAgent(vendor: string, app?: AppInfo, scope: Runtime = globalThis as Runtime): string | undefined {
  const runtime = runtimeToken(scope);
  if (!runtime) return undefined;
  const own = `vendor-auth/${VERSION} (${vendor.toLowerCase()}; ${runtime})`;
  if (!app) return own;
  if (typeof app.name !== "string" || !/^[\w.-]+$/.test(app.name)) {
    throw new TypeError("appInfo.name must be a product name of letters, digits, '.', '_' or '-', such as \"my-app\".");
  }
  return `${own} ${app.name}${app.version ? `/${app.version}` : ""}${app.url ? ` (${app.url})` : ""}`;
}
