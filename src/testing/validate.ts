/**
 * Holds a request body to the operation's generated shape, the way the vendor's server does: types,
 * enums, required and unknown fields, lengths, ranges and patterns. Every fake runs this first, so a body
 * its vendor would refuse is refused here too, in that vendor's error envelope.
 */
import type { Shape } from "../core/shape.js";

/** One thing wrong with a body: where (wire names) and what. */
export interface BodyProblem {
  path: string[];
  message: string;
}

/** How strict the check is where vendors differ. */
export interface ValidateOptions {
  /** Laravel drops unknown fields instead of refusing them. @default "reject" */
  unknownFields?: "reject" | "ignore";
}

const MAX_PROBLEMS = 20;

/** The problems of `value` against `shape`; empty when the vendor would accept it. */
export function validateBody(value: unknown, shape: Shape | undefined, options: ValidateOptions = {}): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (shape) visit(value, shape, [], problems, options);
  return problems.slice(0, MAX_PROBLEMS);
}

function visit(value: unknown, shape: Shape, path: string[], out: BodyProblem[], options: ValidateOptions): void {
  if (out.length >= MAX_PROBLEMS) return;
  const problem = (message: string) => void out.push({ path, message });
  if (value === null) {
    if (!shape.nullable && shape.type !== undefined) problem("must not be null");
    return;
  }
  if (!typeMatches(value, shape)) {
    problem(`must be ${article(shape.type!)}`);
    return;
  }
  if (shape.enum && !shape.enum.includes(value)) {
    problem(`must be one of ${shape.enum.join(", ")}`);
    return;
  }
  if (typeof value === "string") {
    const length = [...value].length;
    if (shape.minLength !== undefined && length < shape.minLength) problem(`must be at least ${shape.minLength} characters`);
    if (shape.maxLength !== undefined && length > shape.maxLength) problem(`must be at most ${shape.maxLength} characters`);
    if (shape.pattern !== undefined && !new RegExp(shape.pattern, "u").test(value)) problem(`must match ${shape.pattern}`);
  }
  if (typeof value === "number") {
    if (shape.minimum !== undefined && value < shape.minimum) problem(`must be at least ${shape.minimum}`);
    if (shape.maximum !== undefined && value > shape.maximum) problem(`must be at most ${shape.maximum}`);
  }
  if (Array.isArray(value)) {
    const items = shape.items;
    if (items) for (const [i, item] of value.entries()) visit(item, items, [...path, String(i)], out, options);
    return;
  }
  if (typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  if (shape.map) {
    for (const key of Object.keys(object)) visit(object[key], shape.map, [...path, key], out, options);
    return;
  }
  for (const key of shape.required ?? []) {
    if (object[key] === undefined) out.push({ path: [...path, key], message: "is required" });
  }
  const properties = shape.properties ?? {};
  for (const key of Object.keys(object)) {
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (child) visit(object[key], child, [...path, key], out, options);
    else if (shape.closed && options.unknownFields !== "ignore") out.push({ path: [...path, key], message: "is not a known field" });
  }
}

function typeMatches(value: unknown, shape: Shape): boolean {
  switch (shape.type) {
    case undefined:
      return true;
    case "object":
      return typeof value === "object" && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === shape.type;
  }
}

function article(type: string): string {
  return type === "object" || type === "array" || type === "integer" ? `an ${type}` : `a ${type}`;
}
