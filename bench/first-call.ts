/**
 * Run by bench/calls.ts in a fresh process per sample: builds the ways (every module already imported),
 * then times the first call of one way and case, and a second one, and prints both in ms as JSON. The
 * first pays for compiling the code it runs (V8 compiles functions lazily, on first call) and for warming
 * its caches; the second shows what is left once that is done.
 *
 *   node --import tsx bench/first-call.ts <way name> <case id>
 */
import { CASES, createWays } from "./ways.js";

const [wayName, caseId] = process.argv.slice(2);
const way = createWays().find((candidate) => candidate.name === wayName);
const run = CASES.find((candidate) => candidate.id === caseId)?.run;
if (!way || !run) throw new Error(`usage: first-call.ts <way name> <case id> (got ${wayName}, ${caseId})`);
let started = performance.now();
await run(way);
const first = performance.now() - started;
started = performance.now();
await run(way);
const second = performance.now() - started;
process.stdout.write(JSON.stringify({ first, second }));
