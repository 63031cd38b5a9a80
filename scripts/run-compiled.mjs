/**
 *   node scripts/run-compiled.mjs <spec-diff|spec-update> [args...]
 *
 * Runs a script as compiled JavaScript instead of through tsx: tsx compiles on every start (~1.5 s here),
 * a bundle starts in ~0.1 s. The bundle lives in the git-ignored dist-scripts/ and is rebuilt with esbuild
 * (a dev dependency already, ~0.1 s) whenever any file under scripts/ is newer than it, so it is never stale.
 * Plain JavaScript on purpose: this file is what makes the others fast.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = { "spec-diff": "scripts/spec-diff.ts", "spec-update": "scripts/spec-update.ts" };

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

const [name, ...args] = process.argv.slice(2);
if (!Object.hasOwn(ENTRIES, name ?? "")) {
  console.error(`usage: node scripts/run-compiled.mjs <${Object.keys(ENTRIES).join("|")}> [args...]`);
  process.exit(2);
}
const outfile = join(root, "dist-scripts", `${name}.mjs`);
if (builtAt(outfile) < newestSource(join(root, "scripts"))) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(root, ENTRIES[name])],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // yaml bundled in too (one file instead of its ~90 modules); its CommonJS needs a `require`.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    write: false,
    logLevel: "error",
  });
  mkdirSync(dirname(outfile), { recursive: true });
  // Write then rename, so a run started meanwhile never imports half a file.
  const partial = `${outfile}.${process.pid}.tmp`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, outfile);
}
// The bundle checks whether it is the entry point, as it does when run directly.
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
