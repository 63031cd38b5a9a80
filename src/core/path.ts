/**
 * Path parameters, each confined to its one segment: an id from a user must not climb to another route
 * (`".."` turning a key delete into an organization-level one) or empty a segment (`""` addressing the
 * collection). openapi-fetch's own serializer encodes values but lets those through and writes arrays and
 * objects as lists, so both `call()` and `http` use this one instead.
 */

const PARAM = /\{([^{}]+)\}/g;

/**
 * Fills `{name}` in `pathname` with `params[name]`, percent-encoded as one segment.
 * @throws TypeError naming the parameter, before any request, for a missing value, a value that is not a
 * string or finite number, or one of `""`, `"."` and `".."`.
 */
export function segmentPathSerializer(pathname: string, params: Record<string, unknown> | undefined): string {
  return pathname.replace(PARAM, (_, name: string) => {
    const value = params?.[name];
    if (typeof value === "number" && Number.isFinite(value)) return encodeURIComponent(String(value));
    if (typeof value !== "string") {
      const got = value === undefined ? "nothing" : value === null ? "null" : typeof value === "object" ? "an object" : `a ${typeof value}`;
      throw new TypeError(`Path parameter ${name} must be a string or a finite number, got ${got}.`);
    }
    if (value === "" || value === "." || value === "..") {
      throw new TypeError(`Path parameter ${name} must be a non-empty id, got ${JSON.stringify(value)}, which would not stay in its path segment.`);
    }
    return encodeURIComponent(value);
  });
}
