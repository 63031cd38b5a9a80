/**
 *   npm run bench:spec-diff
 *
 * Start-up time of `spec:diff` (the compiled bundle, as `npm run spec:diff` runs it) and the time to compare
 * two ~1 MB specs. The pair is synthetic and deterministic: 85 resources with five operations each, one
 * component schema of 40 described properties per resource; the new side drops, adds and retypes fields,
 * adds enum values and tightens constraints, so every rule family has work to do.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const RESOURCES = 85;
const FIELDS = 40;

function schema(r: number, changed: boolean): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let f = 0; f < FIELDS; f++) {
    if (changed && f === 3) continue;
    const kind = f % 4;
    const description = `Field ${f} of resource ${r}: what it holds, where it comes from and when it changes.`;
    properties[`field_${f}`] =
      kind === 0
        ? { type: "string", maxLength: changed && f === 8 ? 32 : 64, description }
        : kind === 1
          ? { type: changed && f === 5 ? "string" : "integer", minimum: 0, description }
          : kind === 2
            ? { type: "string", enum: changed && f === 6 ? ["a", "b", "c"] : ["a", "b"], description }
            : { type: "array", items: { type: "string" }, description };
  }
  if (changed) properties.field_new = { type: "string", description: "Added in the new version." };
  return { type: "object", required: ["field_0", "field_1"], properties };
}

function spec(changed: boolean): object {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let r = 0; r < RESOURCES; r++) {
    const ref = { $ref: `#/components/schemas/Resource${r}` };
    const ok = {
      "200": { description: "ok", content: { "application/json": { schema: ref } } },
      default: { description: "error" },
    };
    const body = { required: true, content: { "application/json": { schema: ref } } };
    const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
    paths[`/resources${r}`] = {
      get: {
        operationId: `list${r}`,
        parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
        responses: ok,
      },
      post: { operationId: `create${r}`, requestBody: body, responses: ok },
    };
    paths[`/resources${r}/{id}`] = {
      get: { operationId: `get${r}`, parameters: idParam, responses: ok },
      patch: { operationId: `update${r}`, parameters: idParam, requestBody: body, responses: ok },
      delete: { operationId: `delete${r}`, parameters: idParam, responses: { "204": { description: "done" } } },
    };
    schemas[`Resource${r}`] = schema(r, changed);
  }
  return { openapi: "3.1.0", info: { title: "Bench", version: changed ? "2" : "1" }, paths, components: { schemas } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** tsx passes its loader to child processes through NODE_OPTIONS; the CLI must start without it. */
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_OPTIONS"));
const COMPILED = [join(root, "scripts/run-compiled.mjs"), "spec-diff"];
/** The same CLI through tsx, as `spec:diff` ran before: the figure the compiled bundle is measured against. */
const TSX = ["--import", "tsx", join(root, "scripts/spec-diff.ts")];

function time(args: string[], runs: number, entry = COMPILED): { ms: number; stdout: string } {
  const samples: number[] = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [...entry, ...args], { encoding: "utf8", cwd: root, env: CLEAN_ENV });
    samples.push(performance.now() - start);
    if (result.status === 2) throw new Error(result.stderr);
    stdout = result.stdout;
  }
  return { ms: median(samples), stdout };
}

const work = mkdtempSync(join(tmpdir(), "bench-spec-diff-"));
try {
  const before = join(work, "before.json");
  const after = join(work, "after.json");
  writeFileSync(before, JSON.stringify(spec(false), null, 2));
  writeFileSync(after, JSON.stringify(spec(true), null, 2));
  const small = join(root, "test/fixtures/spec-diff/keys-v1.yaml");
  time([small, small], 1); // builds the bundle if it is stale
  const startup = time([small, small], 11);
  const viaTsx = time([small, small], 5, TSX);
  const big = time(["--json", before, after], 5);
  const changes = JSON.parse(big.stdout) as Array<{ level: string }>;
  const count = (level: string) => changes.filter((c) => c.level === level).length;
  const mb = (file: string) => (statSync(file).size / 1024 / 1024).toFixed(2);
  console.log("| what | median |");
  console.log("|---|---:|");
  console.log(`| start-up: two 2 kB specs (keys-v1.yaml), whole process | ${startup.ms.toFixed(0)} ms |`);
  console.log(`| the same through tsx (how spec:diff ran before) | ${viaTsx.ms.toFixed(0)} ms |`);
  console.log(`| two specs of ${mb(before)} / ${mb(after)} MB, whole process | ${big.ms.toFixed(0)} ms |`);
  console.log(`\n${changes.length} changes on the large pair: ${count("breaking")} breaking, ${count("warning")} warnings, ${count("info")} info`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
