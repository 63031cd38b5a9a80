/**
 * Compares two OpenAPI 3.x documents at the level SDK users feel and classifies each change as breaking or
 * non-breaking.
 *
 *   tsx scripts/spec-diff.ts <old> <new> [--json]
 *
 * Prints a text report (or the change list as JSON). Exit code 1 when anything is breaking, 0 otherwise,
 * 2 on a usage or read error.
 */
import { readFileSync, realpathSync } from "node:fs";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";

/** Every rule this tool reports, with the kind of change it always is. */
export const RULES = {
  "path-removed": "breaking",
  "operation-removed": "breaking",
  "required-request-field-added": "breaking",
  "request-field-became-required": "breaking",
  "request-field-removed-closed": "breaking",
  "required-parameter-added": "breaking",
  "parameter-became-required": "breaking",
  "request-type-changed": "breaking",
  "request-enum-value-removed": "breaking",
  "response-field-removed": "breaking",
  "response-field-became-optional": "breaking",
  "response-field-became-nullable": "breaking",
  "response-type-changed": "breaking",
  "response-enum-value-added": "breaking",
  "success-status-removed": "breaking",
  "security-requirement-added": "breaking",
  "operation-added": "non-breaking",
  "optional-request-field-added": "non-breaking",
  "request-field-became-optional": "non-breaking",
  "request-field-removed": "non-breaking",
  "optional-parameter-added": "non-breaking",
  "parameter-became-optional": "non-breaking",
  "parameter-removed": "non-breaking",
  "request-type-widened": "non-breaking",
  "request-enum-value-added": "non-breaking",
  "response-field-added": "non-breaking",
  "response-field-became-required": "non-breaking",
  "response-type-narrowed": "non-breaking",
  "response-enum-value-removed": "non-breaking",
  "success-status-added": "non-breaking",
  "security-requirement-relaxed": "non-breaking",
  "docs-changed": "non-breaking",
} as const satisfies Record<string, ChangeKind>;

/** Whether SDK users must change their code (or may see new values) after the change. */
export type ChangeKind = "breaking" | "non-breaking";

/** The id of one of {@link RULES}. */
export type RuleId = keyof typeof RULES;

/** One difference between two API documents. */
export interface SpecChange {
  kind: ChangeKind;
  rule: RuleId;
  /**
   * `METHOD /path detail` (e.g. `POST /keys requestBody.permissions.inbox_read`), a component pointer
   * (`#/components/schemas/X/properties/y`), `/path`, `security` (global) or `info`.
   */
  location: string;
  message: string;
  /** For a change in a shared component schema or the global security: the operations affected. */
  operations?: string[];
}

type Json = Record<string, unknown>;
type Direction = "request" | "response";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const DOC_KEYS = ["title", "summary", "description", "example", "examples"] as const;
const MAX_DEPTH = 64;

