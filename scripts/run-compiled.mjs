/**
 *   node scripts/run-compiled.mjs <spec-diff|spec-update> [args...]
 *
 * Runs a script as compiled JavaScript instead of through tsx: tsx compiles on every start (~1.5 s here),
 * a bundle starts in ~0.1 s. The bundle lives in the git-ignored dist-scripts/ and is rebuilt with esbuild
 * (a dev dependency already, ~0.1 s) whenever a file under scripts/ changed, so it is never stale.
 * Plain JavaScript on purpose: this file is what makes the others fast.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = { "spec-diff": "scripts/spec-diff.ts", "spec-update": "scripts/spec-update.ts" };

/**
 * A hash of every source under scripts/. Content, not mtimes: a bundle built under faketime
 * (`npm run test:clock`) carries a future mtime and would otherwise never look stale again.
 */
function sourceHash(dir, hash = createHash("sha256")) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceHash(path, hash);
    else if (/\.(ts|mjs)$/.test(entry.name)) hash.update(`${path}\0`).update(readFileSync(path));
  }
  return hash;
}

function builtFrom(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

const [name, ...args] = process.argv.slice(2);
if (!Object.hasOwn(ENTRIES, name ?? "")) {
  console.error(`usage: node scripts/run-compiled.mjs <${Object.keys(ENTRIES).join("|")}> [args...]`);
  process.exit(2);
}
const outfile = join(root, "dist-scripts", `${name}.mjs`);
const stamp = `${outfile}.hash`;
const hash = sourceHash(join(root, "scripts")).digest("hex");
if (builtFrom(stamp) !== hash) {
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
  // Write then rename, so a run started meanwhile never imports half a file; the stamp goes last.
  const partial = `${outfile}.${process.pid}.tmp`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, outfile);
  writeFileSync(`${stamp}.${process.pid}.tmp`, hash);
  renameSync(`${stamp}.${process.pid}.tmp`, stamp);
}
// The bundle checks whether it is the entry point, as it does when run directly.
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
