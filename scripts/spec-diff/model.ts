/**
 * What every rule module shares: small JSON helpers, where a finding sits (`Ctx`), the state of one walk and
 * the collector that keeps one finding per location and facet.
 */
import { escapePointer, isRecord, type Json } from "../lib/openapi.js";
import { type Level, RULES, type RuleId, type SpecChange } from "./rules.js";

export { isRecord, type Json };

/** Which way a value travels: the caller sends it (`request`) or receives it (`response`). */
export type Direction = "request" | "response";

/** Past this nesting depth a schema is not walked further (cycles are stopped earlier, by `visited`). */
export const MAX_DEPTH = 64;

/** `value` as an object, or an empty one. */
export function rec(value: unknown): Json {
  return isRecord(value) ? value : {};
}

/** `value` as an array, or an empty one. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** JSON text with object keys sorted, so equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
    ) ?? "undefined"
  );
}

/** Deep equality of two JSON values. */
export function same(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** The distinct items of both iterables, first-seen order. */
export function union<T>(a: Iterable<T>, b: Iterable<T>): T[] {
  return [...new Set([...a, ...b])];
}

/** The JSON pointer of `base` extended by raw (unescaped) segments. */
export function child(base: string, ...segments: string[]): string {
  return `${base}${segments.map((s) => `/${escapePointer(s)}`).join("")}`;
}

/** Where a schema sits: its location string, its JSON pointer and the wire-name path used in messages. */
export interface Ctx {
  location: string;
  pointer: string;
  /** Dotted wire-name path (`permissions.inbox_read`, `ApiKeyPermissions.thread_read`); empty at a body root. */
  name: string;
  /** How messages name the root when `name` is empty (`request body`). */
  rootLabel: string;
  /** Prefix for messages, e.g. `query parameter`. */
  noun?: string;
  /** Inside a component: the location is the same for every operation that uses it. */
  shared: boolean;
}

/** The context of a component reached through `ref` (`#/components/schemas/Key` is named `Key`). */
export function componentCtx(ref: string): Ctx {
  const name = decodeURIComponent(ref.split("/").at(-1) ?? ref)
    .replace(/~1/g, "/")
    .replace(/~0/g, "~");
  return { location: ref, pointer: ref, name, rootLabel: name, shared: true };
}

/** The context of property `property` of the schema at `ctx`. */
export function propertyCtx(ctx: Ctx, property: string): Ctx {
  const pointer = child(ctx.pointer, "properties", property);
  return {
    ...ctx,
    pointer,
    name: ctx.name ? `${ctx.name}.${property}` : property,
    location: ctx.shared ? pointer : `${ctx.location}.${property}`,
  };
}

/** The context of the array items of the schema at `ctx`. */
export function itemsCtx(ctx: Ctx): Ctx {
  const pointer = child(ctx.pointer, "items");
  return { ...ctx, pointer, name: `${ctx.name}[]`, location: ctx.shared ? pointer : `${ctx.location}[]` };
}

/** The context of the map values (`additionalProperties`) of the schema at `ctx`. */
export function valuesCtx(ctx: Ctx): Ctx {
  const pointer = child(ctx.pointer, "additionalProperties");
  return { ...ctx, pointer, name: `${ctx.name}.*`, location: ctx.shared ? pointer : `${ctx.location}.*` };
}

/** How messages name the thing at `ctx`: `` `settings.mode` ``, `` query parameter `q` `` or the root label. */
export function nameOf(ctx: Ctx): string {
  if (!ctx.name) return ctx.rootLabel;
  const name = sdkName(ctx.name, ctx.shared);
  return ctx.noun ? `${ctx.noun} \`${name}\`` : `\`${name}\``;
}

/**
 * A wire path as SDK users spell it: `settings.page_token` -> `settings.pageToken`. A component's own name
 * (the first segment of a shared path) is a type name and stays as the spec writes it.
 */
export function sdkName(wirePath: string, startsWithComponent: boolean): string {
  return wirePath
    .split(".")
    .map((segment, i) => (i === 0 && startsWithComponent ? segment : segment.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())))
    .join(".");
}

interface Finding {
  rule: RuleId;
  ctx: Ctx;
  message: string;
  /** What aspect of the location changed; one change is kept per location and facet. */
  facet: string;
  operation?: string;
}

