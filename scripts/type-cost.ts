/**
 * npm run type-cost: how many type instantiations the README's quick start (bench/type-cost) costs a
 * user's compiler with `skipLibCheck: false`, against the built dist/. Fails when it is over BUDGET or
 * when the file stops compiling (its `@ts-expect-error` lines prove the checks are still there).
 * The project has @types/node, as most Node projects do (its 46,562 instantiations are in both figures).
 * Run `npm run build` first.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Instantiations allowed for the quick start: about 10% above the 57,709 measured (209,943 before the
 * declarations were bundled; see BENCHMARKS.md), so growth is a decision. The target is 80,000.
 */
const BUDGET = 63_500;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

/** Type-checks one tsconfig of bench/type-cost and returns its instantiation count; throws on any error. */
function instantiations(config: string): number {
  let out: string;
  try {
    out = execFileSync(process.execPath, [tsc, "-p", join(root, "bench", "type-cost", config), "--extendedDiagnostics"], { encoding: "utf8" });
  } catch (error) {
    const lines = String((error as { stdout?: string }).stdout ?? error)
      .split("\n")
      .filter((line) => line.includes("error"));
    throw new Error(`bench/type-cost/${config} does not compile (run npm run build first?):\n${lines.join("\n")}`);
  }
  const match = /^Instantiations:\s+(\d+)/m.exec(out);
  if (!match) throw new Error(`no "Instantiations:" line in tsc --extendedDiagnostics output for ${config}`);
  return Number(match[1]);
}

const empty = instantiations("tsconfig.empty.json");
const quickStart = instantiations("tsconfig.json");
const verdict = quickStart > BUDGET ? "OVER" : "ok";
console.log("type instantiations, skipLibCheck false, with @types/node");
console.log(`  empty file           ${String(empty).padStart(7)}`);
console.log(`  README quick start   ${String(quickStart).padStart(7)}   budget ${BUDGET}   ${verdict}`);
if (verdict === "OVER") {
  console.error("The quick start is over its type-instantiation budget: find the declaration that grew (tsc --generateTrace).");
  process.exit(1);
}
