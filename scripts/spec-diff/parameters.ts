/**
 * The parameters family: path, query, header and cookie parameters of one operation, path-item ones
 * included. A removed parameter is breaking for this SDK: the generated type drops it, so callers that
 * pass it stop compiling.
 */
import { deref } from "../lib/openapi.js";
import { compareSchema } from "./bodies.js";
import { arrayOf, child, type Ctx, type Json, nameOf, report, reportDocs, union, type Walk } from "./model.js";

/** One side of an operation: its path item and operation object, and where they sit. */
export interface OperationRef {
  path: string;
  pathItem: Json;
  op: Json;
  /** JSON pointer of the operation object. */
  pointer: string;
}

interface Parameter {
  parameter: Json;
  pointer: string;
}

/** Parameters keyed by `in` and name (header names lower-cased); operation-level ones override path-item ones. */
function collect(doc: Json, operation: OperationRef, renames: ReadonlyMap<string, string>): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  const itemPointer = operation.pointer.slice(0, operation.pointer.lastIndexOf("/"));
  const sources: Array<[unknown, string]> = [
    ...arrayOf(operation.pathItem.parameters).map((p, i): [unknown, string] => [p, child(itemPointer, "parameters", String(i))]),
    ...arrayOf(operation.op.parameters).map((p, i): [unknown, string] => [p, child(operation.pointer, "parameters", String(i))]),
  ];
  for (const [raw, pointer] of sources) {
    const parameter = deref(doc, raw);
    if (typeof parameter !== "object" || parameter === null || Array.isArray(parameter)) continue;
    const p = parameter as Json;
    if (typeof p.name !== "string" || typeof p.in !== "string") continue;
    let name = p.in === "header" ? p.name.toLowerCase() : p.name;
    if (p.in === "path") name = renames.get(name) ?? name;
    parameters.set(`${p.in}\u0000${name}`, { parameter: p, pointer });
  }
  return parameters;
}

function isRequired(parameter: Json): boolean {
  return parameter.required === true || parameter.in === "path";
}

/**
 * Compares the parameters of two versions of one operation. `renames` maps old path parameter names to new
 * ones when the path template was renamed (the parameter is the same one in the same place of the URL).
 */
export function compareParameters(walk: Walk, a: OperationRef, b: OperationRef, renames: ReadonlyMap<string, string>): void {
  const olds = collect(walk.oldDoc, a, renames);
  const news = collect(walk.newDoc, b, new Map());
  for (const key of union(olds.keys(), news.keys())) {
    const was = olds.get(key);
    const is = news.get(key);
    const { parameter, pointer } = is ?? was ?? { parameter: {}, pointer: "" };
    const where = String(parameter.in);
    const ctx: Ctx = {
      location: `${walk.operation} parameters.${where}.${String(parameter.name)}`,
      pointer,
      name: String(parameter.name),
      rootLabel: `${where} parameter`,
      noun: `${where} parameter`,
      shared: false,
    };
    if (!was) {
      if (isRequired(parameter)) report(walk, ctx, "required-parameter-added", "presence", `new required ${nameOf(ctx)}`);
      else report(walk, ctx, "optional-parameter-added", "presence", `new optional ${nameOf(ctx)}`);
    } else if (!is) {
      report(walk, ctx, "parameter-removed", "presence", `${nameOf(ctx)} was removed; callers that pass it no longer compile`);
    } else {
      const [before, after] = [isRequired(was.parameter), isRequired(is.parameter)];
      if (!before && after) report(walk, ctx, "parameter-became-required", "required", `${nameOf(ctx)} is now required`);
      if (before && !after) report(walk, ctx, "parameter-became-optional", "required", `${nameOf(ctx)} is now optional`);
      reportDocs(walk, ctx, [[was.parameter, is.parameter]]);
      compareSchema(walk, "request", was.parameter.schema, is.parameter.schema, { ...ctx, pointer: child(pointer, "schema") }, 0);
    }
  }
}
