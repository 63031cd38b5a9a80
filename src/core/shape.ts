/**
 * camelCase in the SDK, snake_case on the wire: the type-level mapping and the request converter `toWire`.
 * It walks the shapes that `scripts/generate.ts` derives from each spec, so it knows which objects are
 * closed (a misspelled key is an error) and which are maps (their keys are data, never renamed). Responses
 * are converted by generated code (generated/calls.ts, over wire.ts).
 */

/** Converts a snake_case string literal type to camelCase: `"inbox_read"` -> `"inboxRead"`. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** Deeply renames the keys of a wire type to camelCase. Map types (`Record<string, X>`) keep their keys. */
export type Camelize<T> = T extends readonly (infer Item)[]
  ? Camelize<Item>[]
  : T extends object
    ? { [K in keyof T as K extends string ? CamelCase<K> : K]: Camelize<T[K]> }
    : T;

/** The JSON type names a shape can carry. */
export type ShapeType = "object" | "array" | "string" | "number" | "integer" | "boolean";

/** A compact, generated summary of a JSON schema (see specs/README.md). */
export interface Shape {
  readonly type?: ShapeType;
  readonly properties?: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
  /** `additionalProperties: false`: keys outside `properties` are rejected in requests. */
  readonly closed?: boolean;
  /** A free-form map: keys are data and pass through unchanged; values follow this shape. */
  readonly map?: Shape;
  readonly items?: Shape;
  readonly enum?: readonly unknown[];
  /** `null` is allowed besides `type`. */
  readonly nullable?: boolean;
  /** Limits from the spec; the testing fakes hold request bodies to them, as the vendor does. */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
}

/** What the generator records about each operation. */
export interface OperationMeta {
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  readonly path: string;
  readonly auth: boolean;
  readonly idempotent?: boolean;
  /** The wire names of its query parameters; a key outside them is refused before the request. */
  readonly query?: readonly string[];
  readonly request?: Shape;
  /** What the response body must be at its top level (a list: and each item), checked before `decode`. */
  readonly response?: Shape;
  /** The generated wire -> camelCase converter of the response (generated/calls.ts). */
  readonly decode?: (wire: unknown) => unknown;
}

/** Merges the object shapes of an `allOf`. */
export function mergeShapes(...parts: Shape[]): Shape {
  const properties: Record<string, Shape> = {};
  const required: string[] = [];
  for (const part of parts) {
    Object.assign(properties, part.properties);
    if (part.required) required.push(...part.required);
  }
  return { type: "object", properties, required };
}

/**
 * Renames are cached, since a page of keys repeats the same few dozen names; but a server can send any
 * number of distinct keys, so each cache starts over once it holds {@link MAX_CACHED} names.
 */
const MAX_CACHED = 2_048;
const camelCache = new Map<string, string>();
const snakeCache = new Map<string, string>();

function cached(cache: Map<string, string>, key: string, convert: (key: string) => string): string {
  let out = cache.get(key);
  if (out === undefined) {
    out = convert(key);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, out);
  }
  return out;
}

const toCamel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
const toSnake = (key: string): string => key.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);

/** `"api_key_id"` -> `"apiKeyId"`. */
export function camelCase(key: string): string {
  return cached(camelCache, key, toCamel);
}

/** `"apiKeyId"` -> `"api_key_id"`. */
export function snakeCase(key: string): string {
  return cached(snakeCache, key, toSnake);
}

// camelCase key -> wire key, per object shape; built once per shape.
const wireKeys = new WeakMap<Shape, Map<string, string>>();

function wireKeysOf(shape: Shape): Map<string, string> {
  let keys = wireKeys.get(shape);
  if (!keys) {
    keys = new Map(Object.keys(shape.properties ?? {}).map((key) => [camelCase(key), key]));
    wireKeys.set(shape, keys);
  }
  return keys;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeMatches(value: unknown, type: ShapeType | undefined): boolean {
  switch (type) {
    case undefined:
      return true;
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

const EMPTY: Shape = {};

/** Sets `key` as an own data property: assigning `__proto__` would replace the object's prototype instead. */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * Converts a camelCase request value to its wire form and checks it against the shape, so that input
 * TypeScript could not see (plain JavaScript callers) fails before anything is sent.
 * @throws TypeError naming the field, what was wrong and, for unknown keys, the valid ones.
 */
export function toWire(value: unknown, shape: Shape = EMPTY, path = "body"): unknown {
  if (value === undefined || value === null) return value;
  if (!typeMatches(value, shape.type)) {
    throw new TypeError(`${path} must be ${describeType(shape.type)}, got ${describeValue(value)}.`);
  }
  if (shape.enum && !shape.enum.includes(value)) {
    throw new TypeError(`${path} must be one of ${shape.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}.`);
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => toWire(item, shape.items, `${path}[${index}]`));
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  if (shape.map) {
    for (const key in value) setOwn(out, key, toWire(value[key], shape.map, `${path}.${key}`));
    return out;
  }
  const known = shape.properties ? wireKeysOf(shape) : undefined;
  for (const key in value) {
    const wireKey = known?.get(key);
    if (wireKey === undefined && shape.closed) {
      const valid = [...known!.keys()].join(", ");
      throw new TypeError(`${path}.${key} is not a known field. Valid fields: ${valid}.`);
    }
    const child = wireKey === undefined ? undefined : shape.properties![wireKey];
    const converted = toWire(value[key], child, `${path}.${key}`);
    if (converted !== undefined) setOwn(out, wireKey ?? snakeCase(key), converted);
  }
  for (const required of shape.required ?? []) {
    if (out[required] === undefined) throw new TypeError(`${path}.${camelCase(required)} is required.`);
  }
  return out;
}

/** Says how a response body differs from what the spec promises at its top level, or `undefined` if it fits. */
export function describeMismatch(value: unknown, shape: Shape | undefined): string | undefined {
  if (!shape) return undefined;
  if (!typeMatches(value, shape.type)) return `expected ${describeType(shape.type)}, got ${describeValue(value)}`;
  // A top-level list is checked item by item: wrappers map over it (e.g. CallMissed's key list).
  if (Array.isArray(value) && shape.items) {
    for (let i = 0; i < value.length; i++) {
      const problem = describeMismatch(value[i], shape.items);
      if (problem) return `item ${i}: ${problem}`;
    }
  }
  if (!isPlainObject(value)) return undefined;
  const missing = (shape.required ?? []).filter((key) => value[key] === undefined);
  return missing.length ? `expected an object with ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} missing` : undefined;
}

function describeType(type: ShapeType | undefined): string {
  return type === "object" ? "an object" : type === "array" ? "an array" : type === "integer" ? "an integer" : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  // Dates are ISO strings here, on input as on output (README, "Dates").
  if (value instanceof Date) return "a Date (write date.toISOString())";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : undefined;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;

/** The camelCase JSON request body of an openapi-typescript operation. */
export type RequestBody<Op> = Op extends { requestBody?: infer Body } ? Camelize<JsonOf<NonNullable<Body>>> : never;
/** The camelCase JSON body of an operation's success response (`undefined` when it has none). */
export type ResponseBody<Op> = Op extends { responses: infer R } ? Camelize<JsonOf<R[Extract<keyof R, SuccessStatus>]>> : never;
/** The camelCase query parameters of an operation. */
export type QueryParams<Op> = Op extends { parameters: { query?: infer Query } } ? Camelize<NonNullable<Query>> : never;
