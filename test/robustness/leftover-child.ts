/**
 * Run by leftover.test.ts in a fresh Node process: makes one call with a 60 s timeout, prints when it
 * settled, and must then exit on its own (no process.exit here): any timer or handle of ours left behind
 * would keep the process alive.
 */
import { createServer } from "node:http";
import { AgentMailClient } from "../../src/agentmail/index.js";

const scenario = process.argv[2];
let port = 9; // the discard port: nothing listens there, so the connection is refused

// A tiny local server: 500 for "error", a key list for "success", silence for "abort". Closed once the call settles.
const local = createServer((_request, response) => {
  if (scenario === "abort") return; // never answers: the client aborts while waiting
  response.writeHead(scenario === "error" ? 500 : 200, { "content-type": "application/json", "retry-after": "0" });
  response.end(scenario === "error" ? '{"name":"InternalError","message":"boom"}' : '{"count":0,"api_keys":[]}');
});
if (scenario !== "refused") {
  await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
  port = (local.address() as { port: number }).port;
}

const client = new AgentMailClient({ apiKey: "am_leftover", baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 60_000, maxRetries: 2 });
const controller = new AbortController();
if (scenario === "abort") setTimeout(() => controller.abort(), 20);
const outcome = await client.apiKeys.list({}, { signal: controller.signal }).then(
  () => "data",
  (error: Error) => error.name,
);
local.close();
// Keep-alive sockets of fetch's pool are Node's, not ours, and would hold the process for seconds.
local.closeAllConnections();
console.log(JSON.stringify({ outcome, settledAt: Date.now() }));
