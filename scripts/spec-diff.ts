/**
 * Entry point kept at its old path: the checker lives in scripts/spec-diff/ (one module per rule family),
 * and `npm run spec:diff` runs its compiled form. `tsx scripts/spec-diff.ts <old> <new>` still works.
 */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { main } from "./spec-diff/cli.js";

export {
  diffSpecs,
  formatReport,
  loadDocument,
  RULES,
  type ChangeKind,
  type Level,
  type RuleId,
  type SpecChange,
} from "./spec-diff/index.js";

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return import.meta.url === pathToFileURL(entry).href;
  }
}

if (isEntryPoint()) process.exitCode = main(process.argv.slice(2));
