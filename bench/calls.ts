/**
 * npm run bench: per-call cost of `apiKeys.create`, `get`, `list` (50 and 500 keys) and a mixed workload,
 * done four ways (raw fetch, raw openapi-fetch, vendor-auth/agentmail, the official `agentmail` SDK) plus
 * openapi-fetch with our converters as a reference, all over the same in-memory fetch (bench/ways.ts);
 * then the heap bytes each way allocates per call, the first call in a fresh process, and the throughput
 * of the converters. Every way is checked once (requests sent, data parsed) before anything is timed, so
 * a broken path cannot look fast. Results are Markdown tables (BENCHMARKS.md holds a run).
 *
 * `--smoke` (or BENCH_SMOKE=1): a handful of iterations per case, same checks and tables, no timing claims.
 * Ours is imported from src/ (run through tsx), so no build is needed.
 */
import { execFile } from "node:child_process";
import { deepStrictEqual, strictEqual } from "node:assert/strict";
import { cpus } from "node:os";
import { promisify } from "node:util";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { serialization } from "agentmail";
import { Bench, type Task } from "tinybench";
import * as calls from "../src/agentmail/generated/calls.js";
import { operations } from "../src/agentmail/generated/meta.js";
import { toWire, type Shape } from "../src/core/shape.js";
import { referenceFromWire } from "../test/fixtures/core/reference-from-wire.js";
import { BASE_URL, CREATE_WIRE, FLAGS, LARGE_LIST_SIZE, LIST_BODY, LIST_SIZE, camel, captureRequests } from "./fixtures.js";
import { CASES, KEY_ID, createWays, type Way } from "./ways.js";

const smoke = process.argv.includes("--smoke") || process.env.BENCH_SMOKE === "1";
const WAYS = createWays();
const OURS = "vendor-auth";
const OPENAPI = "openapi-fetch";
const OFFICIAL = "agentmail (official)";

/** Fails loudly unless `way` sends the right requests and returns the full parsed answers, in its own casing. */
async function check(way: Way): Promise<void> {
  const key = (wire: string): string => (way.snake ? wire : camel(wire));
  // Compared by wire name: the official SDK knows fewer flags than our spec and hands newer ones back unrenamed.
  const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const definedKeys = (o: Record<string, unknown>) =>
    Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .map(snake);
  let created: any;
  const [post] = await captureRequests(async () => (created = await way.create()));
  strictEqual(post?.method, "POST", way.name);
  strictEqual(post.url, `${BASE_URL}/v0/api-keys`, way.name);
  deepStrictEqual(JSON.parse(post.body), CREATE_WIRE, `${way.name}: create request body`);
  deepStrictEqual(definedKeys(created.permissions), FLAGS, `${way.name}: ${FLAGS.length} permissions`);
  strictEqual(created[key("api_key")], "am_secret_0123456789abcdef", `${way.name}: secret`);
  let got: any;
  const [get] = await captureRequests(async () => (got = await way.get()));
  strictEqual(get?.url, `${BASE_URL}/v0/api-keys/${KEY_ID}`, way.name);
  strictEqual(got[key("api_key_id")], KEY_ID, `${way.name}: get`);
  deepStrictEqual(definedKeys(got.permissions), FLAGS, `${way.name}: permissions of the key read`);
  for (const size of [LIST_SIZE, LARGE_LIST_SIZE]) {
    let page: any;
    const [list] = await captureRequests(async () => (page = await way.list(size)));
    strictEqual(list?.url, `${BASE_URL}/v0/api-keys?limit=${size}`, way.name);
    const keys = page[key("api_keys")];
    strictEqual(keys.length, size, `${way.name}: ${size} keys`);
    strictEqual(keys[size - 1][key("api_key_id")], `key_${size - 1}`, `${way.name}: key ids`);
    deepStrictEqual(definedKeys(keys[size - 1].permissions), FLAGS, `${way.name}: listed permissions`);
  }
  const [del] = await captureRequests(() => way.delete());
  strictEqual(`${del?.method} ${del?.url}`, `DELETE ${BASE_URL}/v0/api-keys/${KEY_ID}`, way.name);
}

/** Rounds per call case (see benchCase), each giving every way 400 ms after a 100 ms warm-up. */
const ROUNDS = 7;

