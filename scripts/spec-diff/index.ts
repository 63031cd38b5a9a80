/**
 * spec:diff as a library: compare two parsed OpenAPI documents and get every change with its rule, level
 * and location. The CLI is in cli.ts; the rule table in rules.ts and RULES.md.
 */
import { isRecord, type Json } from "../lib/openapi.js";
import { walkDocuments } from "./paths.js";
import type { SpecChange } from "./rules.js";

export { loadDocument } from "../lib/openapi.js";
export { formatReport } from "./report.js";
export { type ChangeKind, type Family, type Level, RULES, type RuleId, type SpecChange } from "./rules.js";

/**
 * Lists the differences from `oldDoc` to `newDoc` (parsed OpenAPI 3.0 or 3.1 documents), in document order.
 * Changes inside a shared component are reported once at the component's location, with `operations`
 * naming every operation that reaches it.
 */
export function diffSpecs(oldDoc: object, newDoc: object): SpecChange[] {
  const rec = (doc: object): Json => (isRecord(doc) ? doc : {});
  return walkDocuments(rec(oldDoc), rec(newDoc)).changes();
}
