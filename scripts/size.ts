/**
 * npm run size: bundles a tiny consumer of each entry from dist/ (esbuild: minified, tree-shaken, browser
 * platform), prints min and min+gzip bytes, and exits 1 when an entry is over its budget in
 * size-budget.json. Run `npm run build` first.
 *
 * Then, for information only (no budget), the same AgentMail consumer written against the official
 * `agentmail` SDK, from its main entry and from its narrowest subpath, and our size as a share of each.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What a typical user of each entry imports and calls. */
const CONSUMERS: Record<string, string> = {
  agentmail: `import { AgentMailClient } from "./dist/agentmail.js";
    const c = new AgentMailClient({ apiKey: "am_x" });
    await c.apiKeys.create({ name: "n" }); await c.apiKeys.list(); await c.apiKeys.delete("k");`,
  communal: `import { CommunalClient } from "./dist/communal.js";
    const c = new CommunalClient({ apiKey: "k" }); await c.users.get(1); await c.parentPrograms.list();`,
  callmissed: `import { CallMissedClient } from "./dist/callmissed.js";
    const c = new CallMissedClient({ apiKey: "cm_x" }); await c.verifyKey(); await c.models.list(); c.voiceAgentSocket();`,
  comma: `import { CommaClient } from "./dist/comma.js";
    const c = new CommaClient({ apiKey: "comma_sk_x" }); await c.reports.get("r"); await c.sharing.get("r");`,
};

/** The agentmail consumer above, written against the official SDK (a devDependency pinned for this). */
const OFFICIAL: Record<string, string> = {
  agentmail: `import { AgentMailClient } from "agentmail";
    const c = new AgentMailClient({ apiKey: "am_x" });
    await c.apiKeys.create({ name: "n" }); await c.apiKeys.list(); await c.apiKeys.delete("k");`,
  "agentmail/apiKeys": `import { ApiKeysClient } from "agentmail/apiKeys";
    const c = new ApiKeysClient({ apiKey: "am_x" });
    await c.create({ name: "n" }); await c.list(); await c.delete("k");`,
};

/** Bundles `source` as a browser app would and returns its minified and gzipped sizes in bytes. */
async function measure(source: string, external: string[] = []): Promise<{ min: number; gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    external,
    write: false,
    metafile: true,
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

const budgets = JSON.parse(readFileSync(join(root, "size-budget.json"), "utf8")) as Record<string, number>;
let over = false;
console.log("entry        min B   min+gzip B   budget (gzip) B   (ok = within budget, no msw or testing code)");
const ours: Record<string, { min: number; gzip: number }> = {};
for (const [entry, source] of Object.entries(CONSUMERS)) {
  const measured = await measure(source);
  ours[entry] = measured;
  const { min, gzip, inputs } = measured;
  const budget = budgets[entry];
  // vendor-auth/testing and its peer msw must never reach a client bundle.
  const leaked = inputs.filter((input) => /node_modules\/msw\/|dist\/testing\./.test(input));
  const verdict = leaked.length ? `PULLS IN ${leaked.join(", ")}` : budget === undefined ? "no budget" : gzip > budget ? "OVER" : "ok";
  if (verdict !== "ok") over = true;
  console.log(`${entry.padEnd(11)} ${String(min).padStart(6)}   ${String(gzip).padStart(10)}   ${String(budget ?? "-").padStart(8)} ${verdict}`);
}

console.log("\nofficial SDK (agentmail), same consumer; for information, no budget");
console.log("entry                 min B   min+gzip B   ours/official (min, gzip)");
for (const [entry, source] of Object.entries(OFFICIAL)) {
  // @x402/fetch is an optional peer the SDK loads with import() only for x402 payments; it is not
  // installed, and esbuild fails on an unresolvable import() unless it is left external.
  const { min, gzip } = await measure(source, ["@x402/fetch"]);
  const share = (a: number, b: number): string => `${(a / b).toFixed(3)} (1/${(b / a).toFixed(1)})`;
  const ratio = `${share(ours.agentmail!.min, min)}, ${share(ours.agentmail!.gzip, gzip)}`;
  console.log(`${entry.padEnd(19)} ${String(min).padStart(8)}   ${String(gzip).padStart(10)}   ${ratio}`);
}
if (over) {
  console.error("An entry is over its size budget (size-budget.json) or pulls in the testing entry: find what grew before raising it.");
  process.exit(1);
}
