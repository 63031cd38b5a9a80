/**
 * npm run spec:update -- <vendor> <file | fern-definition-dir> [--overlay ours.yaml] [--note "text"] [--dry-run [--out file]]
 *
 * A folder is a Fern definition (it holds api.yml): exported to OpenAPI with the fern-api CLI first.
 * Replaces specs/<vendor>.yaml with a new vendor document normalised into our layout, regenerates the
 * code, prints the diff against the previous spec and writes a changeset whose bump follows from it
 * (major if anything breaks, patch for prose only, minor otherwise).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse, stringify } from "yaml";
import { exportFernDefinition, fromFernExport, isFernDefinition } from "./fern-openapi.js";
import { HTTP_METHODS, loadDocument } from "./lib/openapi.js";
import { diffSpecs, formatReport, type SpecChange } from "./spec-diff/index.js";
import { keepOurs } from "./spec-keep.js";

type Json = Record<string, any>;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOP_LEVEL_ORDER = ["openapi", "info", "servers", "security", "paths", "components"];
const PROSE = new Set(["description", "summary"]);

/** The first sentence of vendor prose, at most 120 characters: a placeholder until a maintainer rewrites it. */
export function shortProse(text: string): string {
  const first = text.replace(/\s+/g, " ").trim().split(/(?<=[.!?])\s/)[0] ?? "";
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}...` : first;
}

/** The template item `item` stands for: a parameter by its `in` and `name` (vendors order them their way), else by position. */
function counterpart(item: unknown, template: unknown[], i: number): unknown {
  const named = (node: unknown): node is Json => typeof node === "object" && node !== null && "name" in node && "in" in node;
  return named(item) ? template.find((other) => named(other) && other.name === item.name && other.in === item.in) : template[i];
}

/**
 * Orders `value`'s keys as `template` orders them, new keys after, recursively. Prose from `template` wins;
 * so do the choices that are ours, not the vendor's: `x-` extensions and `additionalProperties: false`.
 */
function alignTo(value: unknown, template: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, i) => alignTo(item, Array.isArray(template) ? counterpart(item, template, i) : undefined));
  if (typeof value !== "object" || value === null) return value;
  const tpl = (typeof template === "object" && template !== null ? template : {}) as Json;
  const closable = "properties" in value;
  const ours = Object.keys(tpl).filter((key) => key.startsWith("x-") || (closable && key === "additionalProperties" && tpl[key] === false));
  const merged: Json = { ...Object.fromEntries(ours.map((key) => [key, tpl[key]])), ...value };
  const keys = [...Object.keys(tpl).filter((key) => key in merged), ...Object.keys(merged).filter((key) => !(key in tpl))];
  const out: Json = {};
  for (const key of keys) {
    const item = merged[key];
    if (PROSE.has(key) && typeof item === "string") out[key] = typeof tpl[key] === "string" ? tpl[key] : shortProse(item);
    else out[key] = alignTo(item, tpl[key]);
  }
  return out;
}

function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, into));
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") into.add(value);
      else collectRefs(value, into);
    }
  }
}

const pointer = (doc: Json, ref: string): any => ref.replace(/^#\//, "").split("/").reduce<any>((node, part) => node?.[part], doc);
const deref = (doc: Json, node: any): any => (typeof node?.$ref === "string" ? deref(doc, pointer(doc, node.$ref)) : node);

/** JSON without prose and defaults, to tell whether our wording of a response or parameter still fits. */
function meaning(node: unknown): string {
  return JSON.stringify(node, (key, value) => (PROSE.has(key) || (key === "required" && value === false) ? undefined : value));
}

/**
 * Objects merge key by key, anything else replaces, `null` deletes. A `$ref` replaces the node whole: a
 * reference with the vendor's inline content beside it would say two things at once.
 */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch) || "$ref" in patch) return patch;
  const out: Json = typeof base === "object" && base !== null && !Array.isArray(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = deepMerge(out[key], value);
  }
  return out;
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
        throw new Error(`the overlay covers ${method.toUpperCase()} ${path}, which the vendor document does not have; define it whole there (with its success response) or check the path`);
      }
      ((incoming.paths ??= {})[path] ??= {})[method] = structuredClone(op);
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
      (paths[path] ??= {})[method] = keepOurWording(op, current.paths?.[path]?.[method], incoming, current);
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
    if (section && name) (components[section] ??= {})[name] = pointer(source(ref), ref);
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
 * A request body we close stays closed even when the vendor renamed its schema (AgentMail's
 * AgentSignUpRequest became AgentSignupRequest): otherwise a misspelled field would silently pass again.
 */
function keepClosedBody(op: Json, ours: Json | undefined, incoming: Json, current: Json): void {
  const body = (doc: Json, holder: Json | undefined) => deref(doc, deref(doc, holder?.requestBody)?.content?.["application/json"]?.schema);
  const theirs = body(incoming, op);
  if (body(current, ours)?.additionalProperties === false && theirs?.properties && !("additionalProperties" in theirs)) {
    theirs.additionalProperties = false;
  }
}

/**
 * Our parameters and responses where they still mean what the vendor's do; ours for error statuses it
 * leaves out (AgentMail's definition declares no 401, 403 or 429 anywhere).
 */
function keepOurWording(op: Json, ours: Json | undefined, incoming: Json, current: Json): Json {
  if (!ours) return op;
  if (Array.isArray(op.parameters)) {
    op.parameters = op.parameters.map((param: Json) => {
      const theirs = deref(incoming, param);
      const mine = (ours.parameters ?? []).find((p: Json) => deref(current, p)?.name === theirs?.name && deref(current, p)?.in === theirs?.in);
      const same = mine && meaning(deref(current, mine).schema) === meaning(theirs.schema) && Boolean(deref(current, mine).required) === Boolean(theirs.required);
      return same ? mine : param;
    });
  }
  const responses: Json = {};
  for (const [status, response] of Object.entries((op.responses ?? {}) as Json)) {
    const mine = ours.responses?.[status];
    const same = mine && meaning(deref(current, mine)?.content) === meaning(deref(incoming, response)?.content);
    responses[status] = same ? mine : response;
  }
  // Parts marked x-keep are keepOurs' to carry (and to report); the rest of our error responses come along here.
  for (const [status, mine] of Object.entries((ours.responses ?? {}) as Json)) {
    const marked = mine["x-keep"] !== undefined || deref(current, mine)?.["x-keep"] !== undefined;
    if (!/^2/.test(status) && !(status in responses) && !marked) responses[status] = mine;
  }
  return { ...op, responses };
}


const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A change in the words a user of the SDK reads: camelCase names, as the SDK spells them. */
export function describeForUsers(change: SpecChange): string {
  return change.message.replace(/`([^`]+)`/g, (_, name: string) => `\`${name.split(".").map(camel).join(".")}\``);
}