function newBench(): Bench {
  return smoke ? new Bench({ iterations: 5, time: 0, warmup: false, throws: true }) : new Bench({ time: 400, warmupTime: 100, throws: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Row {
  name: string;
  opsPerSec: number;
  meanUs: number;
  p99Us: number;
}

function rowOf(task: Task): Row {
  const result = task.result;
  if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
  // ops/s as the reciprocal of the mean latency, so the three columns agree with each other.
  return { name: task.name, opsPerSec: 1_000 / result.latency.mean, meanUs: result.latency.mean * 1_000, p99Us: result.latency.p99 * 1_000 };
}

const fmt = (n: number, digits = 1): string => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Prints a Markdown table; `baseline` names the row every ratio is taken against. */
function printTable(title: string, rows: Row[], baseline?: string): void {
  const base = rows.find((row) => row.name === baseline);
  console.log(`\n### ${title}\n`);
  console.log(`| way | ops/s | mean µs | p99 µs |${base ? ` vs ${baseline} |` : ""}`);
  console.log(`|---|---:|---:|---:|${base ? "---:|" : ""}`);
  for (const row of rows) {
    const ratio = base ? ` ${fmt(row.meanUs / base.meanUs, 2)}x |` : "";
    console.log(`| ${row.name} | ${fmt(row.opsPerSec, 0)} | ${fmt(row.meanUs)} | ${fmt(row.p99Us)} |${ratio}`);
  }
}

/**
 * Heap bytes allocated per call over `calls` sequential calls: the growth of the used heap, counting
 * what every garbage collection in between freed (v8.GCProfiler reports the heap before and after each).
 * Bytes outside the JS heap (ArrayBuffer contents) are not counted.
 */
async function allocatedPerCall(run: () => Promise<unknown>, calls: number): Promise<number> {
  for (let i = 0; i < (smoke ? 2 : 50); i++) await run();
  const profiler = new GCProfiler();
  profiler.start();
  const start = getHeapStatistics().used_heap_size;
  for (let i = 0; i < calls; i++) await run();
  const end = getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let total = 0;
  let last = start;
  for (const gc of statistics) {
    total += gc.beforeGC.heapStatistics.usedHeapSize - last;
    last = gc.afterGC.heapStatistics.usedHeapSize;
  }
  return (total + end - last) / calls;
}

interface CaseResult {
  id: string;
  title: string;
  /** Per way: the median over rounds of its mean and p99, and of its mean over each reference's. */
  rows: Array<Row & { vsOpenapi: number; vsOfficial: number }>;
  bytes: Map<string, number>;
  calls: number;
}

/**
 * Times one case for every way in short rounds, the ways one after another in each, and keeps the median
 * of each figure over the rounds: on a shared machine the load moves between rounds, and a ratio taken
 * within one round sees both sides under the same load. Then measures each way's allocations.
 */
async function benchCase({ id, title, run }: (typeof CASES)[number]): Promise<CaseResult> {
  const rounds: Row[][] = [];
  for (let round = 0; round < (smoke ? 1 : ROUNDS); round++) {
    const bench = newBench();
    for (const way of WAYS) bench.add(way.name, () => run(way));
    await bench.run();
    rounds.push(bench.tasks.map(rowOf));
  }
  const of = (rows: Row[], name: string): Row => rows.find((row) => row.name === name)!;
  const rows = WAYS.map(({ name }) => ({
    name,
    opsPerSec: median(rounds.map((r) => of(r, name).opsPerSec)),
    meanUs: median(rounds.map((r) => of(r, name).meanUs)),
    p99Us: median(rounds.map((r) => of(r, name).p99Us)),
    vsOpenapi: median(rounds.map((r) => of(r, name).meanUs / of(r, OPENAPI).meanUs)),
    vsOfficial: median(rounds.map((r) => of(r, name).meanUs / of(r, OFFICIAL).meanUs)),
  }));
  // 10,000 calls each; the 500-key page (1 to 10 ms a call) 1,000, so the run stays within minutes.
  const count = smoke ? 20 : id === "list500" ? 1_000 : 10_000;
  const bytes = new Map<string, number>();
  for (const way of WAYS) bytes.set(way.name, await allocatedPerCall(() => run(way), count));
  return { id, title, rows, bytes, calls: count };
}

function printCase({ title, rows, bytes, calls }: CaseResult): void {
  console.log(`\n### ${title}\n`);
  console.log(`| way | ops/s | mean µs | p99 µs | vs openapi-fetch | vs official | heap B per call (${calls.toLocaleString("en-US")} calls) |`);
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    const ratios = `${fmt(row.vsOpenapi, 2)}x | ${fmt(row.vsOfficial, 2)}x`;
    console.log(`| ${row.name} | ${fmt(row.opsPerSec, 0)} | ${fmt(row.meanUs)} | ${fmt(row.p99Us)} | ${ratios} | ${fmt(bytes.get(row.name)!, 0)} |`);
  }
}

const run = promisify(execFile);

/** The first and second `list(50)` of each way, each sample in a fresh process (bench/first-call.ts), ways alternating. */
async function benchFirstCall(): Promise<void> {
  // Smoke: one process, ours only (each costs Node's and tsx's start-up), so the path is still exercised.
  const samples = smoke ? 1 : 11;
  const ways = smoke ? WAYS.filter((way) => way.name === OURS) : WAYS;
  const times = new Map<string, { first: number[]; second: number[] }>(ways.map((way) => [way.name, { first: [], second: [] }]));
  for (let i = 0; i < samples; i++) {
    for (const way of ways) {
      const { stdout } = await run(process.execPath, ["--import", "tsx", new URL("./first-call.ts", import.meta.url).pathname, way.name, "list50"]);
      const { first, second } = JSON.parse(stdout) as { first: number; second: number };
      times.get(way.name)!.first.push(first);
      times.get(way.name)!.second.push(second);
    }
  }
  const ours = median(times.get(OURS)!.first);
  console.log(`\n### First call in a fresh process: apiKeys.list (50 keys), median of ${samples}\n`);
  console.log("| way | first call ms | second call ms | first: ours vs this way |");
  console.log("|---|---:|---:|---:|");
  for (const [name, { first, second }] of times) {
    console.log(`| ${name} | ${fmt(median(first), 2)} | ${fmt(median(second), 2)} | ${fmt(ours / median(first), 2)}x |`);
  }
}

/** Our converter and the official SDK's serializer, on one permissions object and on one list page. */
async function benchConverter(): Promise<{ permissions: Row[]; page: Row[] }> {
  const shape = (operations.createApiKey.request.properties as Record<string, Shape>).permissions!;
  const officialOptions = { unrecognizedObjectKeys: "passthrough", skipValidation: true } as const;
  const official = serialization.ApiKeyPermissions;
  // Timed on the flags both know: the official SDK's serializer predates some of our spec's flags (it
  // passes them through unrenamed), so a like-for-like object holds only the shared ones.
  const shared = FLAGS.filter((flag) => camel(flag) in (official.parseOrThrow({ [flag]: true }, officialOptions) as object));
  const camelPermissions = Object.fromEntries(shared.map((flag) => [camel(flag), true]));
  const wirePermissions = Object.fromEntries(shared.map((flag) => [flag, true]));
  deepStrictEqual(toWire(camelPermissions, shape), wirePermissions, "toWire");
  deepStrictEqual(calls.readApiKeyPermissions(wirePermissions), camelPermissions, "generated converter");
  deepStrictEqual(referenceFromWire(wirePermissions, shape), camelPermissions, "shape-walking converter");
  deepStrictEqual(official.jsonOrThrow(camelPermissions), wirePermissions, "official json");
  deepStrictEqual(official.parseOrThrow(wirePermissions, officialOptions), camelPermissions, "official parse");
  // The share of apiKeys.list spent renaming keys: one parsed page of 50 keys.
  const page = JSON.parse(LIST_BODY) as unknown;
  const pageShape = operations.listApiKeys.response;
  const officialPage = serialization.ListApiKeysResponse;
  // Compared as JSON with every key in wire form: the official SDK turns date-time strings into Date
  // objects (part of its cost) and leaves the flags it does not know unrenamed.
  const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const asJson = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), function (this: unknown, _key, v) {
      return v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [snake(k), x])) : v;
    });
  deepStrictEqual(asJson(officialPage.parseOrThrow(page, officialOptions)), asJson(calls.readListApiKeysResponse(page)), "official page");

  const bench = newBench();
  bench.add("toWire (ours)", () => void toWire(camelPermissions, shape));
  bench.add("generated converter (ours)", () => void calls.readApiKeyPermissions(wirePermissions));
  bench.add("shape-walking converter (ours before)", () => void referenceFromWire(wirePermissions, shape));
  bench.add("jsonOrThrow (official)", () => void official.jsonOrThrow(camelPermissions));
  bench.add("parseOrThrow (official)", () => void official.parseOrThrow(wirePermissions, officialOptions));
  bench.add("generated converter, page (ours)", () => void calls.readListApiKeysResponse(page));
  bench.add("shape-walking converter, page (ours before)", () => void referenceFromWire(page, pageShape));
  bench.add("parseOrThrow, page (official)", () => void officialPage.parseOrThrow(page, officialOptions));
  await bench.run();
  const rows = bench.tasks.map(rowOf);
  return { permissions: rows.slice(0, 5), page: rows.slice(5) };
}

