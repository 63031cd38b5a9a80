/**
 * npm run bench:import: cold `import()` of `vendor-auth/agentmail` (the built dist, reached through the
 * package's own exports map) against the official `agentmail` SDK, each in a fresh Node process.
 * The child times the dynamic import with performance.now(); the parent also times the whole process.
 * Runs alternate between the two so that drift in machine load hits both alike. Run `npm run build` first.
 *
 * Options: `--runs N` (default 20, at least 10).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runsArg = process.argv.indexOf("--runs");
const runs = Math.max(10, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20);

if (!existsSync(`${root}dist/agentmail.js`)) {
  console.error("dist/agentmail.js is missing: run `npm run build` first.");
  process.exit(1);
}

/**
 * What each child imports: a bare specifier, resolved from the repo (the first by package self-reference).
 * The empty one imports nothing: its wall time is Node's own start-up, common to the other two.
 */
const TARGETS = { "vendor-auth/agentmail": "vendor-auth/agentmail", "agentmail (official)": "agentmail", "(nothing: Node start-up)": "" };

/** One cold import in a new process: the import's own time and the process's, in ms. */
function once(specifier: string): { importMs: number; wallMs: number } {
  const load = specifier ? `await import(${JSON.stringify(specifier)});` : "";
  // The time is taken before touching process.stdout, whose lazy set-up alone costs about 2 ms.
  const child = `const t = performance.now(); ${load} const ms = performance.now() - t;
process.stdout.write(String(ms));`;
  const start = process.hrtime.bigint();
  // --input-type=module -e: the eval'd module lives in cwd, so the self-reference resolves.
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", child], { cwd: root, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`import(${specifier}) failed:\n${result.stderr}`);
  return { importMs: Number(result.stdout), wallMs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type Samples = { importMs: number[]; wallMs: number[] };
const samples = new Map<string, Samples>();
for (const name of Object.keys(TARGETS)) samples.set(name, { importMs: [], wallMs: [] });
// One unrecorded round first, so both start with the files in the OS cache.
for (const specifier of Object.values(TARGETS)) once(specifier);
for (let i = 0; i < runs; i++) {
  for (const [name, specifier] of Object.entries(TARGETS)) {
    const { importMs, wallMs } = once(specifier);
    samples.get(name)!.importMs.push(importMs);
    samples.get(name)!.wallMs.push(wallMs);
  }
}

const f = (n: number): string => n.toFixed(1);
console.log(`Cold import in a fresh process, ${runs} runs each, Node ${process.version}\n`);
console.log("| module | import() median ms | min | max | process wall median ms | min | max |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [name, { importMs, wallMs }] of samples) {
  const range = (xs: number[]) => `${f(median(xs))} | ${f(Math.min(...xs))} | ${f(Math.max(...xs))}`;
  console.log(`| ${name} | ${range(importMs)} | ${range(wallMs)} |`);
}
const [ours, official, bare] = Object.keys(TARGETS).map((name) => samples.get(name)!) as [Samples, Samples, Samples];
const share = (a: number, b: number): string => `${(a / b).toFixed(3)} (1/${(b / a).toFixed(1)})`;
const beyondStartup = (xs: number[]): number => median(xs) - median(bare.wallMs);
console.log(`\nours/official, median import(): ${share(median(ours.importMs), median(official.importMs))}`);
console.log(`ours/official, median process wall: ${share(median(ours.wallMs), median(official.wallMs))}`);
console.log(`ours/official, median process wall beyond Node start-up: ${share(beyondStartup(ours.wallMs), beyondStartup(official.wallMs))}`);
