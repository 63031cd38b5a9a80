/**
 *   npm run spec:diff -- <old-spec> <new-spec> [--json]
 *
 * Prints a text report (or the change list as JSON). Exit code 1 when anything is breaking, 0 otherwise,
 * 2 on a usage error or a document that cannot be read, with a message and never a stack trace.
 */
import { diffSpecs, formatReport, loadDocument } from "./index.js";

const USAGE = "usage: npm run spec:diff -- <old-spec> <new-spec> [--json]";

/** Runs the CLI on `args`, writing to stdout/stderr; returns the exit code. */
export function main(args: readonly string[]): number {
  const json = args.includes("--json");
  const files = args.filter((a) => a !== "--json");
  const unknown = files.find((a) => a.startsWith("-"));
  if (unknown !== undefined || files.length !== 2) {
    console.error(unknown !== undefined ? `spec-diff: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const docs: object[] = [];
  for (const file of files) {
    try {
      docs.push(loadDocument(file));
    } catch (error) {
      console.error(`spec-diff: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  try {
    const changes = diffSpecs(docs[0] ?? {}, docs[1] ?? {});
    process.stdout.write(json ? `${JSON.stringify(changes, null, 2)}\n` : formatReport(changes));
    return changes.some((c) => c.level === "breaking") ? 1 : 0;
  } catch (error) {
    // A bug of ours on some input: say so plainly rather than print a stack.
    console.error(`spec-diff: could not compare the documents: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
