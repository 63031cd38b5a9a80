/**
 * Walks MIGRATING.md's table so it cannot go stale: every row needs a scenario of its kind (a `same`
 * row one that runs both SDKs and compares them, any other row one that shows our loud failure), every
 * TypeScript `error` row a `@ts-expect-error` in types.test-d.ts, and every scenario a row. The README's
 * counts are checked here too, so they change with the table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { groups } from "./scenarios/index.js";

interface Row {
  id: string;
  official: string;
  kind: "same" | "renamed" | "not supported";
  replacement: string;
  typescript: "compiles" | "error" | "runtime";
}

const ROW = /^\| `([A-Za-z0-9_.]+)` \| (.+?) \| (same|renamed|not supported) \| (.+?) \| (compiles|error|runtime) \|$/;

function readTable(): Row[] {
  const lines = readFileSync("MIGRATING.md", "utf8").split("\n");
  const start = lines.indexOf("| id | official SDK | kind | vendor-auth | TypeScript |");
  expect(start, "MIGRATING.md has lost its table header").toBeGreaterThan(-1);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const match = ROW.exec(line);
    expect(match, `a row MIGRATING.md's layout does not allow: ${line}`).not.toBeNull();
    const [, id, official, kind, replacement, typescript] = match!;
    rows.push({ id: id!, official: official!, kind: kind as Row["kind"], replacement: replacement!, typescript: typescript as Row["typescript"] });
  }
  return rows;
}

/** The row ids each `// row:` marker names, when the next line is a `@ts-expect-error`. */
function typeMarkers(): Set<string> {
  const lines = readFileSync("test/migration/types.test-d.ts", "utf8").split("\n");
  const ids = new Set<string>();
  lines.forEach((line, i) => {
    const marker = /^\s*\/\/ row: (.+)$/.exec(line);
    if (marker && /^\s*\/\/ @ts-expect-error /.test(lines[i + 1] ?? "")) for (const id of marker[1]!.split(", ")) ids.add(id);
  });
  return ids;
}

const rows = readTable();
const scenarios = Object.values(groups).flat();

describe("MIGRATING.md", () => {
  test("has one row per id, in the fixed layout", () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  test.each(rows.map((row) => [row.id, row] as const))("%s has a scenario of its kind", (_, row) => {
    const proving = scenarios.filter((s) => s.rows.includes(row.id));
    // A type does not exist at run time: its @ts-expect-error (checked below) is its whole proof.
    if (row.official.startsWith("`type ")) {
      expect(row.typescript, row.id).toBe("error");
      expect(proving, row.id).toEqual([]);
      return;
    }
    expect(proving.length, `no scenario proves row ${row.id}`).toBeGreaterThan(0);
    const wanted = row.kind === "same" ? "same" : "loud";
    for (const scenario of proving) expect(scenario.kind, `"${scenario.title}" proves ${row.id}`).toBe(wanted);
  });

  test("every TypeScript `error` row has its @ts-expect-error, and no other row does", () => {
    const markers = typeMarkers();
    const errorRows = rows.filter((r) => r.typescript === "error").map((r) => r.id);
    expect([...markers].sort()).toEqual(errorRows.sort());
    // A same row compiles by definition: its scenario is the official code, type-checked against ours.
    for (const row of rows) if (row.kind === "same") expect(row.typescript, row.id).toBe("compiles");
  });

  test("every scenario names rows that exist", () => {
    const ids = new Set(rows.map((r) => r.id));
    for (const scenario of scenarios) for (const id of scenario.rows) expect(ids.has(id), `"${scenario.title}" names ${id}`).toBe(true);
  });

  test("every scenario group has its test file", () => {
    for (const name of Object.keys(groups)) {
      expect(readFileSync(`test/migration/${name}.test.ts`, "utf8")).toMatch(/runScenarios\(\w+Scenarios\)/);
    }
  });

  test("a row is marked **gap** exactly when a scenario of it is a known gap", () => {
    const gapRows = new Set(scenarios.filter((s) => s.gap).flatMap((s) => s.rows));
    for (const row of rows) expect(row.replacement.startsWith("**gap**"), row.id).toBe(gapRows.has(row.id));
  });

  test("README.md gives the counts of the table and the suite", () => {
    const count = (kind: Row["kind"]) => rows.filter((r) => r.kind === kind).length;
    const loud = scenarios.filter((s) => s.kind === "loud").length;
    const gaps = scenarios.filter((s) => s.gap).length;
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(
      `${rows.length} rows (${count("same")} same, ${count("renamed")} renamed, ${count("not supported")} not supported), ` +
        `proved by ${scenarios.length} scenarios: ${scenarios.length - loud} run on both SDKs and compared, ${loud} loud failures, ` +
        `${gaps} known ${gaps === 1 ? "gap" : "gaps"}`,
    );
    expect(readme).toContain("[MIGRATING.md](MIGRATING.md)");
  });
});
