/**
 * Compiles every `specs/<vendor>.yaml` into `src/<vendor>/generated/{types,meta}.ts`.
 *
 *   npm run generate              write the files
 *   npm run generate -- --check   exit 1, naming each stale file, when a spec changed and its output did not
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { deref, HTTP_METHODS, loadDocument } from "./lib/openapi.js";
import { buildCalls, type CallSource } from "./converters.js";
import { buildModels } from "./models.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
type Schema = Record<string, any>;

function resolve(doc: Schema, node: Schema | undefined): Schema | undefined {
  if (!node || typeof node.$ref !== "string") return node;
  const target = deref(doc, node);
  if (target === undefined) throw new Error(`unresolved or circular $ref ${node.$ref}`);
  return target as Schema;
}

/**
 * Turns schemas into shapes. A `$ref` to a component schema becomes a reference to a named constant,
 * so a schema used by nine operations is emitted once.
 */
class ShapeBuilder {
  /** Component schema name -> its shape source, in dependency order. */
  readonly named = new Map<string, string>();
  private readonly building = new Set<string>();

  /** `slim`: only what the client's `toWire` reads (no limits or patterns), each bare scalar shape shared. */
  constructor(
    private readonly doc: Schema,
    private readonly slim = false,
  ) {}

  /** The TypeScript source of the shape for `node`. */
  source(node: Schema | undefined, depth = 0): string {
    if (depth > 32) throw new Error("schema nests deeper than 32 levels");
    const ref = node?.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!this.named.has(name)) {
        if (this.building.has(name)) throw new Error(`recursive schema ${name} is not supported`);
        this.building.add(name);
        const built = this.source(resolve(this.doc, node), depth + 1);
        this.building.delete(name);
        this.named.set(name, built);
      }
      return name;
    }
    return this.inline(resolve(this.doc, node), depth);
  }

  private inline(schema: Schema | undefined, depth: number): string {
    if (!schema || typeof schema !== "object") return "{}";
    if (schema.allOf) {
      // Merged by the runtime as a plain union of properties; allOf of closed objects is not used by our specs.
      const parts = (schema.allOf as Schema[]).map((part) => this.source(part, depth + 1));
      return `mergeShapes(${parts.join(", ")})`;
    }
    const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
    if (variants) {
      const nonNull = variants.filter((variant) => resolve(this.doc, variant)?.type !== "null");
      if (nonNull.length === 1) {
        const only = this.source(nonNull[0], depth + 1);
        return nonNull.length < variants.length ? `{ ...${only}, nullable: true }` : only;
      }
      const members = nonNull.map((variant) => resolve(this.doc, variant));
      return members.every((member) => member?.properties) ? this.inline(unionOfObjects(members as Schema[]), depth) : "{}";
    }
    const fields: string[] = [];
    const allTypes = ([] as string[]).concat(schema.type ?? []);
    const types = allTypes.filter((type) => type !== "null");
    let type = types.length === 1 ? types[0] : undefined;
    if (allTypes.includes("null")) fields.push("nullable: true");
    if (schema.properties) {
      type = "object";
      const props = Object.entries(schema.properties as Record<string, Schema>).map(
        ([key, value]) => `${JSON.stringify(key)}: ${this.source(value, depth + 1)}`,
      );
      fields.push(`properties: { ${props.join(", ")} }`);
      if (schema.required?.length) fields.push(`required: ${JSON.stringify(schema.required)}`);
      if (schema.additionalProperties === false) fields.push("closed: true");
    } else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
      type = "object";
      fields.push(`map: ${this.source(schema.additionalProperties, depth + 1)}`);
    }
    if (schema.items) fields.push(`items: ${this.source(schema.items, depth + 1)}`);
    if (Array.isArray(schema.enum)) fields.push(`enum: ${JSON.stringify(schema.enum.filter((v: unknown) => v !== null))}`);
    // Limits the fakes hold request bodies to, as the vendor would (the client does not check them).
    for (const limit of this.slim ? [] : (["minLength", "maxLength", "minimum", "maximum"] as const)) {
      if (typeof schema[limit] === "number") fields.push(`${limit}: ${schema[limit]}`);
    }
    if (typeof schema.pattern === "string" && !this.slim) fields.push(`pattern: ${JSON.stringify(schema.pattern)}`);
    if (type) fields.unshift(`type: ${JSON.stringify(type)}`);
    if (this.slim && type && fields.length === 1) {
      const name = `${type}Shape`;
      if (!this.named.has(name)) this.named.set(name, `{ type: ${JSON.stringify(type)} }`);
      return name;
    }
    return `{ ${fields.join(", ")} }`.replace("{  }", "{}");
  }
}

