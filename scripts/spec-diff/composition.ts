/**
 * `oneOf`/`anyOf` on either side. A plain schema facing a composed one counts as a single alternative, so a
 * request body wrapped in `oneOf: [old shape, new shape]` reads as "one alternative added", not as every
 * field removed. Alternatives are paired by `$ref`, then by likeness, and paired ones are compared in depth.
 */
import { child, type Ctx, type Direction, nameOf, rec, report, type Walk } from "./model.js";
import { unwrap, variantKey, type View } from "./schema.js";

type CompareFn = (oldRaw: unknown, newRaw: unknown, ctx: Ctx) => void;

interface Alternative {
  raw: unknown;
  key: string;
  index: number;
}

function alternatives(view: View): Alternative[] {
  const members = view.variants ?? [view.schema];
  return members.map((raw, index) => ({ raw, key: variantKey(raw), index }));
}

/** How alike two alternatives look: shared property names count most, then the same declared type. */
function likeness(walk: Walk, a: Alternative, b: Alternative): number {
  const x = unwrap(walk.oldDoc, a.raw).schema;
  const y = unwrap(walk.newDoc, b.raw).schema;
  const names = Object.keys(rec(y.properties));
  const shared = Object.keys(rec(x.properties)).filter((n) => names.includes(n)).length;
  return shared * 2 + (x.type !== undefined && JSON.stringify(x.type) === JSON.stringify(y.type) ? 1 : 0);
}

function pairUp(walk: Walk, olds: Alternative[], news: Alternative[]): Array<[Alternative, Alternative]> {
  const pairs: Array<[Alternative, Alternative]> = [];
  const freeOld = new Set(olds);
  const freeNew = new Set(news);
  for (const a of olds) {
    const b = news.find((n) => freeNew.has(n) && n.key === a.key);
    if (b) {
      pairs.push([a, b]);
      freeOld.delete(a);
      freeNew.delete(b);
    }
  }
  for (const a of [...freeOld]) {
    let best: Alternative | undefined;
    let bestScore = 0;
    for (const b of freeNew) {
      const score = likeness(walk, a, b);
      if (score > bestScore) [best, bestScore] = [b, score];
    }
    if (best) {
      pairs.push([a, best]);
      freeOld.delete(a);
      freeNew.delete(best);
    }
  }
  return pairs;
}

/** Compares the alternatives of `a` and `b` (at least one of them composed), reporting added and removed ones. */
export function compareVariants(walk: Walk, dir: Direction, a: View, b: View, ctx: Ctx, compare: CompareFn): void {
  const olds = alternatives(a);
  const news = alternatives(b);
  const keyword = (view: View): string => (view.schema.anyOf !== undefined ? "anyOf" : "oneOf");
  const pairs = pairUp(walk, olds, news);
  for (const [x, y] of pairs) {
    if (x.key === y.key && a.variants && b.variants) {
      // Same alternative on both sides: only a shared component can differ, and compare() follows it.
      if (x.key.startsWith("#")) compare(x.raw, y.raw, ctx);
      continue;
    }
    const at = b.variants ? { ...ctx, pointer: child(ctx.pointer, keyword(b), String(y.index)) } : ctx;
    compare(x.raw, y.raw, at);
  }
  const added = news.filter((n) => !pairs.some(([, y]) => y === n));
  const removed = olds.filter((o) => !pairs.some(([x]) => x === o));
  reportChoices(walk, dir, ctx, "variant", names(removed), names(added));
}

/**
 * Reports the values (`enum-value`) or alternatives (`variant`) a schema lost and gained, each named in
 * `removed` / `added` ("" for none): a request that accepts fewer, or a response that may carry more, breaks callers.
 */
export function reportChoices(walk: Walk, dir: Direction, ctx: Ctx, what: "enum-value" | "variant", removed: string, added: string): void {
  const subject = nameOf(ctx);
  const facet = what === "variant" ? "variants" : "enum";
  if (dir === "request") {
    if (removed) report(walk, ctx, `request-${what}-removed`, `${facet}-`, `${subject} no longer accepts ${removed}`);
    if (added) report(walk, ctx, `request-${what}-added`, `${facet}+`, `${subject} now also accepts ${added}`);
  } else {
    const mayNow = what === "variant" ? "may now also be" : "may now be";
    if (added) report(walk, ctx, `response-${what}-added`, `${facet}+`, `${subject} ${mayNow} ${added}`);
    if (removed) report(walk, ctx, `response-${what}-removed`, `${facet}-`, `${subject} is no longer ${removed}`);
  }
}

/** Alternatives by component name where they have one (`Card or Bank`), else by position. */
function names(list: readonly Alternative[]): string {
  return list.map((alt) => (alt.key.startsWith("#") ? `\`${alt.key.split("/").at(-1) ?? alt.key}\`` : `alternative ${alt.index + 1}`)).join(" or ");
}
