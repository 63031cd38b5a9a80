/**
 *   npm run spec:update -- <vendor> <file | fern-definition-dir> [--overlay ours.yaml] [--note "text"] [--dry-run [--out file]]
 *
 * Runs the pipeline on the command line: reads, normalises, keeps ours, writes the spec, regenerates, reports
 * the diff and writes the changeset.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { exportFernDefinition, fromFernExport, isFernDefinition } from "../fern-openapi.js";
import { loadDocument } from "../lib/openapi.js";
import { diffSpecs, formatReport } from "../spec-diff/index.js";
import { keepOurs } from "../spec-keep.js";
import { deepMerge } from "./align.js";
import { bumpFor, changesetFor, formatNotCovered } from "./changeset.js";
import type { Json } from "./json.js";
import { normalizeSpec, refuseStubs } from "./normalize.js";

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  argv.splice(at, 2);
  return value;
}

/** Runs spec:update on `argv` in the checkout at `root`; throws a readable error on a usage or input problem. */
export function main(argv: string[], root: string): void {
  const dryRun = argv.includes("--dry-run");
  if (dryRun) argv.splice(argv.indexOf("--dry-run"), 1);
  const note = option(argv, "--note");
  const overlayFile = option(argv, "--overlay");
  const out = option(argv, "--out");
  const [vendor, file] = argv;
  if (!vendor || !file)
    throw new Error(
      'usage: npm run spec:update -- <vendor> <file | fern-definition-dir> [--overlay ours.yaml] [--note "text"] [--dry-run [--out file]]',
    );
  const target = join(root, "specs", `${vendor}.yaml`);
  if (!existsSync(target)) throw new Error(`no spec for "${vendor}" (expected specs/${vendor}.yaml)`);
  const current = loadDocument(target) as Json;
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string };
  refuseStubs(current, vendor);
  const fern = statSync(file).isDirectory();
  if (fern && !isFernDefinition(file)) throw new Error(`${file} is a folder without api.yml, so not a Fern definition`);
  // `x-fern-packages` feeds the Fern export only; it is no part of the spec.
  const { "x-fern-packages": packages, ...overlay } = overlayFile ? (parse(readFileSync(overlayFile, "utf8")) as Json) : {};
  if (packages && !fern) throw new Error("the overlay has x-fern-packages, which only a Fern definition folder uses");
  const incoming = fern ? fromFernExport(exportFernDefinition(file, packages)) : (loadDocument(file) as Json);
  const normalized = normalizeSpec(incoming, current, overlay);
  const { dropped, notCovered } = normalized;
  const kept = keepOurs(normalized.doc, current);
  // The overlay is our latest word: it wins over what keepOurs brought back from the previous spec.
  const doc = deepMerge(normalized.doc, overlay) as Json;
  const changes = diffSpecs(current, doc);
  const text = stringify(doc, { lineWidth: 110, aliasDuplicateObjects: false });
  if (dryRun) {
    // Whether the run reproduces the committed spec byte for byte: the check that a spec came out of this pipeline.
    const same = text === readFileSync(target, "utf8");
    if (out) writeFileSync(out, text);
    console.log(`${formatReport(changes)}\n${formatNotCovered(notCovered)}\n`);
    console.log(
      `--dry-run: nothing written${out ? ` but ${out}` : ""}; specs/${vendor}.yaml would be ${same ? "unchanged" : "different"} (${changes.length ? `bump would be ${bumpFor(changes, version)}` : "no changes, so no changeset"})`,
    );
    return;
  }
  writeFileSync(target, text);
  console.log(`wrote specs/${vendor}.yaml${fern ? " (from the Fern definition, exported by fern-api)" : ""}`);
  if (dropped.length > notCovered.length) console.log(`ignored ${dropped.length - notCovered.length} operations outside the SDK's paths and tags`);
  for (const part of kept) console.log(`kept ours (x-keep): ${part}`);
  execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/generate.ts")], { stdio: "inherit", cwd: root });
  console.log(`\n${formatReport(changes)}\n${formatNotCovered(notCovered)}\n`);
  if (!changes.length) {
    console.log("no changes: no changeset written");
    return;
  }
  // A second run the same day must not overwrite a changeset someone already reviewed.
  const name = (n: number) => join(root, ".changeset", `${vendor}-spec-${new Date().toISOString().slice(0, 10)}${n > 1 ? `-${n}` : ""}.md`);
  let n = 1;
  while (existsSync(name(n))) n++;
  const changeset = name(n);
  writeFileSync(changeset, changesetFor(vendor, changes, note, version));
  console.log(`wrote ${changeset.slice(root.length + 1)} (${bumpFor(changes, version)}); review its wording and new descriptions before committing`);
}
