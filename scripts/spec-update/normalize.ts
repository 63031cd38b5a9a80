/**
 * From a vendor document to ours: the operations we cover (and those the overlay starts covering), the
 * components they reach, our operationIds, extensions and wording, our key order, then the overlay.
 */
import { HTTP_METHODS, resolvePointer } from "../lib/openapi.js";
import { alignTo, deepMerge } from "./align.js";
import type { Json } from "./json.js";
import { keepClosedBody, keepOurWording } from "./wording.js";

const TOP_LEVEL_ORDER = ["openapi", "info", "servers", "security", "paths", "components"];
const pointer = resolvePointer;

function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") into.add(value);
      else collectRefs(value, into);
    }
  }
}

/** What {@link normalizeSpec} made of a vendor document. */
export interface Normalized {
  doc: Json;
  /** Every vendor operation left out, as `METHOD /path`. */
  dropped: string[];
  /** The dropped operations inside a path or tag we cover: what the SDK does not cover yet. */
  notCovered: string[];
}

/**
 * Keeps the operations our spec covers (matched by method and path) plus those `overlay` starts covering,
 * and the components they reach; carries over our operationIds, extensions, wording and error responses
 * (servers and scheme names are `keepOurs`' job); aligns key order with our spec; finally applies `overlay`, a partial document of ours
 * (operationIds, summaries and marks of new operations, corrected prose), over the result.
 */
export function normalizeSpec(vendorDoc: Json, current: Json, overlay: Json = {}): Normalized {
  const incoming = structuredClone(vendorDoc) as Json;
  const dropped: string[] = [];
  const paths: Json = {};
  const coveredTags = new Set<string>();
  const coveredPaths = Object.keys(current.paths ?? {});
  // An operation the vendor's file lacks comes whole from the overlay (from a changelog newer than the
  // file, say): it must then be complete, with its responses; a bare operationId names a vendor operation.
  for (const [path, ops] of Object.entries((overlay.paths ?? {}) as Json)) {
    for (const [method, op] of Object.entries(ops as Json)) {
      if (incoming.paths?.[path]?.[method]) continue;
      if (!op?.responses?.["200"]?.content && !op?.responses?.["201"]?.content && !op?.responses?.["204"]) {
        throw new Error(
          `the overlay covers ${method.toUpperCase()} ${path}, which the vendor document does not have; define it whole there (with its success response) or check the path`,
        );
      }
      incoming.paths ??= {};
      incoming.paths[path] ??= {};
      incoming.paths[path][method] = structuredClone(op);
    }
  }
  const candidates: Array<[string, string, Json]> = [];
  for (const [path, item] of Object.entries((incoming.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const ours = current.paths?.[path]?.[method] ?? overlay.paths?.[path]?.[method];
      if (!ours) {
        candidates.push([method, path, item[method]]);
        continue;
      }
      for (const tag of item[method].tags ?? []) coveredTags.add(tag);
      const op: Json = { ...item[method], operationId: ours.operationId };
      for (const [key, value] of Object.entries(ours)) if (key.startsWith("x-")) op[key] = value;
      keepClosedBody(op, current.paths?.[path]?.[method], incoming, current);
      paths[path] ??= {};
      paths[path][method] = keepOurWording(op, current.paths?.[path]?.[method], incoming, current);
    }
  }
  const notCovered: string[] = [];
  for (const [method, path, op] of candidates) {
    const name = `${method.toUpperCase()} ${path}`;
    dropped.push(name);
    const inside = coveredPaths.some((p) => path === p || path.startsWith(`${p}/`)) || (op.tags ?? []).some((t: string) => coveredTags.has(t));
    if (inside) notCovered.push(name);
  }
  // Components reachable from the kept operations, following refs transitively; the vendor's version of a
  // component wins, ours fills in what our kept wording refers to (e.g. a shared 429 response).
  const source = (ref: string): Json => (pointer(incoming, ref) !== undefined ? incoming : current);
  const reachable = new Set<string>();
  const pending = new Set<string>();
  collectRefs(paths, pending);
  collectRefs(incoming.security, pending);
  while (pending.size) {
    const ref = pending.values().next().value as string;
    pending.delete(ref);
    if (reachable.has(ref)) continue;
    reachable.add(ref);
    collectRefs(pointer(source(ref), ref), pending);
  }
  const components: Json = {};
  for (const ref of reachable) {
    const [, , section, name] = ref.split("/");
    if (!section || !name) continue;
    components[section] ??= {};
    components[section][name] = pointer(source(ref), ref);
  }
  if (incoming.components?.securitySchemes) components.securitySchemes = incoming.components.securitySchemes;
  const doc: Json = {
    ...incoming,
    info: { ...current.info, version: incoming.info?.version || current.info?.version },
    paths,
    components,
  };
  const ordered: Json = {};
  for (const key of [...TOP_LEVEL_ORDER, ...Object.keys(doc)]) if (key in doc && !(key in ordered)) ordered[key] = doc[key];
  for (const [name, schema] of Object.entries((overlay.components?.schemas ?? {}) as Json)) {
    const defines = ["type", "oneOf", "anyOf", "allOf", "$ref"].some((key) => key in schema);
    if (!components.schemas?.[name] && !defines) throw new Error(`the overlay amends schema ${name}, which the new spec does not have`);
  }
  return { doc: deepMerge(alignTo(ordered, current), overlay) as Json, dropped, notCovered };
}

/**
 * An operation without `responses` in our spec is a leftover of the retired "stub" way to start covering
 * one: it now goes in the overlay, so the spec stays exactly what the pipeline wrote.
 */
export function refuseStubs(current: Json, vendor: string): void {
  for (const [path, item] of Object.entries((current.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) {
      if (item[method] && item[method].responses === undefined) {
        throw new Error(
          `specs/${vendor}.yaml has ${method.toUpperCase()} ${path} without responses; to start covering a vendor operation, name it in the overlay (paths.${path}.${method}.operationId) and pass --overlay`,
        );
      }
    }
  }
}
