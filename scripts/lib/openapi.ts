/**
 * What every script needs to read an OpenAPI document: the HTTP methods, JSON-pointer `$ref` resolution and
 * a loader that turns hostile input into a readable error instead of a stack trace or a hang.
 * Shared by generate, spec-diff and spec-update.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { isAlias, parseDocument, visit } from "yaml";

/** The operation keys of a path item, in the order OpenAPI lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One of {@link HTTP_METHODS}. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** The largest document we read: the biggest vendor spec is ~0.3 MB, so 16 MB is a mistake or an attack. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Decodes one JSON-pointer segment (`~1` is `/`, `~0` is `~`, percent-escapes as in URI fragments). */
export function unescapePointer(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A lone `%` is a literal character in a key, not an escape.
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Encodes one JSON-pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The node a local `#/...` reference points at, or undefined when it is not local or does not resolve. */
export function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = doc;
  for (const segment of ref
    .slice(1)
    .split("/")
    .filter((s) => s !== "")
    .map(unescapePointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Follows a chain of `$ref`s to the node it ends at; a cyclic or broken chain resolves to undefined. */
export function deref(doc: Json, node: unknown): unknown {
  const seen = new Set<string>();
  let current = node;
  while (isRecord(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) return undefined;
    seen.add(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

/**
 * Checks every `$ref` in `doc`: each must be local and resolve, and no chain may lead back to itself
 * without passing through a schema (`A: {$ref: B}, B: {$ref: A}` describes nothing).
 * Throws a readable error naming the first bad reference.
 */
export function checkRefs(doc: Json): void {
  const refs = new Set<string>();
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isRecord(node)) {
      if (typeof node.$ref === "string") refs.add(node.$ref);
      for (const [key, value] of Object.entries(node)) if (key !== "$ref" && typeof value === "object") stack.push(value);
    }
  }
  for (const ref of refs) {
    if (!ref.startsWith("#")) throw new Error(`$ref ${ref} points outside the document; bundle it into one file first`);
    if (resolvePointer(doc, ref) === undefined) throw new Error(`$ref ${ref} does not resolve to anything in the document`);
    const chain = [ref];
    let target = resolvePointer(doc, ref);
    while (isRecord(target) && typeof target.$ref === "string") {
      if (chain.includes(target.$ref)) throw new Error(`$ref cycle with no schema in it: ${[...chain, target.$ref].join(" -> ")}`);
      chain.push(target.$ref);
      target = resolvePointer(doc, target.$ref);
    }
  }
}

function parseText(text: string, json: boolean): unknown {
  if (json) return JSON.parse(text);
  const parsed = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const problem = parsed.errors[0];
  // With prettyErrors the first line reads "<problem> at line L, column C:"; the code frame below it is dropped.
  if (problem) throw new Error(`invalid YAML (${(problem.message.split("\n")[0] ?? "").replace(/:$/, "")})`);
  let alias: string | undefined;
  visit(parsed, {
    Alias(_key, node) {
      if (isAlias(node)) alias = node.source;
      return visit.BREAK;
    },
  });
  // Aliases can multiply a small file into gigabytes (the "billion laughs"); OpenAPI reuses with $ref instead.
  if (alias !== undefined) throw new Error(`YAML alias *${alias} found; OpenAPI documents reuse parts with $ref, not anchors`);
  return parsed.toJS({ maxAliasCount: 0 });
}

/**
 * Reads a YAML or JSON OpenAPI 3.x document. Throws a readable error (never a parser stack) when the file is
 * missing, too large, not valid YAML/JSON, uses YAML aliases or duplicate keys, is not OpenAPI 3.x, or has
 * a `$ref` that does not resolve.
 */
export function loadDocument(file: string): Json {
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new Error(`file is ${(size / 1024 / 1024).toFixed(1)} MB, above the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit for one document`);
  }
  const text = readFileSync(file, "utf8");
  let parsed: unknown;
  try {
    parsed = parseText(text, extname(file).toLowerCase() === ".json");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.startsWith("invalid") || message.startsWith("YAML") ? message : `invalid JSON (${message})`);
  }
  if (!isRecord(parsed) || typeof parsed.openapi !== "string") {
    const swagger = isRecord(parsed) && parsed.swagger !== undefined;
    throw new Error(swagger ? "Swagger 2.0 is not supported; convert it to OpenAPI 3.x" : "not an OpenAPI document (no `openapi` version key)");
  }
  if (!/^3\.[0-9]/.test(parsed.openapi)) throw new Error(`OpenAPI ${parsed.openapi} is not supported; expected 3.0 or 3.1`);
  checkRefs(parsed);
  return parsed;
}
