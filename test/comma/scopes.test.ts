import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { commaScopes, defaultScopes, requiredScopes } from "../../src/comma/index.js";
import { operations } from "../../src/comma/generated/meta.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

interface SpecOperation {
  operationId: string;
  "x-required-scope"?: string;
}

const spec = parse(readFileSync(new URL("../../specs/comma.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: { Scope: { enum: string[] } } };
};
const specOperations = Object.values(spec.paths).flatMap((item) =>
  Object.entries(item)
    .filter(([method]) => HTTP_METHODS.includes(method))
    .map(([, operation]) => operation),
);

describe("scopes", () => {
  test("requiredScopes maps each operation to exactly the x-required-scope of specs/comma.yaml", () => {
    const fromSpec = Object.fromEntries(specOperations.filter((op) => op["x-required-scope"]).map((op) => [op.operationId, op["x-required-scope"]]));

    expect(Object.keys(fromSpec)).toHaveLength(13);
    expect({ ...requiredScopes }).toEqual(fromSpec);
  });

  test("every spec operation has metadata, and requiredScopes (the one source) has the scope it requires, none for the scope-free ones", () => {
    for (const op of specOperations) {
      const meta = operations[op.operationId as keyof typeof operations] as object | undefined;
      expect(meta, op.operationId).toBeDefined();
      expect(meta, op.operationId).not.toHaveProperty("requiredScope");
      expect((requiredScopes as Record<string, string>)[op.operationId], op.operationId).toBe(op["x-required-scope"]);
    }
  });

  test("commaScopes lists the spec's Scope enumeration", () => {
    expect([...commaScopes]).toEqual(spec.components.schemas.Scope.enum);
  });

  test("defaultScopes are reports:write, comments:write and comments:read, and cannot be changed", () => {
    expect([...defaultScopes]).toEqual(["reports:write", "comments:write", "comments:read"]);
    expect(Object.isFrozen(defaultScopes)).toBe(true);
  });
});