interface Entry {
  change: SpecChange;
  shared: boolean;
  operations: Set<string>;
  docFields?: Set<string>;
}

const SEVERITY: Record<Level, number> = { info: 0, warning: 1, breaking: 2 };

/**
 * Keeps one change per location and facet. A component is walked once per operation and direction, so the
 * same change arrives several times; the most severe reading wins (an enum value added to a schema used in
 * requests and responses is breaking for the response side).
 */
export class Collector {
  private readonly entries = new Map<string, Entry>();
  /** Entry keys found while walking each shared component, per direction: a later operation replays them. */
  private readonly memo = new Map<string, string[]>();
  private readonly frames: Set<string>[] = [];

  /**
   * Walks a shared component once per direction for the whole document: the first operation to reach it
   * runs `walk`, every later one is only added to the changes that walk found. A large spec reuses each
   * schema in many operations, so this is most of the speed.
   */
  shared(key: string, operation: string, walk: () => void): void {
    const found = this.memo.get(key);
    if (found) {
      for (const entryKey of found) this.touch(entryKey, operation);
      return;
    }
    const frame = new Set<string>();
    this.frames.push(frame);
    try {
      walk();
    } finally {
      this.frames.pop();
    }
    this.memo.set(key, [...frame]);
  }

  private touch(entryKey: string, operation: string | undefined): void {
    for (const frame of this.frames) frame.add(entryKey);
    if (operation !== undefined) this.entries.get(entryKey)?.operations.add(operation);
  }

  /** Records a finding, merging it with an earlier one at the same location and facet. */
  add(finding: Finding): void {
    const { ctx } = finding;
    const key = `${ctx.location}\u0000${finding.facet}`;
    const { level } = RULES[finding.rule];
    const change: SpecChange = {
      kind: level === "breaking" ? "breaking" : "non-breaking",
      level,
      rule: finding.rule,
      location: ctx.location,
      pointer: ctx.pointer,
      message: finding.message,
    };
    const existing = this.entries.get(key);
    if (!existing) this.entries.set(key, { change, shared: ctx.shared, operations: new Set() });
    else if (SEVERITY[existing.change.level] < SEVERITY[level]) existing.change = change;
    this.touch(key, finding.operation);
  }

  /** Records documentation-only edits; all of them at one location become one `docs-changed`. */
  addDocs(ctx: Ctx, fields: readonly string[], operation?: string): void {
    if (fields.length === 0) return;
    this.add({ rule: "docs-changed", ctx, message: "", facet: "docs", operation });
    const entry = this.entries.get(`${ctx.location}\u0000docs`);
    if (entry) entry.docFields = new Set([...(entry.docFields ?? []), ...fields]);
  }

  /** The changes, in the order first found. */
  changes(): SpecChange[] {
    return [...this.entries.values()].map((entry) => {
      const change = { ...entry.change };
      if (entry.docFields) change.message = `documentation changed (${[...entry.docFields].join(", ")})`;
      if (entry.shared && entry.operations.size > 0) change.operations = [...entry.operations];
      return change;
    });
  }
}

/** State of walking one operation of both documents. */
export interface Walk {
  oldDoc: Json;
  newDoc: Json;
  out: Collector;
  operation: string;
  /** Components (per direction) already compared for this operation; also what stops recursion. */
  visited: Set<string>;
}

/** Records a finding of `rule` at `ctx` for the operation being walked. */
export function report(walk: Walk, ctx: Ctx, rule: RuleId, facet: string, message: string): void {
  walk.out.add({ rule, ctx, message, facet, operation: walk.operation });
}

const DOC_KEYS = ["title", "summary", "description", "example", "examples"] as const;

/** Records which documentation keys differ between each old/new pair, as one change at `ctx`. */
export function reportDocs(walk: Walk, ctx: Ctx, pairs: ReadonlyArray<readonly [unknown, unknown]>): void {
  const fields = new Set<string>();
  for (const [a, b] of pairs) for (const key of DOC_KEYS) if (!same(rec(a)[key], rec(b)[key])) fields.add(key);
  walk.out.addDocs(ctx, [...fields], walk.operation);
}