// ---------------------------------------------------------------------------------------------------------
// Generic helpers

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function rec(value: unknown): Json {
  return isRecord(value) ? value : {};
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** JSON text with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
    ) ?? "undefined"
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function union<T>(a: Iterable<T>, b: Iterable<T>): T[] {
  return [...new Set([...a, ...b])];
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The node a local `#/...` reference points at, or undefined when it is not local or does not resolve. */
function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const segments = ref
    .slice(1)
    .split("/")
    .filter((s) => s !== "")
    .map(unescapePointer);
  let node: unknown = doc;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Follows a chain of `$ref`s to the node it ends at (a cyclic chain resolves to nothing). */
function deref(doc: Json, node: unknown): unknown {
  const seen = new Set<string>();
  let current = node;
  while (isRecord(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) return undefined;
    seen.add(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

// ---------------------------------------------------------------------------------------------------------
// Collecting and de-duplicating changes

interface Finding {
  rule: RuleId;
  location: string;
  message: string;
  /** What aspect of the location changed; one change is kept per location and facet. */
  facet: string;
  shared: boolean;
  operation?: string;
}

interface Entry {
  change: SpecChange;
  shared: boolean;
  operations: Set<string>;
  docFields?: Set<string>;
}

/**
 * Keeps one change per location and facet. A component schema is walked once per operation and direction,
 * so the same field change arrives several times; the first breaking classification wins (a field removed
 * from a schema used in requests and responses is breaking for the response side).
 */
class Collector {
  private readonly entries = new Map<string, Entry>();

  add(finding: Finding): void {
    const key = `${finding.location}\u0000${finding.facet}`;
    const change: SpecChange = {
      kind: RULES[finding.rule],
      rule: finding.rule,
      location: finding.location,
      message: finding.message,
    };
    const existing = this.entries.get(key);
    if (!existing) {
      this.entries.set(key, { change, shared: finding.shared, operations: new Set() });
    } else if (existing.change.kind === "non-breaking" && change.kind === "breaking") {
      existing.change = change;
    }
    if (finding.operation !== undefined) this.entries.get(key)?.operations.add(finding.operation);
  }

  addDocs(location: string, fields: readonly string[], shared: boolean, operation?: string): void {
    if (fields.length === 0) return;
    this.add({ rule: "docs-changed", location, message: "", facet: "docs", shared, operation });
    const entry = this.entries.get(`${location}\u0000docs`);
    if (entry) entry.docFields = new Set([...(entry.docFields ?? []), ...fields]);
  }

  changes(): SpecChange[] {
    return [...this.entries.values()].map((entry) => {
      const change = { ...entry.change };
      if (entry.docFields) change.message = `documentation changed (${[...entry.docFields].join(", ")})`;
      if (entry.shared && entry.operations.size > 0) change.operations = [...entry.operations];
      return change;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Locations

/** Where a schema sits: its location string and the wire-name path used in messages. */
interface Ctx {
  location: string;
  /** Dotted wire-name path (`permissions.inbox_read`, `ApiKeyPermissions.thread_read`); empty at a body root. */
  name: string;
  /** How messages name the root when `name` is empty (`request body`). */
  rootLabel: string;
  /** Prefix for messages, e.g. `query parameter`. */
  noun?: string;
  /** Inside a component schema: the location is the same for every operation that uses it. */
  shared: boolean;
}

function componentCtx(ref: string): Ctx {
  const segments = ref.split("/");
  const isSchema = ref.startsWith("#/components/schemas/") && segments.length === 4;
  const name = unescapePointer(isSchema ? segments[3] ?? ref : segments.at(-1) ?? ref);
  return { location: ref, name, rootLabel: name, shared: true };
}

function propertyCtx(ctx: Ctx, property: string): Ctx {
  return {
    ...ctx,
    name: ctx.name ? `${ctx.name}.${property}` : property,
    location: ctx.shared ? `${ctx.location}/properties/${escapePointer(property)}` : `${ctx.location}.${property}`,
  };
}

function itemsCtx(ctx: Ctx): Ctx {
  return { ...ctx, name: `${ctx.name}[]`, location: ctx.shared ? `${ctx.location}/items` : `${ctx.location}[]` };
}

function valuesCtx(ctx: Ctx): Ctx {
  return {
    ...ctx,
    name: `${ctx.name}.*`,
    location: ctx.shared ? `${ctx.location}/additionalProperties` : `${ctx.location}.*`,
  };
}

function nameOf(ctx: Ctx): string {
  if (!ctx.name) return ctx.rootLabel;
  return ctx.noun ? `${ctx.noun} \`${ctx.name}\`` : `\`${ctx.name}\``;
}

// ---------------------------------------------------------------------------------------------------------
// Schema normalisation

interface Unwrapped {
  /** The schema after following `$ref`s and removing nullable wrappers. */
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
  const types = arrayOf(node.type);
  return node.nullable === true || types.includes("null") || arrayOf(node.enum).includes(null);
}

/**
 * Follows `$ref`s and strips nullability: `type: [X, "null"]`, `nullable: true` and `anyOf`/`oneOf` with a
 * null member all become "nullable X".
 */
function unwrap(doc: Json, raw: unknown): Unwrapped {
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

interface Slot {
  raw: unknown;
  /** The schema the property is declared in (an `allOf` member keeps its own component). */
  owner: Ctx;
}

/** A schema's shape with `allOf` merged in. `types` undefined means unconstrained. */
interface View {
  types?: Set<string>;
  enumValues?: unknown[];
  variants?: Set<string>;
  properties: Map<string, Slot>;
  required: Set<string>;
  items?: unknown;
  values?: Json;
  closed: boolean;
}

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

function variantsOf(schema: Json): unknown[] {
  const members = arrayOf(schema.anyOf).length > 0 ? arrayOf(schema.anyOf) : arrayOf(schema.oneOf);
  return members.length >= 2 ? members : [];
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return value === null ? "null" : typeof value;
}

function inferTypes(doc: Json, schema: Json, view: View, seen: Set<string>): Set<string> | undefined {
  if (view.properties.size > 0 || view.values || view.closed) return new Set(["object"]);
  if (view.items !== undefined) return new Set(["array"]);
  if (view.enumValues) return new Set(view.enumValues.map(jsonType));
  const variants = variantsOf(schema);
  if (variants.length === 0) return undefined;
  const types = new Set<string>();
  for (const member of variants) {
    const unwrapped = unwrap(doc, member);
    const memberSeen = new Set(seen);
    if (unwrapped.ref !== undefined) {
      if (seen.has(unwrapped.ref)) return undefined;
      memberSeen.add(unwrapped.ref);
    }
    const memberTypes = buildView(doc, unwrapped.schema, componentCtx("#"), memberSeen).types;
    if (!memberTypes) return undefined;
    memberTypes.forEach((t) => types.add(t));
  }
  return types;
}

function mergeInto(target: View, source: View): void {
  target.types ??= source.types;
  target.enumValues ??= source.enumValues;
  target.variants ??= source.variants;
  for (const [name, slot] of source.properties) if (!target.properties.has(name)) target.properties.set(name, slot);
  source.required.forEach((name) => target.required.add(name));
  target.items ??= source.items;
  target.values ??= source.values;
  target.closed ||= source.closed;
}

function buildView(doc: Json, schema: Json, owner: Ctx, seen = new Set<string>()): View {
  const variants = variantsOf(schema);
  const view: View = {
    types: declaredTypes(schema),
    enumValues: enumOf(schema),
    variants:
      variants.length > 0
        ? new Set(variants.map((m) => (isRecord(m) && typeof m.$ref === "string" ? m.$ref : canonical(m))))
        : undefined,
    properties: new Map(Object.entries(rec(schema.properties)).map(([name, raw]) => [name, { raw, owner }])),
    required: new Set(arrayOf(schema.required).filter((r): r is string => typeof r === "string")),
    items: schema.items,
    values: isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined,
    closed: schema.additionalProperties === false,
  };
  for (const member of arrayOf(schema.allOf)) {
    const unwrapped = unwrap(doc, member);
    if (unwrapped.ref !== undefined) {
      if (seen.has(unwrapped.ref)) continue;
      seen.add(unwrapped.ref);
    }
    const memberOwner = unwrapped.ref !== undefined ? componentCtx(unwrapped.ref) : owner;
    mergeInto(view, buildView(doc, unwrapped.schema, memberOwner, seen));
  }
  view.types ??= inferTypes(doc, schema, view, seen);
  return view;
}

function formatTypes(types: Set<string> | undefined): string {
  return types ? [...types].sort().join(" | ") : "any";
}

/** Whether every value of type set `inner` is also allowed by `outer`. */
function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return [...inner].every((t) => outer.has(t) || (t === "integer" && outer.has("number")));
}

function mayBeObject(view: View): boolean {
  return !view.types || view.types.has("object");
}

// ---------------------------------------------------------------------------------------------------------
// Walking schemas

/** State of walking one operation of both documents. */
interface Walk {
  oldDoc: Json;
  newDoc: Json;
  out: Collector;
  operation: string;
  /** Components (per direction) already compared for this operation; also what stops recursion. */
  visited: Set<string>;
}

function report(walk: Walk, ctx: Ctx, rule: RuleId, facet: string, message: string): void {
  walk.out.add({ rule, location: ctx.location, message, facet, shared: ctx.shared, operation: walk.operation });
}

function changedDocFields(pairs: ReadonlyArray<readonly [unknown, unknown]>): string[] {
  const fields = new Set<string>();
  for (const [a, b] of pairs) for (const key of DOC_KEYS) if (!same(rec(a)[key], rec(b)[key])) fields.add(key);
  return [...fields];
}

function reportDocs(walk: Walk, ctx: Ctx, pairs: ReadonlyArray<readonly [unknown, unknown]>): void {
  walk.out.addDocs(ctx.location, changedDocFields(pairs), ctx.shared, walk.operation);
}

function enter(walk: Walk, key: string): boolean {
  if (walk.visited.has(key)) return false;
  walk.visited.add(key);
  return true;
}

function compareSchema(walk: Walk, dir: Direction, oldRaw: unknown, newRaw: unknown, ctx: Ctx, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const a = unwrap(walk.oldDoc, oldRaw);
  const b = unwrap(walk.newDoc, newRaw);
  if (a.ref !== undefined && a.ref === b.ref) {
    reportDocs(walk, ctx, [[oldRaw, newRaw]]);
    compareNullability(walk, dir, a.outerNullable, b.outerNullable, ctx);
    if (!enter(walk, `${dir}|${a.ref}`)) return;
    const component = componentCtx(a.ref);
    reportDocs(walk, component, [[a.schema, b.schema]]);
    compareNullability(walk, dir, a.innerNullable, b.innerNullable, component);
    compareCore(walk, dir, a.schema, b.schema, component, depth);
    return;
  }
  if ((a.ref !== undefined || b.ref !== undefined) && !enter(walk, `${dir}|${a.ref ?? ""}|${b.ref ?? ""}`)) return;
  reportDocs(walk, ctx, [
    [oldRaw, newRaw],
    [a.schema, b.schema],
  ]);
  compareNullability(walk, dir, a.outerNullable || a.innerNullable, b.outerNullable || b.innerNullable, ctx);
  compareCore(walk, dir, a.schema, b.schema, ctx, depth);
}

function compareCore(walk: Walk, dir: Direction, oldSchema: Json, newSchema: Json, ctx: Ctx, depth: number): void {
  const a = buildView(walk.oldDoc, oldSchema, ctx);
  const b = buildView(walk.newDoc, newSchema, ctx);
  compareTypes(walk, dir, a, b, ctx);
  compareEnums(walk, dir, a, b, ctx);
  compareVariants(walk, dir, a, b, ctx);
  if (mayBeObject(a) && mayBeObject(b)) compareProperties(walk, dir, a, b, depth);
  if (a.items !== undefined && b.items !== undefined) {
    compareSchema(walk, dir, a.items, b.items, itemsCtx(ctx), depth + 1);
  }
  if (a.values && b.values) compareSchema(walk, dir, a.values, b.values, valuesCtx(ctx), depth + 1);
}

function compareTypes(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx): void {
  if (formatTypes(a.types) === formatTypes(b.types)) return;
  const change = `type changed from ${formatTypes(a.types)} to ${formatTypes(b.types)}`;
  if (dir === "request") {
    if (covers(b.types, a.types))
      report(walk, ctx, "request-type-widened", "type", `${nameOf(ctx)} ${change} (accepts more)`);
    else report(walk, ctx, "request-type-changed", "type", `${nameOf(ctx)} ${change}`);
  } else if (covers(a.types, b.types)) {
    report(walk, ctx, "response-type-narrowed", "type", `${nameOf(ctx)} ${change} (returns less)`);
  } else {
    report(walk, ctx, "response-type-changed", "type", `${nameOf(ctx)} ${change}`);
  }
}

function compareNullability(walk: Walk, dir: Direction, was: boolean, is: boolean, ctx: Ctx): void {
  if (was === is) return;
  const subject = nameOf(ctx);
  if (dir === "request") {
    if (is) report(walk, ctx, "request-type-widened", "nullable", `${subject} now accepts null`);
    else report(walk, ctx, "request-type-changed", "nullable", `${subject} no longer accepts null`);
  } else if (is) {
    report(walk, ctx, "response-field-became-nullable", "nullable", `${subject} may now be null`);
  } else {
    report(walk, ctx, "response-type-narrowed", "nullable", `${subject} is no longer nullable`);
  }
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function compareEnums(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx): void {
  const subject = nameOf(ctx);
  if (a.enumValues && b.enumValues) {
    const oldKeys = new Set(a.enumValues.map(canonical));
    const newKeys = new Set(b.enumValues.map(canonical));
    const removed = a.enumValues.filter((v) => !newKeys.has(canonical(v)));
    const added = b.enumValues.filter((v) => !oldKeys.has(canonical(v)));
    if (dir === "request") {
      if (removed.length)
        report(walk, ctx, "request-enum-value-removed", "enum-", `${subject} no longer accepts ${listValues(removed)}`);
      if (added.length)
        report(walk, ctx, "request-enum-value-added", "enum+", `${subject} now also accepts ${listValues(added)}`);
    } else {
      if (added.length)
        report(walk, ctx, "response-enum-value-added", "enum+", `${subject} may now be ${listValues(added)}`);
      if (removed.length)
        report(walk, ctx, "response-enum-value-removed", "enum-", `${subject} is no longer ${listValues(removed)}`);
    }
  } else if (a.enumValues && !b.enumValues) {
    const message = `${subject} is no longer limited to ${listValues(a.enumValues)}`;
    report(walk, ctx, dir === "request" ? "request-type-widened" : "response-type-changed", "enum", message);
  } else if (!a.enumValues && b.enumValues) {
    const message = `${subject} is now limited to ${listValues(b.enumValues)}`;
    report(walk, ctx, dir === "request" ? "request-type-changed" : "response-type-narrowed", "enum", message);
  }
}

function compareVariants(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx): void {
  if (!a.variants || !b.variants) return;
  const added = [...b.variants].filter((v) => !a.variants?.has(v));
  const removed = [...a.variants].filter((v) => !b.variants?.has(v));
  if (added.length === 0 && removed.length === 0) return;
  const message = `${nameOf(ctx)} variants changed (${added.length} added, ${removed.length} removed)`;
  if (dir === "request")
    report(walk, ctx, removed.length ? "request-type-changed" : "request-type-widened", "variants", message);
  else report(walk, ctx, added.length ? "response-type-changed" : "response-type-narrowed", "variants", message);
}

function compareProperties(walk: Walk, dir: Direction, a: View, b: View, depth: number): void {
  for (const name of union(a.properties.keys(), b.properties.keys())) {
    const oldSlot = a.properties.get(name);
    const newSlot = b.properties.get(name);
    const owner = newSlot?.owner ?? oldSlot?.owner;
    if (!owner) continue;
    const ctx = propertyCtx(owner, name);
    if (!oldSlot) reportAdded(walk, dir, ctx, b.required.has(name));
    else if (!newSlot) reportRemoved(walk, dir, ctx, b.closed);
    else {
      compareRequired(walk, dir, ctx, a.required.has(name), b.required.has(name));
      compareSchema(walk, dir, oldSlot.raw, newSlot.raw, ctx, depth + 1);
    }
  }
}

function reportAdded(walk: Walk, dir: Direction, ctx: Ctx, required: boolean): void {
  const subject = nameOf(ctx);
  if (dir === "response") report(walk, ctx, "response-field-added", "presence", `${subject} was added`);
  else if (required)
    report(walk, ctx, "required-request-field-added", "presence", `${subject} was added as a required field`);
  else report(walk, ctx, "optional-request-field-added", "presence", `${subject} was added (optional)`);
}

function reportRemoved(walk: Walk, dir: Direction, ctx: Ctx, closed: boolean): void {
  const subject = nameOf(ctx);
  if (dir === "response") report(walk, ctx, "response-field-removed", "presence", `${subject} was removed`);
  else if (closed) {
    report(
      walk,
      ctx,
      "request-field-removed-closed",
      "presence",
      `${subject} was removed and unknown fields are rejected (additionalProperties: false)`
    );
  } else report(walk, ctx, "request-field-removed", "presence", `${subject} was removed`);
}

function compareRequired(walk: Walk, dir: Direction, ctx: Ctx, was: boolean, is: boolean): void {
  if (was === is) return;
  const subject = nameOf(ctx);
  if (dir === "request") {
    if (is) report(walk, ctx, "request-field-became-required", "required", `${subject} is now required`);
    else report(walk, ctx, "request-field-became-optional", "required", `${subject} is now optional`);
  } else if (is) {
    report(walk, ctx, "response-field-became-required", "required", `${subject} is now always present`);
  } else {
    report(walk, ctx, "response-field-became-optional", "required", `${subject} may now be absent`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Operations

interface Operation {
  id: string;
  path: string;
  pathItem: Json;
  op: Json;
}

function listOperations(doc: Json): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries(rec(doc.paths))) {
    const pathItem = rec(deref(doc, rawItem));
    for (const method of HTTP_METHODS) {
      if (!isRecord(pathItem[method])) continue;
      const id = `${method.toUpperCase()} ${path}`;
      operations.set(id, { id, path, pathItem, op: pathItem[method] });
    }
  }
  return operations;
}

function collectParameters(doc: Json, operation: Operation): Map<string, Json> {
  const parameters = new Map<string, Json>();
  for (const raw of [...arrayOf(operation.pathItem.parameters), ...arrayOf(operation.op.parameters)]) {
    const parameter = rec(deref(doc, raw));
    if (typeof parameter.name !== "string" || typeof parameter.in !== "string") continue;
    const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
    parameters.set(`${parameter.in}\u0000${name}`, parameter);
  }
  return parameters;
}

function isRequiredParameter(parameter: Json): boolean {
  return parameter.required === true || parameter.in === "path";
}

function compareParameters(walk: Walk, oldOp: Operation, newOp: Operation): void {
  const olds = collectParameters(walk.oldDoc, oldOp);
  const news = collectParameters(walk.newDoc, newOp);
  for (const key of union(olds.keys(), news.keys())) {
    const a = olds.get(key);
    const b = news.get(key);
    const parameter = b ?? a ?? {};
    const where = String(parameter.in);
    const ctx: Ctx = {
      location: `${walk.operation} parameters.${where}.${String(parameter.name)}`,
      name: String(parameter.name),
      rootLabel: `${where} parameter`,
      noun: `${where} parameter`,
      shared: false,
    };
    if (!a) {
      if (isRequiredParameter(parameter))
        report(walk, ctx, "required-parameter-added", "presence", `new required ${nameOf(ctx)}`);
      else report(walk, ctx, "optional-parameter-added", "presence", `new optional ${nameOf(ctx)}`);
    } else if (!b) {
      report(walk, ctx, "parameter-removed", "presence", `${nameOf(ctx)} was removed`);
    } else {
      compareParameterPair(walk, a, b, ctx);
    }
  }
}

function compareParameterPair(walk: Walk, a: Json, b: Json, ctx: Ctx): void {
  const was = isRequiredParameter(a);
  const is = isRequiredParameter(b);
  if (!was && is) report(walk, ctx, "parameter-became-required", "required", `${nameOf(ctx)} is now required`);
  if (was && !is) report(walk, ctx, "parameter-became-optional", "required", `${nameOf(ctx)} is now optional`);
  reportDocs(walk, ctx, [[a, b]]);
  compareSchema(walk, "request", a.schema, b.schema, ctx, 0);
}

/** The JSON media type object of a request body or response, if it has one. */
function jsonMedia(body: Json): Json | undefined {
  const content = rec(body.content);
  const key = "application/json" in content ? "application/json" : Object.keys(content).find((k) => /json/i.test(k));
  return key === undefined ? undefined : rec(content[key]);
}

function compareRequestBody(walk: Walk, oldOp: Operation, newOp: Operation): void {
  const a = deref(walk.oldDoc, oldOp.op.requestBody);
  const b = deref(walk.newDoc, newOp.op.requestBody);
  const ctx: Ctx = { location: `${walk.operation} requestBody`, name: "", rootLabel: "request body", shared: false };
  if (!isRecord(a) && !isRecord(b)) return;
  if (!isRecord(a)) {
    if (isRecord(b) && b.required === true)
      report(walk, ctx, "required-request-field-added", "presence", "a required request body was added");
    else report(walk, ctx, "optional-request-field-added", "presence", "an optional request body was added");
    return;
  }
  if (!isRecord(b)) {
    report(walk, ctx, "request-field-removed", "presence", "the request body was removed");
    return;
  }
  compareRequired(walk, "request", ctx, a.required === true, b.required === true);
  compareBodies(walk, "request", a, b, ctx);
}

function compareBodies(walk: Walk, dir: Direction, a: Json, b: Json, ctx: Ctx): void {
  const oldMedia = jsonMedia(a);
  const newMedia = jsonMedia(b);
  reportDocs(walk, ctx, [
    [a, b],
    [oldMedia, newMedia],
  ]);
  const oldSchema = oldMedia?.schema;
  const newSchema = newMedia?.schema;
  if (oldSchema === undefined && newSchema === undefined) return;
  if (oldSchema !== undefined && newSchema !== undefined) {
    compareSchema(walk, dir, oldSchema, newSchema, ctx, 0);
  } else if (dir === "request") {
    report(
      walk,
      ctx,
      "request-type-changed",
      "presence",
      `the request body ${newSchema ? "is now" : "is no longer"} JSON`
    );
  } else if (newSchema === undefined) {
    report(walk, ctx, "response-field-removed", "presence", `the ${ctx.rootLabel} was removed`);
  } else {
    report(walk, ctx, "response-field-added", "presence", `a ${ctx.rootLabel} was added`);
  }
}

function successResponses(operation: Operation): Map<string, unknown> {
  const entries = Object.entries(rec(operation.op.responses)).filter(([status]) => /^2(\d\d|xx)$/i.test(status));
  return new Map(entries);
}

function compareResponses(walk: Walk, oldOp: Operation, newOp: Operation): void {
  const olds = successResponses(oldOp);
  const news = successResponses(newOp);
  for (const status of union(olds.keys(), news.keys())) {
    const ctx: Ctx = {
      location: `${walk.operation} responses.${status}`,
      name: "",
      rootLabel: `${status} response body`,
      shared: false,
    };
    if (!news.has(status))
      report(walk, ctx, "success-status-removed", "status", `success response ${status} was removed`);
    else if (!olds.has(status))
      report(walk, ctx, "success-status-added", "status", `success response ${status} was added`);
    else {
      const a = rec(deref(walk.oldDoc, olds.get(status)));
      const b = rec(deref(walk.newDoc, news.get(status)));
      compareBodies(walk, "response", a, b, ctx);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Security

interface Security {
  requirements: Json[];
  global: boolean;
}

function effectiveSecurity(doc: Json, op: Json): Security {
  if (Array.isArray(op.security)) return { requirements: op.security.map(rec), global: false };
  return { requirements: arrayOf(doc.security).map(rec), global: true };
}

/** Each alternative as the set of schemes and `scheme:scope`s it demands; no alternatives = no auth. */
function credentialSets(requirements: readonly Json[]): Set<string>[] {
  if (requirements.length === 0) return [new Set()];
  return requirements.map(
    (requirement) =>
      new Set(
        Object.entries(requirement).flatMap(([scheme, scopes]) => [
          scheme,
          ...arrayOf(scopes).map((s) => `${scheme}:${String(s)}`),
        ])
      )
  );
}

function formatSecurity(requirements: readonly Json[]): string {
  const alternatives = requirements.map((requirement) => {
    const schemes = Object.entries(requirement).map(([scheme, scopes]) =>
      arrayOf(scopes).length > 0 ? `${scheme} (${arrayOf(scopes).join(", ")})` : scheme
    );
    return schemes.length > 0 ? schemes.join(" + ") : "no authentication";
  });
  return alternatives.length > 0 ? alternatives.join(" or ") : "no authentication";
}

function compareSecurity(walk: Walk, oldOp: Operation, newOp: Operation): void {
  const a = effectiveSecurity(walk.oldDoc, oldOp.op);
  const b = effectiveSecurity(walk.newDoc, newOp.op);
  const before = credentialSets(a.requirements)
    .map((s) => [...s].sort().join("+"))
    .sort();
  const after = credentialSets(b.requirements)
    .map((s) => [...s].sort().join("+"))
    .sort();
  if (same(before, after)) return;
  const shared = a.global && b.global;
  const ctx: Ctx = { location: shared ? "security" : `${walk.operation} security`, name: "", rootLabel: "", shared };
  const newSets = credentialSets(b.requirements);
  // A caller holding the credentials of an old alternative keeps working only if some new alternative needs no more.
  const breaking = credentialSets(a.requirements).some(
    (held) => !newSets.some((needed) => [...needed].every((c) => held.has(c)))
  );
  const change = `${formatSecurity(b.requirements)} (was ${formatSecurity(a.requirements)})`;
  if (breaking) report(walk, ctx, "security-requirement-added", "security", `authentication now requires ${change}`);
  else report(walk, ctx, "security-requirement-relaxed", "security", `authentication relaxed to ${change}`);
}

// ---------------------------------------------------------------------------------------------------------
// Documents

function compareOperation(out: Collector, oldDoc: Json, newDoc: Json, a: Operation, b: Operation): void {
  const walk: Walk = { oldDoc, newDoc, out, operation: a.id, visited: new Set() };
  reportDocs(walk, { location: a.id, name: "", rootLabel: "", shared: false }, [[a.op, b.op]]);
  compareSecurity(walk, a, b);
  compareParameters(walk, a, b);
  compareRequestBody(walk, a, b);
  compareResponses(walk, a, b);
}

function compareInfo(out: Collector, oldDoc: Json, newDoc: Json): void {
  const a = rec(oldDoc.info);
  const b = rec(newDoc.info);
  const fields: string[] = [];
  if (!same(a.version, b.version)) fields.push(`version ${String(a.version)} -> ${String(b.version)}`);
  for (const key of ["title", "summary", "description"]) if (!same(a[key], b[key])) fields.push(key);
  out.addDocs("info", fields, false);
}

function compareOperations(out: Collector, oldDoc: Json, newDoc: Json): void {
  const olds = listOperations(oldDoc);
  const news = listOperations(newDoc);
  const newPaths = new Set(Object.keys(rec(newDoc.paths)));
  const reportedPaths = new Set<string>();
  for (const [id, operation] of olds) {
    const counterpart = news.get(id);
    if (counterpart) compareOperation(out, oldDoc, newDoc, operation, counterpart);
    else if (newPaths.has(operation.path)) {
      out.add({
        rule: "operation-removed",
        location: id,
        message: `operation ${id} was removed`,
        facet: "presence",
        shared: false,
      });
    } else if (!reportedPaths.has(operation.path)) {
      reportedPaths.add(operation.path);
      const methods = [...olds.values()].filter((o) => o.path === operation.path).map((o) => o.id.split(" ")[0]);
      const message = `path ${operation.path} was removed with its operations ${methods.join(", ")}`;
      out.add({ rule: "path-removed", location: operation.path, message, facet: "presence", shared: false });
    }
  }
  for (const id of news.keys()) {
    if (!olds.has(id))
      out.add({
        rule: "operation-added",
        location: id,
        message: `new operation ${id}`,
        facet: "presence",
        shared: false,
      });
  }
}

/**
 * Lists the differences from `oldDoc` to `newDoc` (parsed OpenAPI 3.x documents), in document order.
 * Changes inside a component schema are reported once at the component's location, with `operations`
 * naming every operation that reaches it.
 */
export function diffSpecs(oldDoc: object, newDoc: object): SpecChange[] {
  const out = new Collector();
  compareInfo(out, rec(oldDoc), rec(newDoc));
  compareOperations(out, rec(oldDoc), rec(newDoc));
  return out.changes();
}

function formatLine(change: SpecChange): string {
  const usedBy = change.operations?.length ? ` (used by ${change.operations.join(", ")})` : "";
  return `- ${change.location}: ${change.message}${usedBy} [${change.rule}]`;
}

function formatSection(title: string, changes: readonly SpecChange[]): string {
  const lines = changes.length > 0 ? changes.map(formatLine) : ["  (none)"];
  return [`${title} (${changes.length})`, ...lines].join("\n");
}

/** Renders changes as a text report: a breaking section, then a non-breaking one, one line per change. */
export function formatReport(changes: readonly SpecChange[]): string {
  const breaking = changes.filter((c) => c.kind === "breaking");
  const nonBreaking = changes.filter((c) => c.kind === "non-breaking");
  return `${formatSection("Breaking changes", breaking)}\n\n${formatSection("Non-breaking changes", nonBreaking)}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// CLI

const USAGE = "usage: tsx scripts/spec-diff.ts <old-spec> <new-spec> [--json]";

/** Reads a YAML or JSON OpenAPI document, throwing a readable error when it is missing or not one. */
export function loadDocument(file: string): object {
  const text = readFileSync(file, "utf8");
  const parsed: unknown = extname(file).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text);
  if (!isRecord(parsed) || (parsed.openapi === undefined && parsed.paths === undefined)) {
    throw new Error("not an OpenAPI document (no `openapi` or `paths` key)");
  }
  return parsed;
}

function main(args: readonly string[]): number {
  const json = args.includes("--json");
  const files = args.filter((a) => a !== "--json");
  const unknown = files.find((a) => a.startsWith("-"));
  if (unknown !== undefined || files.length !== 2) {
    console.error(unknown !== undefined ? `spec-diff: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const docs: object[] = [];
  for (const file of files) {
    try {
      docs.push(loadDocument(file));
    } catch (error) {
      console.error(`spec-diff: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  const changes = diffSpecs(docs[0] ?? {}, docs[1] ?? {});
  process.stdout.write(json ? `${JSON.stringify(changes, null, 2)}\n` : formatReport(changes));
  return changes.some((c) => c.kind === "breaking") ? 1 : 0;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return import.meta.url === pathToFileURL(entry).href;
  }
}

if (isEntryPoint()) process.exitCode = main(process.argv.slice(2));
