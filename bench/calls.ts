/**
 * npm run bench: per-call cost of `apiKeys.create` and `apiKeys.list` done four ways (raw fetch, raw
 * openapi-fetch, vendor-auth/agentmail, the official `agentmail` SDK) plus openapi-fetch with our case
 * converter as a reference, all over the same in-memory fetch; then the throughput of the converters.
 * Every way is checked once (request sent, data parsed) before anything is timed, so a broken path
 * cannot look fast. Results are Markdown tables (BENCHMARKS.md holds a run).
 *
 * `--smoke` (or BENCH_SMOKE=1): a handful of iterations per case, same checks and table, no timing claims.
 * Ours is imported from src/ (run through tsx), so no build is needed.
 */
import { deepStrictEqual, strictEqual } from "node:assert/strict";
import { cpus } from "node:os";
import { AgentMailClient as OfficialClient, serialization } from "agentmail";
import createClient from "openapi-fetch";
import { Bench, type Task } from "tinybench";
import { AgentMailClient } from "../src/agentmail/index.js";
import type { paths } from "../src/agentmail/generated/types.js";
import { operations } from "../src/agentmail/generated/meta.js";
import * as calls from "../src/agentmail/generated/calls.js";
import { toWire, type Shape } from "../src/core/shape.js";
import { referenceFromWire } from "../test/fixtures/core/reference-from-wire.js";
import { API_KEY, BASE_URL, CREATE_INPUT, CREATE_WIRE, FLAGS, LIST_BODY, LIST_SIZE, camel, captureRequests, fakeFetch } from "./fixtures.js";

const smoke = process.argv.includes("--smoke") || process.env.BENCH_SMOKE === "1";

/** One way of making the two calls. `snake` says whether its results keep the wire's key names. */
interface Way {
  name: string;
  snake: boolean;
  create(): Promise<any>;
  list(): Promise<any>;
}

const auth = { authorization: `Bearer ${API_KEY}` };
const openapi = createClient<paths>({ baseUrl: BASE_URL, fetch: fakeFetch, headers: auth });
const ours = new AgentMailClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: fakeFetch });
// The official SDK takes a custom fetch and base URL as options (BaseClientOptions.fetch/baseUrl): no globals patched.
const official = new OfficialClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: fakeFetch });

const WAYS: Way[] = [
  {
    name: "raw fetch + JSON",
    snake: true,
    async create() {
      const init = { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify(CREATE_WIRE) };
      return (await fakeFetch(`${BASE_URL}/v0/api-keys`, init)).json();
    },
    async list() {
      return (await fakeFetch(`${BASE_URL}/v0/api-keys?limit=${LIST_SIZE}`, { method: "GET", headers: auth })).json();
    },
  },
  {
    name: "openapi-fetch",
    snake: true,
    async create() {
      return (await openapi.POST("/v0/api-keys", { body: CREATE_WIRE })).data;
    },
    async list() {
      return (await openapi.GET("/v0/api-keys", { params: { query: { limit: LIST_SIZE } } })).data;
    },
  },
  {
    // Not one of the four: openapi-fetch plus our converter both ways, to show what renaming alone costs.
    name: "openapi-fetch + our converters",
    snake: false,
    async create() {
      const body = toWire(CREATE_INPUT, operations.createApiKey.request) as typeof CREATE_WIRE;
      return calls.createApiKey.decode((await openapi.POST("/v0/api-keys", { body })).data);
    },
    async list() {
      return calls.listApiKeys.decode((await openapi.GET("/v0/api-keys", { params: { query: { limit: LIST_SIZE } } })).data);
    },
  },
  {
    name: "vendor-auth",
    snake: false,
    create: () => ours.apiKeys.create(CREATE_INPUT),
    list: () => ours.apiKeys.list({ limit: LIST_SIZE }),
  },
  {
    name: "agentmail (official)",
    snake: false,
    create: () => official.apiKeys.create(CREATE_INPUT),
    list: () => official.apiKeys.list({ limit: LIST_SIZE }),
  },
];

/** Fails loudly unless `way` sends the right request and returns the full parsed answer, in its own casing. */
async function check(way: Way): Promise<void> {
  const key = (wire: string): string => (way.snake ? wire : camel(wire));
  // Compared by wire name: the official SDK knows fewer flags than our spec and hands newer ones back unrenamed.
  const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const definedKeys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined).map(snake);
  let created: any;
  const [post] = await captureRequests(async () => (created = await way.create()));
  strictEqual(post?.method, "POST", way.name);
  strictEqual(post.url, `${BASE_URL}/v0/api-keys`, way.name);
  deepStrictEqual(JSON.parse(post.body), CREATE_WIRE, `${way.name}: create request body`);
  deepStrictEqual(definedKeys(created.permissions), FLAGS, `${way.name}: ${FLAGS.length} permissions`);
  strictEqual(created[key("api_key")], "am_secret_0123456789abcdef", `${way.name}: secret`);
  let page: any;
  const [get] = await captureRequests(async () => (page = await way.list()));
  strictEqual(get?.url, `${BASE_URL}/v0/api-keys?limit=${LIST_SIZE}`, way.name);
  const keys = page[key("api_keys")];
  strictEqual(keys.length, LIST_SIZE, `${way.name}: ${LIST_SIZE} keys`);
  strictEqual(keys[LIST_SIZE - 1][key("api_key_id")], `key_${LIST_SIZE - 1}`, `${way.name}: key ids`);
  deepStrictEqual(definedKeys(keys[LIST_SIZE - 1].permissions), FLAGS, `${way.name}: listed permissions`);
}

function newBench(): Bench {
  return smoke
    ? new Bench({ iterations: 5, time: 0, warmup: false, throws: true })
    : new Bench({ time: 2_000, warmupTime: 500, throws: true });
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

async function benchCalls(op: "create" | "list"): Promise<Row[]> {
  const bench = newBench();
  for (const way of WAYS) bench.add(way.name, () => way[op]());
  await bench.run();
  return bench.tasks.map(rowOf);
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
  const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value), function (this: unknown, _key, v) {
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
console.log(`All ${WAYS.length} ways checked: create sends the right body and returns ${FLAGS.length} permissions; list returns ${LIST_SIZE} keys.`);
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}${smoke ? " (smoke mode: timings mean nothing)" : ""}`);

printTable(`apiKeys.create (name + 3 permissions; answer with ${FLAGS.length} flags)`, await benchCalls("create"), "openapi-fetch");
printTable(`apiKeys.list (${LIST_SIZE} keys, ${FLAGS.length} flags each)`, await benchCalls("list"), "openapi-fetch");
const converter = await benchConverter();
printTable("Case conversion of one permissions object (the flags both SDKs know)", converter.permissions, "toWire (ours)");
printTable(`Case conversion of one parsed list page (${LIST_SIZE} keys)`, converter.page, "generated converter, page (ours)");
