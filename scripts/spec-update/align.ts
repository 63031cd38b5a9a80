/**
 * Fitting a vendor document to ours: key order as our spec has it, our prose and our `x-` choices kept,
 * and the merge an overlay is applied with.
 */
import { PROSE, type Json } from "./json.js";

/** The first sentence of vendor prose, at most 120 characters: a placeholder until a maintainer rewrites it. */
export function shortProse(text: string): string {
  const first =
    text
      .replace(/\s+/g, " ")
      .trim()
      .split(/(?<=[.!?])\s/)[0] ?? "";
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}...` : first;
}

/** The template item `item` stands for: a parameter by its `in` and `name` (vendors order them their way), else by position. */
function counterpart(item: unknown, template: unknown[], i: number): unknown {
  const named = (node: unknown): node is Json => typeof node === "object" && node !== null && "name" in node && "in" in node;
  return named(item) ? template.find((other) => named(other) && other.name === item.name && other.in === item.in) : template[i];
}

/**
 * Orders `value`'s keys as `template` orders them, new keys after, recursively. Prose from `template` wins;
 * so do the choices that are ours, not the vendor's: `x-` extensions and `additionalProperties: false`.
 */
export function alignTo(value: unknown, template: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, i) => alignTo(item, Array.isArray(template) ? counterpart(item, template, i) : undefined));
  if (typeof value !== "object" || value === null) return value;
  const tpl = (typeof template === "object" && template !== null ? template : {}) as Json;
  const closable = "properties" in value;
  const ours = Object.keys(tpl).filter((key) => key.startsWith("x-") || (closable && key === "additionalProperties" && tpl[key] === false));
  const merged: Json = { ...Object.fromEntries(ours.map((key) => [key, tpl[key]])), ...value };
  const keys = [...Object.keys(tpl).filter((key) => key in merged), ...Object.keys(merged).filter((key) => !(key in tpl))];
  const out: Json = {};
  for (const key of keys) {
    const item = merged[key];
    if (PROSE.has(key) && typeof item === "string") out[key] = typeof tpl[key] === "string" ? tpl[key] : shortProse(item);
    else out[key] = alignTo(item, tpl[key]);
  }
  return out;
}

/**
 * Objects merge key by key, anything else replaces, `null` deletes. A `$ref` replaces the node whole: a
 * reference with the vendor's inline content beside it would say two things at once.
 */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch) || "$ref" in patch) return patch;
  const out: Json = typeof base === "object" && base !== null && !Array.isArray(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = deepMerge(out[key], value);
  }
  return out;
}
