/**
 * The constraints family: validation keywords compared in both directions. A tighter request constraint
 * rejects values callers sent before; a looser response constraint returns values callers never saw.
 * Enums have rules of their own (bodies family).
 */
import { type Ctx, type Direction, nameOf, report, same, type Walk } from "./model.js";
import type { View } from "./schema.js";

type Verdict = "tighter" | "looser" | "changed";

const UPPER = new Set(["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"]);
const LOWER = new Set(["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"]);

/** How a keyword moved from `was` to `is` (both not undefined at once); undefined when it did not. */
function judge(key: string, rawWas: unknown, rawIs: unknown): Verdict | undefined {
  // `uniqueItems: false` and 3.0's `exclusiveMaximum: false` say the same as leaving the keyword out.
  const [was, is] = [rawWas === false ? undefined : rawWas, rawIs === false ? undefined : rawIs];
  if (same(was, is)) return undefined;
  if (was === undefined) return "tighter";
  if (is === undefined) return "looser";
  if (typeof was === "number" && typeof is === "number") {
    if (UPPER.has(key)) return is < was ? "tighter" : "looser";
    if (LOWER.has(key)) return is > was ? "tighter" : "looser";
    if (key === "multipleOf") {
      if (Number.isInteger(is / was)) return "tighter";
      if (Number.isInteger(was / is)) return "looser";
    }
  }
  // A new pattern or format neither contains nor is contained in the old one as far as we can tell.
  return "changed";
}

function describe(key: string, was: unknown, is: unknown): string {
  if (was === undefined || was === false) return `now has ${key} ${JSON.stringify(is)}`;
  if (is === undefined || is === false) return `no longer has ${key} (was ${JSON.stringify(was)})`;
  return `${key} changed from ${JSON.stringify(was)} to ${JSON.stringify(is)}`;
}

function reportOne(walk: Walk, dir: Direction, ctx: Ctx, key: string, verdict: Verdict, text: string): void {
  const message = `${nameOf(ctx)} ${text}`;
  // A changed pattern or format may reject old values and return new ones: rate it the way that hurts.
  if (dir === "request") {
    if (verdict === "looser") report(walk, ctx, "request-constraint-loosened", `c:${key}`, message);
    else report(walk, ctx, "request-constraint-tightened", `c:${key}`, message);
  } else if (verdict === "tighter") report(walk, ctx, "response-constraint-tightened", `c:${key}`, message);
  else report(walk, ctx, "response-constraint-loosened", `c:${key}`, message);
}

/** Compares the validation keywords of two views at `ctx`, plus `additionalProperties: false`. */
export function compareConstraints(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx): void {
  for (const key of new Set([...Object.keys(a.constraints), ...Object.keys(b.constraints)])) {
    const was = a.constraints[key];
    const is = b.constraints[key];
    const verdict = judge(key, was, is);
    if (verdict) reportOne(walk, dir, ctx, key, verdict, describe(key, was, is));
  }
  if (a.closed !== b.closed && a.properties.size + b.properties.size > 0) {
    const text = b.closed ? "now rejects unknown fields (additionalProperties: false)" : "now allows unknown fields";
    reportOne(walk, dir, ctx, "additionalProperties", b.closed ? "tighter" : "looser", text);
  }
}
