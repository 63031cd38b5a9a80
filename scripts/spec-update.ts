/**
 * npm run spec:update -- <vendor> <file | fern-definition-dir> [--overlay ours.yaml] [--note "text"] [--dry-run [--out file]]
 *
 * A folder is a Fern definition (it holds api.yml): exported to OpenAPI with the fern-api CLI first.
 * Replaces specs/<vendor>.yaml with a new vendor document normalised into our layout, regenerates the
 * code, prints the diff against the previous spec and writes a changeset whose bump follows from it
 * (major if anything breaks, patch for prose only, minor otherwise). Entry point kept at its old path: the
 * pipeline lives in scripts/spec-update/, and `npm run spec:update` runs its compiled form.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { main } from "./spec-update/cli.js";

export * from "./spec-update/index.js";

// This file sits one folder below the checkout both as scripts/spec-update.ts and as its bundle in dist-scripts/.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2), root);
  } catch (error) {
    console.error(`spec:update: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
