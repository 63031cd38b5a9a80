/**
 * Schema normalisation: following `$ref`s, reading nullability however it is spelled (OpenAPI 3.0
 * `nullable`, 3.1 `type: [X, "null"]`, a null member of `anyOf`/`oneOf`) and merging `allOf` into one view.
 */
import { resolvePointer } from "../lib/openapi.js";
import { arrayOf, canonical, child, componentCtx, type Ctx, isRecord, type Json, MAX_DEPTH, rec } from "./model.js";

/** A schema position after following `$ref`s and removing nullable wrappers. */
export interface Unwrapped {
  schema: Json;
  /** The last component the chain entered, if any. */
  ref?: string;
  /** Null allowed by wrappers at the position itself (outside any component). */
  outerNullable: boolean;
  /** Null allowed inside the referenced component. */
  innerNullable: boolean;
}

function isNullSchema(node: unknown): boolean {
  if (!isRecord(node)) return false;
  return node.type === "null" || (Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null);
}

function allowsNullItself(node: Json): boolean {
  return node.nullable === true || arrayOf(node.type).includes("null") || arrayOf(node.enum).includes(null);
}

/** Follows `$ref`s and strips nullability, so every spelling of "nullable X" reads the same. */
export function unwrap(doc: Json, raw: unknown): Unwrapped {
  const result: Unwrapped = { schema: {}, outerNullable: false, innerNullable: false };
  const markNullable = (): void => {
    if (result.ref === undefined) result.outerNullable = true;
    else result.innerNullable = true;
  };
  const seen = new Set<string>();
  let node = raw;
  for (let depth = 0; depth < MAX_DEPTH && isRecord(node); depth++) {
    if (allowsNullItself(node)) markNullable();
    if (typeof node.$ref === "string") {
      if (seen.has(node.$ref)) break;
      seen.add(node.$ref);
      result.ref = node.$ref;
      node = resolvePointer(doc, node.$ref);
      continue;
    }
    const key = Array.isArray(node.anyOf) ? "anyOf" : Array.isArray(node.oneOf) ? "oneOf" : undefined;
    const members = key ? arrayOf(node[key]) : [];
    const nonNull = members.filter((m) => !isNullSchema(m));
    if (key && nonNull.length < members.length) markNullable();
    if (key && nonNull.length === 1) {
      node = nonNull[0];
      continue;
    }
    result.schema = key && nonNull.length < members.length ? { ...node, [key]: nonNull } : node;
    break;
  }
  return result;
}

/** A property as declared: its raw schema and the schema it is declared in (an `allOf` member keeps its own). */
export interface Slot {
  raw: unknown;
  owner: Ctx;
}

/** A schema's shape with `allOf` merged in. `types` undefined means unconstrained. */
export interface View {
  schema: Json;
  types?: Set<string>;
  enumValues?: unknown[];
  /** The `oneOf`/`anyOf` alternatives (two or more), raw. */
  variants?: unknown[];
  properties: Map<string, Slot>;
  required: Set<string>;
  items?: unknown;
  values?: Json;
  closed: boolean;
  /** Validation keywords (maxLength, pattern, ...) from the schema and its `allOf` members; first one wins. */
  constraints: Json;
}

/** The validation keywords the constraints family compares. */
export const CONSTRAINT_KEYS = [
  "maxLength",
  "maxItems",
  "maxProperties",
  "maximum",
  "exclusiveMaximum",
  "minLength",
  "minItems",
  "minProperties",
  "minimum",
  "exclusiveMinimum",
  "pattern",
  "multipleOf",
  "uniqueItems",
  "format",
] as const;

function declaredTypes(schema: Json): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  const all = arrayOf(schema.type).length > 0 ? arrayOf(schema.type) : [schema.type];
  const types = all.filter((t): t is string => typeof t === "string");
  const withoutNull = types.filter((t) => t !== "null");
  return new Set(withoutNull.length > 0 ? withoutNull : types);
}

function enumOf(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v) => v !== null);
  return schema.const === undefined ? undefined : [schema.const];
}

/** The alternatives of a `oneOf`/`anyOf` with two or more members, else none. */
export function variantsOf(schema: Json): unknown[] {
  const members = arrayOf(schema.anyOf).length > 0 ? arrayOf(schema.anyOf) : arrayOf(schema.oneOf);
  return members.length >= 2 ? members : [];
}

