/**
 * The paths/operations family and the walk over a document: which operations exist on each side, which
 * are the same operation (a renamed path parameter keeps the URL), and the per-operation comparison that
 * calls the other families. Webhooks and callbacks are walked too, with the payload as something received.
 */
import { deref, HTTP_METHODS } from "../lib/openapi.js";
import { compareRequestBody } from "./content.js";
import { child, Collector, type Ctx, type Json, rec, report, reportDocs, same, type Walk } from "./model.js";
import { compareParameters, type OperationRef } from "./parameters.js";
import { compareResponses } from "./responses.js";
import { compareSecurity } from "./security.js";

interface Operation extends OperationRef {
  id: string;
  method: string;
  /** A webhook or callback: the SDK user's server receives the request. */
  incoming: boolean;
}

function operationsOf(items: Json, base: string, prefix: string, incoming: boolean, doc: Json, into: Map<string, Operation>): void {
  for (const [path, rawItem] of Object.entries(items)) {
    const pathItem = rec(deref(doc, rawItem));
    for (const method of HTTP_METHODS) {
      const op = pathItem[method];
      if (typeof op !== "object" || op === null || Array.isArray(op)) continue;
      const id = `${prefix}${method.toUpperCase()} ${path}`;
      const pointer = child(base, path, method);
      into.set(id, { id, method, path, pathItem, op: op as Json, pointer, incoming });
      if (!incoming) {
        for (const [name, callback] of Object.entries(rec((op as Json).callbacks))) {
          operationsOf(rec(deref(doc, callback)), child(pointer, "callbacks", name), `${id} callback ${name}: `, true, doc, into);
        }
      }
    }
  }
}

/** Every operation of `doc` by id (`GET /keys`, `WEBHOOK POST keyCreated`, ...). */
function listOperations(doc: Json): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  operationsOf(rec(doc.paths), "#/paths", "", false, doc, operations);
  for (const [name, item] of Object.entries(rec(doc.webhooks))) {
    operationsOf({ [name]: item }, "#/webhooks", "WEBHOOK ", true, doc, operations);
  }
  return operations;
}

/** The path with its parameter names blanked: `/keys/{id}` and `/keys/{key_id}` are the same URL. */
const template = (path: string): string => path.replace(/\{[^}]*\}/g, "{}");
const pathParams = (path: string): string[] => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? "");

function compareOperation(walk: Walk, a: Operation, b: Operation, renames: ReadonlyMap<string, string>): void {
  const ctx: Ctx = { location: b.id, pointer: b.pointer, name: "", rootLabel: "", shared: false };
  reportDocs(walk, ctx, [[a.op, b.op]]);
  if (a.op.deprecated !== true && b.op.deprecated === true)
    report(walk, ctx, "operation-deprecated", "deprecated", `operation ${b.id} is now deprecated`);
  if (typeof a.op.operationId === "string" && typeof b.op.operationId === "string" && a.op.operationId !== b.op.operationId) {
    // Generated method and type names come from operationIds.
    report(walk, ctx, "operation-id-changed", "operationId", `operationId changed from ${a.op.operationId} to ${b.op.operationId}`);
  }
  if (a.incoming) {
    compareRequestBody(walk, a.op, b.op, b.pointer, "response");
    return;
  }
  compareSecurity(walk, a.op, b.op, b.pointer);
  compareParameters(walk, a, b, renames);
  compareRequestBody(walk, a.op, b.op, b.pointer);
  compareResponses(walk, a.op, b.op, b.pointer);
}

function compareInfo(out: Collector, oldDoc: Json, newDoc: Json): void {
  const a = rec(oldDoc.info);
  const b = rec(newDoc.info);
  const fields: string[] = [];
  if (!same(a.version, b.version)) fields.push(`version ${String(a.version)} -> ${String(b.version)}`);
  for (const key of ["title", "summary", "description"]) if (!same(a[key], b[key])) fields.push(key);
  out.addDocs({ location: "info", pointer: "#/info", name: "", rootLabel: "", shared: false }, fields);
}

/** Finds the new operation an old one became when only path parameter names changed. */
function renamedCounterpart(old: Operation, olds: Map<string, Operation>, news: Map<string, Operation>): Operation | undefined {
  if (old.incoming) return undefined;
  const candidates = [...news.values()].filter(
    (n) => !n.incoming && n.method === old.method && n.path !== old.path && template(n.path) === template(old.path) && !olds.has(n.id),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

function compareAll(out: Collector, oldDoc: Json, newDoc: Json): void {
  const olds = listOperations(oldDoc);
  const news = listOperations(newDoc);
  const newPaths = new Set(Object.keys(rec(newDoc.paths)));
  const matched = new Set<string>();
  const reportedPaths = new Set<string>();
  const simple = (
    rule: "operation-removed" | "path-removed" | "operation-added" | "path-parameter-renamed",
    location: string,
    pointer: string,
    message: string,
  ): void => out.add({ rule, ctx: { location, pointer, name: "", rootLabel: "", shared: false }, message, facet: "presence" });
  for (const [id, operation] of olds) {
    const walk: Walk = { oldDoc, newDoc, out, operation: id, visited: new Set() };
    const counterpart = news.get(id);
    const renamed = counterpart ? undefined : renamedCounterpart(operation, olds, news);
    if (counterpart) {
      matched.add(id);
      compareOperation(walk, operation, counterpart, new Map());
    } else if (renamed) {
      matched.add(renamed.id);
      const [from, to] = [pathParams(operation.path), pathParams(renamed.path)];
      const renames = new Map(from.map((name, i) => [name, to[i] ?? name]));
      const names = from.map((name, i) => `\`${name}\` -> \`${to[i] ?? name}\``).filter((_, i) => from[i] !== to[i]);
      simple(
        "path-parameter-renamed",
        renamed.id,
        renamed.pointer,
        `${operation.id} is now ${renamed.id}, the same URL (path parameter ${names.join(", ")}); code naming the old parameter must rename it`,
      );
      compareOperation({ ...walk, operation: renamed.id }, operation, renamed, renames);
    } else if (operation.incoming) {
      // Added by the new document: reported from the other side, nothing to say here.
    } else if (newPaths.has(operation.path)) {
      simple("operation-removed", id, operation.pointer, `operation ${id} was removed`);
    } else if (!reportedPaths.has(operation.path)) {
      reportedPaths.add(operation.path);
      const methods = [...olds.values()].filter((o) => !o.incoming && o.path === operation.path).map((o) => o.method.toUpperCase());
      simple(
        "path-removed",
        operation.path,
        child("#/paths", operation.path),
        `path ${operation.path} was removed with its operations ${methods.join(", ")}`,
      );
    }
  }
  for (const [id, operation] of news) {
    if (!matched.has(id) && !olds.has(id) && !operation.incoming) simple("operation-added", id, operation.pointer, `new operation ${id}`);
  }
}

/**
 * Lists the differences from `oldDoc` to `newDoc` (parsed OpenAPI 3.0 or 3.1 documents), in document order.
 * Changes inside a shared component are reported once at the component's location, with `operations`
 * naming every operation that reaches it.
 */
export function walkDocuments(oldDoc: Json, newDoc: Json): Collector {
  const out = new Collector();
  compareInfo(out, oldDoc, newDoc);
  compareAll(out, oldDoc, newDoc);
  return out;
}