for (const way of WAYS) await check(way);
console.log(
  `All ${WAYS.length} ways checked: create sends the right body and returns ${FLAGS.length} permissions; get reads ${KEY_ID}; list returns ${LIST_SIZE} and ${LARGE_LIST_SIZE} keys; delete sends DELETE.`,
);
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}${smoke ? " (smoke mode: timings mean nothing)" : ""}`);

const results: CaseResult[] = [];
for (const c of CASES) {
  const result = await benchCase(c);
  results.push(result);
  printCase(result);
}
console.log(`\n### vendor-auth against the others, per case (median over ${smoke ? 1 : ROUNDS} rounds of the mean per call; heap bytes per call)\n`);
console.log("| case | vs openapi-fetch | vs official | heap vs openapi-fetch | heap vs official |");
console.log("|---|---:|---:|---:|---:|");
for (const { id, rows, bytes } of results) {
  const ours = rows.find((row) => row.name === OURS)!;
  const ratio = (a: number, b: number): string => `${fmt(a / b, 2)}x`;
  console.log(
    `| ${id} | ${fmt(ours.vsOpenapi, 2)}x | ${fmt(ours.vsOfficial, 2)}x | ${ratio(bytes.get(OURS)!, bytes.get(OPENAPI)!)} | ${ratio(bytes.get(OURS)!, bytes.get(OFFICIAL)!)} |`,
  );
}
await benchFirstCall();
const converter = await benchConverter();
printTable("Case conversion of one permissions object (the flags both SDKs know)", converter.permissions, "toWire (ours)");
printTable(`Case conversion of one parsed list page (${LIST_SIZE} keys)`, converter.page, "generated converter, page (ours)");
