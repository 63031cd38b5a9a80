/**
 * What the generated response converters (`src/<vendor>/generated/calls.ts`) share: unknown keys, maps,
 * arrays and untyped values. The converters themselves are plain code, one per response shape, written
 * by scripts/converters.ts; everything here is the slow path they fall back to.
 *
 * Two guarantees hold for any body, however hostile: no key ever reaches an object's prototype (a
 * `__proto__` key stays a key), and nesting deeper than {@link MAX_DEPTH} levels below the known shapes
 * ends in a {@link NestingError} instead of a stack overflow.
 */
import { camelCase, setOwn as put } from "./shape.js";

/** Untyped nesting a response may have below its known shapes (no documented body comes close). */
export const MAX_DEPTH = 100;

/** A response nested too deeply to convert; `call()` turns it into an `ApiError` (`unexpected_response`). */
export class NestingError extends Error {}

type Json = Record<string, unknown>;

/** A non-null object that is not an array: the only value an object converter reads. */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Any value without a known shape: every key renamed to camelCase, deeply, nothing dropped. */
export function anyFromWire(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new NestingError();
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = anyFromWire(value[i], depth + 1);
    return out;
  }
  const out: Json = {};
  for (const key in value) put(out, camelCase(key), anyFromWire((value as Json)[key], depth + 1));
  return out;
}

/**
 * Finishes an object converter: `known` holds the `count` known keys it copied; any other key of `wire`
 * is kept, renamed. Counting first keeps the common case (no unknown key) to one cheap loop.
 */
export function withUnknownKeys(wire: Json, known: Json, count: number): Json {
  let keys = 0;
  for (const _ in wire) keys++;
  if (keys === count) return known;
  for (const key in wire) {
    const name = camelCase(key);
    if (!Object.hasOwn(known, name)) put(known, name, anyFromWire(wire[key], 1));
  }
  return known;
}

/** An array whose items have a known shape (anything else is converted as untyped). */
export function arrayFromWire(value: unknown, item: (wire: unknown) => unknown): unknown {
  if (!Array.isArray(value)) return anyFromWire(value);
  const out = new Array<unknown>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
  return out;
}

/** A free-form map: its keys are data and stay as they are; its values have a known shape. */
export function mapFromWire(value: unknown, item: (wire: unknown) => unknown): unknown {
  if (!isObject(value)) return anyFromWire(value);
  const out: Json = {};
  for (const key in value) put(out, key, item(value[key]));
  return out;
}
