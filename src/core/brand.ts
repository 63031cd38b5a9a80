/**
 * Brands that let two copies of this package (an ESM and a CJS copy, or two installs) recognise each other's
 * errors: a class states its kind under a `Symbol.for` key, and each error carries the kinds of its class
 * chain. `errors.ts` uses them for `instanceof`; the `isX` guards below are built on them too.
 */
import type { ApiError, ConnectionError, RateLimitError, TimeoutError, VendorAuthError } from "./errors.js";

/** Registry key of a class's own kind (a static field). */
export const KIND = Symbol.for("vendor-auth.kind");
/** Registry key of an error's kinds, its class's and every ancestor's (the brand). */
export const KINDS = Symbol.for("vendor-auth.kinds");

/** True when `value` carries the brand of `kind`, whichever copy of the package made it. */
export function hasKind(value: unknown, kind: string): boolean {
  const kinds = typeof value === "object" && value !== null ? (value as { [KINDS]?: unknown })[KINDS] : undefined;
  return Array.isArray(kinds) && kinds.includes(kind);
}

/** The kinds of `Class` and its ancestors: set as data in the constructor, so branding has no side effect. */
// biome-ignore lint/complexity/noBannedTypes: any class, ours or a user's subclass of ours.
export function kindsOf(Class: Function): string[] {
  const kinds: string[] = [];
  for (let at = Class; at !== Error && at; at = Object.getPrototypeOf(at)) {
    if (Object.hasOwn(at, KIND)) kinds.push((at as unknown as { [KIND]: string })[KIND]);
  }
  return kinds;
}

/** True for any error this package throws, even one from another copy of the package. */
export const isVendorAuthError = (error: unknown): error is VendorAuthError => hasKind(error, "VendorAuthError");
/** True for an error built from a response (any status class), even from another copy of the package. */
export const isApiError = (error: unknown): error is ApiError => hasKind(error, "ApiError");
/** True for a 429, even from another copy of the package. */
export const isRateLimitError = (error: unknown): error is RateLimitError => hasKind(error, "RateLimitError");
/** True when no response came (network), even from another copy of the package. */
export const isConnectionError = (error: unknown): error is ConnectionError => hasKind(error, "ConnectionError");
/** True for a timed-out attempt, even from another copy of the package. */
export const isTimeoutError = (error: unknown): error is TimeoutError => hasKind(error, "TimeoutError");
