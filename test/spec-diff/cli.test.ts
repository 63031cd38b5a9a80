import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadDocument } from "../../scripts/lib/openapi.js";
import type { SpecChange } from "../../scripts/spec-diff.js";

const repoRoot = path.join(import.meta.dirname, "../..");
const fixture = (name: string) => path.join(repoRoot, "test/fixtures/spec-diff", name);
const work = mkdtempSync(path.join(tmpdir(), "spec-diff-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run spec:diff` the way npm does (the compiled bundle), with a timeout so a hang fails the test. */
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, "scripts/run-compiled.mjs"), "spec-diff", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 20_000,
  });

function file(name: string, text: string): string {
  const target = path.join(work, name);
  writeFileSync(target, text);
  return target;
}

describe("CLI", () => {
  test("exits 1 and prints the text report when something is breaking", () => {
    const result = run(fixture("keys-v1.yaml"), fixture("keys-v2-breaking.yaml"));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Breaking changes \(1\)\n- #\/components\/schemas\/Permissions\/properties\/thread_read: /);
    expect(result.stdout).toContain("Other changes (1)");
  }, 30_000);

  test("exits 0 and prints a JSON array with --json when nothing is breaking", () => {
    const result = run("--json", fixture("keys-v1.yaml"), fixture("keys-v2-additive.yaml"));
    expect(result.status).toBe(0);
    const changes = JSON.parse(result.stdout) as SpecChange[];
    expect(changes.map((c) => `${c.level} ${c.rule} @ ${c.location}`)).toEqual([
      "info docs-changed @ GET /keys",
      "info optional-parameter-added @ GET /keys parameters.query.limit",
      "info operation-added @ DELETE /keys/{key_id}",
    ]);
  }, 30_000);

  test("exits 2 with the usage on a wrong number of files or an unknown option", () => {
    expect(run(fixture("keys-v1.yaml")).status).toBe(2);
    const unknown = run("--yaml", fixture("keys-v1.yaml"), fixture("keys-v1.yaml"));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("spec-diff: unknown option --yaml");
  }, 30_000);
});

const minimal = (extra: string) => `openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n${extra}`;

/** Each bad input: the file's text (or a builder) and what the message must say. */
const BAD_INPUTS: Array<[string, () => string, RegExp]> = [
  ["a missing file", () => path.join(work, "missing.yaml"), /ENOENT/],
  ["a file that is not OpenAPI", () => file("not-openapi.json", '{"hello": "world"}'), /not an OpenAPI document \(no `openapi` version key\)/],
  ["a Swagger 2.0 file", () => file("swagger.yaml", 'swagger: "2.0"\npaths: {}\n'), /Swagger 2\.0 is not supported/],
  ["an OpenAPI 2.x version string", () => file("v2.yaml", 'openapi: "2.0"\npaths: {}\n'), /OpenAPI 2\.0 is not supported; expected 3\.0 or 3\.1/],
  ["invalid JSON", () => file("broken.json", '{"openapi": "3.1.0",'), /invalid JSON/],
  ["invalid YAML", () => file("broken.yaml", "openapi: [3.1.0\n"), /invalid YAML/],
  ["YAML with duplicate keys", () => file("dupes.yaml", minimal("info: {title: again, version: '2'}\n")), /invalid YAML \(Map keys must be unique/],
  [
    "YAML with anchors and aliases (a billion-laughs bomb)",
    () =>
      file(
        "laughs.yaml",
        minimal(
          `x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nx-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nx-c: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n`,
        ),
      ),
    /YAML alias \*a found; OpenAPI documents reuse parts with \$ref, not anchors/,
  ],
  [
    "a $ref that does not resolve",
    () => file("dangling.yaml", minimal("components:\n  schemas:\n    A: {$ref: '#/components/schemas/Missing'}\n")),
    /\$ref #\/components\/schemas\/Missing does not resolve to anything in the document/,
  ],
  [
    "a $ref to another file",
    () => file("external.yaml", minimal("components:\n  schemas:\n    A: {$ref: 'other.yaml#/B'}\n")),
    /\$ref other\.yaml#\/B points outside the document; bundle it into one file first/,
  ],
  [
    "a cyclic schema (a $ref chain that never reaches a schema)",
    () => file("cycle.yaml", minimal("components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n")),
    /\$ref cycle with no schema in it: #\/components\/schemas\/(A|B) -> #\/components\/schemas\/(A|B) -> /,
  ],
  [
    "a 50 MB file",
    () => {
      const target = file("huge.json", "");
      truncateSync(target, 50 * 1024 * 1024);
      return target;
    },
    /file is 50\.0 MB, above the 16 MB limit for one document/,
  ],
];

describe("bad input: a clear message, exit code 2, no stack trace, no hang", () => {
  test.each(BAD_INPUTS)(
    "%s",
    (_name, build, message) => {
      const bad = build();
      const result = run(fixture("keys-v1.yaml"), bad);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(new RegExp(`^spec-diff: cannot read ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    },
    30_000,
  );

  test("a recursive schema (a tree of nodes) is valid input, not a cycle", () => {
    const tree = file(
      "tree.yaml",
      minimal(
        "components:\n  schemas:\n    Node:\n      type: object\n      properties:\n        children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n",
      ),
    );
    expect(() => loadDocument(tree)).not.toThrow();
    expect(run(tree, tree).status).toBe(0);
  }, 30_000);
});

describe("the compiled bundle", () => {
  const bundle = path.join(repoRoot, "dist-scripts/spec-diff.mjs");
  const stamp = `${bundle}.hash`;
  const small = fixture("keys-v1.yaml");

  test("is rebuilt when its stamp does not match scripts/, and left alone when it does", () => {
    expect(run(small, small).status).toBe(0);
    const hash = readFileSync(stamp, "utf8");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const builtAt = statSync(bundle).mtimeMs;
    expect(run(small, small).status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(builtAt);
    writeFileSync(stamp, "stale");
    expect(run(small, small).status).toBe(0);
    expect(readFileSync(stamp, "utf8")).toBe(hash);
  }, 60_000);
});