/**
 * One object schema accepting every member of a union of objects: each property (the first member's
 * schema where two differ), required only where every member requires it, closed only if every member is.
 * So a union body is still converted and still rejects a misspelled field before it is sent.
 */
function unionOfObjects(members: Schema[]): Schema {
  const properties: Schema = {};
  for (const member of members) for (const [key, value] of Object.entries(member.properties)) properties[key] ??= value;
  const required = Object.keys(properties).filter((key) => members.every((member) => member.required?.includes(key)));
  const closed = members.every((member) => member.additionalProperties === false);
  return { type: "object", properties, ...(required.length ? { required } : {}), ...(closed ? { additionalProperties: false } : {}) };
}

function jsonBodySchema(doc: Schema, holder: Schema | undefined): Schema | undefined {
  return resolve(doc, holder)?.content?.["application/json"]?.schema;
}

/** The source of meta.ts; each operation also goes to `calls`, with its request shape from a slim builder. */
function buildMeta(doc: Schema, specName: string, calls: CallSource[], slim: ShapeBuilder): string {
  const shapes = new ShapeBuilder(doc);
  const operations: string[] = [];
  const requiredScopes: Record<string, string> = {};
  const globalSecurity = doc.security ?? [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {}) as [string, Schema][]) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${specName}: ${method.toUpperCase()} ${path} has no operationId`);
      if (seen.has(op.operationId)) throw new Error(`${specName}: duplicate operationId ${op.operationId}`);
      seen.add(op.operationId);
      const security = op.security ?? globalSecurity;
      const success = Object.keys(op.responses ?? {}).find((status) => /^2\d\d$/.test(status));
      const fields = [`method: ${JSON.stringify(method.toUpperCase())}`, `path: ${JSON.stringify(path)}`, `auth: ${security.length > 0}`];
      if (op["x-idempotent"] === true) fields.push("idempotent: true");
      // An operation's own parameters override the path item's of the same name and place.
      const query = [...(item.parameters ?? []), ...(op.parameters ?? [])]
        .map((parameter: Schema) => resolve(doc, parameter))
        .filter((parameter): parameter is Schema => parameter?.in === "query")
        .map((parameter) => String(parameter.name));
      if (query.length) fields.push(`query: ${JSON.stringify([...new Set(query)])}`);
      // Required scopes go to the one `requiredScopes` map, not onto each operation as well.
      if (op["x-required-scope"]) requiredScopes[op.operationId] = op["x-required-scope"];
      const requestSchema = jsonBodySchema(doc, op.requestBody);
      const responseSchema = success ? jsonBodySchema(doc, op.responses[success]) : undefined;
      calls.push({ id: op.operationId, fields: [...fields], request: requestSchema && slim.source(requestSchema), response: responseSchema });
      if (requestSchema) fields.push(`request: ${shapes.source(requestSchema)}`);
      if (responseSchema) fields.push(`response: ${shapes.source(responseSchema)}`);
      operations.push(`  ${op.operationId}: { ${fields.join(", ")} },`);
    }
  }
  const servers = (doc.servers ?? []).map((server: Schema) => server.url);
  const named = [...shapes.named].map(([name, source]) => `const ${name}: Shape = ${source};`);
  const usesMerge = named.some((line) => line.includes("mergeShapes(")) || operations.some((l) => l.includes("mergeShapes("));
  let out = usesMerge
    ? `import { mergeShapes, type OperationMeta, type Shape } from "../../core/shape.js";\n\n`
    : `import type { OperationMeta, Shape } from "../../core/shape.js";\n\n`;
  out += `/** The vendor's documented base URLs; the first is the default. */\n`;
  out += `export const servers = ${JSON.stringify(servers)} as const;\n\n`;
  const date = doc.info?.["x-definition-date"];
  if (date)
    out += `/** The date of the vendor definition this spec follows (\`info.x-definition-date\`). */\nexport const definitionDate = ${JSON.stringify(String(date))};\n\n`;
  if (named.length) out += `${named.join("\n")}\n\n`;
  out += `/** Per operation: method, path template, whether it needs a credential, idempotency, query names and body shapes. */\n`;
  out += `export const operations = {\n${operations.join("\n")}\n} as const satisfies Record<string, OperationMeta>;\n`;
  for (const [name, schema] of Object.entries((doc.components?.schemas ?? {}) as Record<string, Schema>)) {
    if (schema.type !== "string" || !Array.isArray(schema.enum)) continue;
    out += `\n/** Every value of the ${name} enumeration. */\n`;
    const constName = `${name[0]!.toLowerCase()}${name.slice(1)}`;
    out += `export const ${constName}Values = ${JSON.stringify(schema.enum)} as const;\n`;
    // A per-value table kept beside the enum (`x-gates`, `x-fixes`: value -> data) becomes `<name>Gates`, ...
    for (const [extension, table] of Object.entries(schema)) {
      if (!extension.startsWith("x-") || typeof table !== "object" || table === null || Array.isArray(table)) continue;
      const unknown = Object.keys(table).filter((value) => !schema.enum.includes(value));
      if (unknown.length) throw new Error(`${specName}: ${name}.${extension} names values outside the enum: ${unknown.join(", ")}`);
      const suffix = extension.slice(2).replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());
      out += `\n/** The ${name} enumeration's \`${extension}\` table, per value. */\n`;
      out += `export const ${constName}${suffix} = ${JSON.stringify(table, null, 2)} as const;\n`;
    }
  }
  if (Object.keys(requiredScopes).length) {
    out += `\n/** The token scope each operation requires. */\n`;
    out += `export const requiredScopes = ${JSON.stringify(requiredScopes, null, 2)} as const;\n`;
  }
  return out;
}

/**
 * openapi-typescript writes each description as an `@description` tag, which editors show as a tag line
 * and typedoc rejects; as the comment's summary it is what a hover shows first. `@enum {string}` and
 * `@constant` repeat what the type already says, so they go.
 */
function tidyDocs(source: string): string {
  return source
    .replace(/^\s*\/\*\* @(enum \{\w+\}|constant) \*\/\n/gm, "")
    .replace(/^\s*\* @(enum \{\w+\}|constant)\n/gm, "")
    .replace(/(\/\*\*|^\s*\*) @description /gm, "$1 ");
}

async function generate(specFile: string): Promise<Record<string, string>> {
  const vendor = specFile.replace(/\.(ya?ml|json)$/, "");
  // Checked on load: OpenAPI 3.x, every $ref resolves, no YAML aliases.
  const doc = loadDocument(join(root, "specs", specFile)) as Schema & Parameters<typeof openapiTS>[0];
  const header = `// Generated from specs/${specFile} by scripts/generate.ts; do not edit.\n`;
  const roots: Record<string, string> = {
    paths: `The wire types of specs/${specFile}, by path and HTTP method (snake_case, as sent).`,
    components: `The wire types of specs/${specFile}'s components: schemas, parameters and responses (snake_case).`,
    operations: `The wire types of specs/${specFile}, by operationId: parameters, request body and responses.`,
  };
  const types = tidyDocs(astToString(await openapiTS(doc, { alphabetize: false }))).replace(
    /^export (interface|type) (paths|components|operations)\b/gm,
    (line, _kind, name: string) => `/** ${roots[name]} */\n${line}`,
  );
  const dir = join("src", vendor, "generated");
  const files: Record<string, string> = {
    [join(dir, "types.ts")]: header + types,
  };
  const calls: CallSource[] = [];
  const slim = new ShapeBuilder(doc, true);
  files[join(dir, "meta.ts")] = header + buildMeta(doc, specFile, calls, slim);
  const requestShapes = [...slim.named].map(([name, source]) => `const ${name}: Shape = ${source};`);
  files[join(dir, "calls.ts")] = buildCalls(doc, calls, requestShapes, header);
  const models = buildModels(doc, specFile);
  if (models) files[join(dir, "models.ts")] = header + models;
  // What every vendor entry re-exports of its generated code, written once here instead of in four index.ts.
  let entry = `${header}export type { components, operations, paths } from "./types.js";\n`;
  const schemasDoc = "/** Every object schema of the spec as a named camelCase interface, each field documented. */";
  if (models) entry += `${schemasDoc}\nexport type * as schemas from "./models.js";\n`;
  files[join(dir, "public.ts")] = entry;
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const specs = readdirSync(join(root, "specs"))
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort();
  const stale: string[] = [];
  for (const spec of specs) {
    for (const [file, content] of Object.entries(await generate(spec))) {
      const target = join(root, file);
      const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
      if (current === content) continue;
      if (check) {
        stale.push(file);
      } else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
        console.log(`wrote ${file}`);
      }
    }
  }
  if (stale.length) {
    console.error(`Generated code is stale; run \`npm run generate\` and commit:\n${stale.map((f) => `  ${f}`).join("\n")}`);
    process.exit(1);
  }
  if (check) console.log(`generated code is up to date (${specs.length} specs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