/**
 * Whether a composed schema is only a list of types (`anyOf: [{type: number}, {type: string}]`): the same
 * union as `type: [number, string]`, so the two spellings compare by their type sets, not as alternatives.
 */
export function isTypeUnion(view: View): boolean {
  const bare = (member: unknown) =>
    isRecord(member) && typeof member.type === "string" && Object.keys(member).every((k) => ["type", "description", "title"].includes(k));
  return view.variants?.every(bare) ?? false;
}

/** A stable key for an alternative: its `$ref`, or its canonical JSON. */
export function variantKey(member: unknown): string {
  return isRecord(member) && typeof member.$ref === "string" ? member.$ref : canonical(member);
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return value === null ? "null" : typeof value;
}

function inferTypes(doc: Json, view: View, seen: Set<string>): Set<string> | undefined {
  if (view.properties.size > 0 || view.values || view.closed) return new Set(["object"]);
  if (view.items !== undefined) return new Set(["array"]);
  if (view.enumValues) return new Set(view.enumValues.map(jsonType));
  if (!view.variants) return undefined;
  const types = new Set<string>();
  for (const member of view.variants) {
    const unwrapped = unwrap(doc, member);
    const memberSeen = new Set(seen);
    if (unwrapped.ref !== undefined) {
      if (seen.has(unwrapped.ref)) return undefined;
      memberSeen.add(unwrapped.ref);
    }
    const memberTypes = buildView(doc, unwrapped.schema, componentCtx("#"), memberSeen).types;
    if (!memberTypes) return undefined;
    for (const t of memberTypes) types.add(t);
  }
  return types;
}

function mergeInto(target: View, source: View): void {
  target.types ??= source.types;
  target.enumValues ??= source.enumValues;
  target.variants ??= source.variants;
  for (const [name, slot] of source.properties) if (!target.properties.has(name)) target.properties.set(name, slot);
  for (const name of source.required) target.required.add(name);
  target.items ??= source.items;
  target.values ??= source.values;
  target.closed ||= source.closed;
  for (const [key, value] of Object.entries(source.constraints)) if (!(key in target.constraints)) target.constraints[key] = value;
}

/** The merged shape of `schema` (already unwrapped); properties are owned by `owner` unless an `allOf` member says otherwise. */
export function buildView(doc: Json, schema: Json, owner: Ctx, seen = new Set<string>()): View {
  const variants = variantsOf(schema);
  const view: View = {
    schema,
    types: declaredTypes(schema),
    enumValues: enumOf(schema),
    variants: variants.length > 0 ? variants : undefined,
    properties: new Map(Object.entries(rec(schema.properties)).map(([name, raw]) => [name, { raw, owner }])),
    required: new Set(arrayOf(schema.required).filter((r): r is string => typeof r === "string")),
    items: schema.items,
    values: isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined,
    closed: schema.additionalProperties === false,
    constraints: Object.fromEntries(CONSTRAINT_KEYS.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]])),
  };
  arrayOf(schema.allOf).forEach((member, index) => {
    const unwrapped = unwrap(doc, member);
    if (unwrapped.ref !== undefined) {
      if (seen.has(unwrapped.ref)) return;
      seen.add(unwrapped.ref);
    }
    const memberOwner =
      unwrapped.ref !== undefined ? componentCtx(unwrapped.ref) : { ...owner, pointer: child(owner.pointer, "allOf", String(index)) };
    mergeInto(view, buildView(doc, unwrapped.schema, memberOwner, seen));
  });
  view.types ??= inferTypes(doc, view, seen);
  return view;
}

/** A type set as text: `integer | string`, or `any` when unconstrained. */
export function formatTypes(types: Set<string> | undefined): string {
  return types ? [...types].sort().join(" | ") : "any";
}

/** Whether every value of type set `inner` is also allowed by `outer`. */
export function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return [...inner].every((t) => outer.has(t) || (t === "integer" && outer.has("number")));
}

/** Whether the view may describe an object (so its properties are worth comparing). */
export function mayBeObject(view: View): boolean {
  return !view.types || view.types.has("object");
}