/**
 * The semver bump the changes call for, from their levels alone (rule names say nothing about it): any
 * `breaking` is major; any warning, and any info change other than prose (an addition, a relaxed rule, a
 * deprecation), is minor, since it changes what a user can do or should check; prose only is a patch.
 */
export function bumpFor(changes: readonly SpecChange[]): "major" | "minor" | "patch" {
  if (changes.some((change) => change.level === "breaking")) return "major";
  return changes.some((change) => change.level === "warning" || change.rule !== "docs-changed") ? "minor" : "patch";
}

/** The changeset file for a spec update. */
export function changesetFor(vendor: string, changes: readonly SpecChange[], note?: string): string {
  const bump = bumpFor(changes);
  const lines = (keep: (change: SpecChange) => boolean) =>
    changes.filter((change) => keep(change) && change.rule !== "docs-changed").map((change) => `- ${describeForUsers(change)}`);
  const breaking = lines((change) => change.kind === "breaking");
  // Warnings are not additions: a loosened response constraint can still surprise code that relied on it.
  const warnings = lines((change) => change.kind !== "breaking" && change.level === "warning");
  const other = lines((change) => change.kind !== "breaking" && change.level !== "warning");
  const docs = changes.filter((change) => change.rule === "docs-changed").length;
  let body = `Update the ${vendor} client to the vendor's latest API description.\n`;
  if (note) body += `\n${note}\n`;
  if (breaking.length) body += `\nBreaking:\n\n${breaking.join("\n")}\n`;
  if (warnings.length) body += `\nWorth checking in your code:\n\n${warnings.join("\n")}\n`;
  if (other.length) body += `\nAdded or relaxed:\n\n${other.join("\n")}\n`;
  if (docs) body += `\n${docs} description or example change${docs > 1 ? "s" : ""}.\n`;
  return `---\n"vendor-auth": ${bump}\n---\n\n${body}`;
}

