/**
 * Run by growth.test.ts in a fresh Node process with --expose-gc: drives one scenario and prints how
 * much the heap grew once everything the scenario made is unreachable and collected.
 * - "keys": 200,000 distinct response keys through one client (the case-conversion caches); the
 *   second 100,000 are measured.
 * - "tokens": 50,000 Comma clients with distinct tokens and a client-side limit (the limiter registry).
 */
import { createServer } from "node:http";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CommaClient } from "../../src/comma/index.js";

const gc = (globalThis as { gc?: () => void }).gc!;
const scenario = process.argv[2];

/** Heap after a full GC; the pauses let FinalizationRegistry callbacks run, as they would in a live process. */
async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  gc();
  return process.memoryUsage().heapUsed;
}

const KEYS_PER_PAGE = 5_000;
const PAGES = 40;

let page = 0;
const server = createServer((_, response) => {
  page += 1;
  const fields = Array.from({ length: KEYS_PER_PAGE }, (_, i) => `"field_${page}_${i}":1`).join(",");
  response.writeHead(200, { "content-type": "application/json" });
  response.end(`{"count":1,"api_keys":[{"api_key_id":"k","prefix":"am_x","name":"n","created_at":"2020-01-01T00:00:00Z",${fields}}]}`);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

let before = 0;
let units = 0;
if (scenario === "keys") {
  const client = new AgentMailClient({ apiKey: "am_growth", baseUrl });
  // The first half warms up (code, pools, any bounded cache filling); the second half is measured.
  for (let i = 0; i < PAGES / 2; i++) await client.apiKeys.list();
  before = await heap();
  for (let i = 0; i < PAGES / 2; i++) await client.apiKeys.list();
  units = (PAGES / 2) * KEYS_PER_PAGE;
} else if (scenario === "tokens") {
  new CommaClient({ apiKey: "comma_sk_warmup", baseUrl, rateLimit: { requestsPerMinute: 60 } });
  before = await heap();
  units = 50_000;
  for (let i = 0; i < units; i++)
    new CommaClient({ apiKey: `comma_sk_growth_${i}_abcdefghijklmnop`, baseUrl, rateLimit: { requestsPerMinute: 60, windowMs: 10 } });
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const after = await heap();
server.close();
server.closeAllConnections();
console.log(JSON.stringify({ growth: after - before, units }));
