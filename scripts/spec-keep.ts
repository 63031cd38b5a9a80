/**
 * What `spec:update` keeps from our spec when it takes in a vendor's file (used after `normalizeSpec`):
 *
 * - `servers`: ours. The first is the SDK's default base URL; a vendor file may list local or staging hosts first.
 * - Security scheme names: a vendor scheme equal to one of ours keeps our name (a rename is no change of auth).
 * - Documentation of what we already had: where our spec has the same parameter, response, header or schema
 *   property (matched by name, through `$ref`s on both sides), its summary, description, title and examples
 *   are ours, including our choice to have none. Only new parts arrive with vendor prose, for review.
 * - Parts marked `x-keep: "<why>"`: a parameter, response or header the vendor's file lacks is carried over;
 *   on a schema, the keywords the vendor's lacks (say `additionalProperties: false`) are copied. Once the
 *   vendor documents the part itself, its version wins.
 * - Top-level keys: only the document's core and what our spec has (no vendor tag lists or webhooks).
 * - Examples: vendor sample values are not facts about the API; only ours stay.
 *
 * Starting to cover a vendor operation is the overlay's job (`spec:update --overlay`), not this file's.
 */
import { deref as follow, HTTP_METHODS, resolvePointer as lookup } from "./lib/openapi.js";

type Json = Record<string, any>;

const TOP_LEVEL = ["openapi", "info", "servers", "security", "paths", "components"];
const DOCS = ["summary", "description", "title", "example", "examples"];

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => structuredClone(value);

/** The object a node stands for, following `$ref`s. */
function deref(doc: Json, node: unknown): Json | undefined {
  const out = follow(doc, node);
  return isObject(out) ? out : undefined;
}

/** Applies the rules above to `doc` (the normalised vendor file) in place; returns what it carried over. */
export function keepOurs(doc: Json, current: Json): string[] {
  const kept: string[] = [];
  const seen = new WeakSet<object>();

  // A carried-over part may point at our components: bring them along.
  const importRefs = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) importRefs(item);
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== "$ref" || typeof value !== "string") importRefs(value);
      else if (lookup(doc, value) === undefined && lookup(current, value) !== undefined) {
        const [, section, name] = value.replace(/^#\//, "").split("/");
        doc.components ??= {};
        doc.components[section!] ??= {};
        doc.components[section!][name!] = clone(lookup(current, value));
        importRefs(lookup(doc, value));
      }
    }
  };
  const carry = <T>(node: T, what: string): T => {
    kept.push(what);
    const copy = clone(node);
    importRefs(copy);
    return copy;
  };
  const marked = (site: unknown): boolean => (isObject(site) && "x-keep" in site) || "x-keep" in (deref(current, site) ?? {});

  // Our prose on a part we already had, then our key order, so the file reads (and diffs) as before.
  const docs = (theirs: Json, ours: Json): void => {
    for (const key of DOCS) {
      if (key in ours) theirs[key] = clone(ours[key]);
      else delete theirs[key];
    }
    const order = [...Object.keys(ours).filter((key) => key in theirs), ...Object.keys(theirs).filter((key) => !(key in ours))];
    const entries = order.map((key) => [key, theirs[key]] as const);
    for (const key of order) delete theirs[key];
    for (const [key, value] of entries) theirs[key] = value;
  };

  const schema = (theirsNode: unknown, oursNode: unknown, where: string): void => {
    const theirs = deref(doc, theirsNode);
    const ours = deref(current, oursNode);
    if (!theirs || !ours || seen.has(theirs)) return;
    seen.add(theirs);
    docs(theirs, ours);
    if ("x-keep" in ours) {
      const added = Object.keys(ours).filter((key) => !(key in theirs) && !DOCS.includes(key));
      for (const key of added) theirs[key] = clone(ours[key]);
      importRefs(theirs);
      if (added.some((key) => key !== "x-keep")) kept.push(`${where}: ${added.filter((key) => key !== "x-keep").join(", ")}`);
    }
    for (const [name, child] of Object.entries((ours.properties ?? {}) as Json)) {
      if (isObject(theirs.properties) && name in theirs.properties) schema(theirs.properties[name], child, `${where}.${name}`);
    }
    schema(theirs.items, ours.items, `${where}[]`);
    if (isObject(theirs.additionalProperties)) schema(theirs.additionalProperties, ours.additionalProperties, `${where}{}`);
    for (const key of ["allOf", "anyOf", "oneOf"]) {
      if (Array.isArray(theirs[key]) && Array.isArray(ours[key])) {
        for (const [i, item] of (theirs[key] as unknown[]).entries()) schema(item, ours[key][i], `${where}.${key}[${i}]`);
      }
    }
  };

  const content = (theirs: Json, ours: Json, where: string): void => {
    for (const [type, media] of Object.entries((ours.content ?? {}) as Json)) {
      const match = theirs.content?.[type];
      if (isObject(match)) schema(match.schema, media.schema, where);
    }
  };

  const response = (theirs: Json, ours: Json, where: string): void => {
    docs(theirs, ours);
    for (const [name, site] of Object.entries((ours.headers ?? {}) as Json)) {
      const match = Object.keys(theirs.headers ?? {}).find((key) => key.toLowerCase() === name.toLowerCase());
      const header = match === undefined ? undefined : deref(doc, theirs.headers[match]);
      const oursHeader = deref(current, site);
      if (header && oursHeader) {
        docs(header, oursHeader);
        schema(header.schema, oursHeader.schema, `${where} header ${name}`);
      } else if (marked(site)) {
        theirs.headers ??= {};
        theirs.headers[name] = carry(site, `${where} header ${name}`);
      }
    }
    content(theirs, ours, where);
  };

  const operation = (theirs: Json, ours: Json, label: string): void => {
    docs(theirs, ours);
    const params = ((theirs.parameters ?? []) as unknown[]).map((p) => deref(doc, p));
    for (const site of (ours.parameters ?? []) as unknown[]) {
      const param = deref(current, site);
      if (!param) continue;
      const match = params.find((p) => p?.in === param.in && p?.name === param.name);
      if (match) {
        docs(match, param);
        schema(match.schema, param.schema, `${label} ${param.in} ${param.name}`);
      } else if (marked(site)) {
        theirs.parameters ??= [];
        theirs.parameters.push(carry(site, `${label} parameter ${param.name}`));
      }
    }
    const body = deref(doc, theirs.requestBody);
    const oursBody = deref(current, ours.requestBody);
    if (body && oursBody) {
      docs(body, oursBody);
      content(body, oursBody, `${label} body`);
    }
    for (const [status, site] of Object.entries((ours.responses ?? {}) as Json)) {
      const match = deref(doc, theirs.responses?.[status]);
      const oursResponse = deref(current, site);
      if (match && oursResponse) response(match, oursResponse, `${label} ${status}`);
      else if (marked(site)) {
        theirs.responses ??= {};
        theirs.responses[status] = carry(site, `${label} response ${status}`);
      }
    }
  };

  stripExamples(doc);
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) {
      const ours = current.paths?.[path]?.[method];
      if (!isObject(item[method]) || !isObject(ours)) continue;
      operation(item[method], ours, `${method.toUpperCase()} ${path}`);
    }
  }
  if (current.servers) doc.servers = clone(current.servers);
  // The vendor's navigation (tags, x-tagGroups), webhooks and the like describe its whole API, not our part.
  for (const key of Object.keys(doc)) if (!(key in current) && !TOP_LEVEL.includes(key)) delete doc[key];
  renameSchemes(doc, current);
  return kept;
}

