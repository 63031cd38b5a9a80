/**
 * The bodies/schemas family: comparing two schemas at one position, field by field, in the direction the
 * value travels. A request may accept more and demand less; a response may return less and promise more.
 */
import { compareVariants, reportChoices } from "./composition.js";
import { compareConstraints } from "./constraints.js";
import {
  componentCtx,
  type Ctx,
  type Direction,
  itemsCtx,
  MAX_DEPTH,
  nameOf,
  propertyCtx,
  rec,
  report,
  reportDocs,
  same,
  union,
  valuesCtx,
  type Walk,
} from "./model.js";
import { buildView, covers, formatTypes, isTypeUnion, mayBeObject, type Slot, unwrap, type View } from "./schema.js";

function enter(walk: Walk, key: string): boolean {
  if (walk.visited.has(key)) return false;
  walk.visited.add(key);
  return true;
}

/** Compares the schemas `oldRaw` and `newRaw` found at `ctx`, following `$ref`s into shared components once. */
export function compareSchema(walk: Walk, dir: Direction, oldRaw: unknown, newRaw: unknown, ctx: Ctx, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const a = unwrap(walk.oldDoc, oldRaw);
  const b = unwrap(walk.newDoc, newRaw);
  if (a.ref !== undefined && a.ref === b.ref) {
    reportDocs(walk, ctx, [[oldRaw, newRaw]]);
    compareNullability(walk, dir, a.outerNullable, b.outerNullable, ctx);
    const key = `${dir}|${a.ref}`;
    if (!enter(walk, key)) return;
    const component = componentCtx(a.ref);
    walk.out.shared(key, walk.operation, () => {
      reportDocs(walk, component, [[a.schema, b.schema]]);
      compareNullability(walk, dir, a.innerNullable, b.innerNullable, component);
      compareCore(walk, dir, a.schema, b.schema, component, depth);
    });
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

function compareCore(
  walk: Walk,
  dir: Direction,
  oldSchema: Record<string, unknown>,
  newSchema: Record<string, unknown>,
  ctx: Ctx,
  depth: number,
): void {
  const a = buildView(walk.oldDoc, oldSchema, ctx);
  const b = buildView(walk.newDoc, newSchema, ctx);
  // `type: [number, string]` and `anyOf` of the same bare types are one union spelled twice.
  const composed = (a.variants !== undefined && !isTypeUnion(a)) || (b.variants !== undefined && !isTypeUnion(b));
  if (composed) compareVariants(walk, dir, a, b, ctx, (x, y, at) => compareSchema(walk, dir, x, y, at, depth + 1));
  else compareTypes(walk, dir, a, b, ctx);
  compareEnums(walk, dir, a, b, ctx);
  compareConstraints(walk, dir, a, b, ctx);
  compareDefault(walk, dir, a, b, ctx);
  const objects = mayBeObject(a) && mayBeObject(b);
  if (objects && (!composed || (a.properties.size > 0 && b.properties.size > 0))) compareProperties(walk, dir, a, b, depth);
  if (a.items !== undefined && b.items !== undefined) compareSchema(walk, dir, a.items, b.items, itemsCtx(ctx), depth + 1);
  if (a.values && b.values) compareSchema(walk, dir, a.values, b.values, valuesCtx(ctx), depth + 1);
}

function compareTypes(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx): void {
  if (formatTypes(a.types) === formatTypes(b.types)) return;
  const change = `type changed from ${formatTypes(a.types)} to ${formatTypes(b.types)}`;
  if (dir === "request") {
    if (covers(b.types, a.types)) report(walk, ctx, "request-type-widened", "type", `${nameOf(ctx)} ${change} (accepts more)`);
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
    const removed = a.enumValues.filter((v) => !b.enumValues?.some((w) => same(v, w)));
    const added = b.enumValues.filter((v) => !a.enumValues?.some((w) => same(v, w)));
    reportChoices(walk, dir, ctx, "enum-value", listValues(removed), listValues(added));
  } else if (a.enumValues && !b.enumValues) {
    const message = `${subject} is no longer limited to ${listValues(a.enumValues)}`;
    report(walk, ctx, dir === "request" ? "request-type-widened" : "response-type-changed", "enum", message);
  } else if (!a.enumValues && b.enumValues) {
    const message = `${subject} is now limited to ${listValues(b.enumValues)}`;
    report(walk, ctx, dir === "request" ? "request-type-changed" : "response-type-narrowed", "enum", message);
  }
}

function compareDefault(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx): void {
  const [was, is] = [a.schema.default, b.schema.default];
  if (dir !== "request" || was === undefined || is === undefined || same(was, is)) return;
  // A caller who leaves the field out now gets other behaviour, with nothing in their code to show it.
  const message = `${nameOf(ctx)} default changed from ${JSON.stringify(was)} to ${JSON.stringify(is)}`;
  report(walk, ctx, "request-default-changed", "default", message);
}

/** readOnly/writeOnly of a property, read through `$ref`s. */
function access(walk: Walk, doc: "old" | "new", slot: Slot | undefined): { readOnly: boolean; writeOnly: boolean } {
  const raw = rec(slot?.raw);
  const schema = unwrap(doc === "old" ? walk.oldDoc : walk.newDoc, raw).schema;
  return {
    readOnly: raw.readOnly === true || schema.readOnly === true,
    writeOnly: raw.writeOnly === true || schema.writeOnly === true,
  };
}

/** Whether a property never travels in `dir` (a readOnly one is never sent, a writeOnly one never returned). */
function absentIn(dir: Direction, flags: { readOnly: boolean; writeOnly: boolean }): boolean {
  return dir === "request" ? flags.readOnly : flags.writeOnly;
}

function compareProperties(walk: Walk, dir: Direction, a: View, b: View, depth: number): void {
  for (const name of union(a.properties.keys(), b.properties.keys())) {
    const oldSlot = a.properties.get(name);
    const newSlot = b.properties.get(name);
    const owner = newSlot?.owner ?? oldSlot?.owner;
    if (!owner) continue;
    const ctx = propertyCtx(owner, name);
    const wasAbsent = !oldSlot || absentIn(dir, access(walk, "old", oldSlot));
    const isAbsent = !newSlot || absentIn(dir, access(walk, "new", newSlot));
    if (wasAbsent && isAbsent) continue;
    if (wasAbsent) reportAdded(walk, dir, ctx, b.required.has(name));
    else if (!newSlot) reportRemoved(walk, dir, { ...ctx, pointer: propertyCtx(oldSlot?.owner ?? owner, name).pointer }, b.closed);
    else if (isAbsent) reportHidden(walk, dir, ctx);
    else {
      compareRequired(walk, dir, ctx, a.required.has(name), b.required.has(name));
      compareSchema(walk, dir, oldSlot?.raw, newSlot.raw, ctx, depth + 1);
    }
  }
}

function reportAdded(walk: Walk, dir: Direction, ctx: Ctx, required: boolean): void {
  const subject = nameOf(ctx);
  if (dir === "response") report(walk, ctx, "response-field-added", "presence", `${subject} was added`);
  else if (required) report(walk, ctx, "required-request-field-added", "presence", `${subject} was added as a required field`);
  else report(walk, ctx, "optional-request-field-added", "presence", `${subject} was added (optional)`);
}

function reportRemoved(walk: Walk, dir: Direction, ctx: Ctx, closed: boolean): void {
  const subject = nameOf(ctx);
  if (dir === "response") report(walk, ctx, "response-field-removed", "presence", `${subject} was removed`);
  else {
    // The generated type drops the field and our input check rejects it: callers that set it break.
    const why = closed ? "; the API rejects unknown fields (additionalProperties: false)" : "; callers that set it no longer compile";
    report(walk, ctx, "request-field-removed", "presence", `${subject} was removed${why}`);
  }
}

function reportHidden(walk: Walk, dir: Direction, ctx: Ctx): void {
  const subject = nameOf(ctx);
  if (dir === "request")
    report(walk, ctx, "request-field-became-read-only", "presence", `${subject} is now readOnly: the API ignores it in requests`);
  else report(walk, ctx, "response-field-became-write-only", "presence", `${subject} is now writeOnly: responses no longer carry it`);
}

/** Reports a field (or body) whose required flag changed, as the direction rates it. */
export function compareRequired(walk: Walk, dir: Direction, ctx: Ctx, was: boolean, is: boolean): void {
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
