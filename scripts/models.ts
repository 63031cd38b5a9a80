/**
 * Emits src/<vendor>/generated/models.ts for scripts/generate.ts: one named camelCase interface per
 * object schema of the spec, with each field's description as its TSDoc. `Camelize<...>` alone gives the
 * right shape but an anonymous one: editors then show a 36-field object instead of `ApiKeyPermissions`,
 * and renamed keys lose their comments. Field types still come from openapi-typescript's output, and a
 * compile-time check at the end of the file proves each interface equals `Camelize<wire schema>`.
 */
type Schema = Record<string, any>;

const REF = "#/components/schemas/";

/** `text` as a TSDoc block indented by `indent`. */
function doc(text: string | undefined, indent: string): string {
  if (!text?.trim()) return "";
  const lines = text
    .trim()
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .flatMap((line) => line.match(/\S.{0,96}(?=\s|$)|\S+/g) ?? [""]);
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

/** The official AgentMail SDK returns `Date` here and we do not: said on every such field (README, "Dates"). */
const DATE_NOTE = "An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new Date(value)` when you need one.";

function dated(property: Schema): string | undefined {
  if (property.format !== "date-time") return property.description;
  return property.description ? `${property.description.trim()}\n\n${DATE_NOTE}` : DATE_NOTE;
}

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Builds models.ts for `doc`; returns undefined when the spec has no object schemas. */
export function buildModels(spec: Schema, specFile: string): string | undefined {
  const schemas = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  const isModel = (name: string): boolean => Boolean(schemas[name]?.properties);
  const models = Object.keys(schemas).filter(isModel);
  if (!models.length) return undefined;

  /** The TypeScript type of property `key` of schema `name`: a model name where the spec names one. */
  function fieldType(name: string, key: string, property: Schema): string {
    const ref = property.$ref as string | undefined;
    if (ref?.startsWith(REF) && isModel(ref.slice(REF.length))) return ref.slice(REF.length);
    const itemRef = property.type === "array" ? (property.items?.$ref as string | undefined) : undefined;
    if (itemRef?.startsWith(REF) && isModel(itemRef.slice(REF.length))) return `${itemRef.slice(REF.length)}[]`;
    const wire = `Wire[${JSON.stringify(name)}][${JSON.stringify(key)}]`;
    const target = ref?.startsWith(REF) ? schemas[ref.slice(REF.length)] : property;
    // Scalars and enums have no keys to rename: the wire type reads better on hover than Camelize<...>.
    const types = ([] as string[]).concat(target?.type ?? []).filter((type) => type !== "null");
    const scalar = types.length === 1 && ["string", "boolean", "number", "integer"].includes(types[0]!) && !target?.properties;
    return scalar ? wire : `Camelize<${wire}>`;
  }

  let out = `import type { Camelize } from "../../core/shape.js";\nimport type { components } from "./types.js";\n\n`;
  out += `type Wire = components["schemas"];\n\n`;
  for (const name of models) {
    const schema = schemas[name]!;
    const required = new Set<string>(schema.required ?? []);
    out += doc(schema.description ?? `The \`${name}\` schema of specs/${specFile}, in camelCase.`, "");
    out += `export interface ${name} {\n`;
    for (const [key, property] of Object.entries(schema.properties as Record<string, Schema>)) {
      out += doc(dated(property), "  ");
      out += `  ${camelCase(key)}${required.has(key) ? "" : "?"}: ${fieldType(name, key, property)};\n`;
    }
    if (schema.additionalProperties) out += `  [key: string]: unknown;\n`;
    out += `}\n\n`;
  }
  out += `// Fails to compile when an interface above drifts from the wire schema it renames.\n`;
  out += `type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;\n`;
  out += `type Assert<T extends true> = T;\n`;
  out += `type _SameAsWire = [\n${models.map((n) => `  Assert<Same<${n}, Camelize<Wire[${JSON.stringify(n)}]>>>,`).join("\n")}\n];\n`;
  return out;
}
