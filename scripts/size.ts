/**
 * npm run size: bundles a tiny consumer of each entry from dist/ (esbuild: minified, tree-shaken, browser
 * platform), prints min and min+gzip bytes, and exits 1 when an entry is over its budget in
 * size-budget.json. Run `npm run build` first.
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
    const c = new CallMissedClient({ apiKey: "cm_x" }); await c.apiKeys.create({ name: "n" }); await c.apiKeys.list();`,
  comma: `import { CommaClient } from "./dist/comma.js";
    const c = new CommaClient({ apiKey: "comma_sk_x" }); await c.reports.get("r"); await c.sharing.get("r");`,
};

const budgets = JSON.parse(readFileSync(join(root, "size-budget.json"), "utf8")) as Record<string, number>;
let over = false;
console.log("entry        min B   min+gzip B   budget (gzip) B");
for (const [entry, source] of Object.entries(CONSUMERS)) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const budget = budgets[entry];
  const verdict = budget === undefined ? "no budget" : gzip > budget ? "OVER" : "ok";
  if (verdict !== "ok") over = true;
  console.log(`${entry.padEnd(11)} ${String(code.length).padStart(6)}   ${String(gzip).padStart(10)}   ${String(budget ?? "-").padStart(8)} ${verdict}`);
}
if (over) {
  console.error("An entry is over its size budget (size-budget.json): find what grew before raising it.");
  process.exit(1);
}
