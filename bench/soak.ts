/**
 * npm run bench:soak: 100,000 mixed calls across the four vendors against one loopback `node:http`
 * server, with the heap (after a full GC) and RSS sampled every 10,000 calls. The mix, per 100 calls:
 * 78 successes, 8 answered 429 and 4 answered 503 (half of each retried once with `Retry-After: 0`, then
 * a success), 4 aborted by their signal while the server holds them, 4 timed out, 2 answered 404.
 * Prints a Markdown table and the growth per 10,000 calls, measured from the 10,000th call (after warm-up).
 * Not part of CI's timed path. `--calls N` runs fewer (a multiple of 10,000 keeps the table honest).
 */
import { createServer, type ServerResponse } from "node:http";
import { AgentMailClient } from "../src/agentmail/index.js";
import { CallMissedClient } from "../src/callmissed/index.js";
import { CommaClient } from "../src/comma/index.js";
import { CommunalClient } from "../src/communal/index.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:soak does)");
const argIndex = process.argv.indexOf("--calls");
const CALLS = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 100_000;
const SAMPLE_EVERY = 10_000;
const CONCURRENCY = 32;

type Kind = "ok" | "429" | "429-then-ok" | "503" | "503-then-ok" | "abort" | "timeout" | "404";
const MIX: Kind[] = [
  ...Array<Kind>(78).fill("ok"),
  ...Array<Kind>(4).fill("429"),
  ...Array<Kind>(4).fill("429-then-ok"),
  ...Array<Kind>(2).fill("503"),
  ...Array<Kind>(2).fill("503-then-ok"),
  ...Array<Kind>(4).fill("abort"),
  ...Array<Kind>(4).fill("timeout"),
  ...Array<Kind>(2).fill("404"),
];

const BODIES: Record<string, string> = {
  "/v0/api-keys": '{"count":0,"api_keys":[]}',
  "/users/1": '{"id":"1","name":"Ada","email":"a@example.com","date_of_birth":"1815-12-10"}',
  "/anthropic/v1/models": '{"data":[]}',
  "/me/usage": '{"requests":1}',
};

// Attempts seen per call id, so "-then-ok" kinds fail once and then succeed.
const attempts = new Map<string, number>();
const held = new Set<ServerResponse>();
const server = createServer((request, response) => {
  const kind = request.headers["x-soak-kind"] as Kind;
  const id = String(request.headers["x-soak-id"]);
  const path = (request.url ?? "").split("?")[0]!;
  const retried = kind.endsWith("-then-ok");
  const seen = retried ? (attempts.get(id) ?? 0) + 1 : 1;
  if (retried) attempts.set(id, seen);
  const fail = (status: number) => {
    response.writeHead(status, { "content-type": "application/json", "retry-after": "0" });
    response.end('{"message":"soak","error":"soak"}');
  };
  if (kind === "abort" || kind === "timeout") {
    held.add(response);
    response.on("close", () => held.delete(response));
    return;
  }
  if (kind === "404") return fail(404);
  if (kind === "429" || (kind === "429-then-ok" && seen === 1)) return fail(429);
  if (kind === "503" || (kind === "503-then-ok" && seen === 1)) return fail(503);
  attempts.delete(id);
  response.writeHead(200, { "content-type": "application/json" });
  response.end(BODIES[path] ?? "{}");
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const common = { baseUrl, maxRetries: 0, timeoutMs: 10_000 };
const agentmail = new AgentMailClient({ ...common, apiKey: "am_soak_AAAABBBBCCCCDDDD" });
const communal = new CommunalClient({ ...common, apiKey: "communal_soak_AAAABBBBCCCCDDDD" });
const callmissed = new CallMissedClient({ ...common, apiKey: "cm_soak_AAAABBBBCCCCDDDD" });
const comma = new CommaClient({ ...common, apiKey: "comma_sk_soak_AAAABBBBCCCCDDDD" });

type Options = { headers: Record<string, string>; signal?: AbortSignal; maxRetries: number; timeoutMs: number };
const READS: Array<(options: Options) => Promise<unknown>> = [
  (o) => agentmail.apiKeys.list({}, o),
  (o) => communal.users.get(1, {}, o),
  (o) => callmissed.models.list(o),
  (o) => comma.me.usage(o),
];

const outcomes = new Map<string, number>();
async function one(i: number): Promise<void> {
  const kind = MIX[i % MIX.length]!;
  const options: Options = {
    headers: { "x-soak-kind": kind, "x-soak-id": String(i) },
    maxRetries: kind.endsWith("-then-ok") ? 1 : 0,
    timeoutMs: kind === "timeout" ? 20 : 10_000,
  };
  if (kind === "abort") options.signal = AbortSignal.timeout(5);
  const outcome = await READS[i % READS.length]!(options).then(
    () => "ok",
    (error: Error) => error.name,
  );
  outcomes.set(`${kind} -> ${outcome}`, (outcomes.get(`${kind} -> ${outcome}`) ?? 0) + 1);
}

function sample(calls: number) {
  for (let i = 0; i < 3; i++) gc!();
  const { heapUsed, rss } = process.memoryUsage();
  return { calls, heapUsed, rss };
}

const samples = [sample(0)];
const started = performance.now();
let next = 0;
for (let done = 0; done < CALLS; done += SAMPLE_EVERY) {
  const end = Math.min(CALLS, done + SAMPLE_EVERY);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < end) await one(next++);
    }),
  );
  samples.push(sample(end));
}
const seconds = (performance.now() - started) / 1000;
for (const response of held) response.destroy();
server.close();
server.closeAllConnections();

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
console.log(
  `\n${CALLS.toLocaleString("en")} calls in ${seconds.toFixed(1)} s (${Math.round(CALLS / seconds)} calls/s), ${CONCURRENCY} in flight, Node ${process.version}\n`,
);
console.log("| calls | heap after GC (MB) | RSS (MB) |\n|---:|---:|---:|");
for (const s of samples) console.log(`| ${s.calls.toLocaleString("en")} | ${mb(s.heapUsed)} | ${mb(s.rss)} |`);
const first = samples.find((s) => s.calls >= SAMPLE_EVERY) ?? samples[0]!;
const last = samples.at(-1)!;
const steps = Math.max(1, (last.calls - first.calls) / SAMPLE_EVERY);
console.log(
  `\nGrowth per 10,000 calls from ${first.calls.toLocaleString("en")} to ${last.calls.toLocaleString("en")}: ` +
    `heap ${((last.heapUsed - first.heapUsed) / steps / 1024).toFixed(1)} kB, RSS ${((last.rss - first.rss) / steps / 1024).toFixed(1)} kB`,
);
console.log("\n| kind -> outcome | calls |\n|---|---:|");
for (const [key, count] of [...outcomes].sort()) console.log(`| ${key} | ${count.toLocaleString("en")} |`);
