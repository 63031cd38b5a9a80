/**
 * The security family: which credentials an operation demands, and how each scheme sends them. A caller
 * holding the credentials of any old alternative must still satisfy some new alternative.
 */
import { arrayOf, child, type Ctx, type Json, rec, report, same, type Walk } from "./model.js";

interface Security {
  requirements: Json[];
  global: boolean;
}

function effective(doc: Json, op: Json): Security {
  if (Array.isArray(op.security)) return { requirements: op.security.map(rec), global: false };
  return { requirements: arrayOf(doc.security).map(rec), global: true };
}

/** Each alternative as the set of schemes and `scheme:scope`s it demands; no alternatives = no auth. */
function credentialSets(requirements: readonly Json[]): Set<string>[] {
  if (requirements.length === 0) return [new Set()];
  return requirements.map(
    (requirement) =>
      new Set(Object.entries(requirement).flatMap(([scheme, scopes]) => [scheme, ...arrayOf(scopes).map((s) => `${scheme}:${String(s)}`)])),
  );
}

function format(requirements: readonly Json[]): string {
  const alternatives = requirements.map((requirement) => {
    const schemes = Object.entries(requirement).map(([scheme, scopes]) =>
      arrayOf(scopes).length > 0 ? `${scheme} (${arrayOf(scopes).join(", ")})` : scheme,
    );
    return schemes.length > 0 ? schemes.join(" + ") : "no authentication";
  });
  return alternatives.length > 0 ? alternatives.join(" or ") : "no authentication";
}

const sorted = (sets: Set<string>[]): string[] => sets.map((s) => [...s].sort().join("+")).sort();

/** The fields of a security scheme that decide what goes on the wire. */
const WIRE_FIELDS = ["type", "in", "name", "scheme", "openIdConnectUrl", "flows"] as const;

function compareSchemes(walk: Walk, a: Security, b: Security): void {
  const used = new Set(b.requirements.flatMap((r) => Object.keys(r)));
  for (const name of a.requirements.flatMap((r) => Object.keys(r))) {
    if (!used.has(name)) continue;
    used.delete(name);
    const was = rec(rec(rec(walk.oldDoc.components).securitySchemes)[name]);
    const is = rec(rec(rec(walk.newDoc.components).securitySchemes)[name]);
    const norm = (v: unknown, key: string): unknown => (key === "scheme" && typeof v === "string" ? v.toLowerCase() : v);
    const changed = WIRE_FIELDS.filter((key) => !same(norm(was[key], key), norm(is[key], key)));
    if (changed.length === 0) continue;
    const pointer = child("#/components/securitySchemes", name);
    const ctx: Ctx = { location: pointer, pointer, name, rootLabel: name, shared: true };
    const detail = changed.map((key) => `${key} ${JSON.stringify(was[key])} -> ${JSON.stringify(is[key])}`).join(", ");
    report(walk, ctx, "security-scheme-changed", "scheme", `security scheme \`${name}\` now sends credentials differently (${detail})`);
  }
}

/** Compares the effective security of two versions of one operation (`a`, `b` are the operation objects). */
export function compareSecurity(walk: Walk, a: Json, b: Json, pointer: string): void {
  const was = effective(walk.oldDoc, a);
  const is = effective(walk.newDoc, b);
  compareSchemes(walk, was, is);
  if (same(sorted(credentialSets(was.requirements)), sorted(credentialSets(is.requirements)))) return;
  const shared = was.global && is.global;
  const location = shared ? "security" : `${walk.operation} security`;
  const ctx: Ctx = {
    location,
    pointer: shared ? "#/security" : child(pointer, "security"),
    name: "",
    rootLabel: "",
    shared,
  };
  const needed = credentialSets(is.requirements);
  const breaking = credentialSets(was.requirements).some((held) => !needed.some((set) => [...set].every((c) => held.has(c))));
  const change = `${format(is.requirements)} (was ${format(was.requirements)})`;
  if (breaking) report(walk, ctx, "security-requirement-added", "security", `authentication now requires ${change}`);
  else report(walk, ctx, "security-requirement-relaxed", "security", `authentication relaxed to ${change}`);
}
