/**
 * Runs the scenario on the runtime executing this file (Node, Deno or Bun) against a loopback server.
 * Exits non-zero when a check fails. Expects the built package in test/runtimes/node_modules/vendor-auth
 * (run.mjs puts it there).
 */
import process from "node:process";
import { runChecks } from "./harness.mjs";
import { startLoopback } from "./loopback.mjs";
import { createChecks } from "./scenario.mjs";

const runtime = globalThis.Deno
  ? `Deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `Bun ${globalThis.Bun.version}`
    : `Node ${process.version}`;

let handler = async () => new Response("no handler", { status: 500 });
const server = await startLoopback((request) => handler(request));
const mock = {
  baseUrl: (defaultServer) => `${server.origin}${new URL(defaultServer).pathname}`.replace(/\/$/, ""),
  serve: (next) => {
    handler = next;
  },
};
try {
  const { failed } = await runChecks(createChecks(mock), { title: `scenario on ${runtime}` });
  process.exitCode = failed ? 1 : 0;
} finally {
  await server.close();
}
