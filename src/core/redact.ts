/**
 * What keeps secrets out of errors: every string kept on an error is scrubbed of every token the client
 * has sent, and session cookies are never kept at all.
 */

/** Response headers as a plain object, without `set-cookie` (session material has no place in logs). */
export function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  return out;
}

/** Deeper than this, a kept error body is cut: a hostile body must not overflow the stack. */
const MAX_KEPT_DEPTH = 100;

/**
 * Replaces every occurrence of each secret in every string of `value` (deeply) with `[redacted]`.
 * Parts nested deeper than {@link MAX_KEPT_DEPTH} levels are replaced by a note. Objects are copied with
 * their own keys as data (a `__proto__` key stays a key) and keep a null prototype where they had one.
 */
export function scrub<T>(value: T, secrets: readonly string[], depth = 0): T {
  if (depth > MAX_KEPT_DEPTH) return "[omitted: nested too deeply]" as T;
  if (typeof value === "string") {
    let out: string = value;
    for (const secret of secrets) if (secret) out = out.split(secret).join("[redacted]");
    return out as T;
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets, depth + 1)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, scrub(key, secrets), {
        value: scrub(item, secrets, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}