/**
 * Vendor sample values are neither facts about the API nor our words: drop them all (a part we already
 * had gets its own back from our spec). A schema property may itself be named `example`: keys of a
 * `properties` map are names, not keywords.
 */
function stripExamples(node: unknown, names = false): void {
  if (Array.isArray(node)) {
    for (const item of node) stripExamples(item);
    return;
  }
  if (!isObject(node)) return;
  for (const key of Object.keys(node)) {
    if (!names && (key === "example" || key === "examples")) delete node[key];
    else stripExamples(node[key], !names && key === "properties");
  }
}

const schemeKey = (s: Json) => JSON.stringify([s.type, String(s.scheme ?? "").toLowerCase(), s.in, s.name, s.flows]);

/** A vendor security scheme equal to one of ours takes our name (and our description) everywhere it is used. */
function renameSchemes(doc: Json, current: Json): void {
  const theirs = (doc.components?.securitySchemes ?? {}) as Json;
  const ours = (current.components?.securitySchemes ?? {}) as Json;
  const renames = new Map<string, string>();
  for (const [name, scheme] of Object.entries(theirs)) {
    if (name in ours) continue;
    const match = Object.entries(ours).find(([other, s]) => !(other in theirs) && schemeKey(s) === schemeKey(scheme));
    if (!match) continue;
    renames.set(name, match[0]);
    theirs[match[0]] = { ...scheme, description: match[1].description };
    if (match[1].description === undefined) delete theirs[match[0]].description;
    delete theirs[name];
  }
  if (!renames.size) return;
  const rename = (requirements: unknown) =>
    Array.isArray(requirements)
      ? requirements.map((req: Json) => Object.fromEntries(Object.entries(req).map(([k, v]) => [renames.get(k) ?? k, v])))
      : requirements;
  if (doc.security) doc.security = rename(doc.security);
  for (const item of Object.values((doc.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) if (isObject(item[method]) && item[method].security) item[method].security = rename(item[method].security);
  }
}
