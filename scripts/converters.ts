/**
 * Writes `src/<vendor>/generated/calls.ts`: what the client runs per operation. Responses get a converter
 * each, plain code with one named store per known key (see BENCHMARKS.md "Generated converters" for why
 * this form); requests keep the generic `toWire`, over shapes without the limits only the fakes read.
 * Only what the operations reach is emitted, and one converter serves every operation returning its shape.
 */
import { deref } from "./lib/openapi.js";

type Schema = Record<string, any>;

/** One operation as `buildMeta` sees it: its fields besides the bodies, and the body schemas. */
export interface CallSource {
  id: string;
  fields: string[];
  request?: string | undefined;
  response?: Schema | undefined;
}

/** What a response value is, as far as converting it goes. */
type Node =
  | { kind: "object"; props: [string, Schema][]; required: string[] }
  | { kind: "array"; items: Schema }
  | { kind: "map"; value: Schema }
  | { kind: "scalar" }
  | { kind: "any" };

const SCALARS = new Set(["string", "number", "integer", "boolean"]);

function resolve(doc: Schema, node: Schema | undefined): Schema | undefined {
  if (!node || typeof node.$ref !== "string") return node;
  const target = deref(doc, node);
  if (target === undefined) throw new Error(`unresolved or circular $ref ${node.$ref}`);
  return target as Schema;
}

/** Reads a schema as the shape builder of generate.ts does: allOf merged, a union of objects as one object. */
function classify(doc: Schema, node: Schema | undefined): Node {
  const schema = resolve(doc, node);
  if (!schema || typeof schema !== "object") return { kind: "any" };
  if (schema.allOf) {
    const parts = (schema.allOf as Schema[]).map((part) => classify(doc, part));
    const props = parts.flatMap((part) => (part.kind === "object" ? part.props : []));
    const required = parts.flatMap((part) => (part.kind === "object" ? part.required : []));
    return { kind: "object", props: [...new Map(props)], required };
  }
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants) {
    const nonNull = variants.filter((variant) => resolve(doc, variant)?.type !== "null");
    if (nonNull.length === 1) return classify(doc, nonNull[0]);
    const members = nonNull.map((variant) => resolve(doc, variant));
    if (!members.every((member) => member?.properties)) return { kind: "any" };
    const props = new Map<string, Schema>();
    for (const member of members) for (const [key, value] of Object.entries(member!.properties)) if (!props.has(key)) props.set(key, value as Schema);
    const required = [...props.keys()].filter((key) => members.every((member) => member!.required?.includes(key)));
    return { kind: "object", props: [...props], required };
  }
  if (schema.properties) return { kind: "object", props: Object.entries(schema.properties), required: schema.required ?? [] };
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") return { kind: "map", value: schema.additionalProperties };
  if (schema.items) return { kind: "array", items: schema.items };
  const types = ([] as string[]).concat(schema.type ?? []).filter((type) => type !== "null");
  return types.length === 1 && SCALARS.has(types[0]!) ? { kind: "scalar" } : { kind: "any" };
}

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());

class ConverterBuilder {
  /** Function name -> source, in dependency order. */
  readonly functions = new Map<string, string>();
  private readonly byBody = new Map<string, string>();
  private readonly byRef = new Map<string, string | undefined>();
  private readonly building = new Set<string>();
  /** Array and map converters by name -> the call written in their place (saves a call and its bytes). */
  private readonly direct = new Map<string, string>();

  constructor(private readonly doc: Schema) {}

  /** `value` converted by `name` (a converter from {@link converter}), as an expression. */
  call(name: string, value: string): string {
    return this.direct.get(name)?.replace("%", value) ?? `${name}(${value})`;
  }

  /** The sources of `roots` and of every converter they call, callees first. */
  emit(roots: string[]): string[] {
    const seen = new Set<string>();
    const ordered: string[] = [];
    const visit = (name: string): void => {
      if (seen.has(name) || !this.functions.has(name)) return;
      seen.add(name);
      const body = this.functions.get(name)!.slice(this.functions.get(name)!.indexOf("{"));
      for (const other of this.functions.keys()) if (new RegExp(`\\b${other}\\b`).test(body)) visit(other);
      ordered.push(name);
    };
    roots.forEach(visit);
    return ordered.map((name) => this.functions.get(name)!);
  }