/** The `Not covered yet` part of the report. */
export function formatNotCovered(notCovered: readonly string[]): string {
  const lines = notCovered.length ? notCovered.map((name) => `- ${name}`) : ["  (none)"];
  return [`Not covered yet (${notCovered.length}): vendor operations inside the paths and tags the SDK covers`, ...lines].join("\n");
}

/**
 * An operation without `responses` in our spec is a leftover of the retired "stub" way to start covering
 * one: it now goes in the overlay, so the spec stays exactly what the pipeline wrote.
 */
export function refuseStubs(current: Json, vendor: string): void {
  for (const [path, item] of Object.entries((current.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) {
      if (item[method] && item[method].responses === undefined) {
        throw new Error(`specs/${vendor}.yaml has ${method.toUpperCase()} ${path} without responses; to start covering a vendor operation, name it in the overlay (paths.${path}.${method}.operationId) and pass --overlay`);
      }
    }
  }
}

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  argv.splice(at, 2);
  return value;
}

function main(argv: string[]): void {
  const dryRun = argv.includes("--dry-run");
  if (dryRun) argv.splice(argv.indexOf("--dry-run"), 1);
  const note = option(argv, "--note");
  const overlayFile = option(argv, "--overlay");
  const out = option(argv, "--out");
  const [vendor, file] = argv;
  if (!vendor || !file) throw new Error('usage: npm run spec:update -- <vendor> <file | fern-definition-dir> [--overlay ours.yaml] [--note "text"] [--dry-run [--out file]]');
  const target = join(root, "specs", `${vendor}.yaml`);
  if (!existsSync(target)) throw new Error(`no spec for "${vendor}" (expected specs/${vendor}.yaml)`);
  const current = loadDocument(target) as Json;
  refuseStubs(current, vendor);
  const fern = statSync(file).isDirectory();
  if (fern && !isFernDefinition(file)) throw new Error(`${file} is a folder without api.yml, so not a Fern definition`);
  // `x-fern-packages` feeds the Fern export only; it is no part of the spec.
  const { "x-fern-packages": packages, ...overlay } = overlayFile ? (parse(readFileSync(overlayFile, "utf8")) as Json) : {};
  if (packages && !fern) throw new Error("the overlay has x-fern-packages, which only a Fern definition folder uses");
  const incoming = fern ? fromFernExport(exportFernDefinition(file, packages)) : (loadDocument(file) as Json);
  const normalized = normalizeSpec(incoming, current, overlay);
  const { dropped, notCovered } = normalized;
  const kept = keepOurs(normalized.doc, current);
  // The overlay is our latest word: it wins over what keepOurs brought back from the previous spec.
  const doc = deepMerge(normalized.doc, overlay) as Json;
  const changes = diffSpecs(current, doc);
  const text = stringify(doc, { lineWidth: 110, aliasDuplicateObjects: false });
  if (dryRun) {
    // Whether the run reproduces the committed spec byte for byte: the check that a spec came out of this pipeline.
    const same = text === readFileSync(target, "utf8");
    if (out) writeFileSync(out, text);
    console.log(`${formatReport(changes)}\n${formatNotCovered(notCovered)}\n`);
    console.log(`--dry-run: nothing written${out ? ` but ${out}` : ""}; specs/${vendor}.yaml would be ${same ? "unchanged" : "different"} (${changes.length ? `bump would be ${bumpFor(changes)}` : "no changes, so no changeset"})`);
    return;
  }
  writeFileSync(target, text);
  console.log(`wrote specs/${vendor}.yaml${fern ? " (from the Fern definition, exported by fern-api)" : ""}`);
  if (dropped.length > notCovered.length) console.log(`ignored ${dropped.length - notCovered.length} operations outside the SDK's paths and tags`);
  for (const part of kept) console.log(`kept ours (x-keep): ${part}`);
  execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/generate.ts")], { stdio: "inherit", cwd: root });
  console.log(`\n${formatReport(changes)}\n${formatNotCovered(notCovered)}\n`);
  if (!changes.length) return console.log("no changes: no changeset written");
  // A second run the same day must not overwrite a changeset someone already reviewed.
  const name = (n: number) => join(root, ".changeset", `${vendor}-spec-${new Date().toISOString().slice(0, 10)}${n > 1 ? `-${n}` : ""}.md`);
  let n = 1;
  while (existsSync(name(n))) n++;
  const changeset = name(n);
  writeFileSync(changeset, changesetFor(vendor, changes, note));
  console.log(`wrote ${changeset.slice(root.length + 1)} (${bumpFor(changes)}); review its wording and new descriptions before committing`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`spec:update: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
