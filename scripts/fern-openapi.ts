/**
 * A vendor that publishes a Fern definition instead of OpenAPI (AgentMail does) goes through the `fern-api`
 * CLI's own offline export, then through {@link fromFernExport}, which undoes the export's habits so the
 * result diffs against our specs on meaning alone.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse, stringify } from "yaml";
import { HTTP_METHODS } from "./lib/openapi.js";

type Json = Record<string, any>;

/** The fern-api CLI version the export was checked with; `FERN_VERSION` overrides it. */
export const FERN_VERSION = "5.131.1";

/** Whether `dir` is a Fern definition folder (it holds `api.yml`). */
export function isFernDefinition(dir: string): boolean {
  return existsSync(join(dir, "api.yml"));
}

/**
 * Runs `fern export` on a copy of the definition folder (the CLI wants `fern/fern.config.json` next to it)
 * and returns the OpenAPI document it writes. `packages` adds Fern files by path (`pods/__package__.yml`):
 * ones the definition imports but the vendor's saved copy lacks. Needs no network once the CLI is in the npx cache.
 */
export function exportFernDefinition(dir: string, packages: Json = {}): Json {
  const work = mkdtempSync(join(tmpdir(), "vendor-auth-fern-"));
  try {
    const version = process.env.FERN_VERSION ?? FERN_VERSION;
    copyDefinition(dir, join(work, "fern/definition"));
    // Files the definition imports that the vendor's saved copy lacks, written by us (see the overlay).
    for (const [file, content] of Object.entries(packages)) {
      const target = join(work, "fern/definition", file);
      if (existsSync(target)) throw new Error(`the overlay supplies ${file}, but the definition has it: drop it from the overlay`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, stringify(content));
    }
    writeFileSync(join(work, "fern/fern.config.json"), JSON.stringify({ organization: "local", version }));
    const out = join(work, "openapi.yml");
    execFileSync("npx", ["-y", `fern-api@${version}`, "export", out], {
      cwd: work,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, FERN_DISABLE_TELEMETRY: "true" },
    });
    return parse(readFileSync(out, "utf8")) as Json;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Copies the definition's YAML files; a flattened name (`pods--api-keys.yml`, as vendor files are saved
 * one folder deep) goes back to its folder (`pods/api-keys.yml`). Notes and changelogs beside them stay out.
 */
export function copyDefinition(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) cpSync(join(from, entry.name), join(to, entry.name), { recursive: true });
    else if (/\.ya?ml$/.test(entry.name)) {
      const target = join(to, ...entry.name.split("--"));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(from, entry.name), target);
    }
  }
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A component that only names a scalar (Fern's `ApiKeyId: string`): inlined where used. */
function isAlias(schema: Json): boolean {
  const structural = ["properties", "oneOf", "anyOf", "allOf", "enum", "$ref", "additionalProperties"];
  return ["string", "integer", "number", "boolean"].includes(schema.type) && !structural.some((key) => key in schema);
}

/**
 * Fern's export, rewritten to say what the definition says and no more:
 * - `openapi: 3.1.0`; `title` on every schema and empty `parameters` dropped;
 * - `nullable: true` dropped: Fern adds it to every `optional<T>`, which means "may be absent", not "may be null";
 * - scalar alias components (`ApiKeyId`, `Limit`) inlined, without their generic descriptions;
 * - Fern's `extends` (an `allOf` of objects) flattened into one object, so it can be closed like any other;
 * - per-operation `servers` dropped and only the HTTP servers kept; a per-operation `security` shared by
 *   every authenticated operation hoisted to the top, and `security: []` on the ones without auth.
 */
export function fromFernExport(input: Json): Json {
  const doc = structuredClone(input) as Json;
  const schemas: Json = doc.components?.schemas ?? {};
  const aliases = new Map<string, Json>();
  for (const [name, schema] of Object.entries(schemas)) if (isAlias(schema)) aliases.set(`#/components/schemas/${name}`, schema);

  const clean = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(clean);
    if (!isObject(node)) return node;
    let out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "title" || key === "nullable") continue;
      out[key] = clean(value);
    }
    const alias = typeof out.$ref === "string" ? aliases.get(out.$ref) : undefined;
    if (alias) {
      const { $ref: _ref, ...siblings } = out;
      // The alias's own docs ("ID of api key.") say less than the field's name; only the use site's are kept.
      const { description: _docs, ...scalar } = clean(alias) as Json;
      out = { ...scalar, ...siblings };
    }
    if (Array.isArray(out.allOf) && out.allOf.every((part: Json) => typeof part.$ref === "string")) out = flattenExtends(out);
    return out;
  };

  const flattenExtends = (schema: Json): Json => {
    const { allOf, ...own } = schema;
    const properties: Json = {};
    const required: string[] = [];
    for (const part of allOf as Json[]) {
      const parent = clean(schemas[part.$ref.split("/").pop()]) as Json;
      Object.assign(properties, parent.properties);
      required.push(...(parent.required ?? []));
    }
    Object.assign(properties, own.properties);
    required.push(...(own.required ?? []));
    return { ...own, type: "object", properties, ...(required.length ? { required } : {}) };
  };

  for (const name of [...Object.keys(schemas)]) {
    if (aliases.has(`#/components/schemas/${name}`)) delete schemas[name];
    else schemas[name] = clean(schemas[name]);
  }
  doc.openapi = "3.1.0";
  doc.servers = (doc.servers ?? []).filter((server: Json) => /^https?:/.test(server.url));

  const secured: Json[][] = [];
  for (const item of Object.values((doc.paths ?? {}) as Json)) {
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const op = clean(item[method]) as Json;
      item[method] = op;
      delete op.servers;
      if (Array.isArray(op.parameters) && op.parameters.length === 0) delete op.parameters;
      if (op.security?.length) secured.push(op.security);
    }
  }
  const shared = secured[0];
  if (shared && secured.every((security) => JSON.stringify(security) === JSON.stringify(shared))) {
    doc.security = shared;
    for (const item of Object.values(doc.paths as Json)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        if (op.security?.length) delete op.security;
        else op.security = [];
      }
    }
  }
  return doc;
}