  /** The converter of `node` (a function name), or undefined when its value is copied as it is. */
  converter(node: Schema | undefined, hint: string, depth = 0): string | undefined {
    if (depth > 32) throw new Error("schema nests deeper than 32 levels");
    const ref = node?.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!this.byRef.has(name)) {
        if (this.building.has(name)) throw new Error(`recursive schema ${name} is not supported`);
        this.building.add(name);
        this.byRef.set(name, this.inline(node, name.replace(/\W/g, "_"), depth));
        this.building.delete(name);
      }
      return this.byRef.get(name);
    }
    return this.inline(node, hint, depth);
  }

  private inline(node: Schema | undefined, hint: string, depth: number): string | undefined {
    const shape = classify(this.doc, node);
    if (shape.kind === "scalar") return undefined;
    if (shape.kind === "any") return "anyFromWire";
    let body: string;
    if (shape.kind === "object") {
      const stores = shape.props.map(([key, value]) => {
        if (key === "__proto__" || camel(key) === "__proto__") throw new Error(`a property named ${key} is not supported`);
        const convert = this.converter(value, `${hint}_${camel(key)}`, depth + 1);
        const wire = JSON.stringify(key);
        return `  if ((v = w[${wire}]) !== undefined) { o[${JSON.stringify(camel(key))}] = ${convert ? this.call(convert, "v") : "v"}; n++; }`;
      });
      body = `  if (!isObject(w)) return anyFromWire(w);\n  const o: Json = {};\n  let v: unknown, n = 0;\n${stores.join("\n")}\n  return withUnknownKeys(w, o, n);`;
    } else {
      const item = this.converter(shape.kind === "array" ? shape.items : shape.value, `${hint}_item`, depth + 1) ?? "anyFromWire";
      // An array of scalars or untyped values is converted as untyped: copied, with any object inside renamed.
      if (shape.kind === "array" && item === "anyFromWire") return "anyFromWire";
      body = `  return ${shape.kind === "array" ? "arrayFromWire" : "mapFromWire"}(w, ${item});`;
      const known = this.byBody.get(body);
      if (known) return known;
      const name = `read${hint[0]!.toUpperCase()}${hint.slice(1)}`;
      this.direct.set(name, `${shape.kind === "array" ? "arrayFromWire" : "mapFromWire"}(%, ${item})`);
      this.byBody.set(body, name);
      this.functions.set(name, `export function ${name}(w: unknown): unknown {\n${body}\n}`);
      return name;
    }
    const known = this.byBody.get(body);
    if (known) return known;
    const name = `read${hint[0]!.toUpperCase()}${hint.slice(1)}`;
    this.byBody.set(body, name);
    this.functions.set(name, `export function ${name}(w: unknown): unknown {\n${body}\n}`);
    return name;
  }
}

/** What `describeMismatch` checks of a response before it is converted: its top level (and a list's items). */
function topLevel(doc: Schema, node: Schema | undefined, items = true): string | undefined {
  const schema = resolve(doc, node);
  const shape = classify(doc, node);
  const fields: string[] = [];
  if (shape.kind === "object" || shape.kind === "map") fields.push(`type: "object"`);
  else if (shape.kind === "array") fields.push(`type: "array"`);
  else {
    const types = ([] as string[]).concat(schema?.type ?? []).filter((type) => type !== "null");
    if (types.length === 1) fields.push(`type: ${JSON.stringify(types[0])}`);
  }
  if (shape.kind === "object" && shape.required.length) fields.push(`required: ${JSON.stringify(shape.required)}`);
  if (shape.kind === "array" && items) {
    const item = topLevel(doc, shape.items, false);
    if (item) fields.push(`items: ${item}`);
  }
  return fields.length ? `{ ${fields.join(", ")} }` : undefined;
}

/** The source of calls.ts; `requestShapes` are the named request shapes the `request` fields refer to. */
export function buildCalls(doc: Schema, calls: CallSource[], requestShapes: string[], header: string): string {
  const converters = new ConverterBuilder(doc);
  const exports = calls.map(({ id, fields, request, response }) => {
    const all = [...fields];
    if (request) all.push(`request: ${request}`);
    if (response) {
      // Always present when the spec gives a body, even an unconstrained one: `call()` reads no body without it.
      all.push(`response: ${topLevel(doc, response) ?? "{}"}`);
      const decode = converters.converter(response, id);
      if (decode && decode !== "anyFromWire") all.push(`decode: ${decode}`);
    }
    return `/** \`${id}\`: what \`call()\` needs to run it. */\nexport const ${id} = { ${all.join(", ")} } as const satisfies OperationMeta;`;
  });
  const roots = calls.map((call) => /decode: (\w+)/.exec(exports[calls.indexOf(call)]!)?.[1]).filter((name): name is string => !!name);
  const functions = converters.emit(roots);
  const used = (name: string): boolean => functions.some((source) => source.includes(name));
  const helpers = ["anyFromWire", "arrayFromWire", "isObject", "mapFromWire", "withUnknownKeys"].filter(used);
  const types = requestShapes.length ? "type OperationMeta, type Shape" : "type OperationMeta";
  const merge = requestShapes.some((line) => line.includes("mergeShapes(")) ? "mergeShapes, " : "";
  let out = header;
  out += `import { ${merge}${types} } from "../../core/shape.js";\n`;
  if (helpers.length) out += `import { ${helpers.join(", ")} } from "../../core/wire.js";\n`;
  if (functions.some((source) => source.includes("Json"))) out += `\ntype Json = Record<string, unknown>;\n`;
  if (requestShapes.length) out += `\n${requestShapes.join("\n")}\n`;
  if (functions.length) out += `\n${functions.join("\n\n")}\n`;
  return `${out}\n${exports.join("\n\n")}\n`;
}
