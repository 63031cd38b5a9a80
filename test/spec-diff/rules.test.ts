import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { resolvePointer } from "../../scripts/lib/openapi.js";
import { diffSpecs, RULES, type RuleId } from "../../scripts/spec-diff.js";

const dir = path.join(import.meta.dirname, "../fixtures/spec-diff/rules");

interface Pair {
  expect: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** A fixture side as a document: `openapi` and `info` are filled in unless the fixture sets them. */
const asDoc = (side: Record<string, unknown>) => ({
  openapi: "3.1.0",
  info: { title: "Fixture", version: "1" },
  ...side,
});

function load(file: string): Pair {
  return parse(readFileSync(path.join(dir, file), "utf8")) as Pair;
}

/** Rules whose reverse change is the same rule (a changed type changes back). */
const SYMMETRIC = new Set<RuleId>([
  "docs-changed",
  "operation-id-changed",
  "path-parameter-renamed",
  "media-type-renamed",
  "request-default-changed",
  "security-scheme-changed",
  "request-type-changed",
  "response-type-changed",
]);

const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

describe("the rule table", () => {
  test("every rule has exactly one fixture pair named after it, and every fixture names a rule", () => {
    expect(files.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual(Object.keys(RULES).sort());
  });

  test("RULES.md lists every rule with its level and family, and states the counts right", () => {
    const text = readFileSync(path.join(import.meta.dirname, "../../scripts/spec-diff/RULES.md"), "utf8");
    const rows = [...text.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (\w+) \|/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(Object.entries(RULES).map(([id, r]) => [id, r.level, r.family]));
    const count = (key: "level" | "family", value: string) => Object.values(RULES).filter((r) => r[key] === value).length;
    const levels = `by level ${count("level", "breaking")} breaking,\n${count("level", "warning")} warning, ${count("level", "info")} info`;
    expect(text).toContain(`**${Object.keys(RULES).length} rules**; ${levels}`);
    const families = ["paths", "parameters", "bodies", "responses", "security", "constraints"] as const;
    expect(text).toContain(`by family ${families.map((f) => `${count("family", f)} ${f}`).join(", ")}.`);
  });

  test("rule ids are kebab-case", () => {
    for (const id of Object.keys(RULES)) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe.each(Object.keys(RULES) as RuleId[])("rule %s", (id) => {
  test("its fixture pair reports exactly the expected rules, at the rule's level, at pointers that exist", () => {
    const pair = load(`${id}.yaml`);
    const before = asDoc(pair.before);
    const after = asDoc(pair.after);
    const changes = diffSpecs(before, after);
    expect(changes.map((c) => c.rule).sort()).toEqual([...pair.expect].sort());
    expect(pair.expect).toContain(id);
    for (const change of changes) {
      expect(change.level).toBe(RULES[change.rule].level);
      expect(change.kind).toBe(change.level === "breaking" ? "breaking" : "non-breaking");
      expect(resolvePointer(after, change.pointer) ?? resolvePointer(before, change.pointer)).toBeDefined();
      expect(change.message).not.toBe("");
    }
  });

  test("the reverse change is reported too, under this rule only where the rule is symmetric", () => {
    const pair = load(`${id}.yaml`);
    const reverse = diffSpecs(asDoc(pair.after), asDoc(pair.before)).map((c) => c.rule);
    if (SYMMETRIC.has(id)) expect(reverse).toContain(id);
    else expect(reverse).not.toContain(id);
    // Un-deprecating an operation is not worth a line; every other reverse change is.
    if (id !== "operation-deprecated") expect(reverse.length).toBeGreaterThan(0);
  });
});
