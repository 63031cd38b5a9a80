/**
 * npm run spec:update -- <vendor> <file> [--note "text"]
 *
 * Replaces specs/<vendor>.yaml with a new vendor document normalised into our layout, regenerates the
 * code, prints the diff against the previous spec and writes a changeset whose bump follows from it
 * (major if anything breaks, minor for additions, patch otherwise).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { HTTP_METHODS, loadDocument, resolvePointer } from "./lib/openapi.js";
import { diffSpecs, formatReport, type SpecChange } from "./spec-diff/index.js";
import { keepOurs, withoutStubs } from "./spec-keep.js";

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

/** Orders `value`'s keys as `template` orders them, new keys after, recursively; prose from `template` wins. */
function alignTo(value: unknown, template: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, i) => alignTo(item, Array.isArray(template) ? counterpart(item, template, i) : undefined));
  if (typeof value !== "object" || value === null) return value;
  const tpl = (typeof template === "object" && template !== null ? template : {}) as Json;
  const keys = [...Object.keys(tpl).filter((key) => key in value), ...Object.keys(value).filter((key) => !(key in tpl))];
  const out: Json = {};
  for (const key of keys) {
    const item = (value as Json)[key];
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

/**
 * Keeps only the operations our spec covers (matched by method and path) and the components they reach,
 * carries over our operationIds and `x-` extensions, and aligns key order and prose with our spec.
 */
export function normalizeSpec(incoming: Json, current: Json): { doc: Json; dropped: string[] } {
  const dropped: string[] = [];
  const paths: Json = {};
  for (const [path, item] of Object.entries((incoming.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const ours = current.paths?.[path]?.[method];
      if (!ours) {
        dropped.push(`${method.toUpperCase()} ${path}`);
        continue;
      }
      const op: Json = { ...item[method], operationId: ours.operationId };
      for (const [key, value] of Object.entries(ours)) if (key.startsWith("x-")) op[key] = value;
      (paths[path] ??= {})[method] = op;
    }
  }
  // Components reachable from the kept operations, following refs transitively.
  const reachable = new Set<string>();
  const pending = new Set<string>();
  collectRefs(paths, pending);
  collectRefs(incoming.security, pending);
  while (pending.size) {
    const ref = pending.values().next().value as string;
    pending.delete(ref);
    if (reachable.has(ref)) continue;
    reachable.add(ref);
    const target = resolvePointer(incoming, ref);
    collectRefs(target, pending);
  }
  const components: Json = {};
  for (const [section, entries] of Object.entries((incoming.components ?? {}) as Json)) {
    const kept = Object.entries(entries as Json).filter(
      ([name]) => section === "securitySchemes" || reachable.has(`#/components/${section}/${name}`),
    );
    if (kept.length) components[section] = Object.fromEntries(kept);
  }
  const doc: Json = {
    ...incoming,
    info: { ...current.info, version: incoming.info?.version ?? current.info?.version },
    paths,
    components,
  };
  const ordered: Json = {};
  for (const key of [...TOP_LEVEL_ORDER, ...Object.keys(doc)]) if (key in doc && !(key in ordered)) ordered[key] = doc[key];
  return { doc: alignTo(ordered, current) as Json, dropped };
}

const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A change in the words a user of the SDK reads: camelCase names, as the SDK spells them. */
export function describeForUsers(change: SpecChange): string {
  return change.message.replace(/`([^`]+)`/g, (_, name: string) => `\`${name.split(".").map(camel).join(".")}\``);
}

/** The semver bump the changes call for. */
export function bumpFor(changes: readonly SpecChange[]): "major" | "minor" | "patch" {
  if (changes.some((change) => change.kind === "breaking")) return "major";
  return changes.some((change) => /added|optional|widened|relaxed/.test(change.rule)) ? "minor" : "patch";
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

function main(argv: string[]): void {
  const noteAt = argv.indexOf("--note");
  const note = noteAt >= 0 ? argv[noteAt + 1] : undefined;
  const [vendor, file] = noteAt < 0 ? argv : argv.filter((_, i) => i !== noteAt && i !== noteAt + 1);
  if (!vendor || !file) throw new Error("usage: npm run spec:update -- <vendor> <file> [--note \"text\"]");
  const target = join(root, "specs", `${vendor}.yaml`);
  if (!existsSync(target)) throw new Error(`no spec for "${vendor}" (expected specs/${vendor}.yaml)`);
  const current = loadDocument(target) as Json;
  const { doc, dropped } = normalizeSpec(loadDocument(file) as Json, current);
  const kept = keepOurs(doc, current);
  const changes = diffSpecs(withoutStubs(current), doc);
  writeFileSync(target, stringify(doc, { lineWidth: 110, aliasDuplicateObjects: false }));
  console.log(`wrote specs/${vendor}.yaml${dropped.length ? ` (ignored ${dropped.length} operations the SDK does not cover)` : ""}`);
  for (const part of kept) console.log(`kept ours (x-keep): ${part}`);
  execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/generate.ts")], { stdio: "inherit", cwd: root });
  console.log(`\n${formatReport(changes)}`);
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
