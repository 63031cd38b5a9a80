/** What the CallMissed spec must keep saying, whatever else changes in it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";

const spec = parse(readFileSync(join(import.meta.dirname, "../../specs/callmissed.yaml"), "utf8"));

describe("specs/callmissed.yaml", () => {
  test("has no key-management operation: keys are managed in the console only", () => {
    const operations = Object.entries(spec.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );

    expect(operations).toEqual(["GET /anthropic/v1/models listModels"]);
    expect(JSON.stringify(spec.paths)).not.toMatch(/\/keys|ApiKey/);
    expect(spec.components.schemas).not.toHaveProperty("CreateApiKeyRequest");
  });

  test("accepts the key as Bearer or x-api-key, and names no JWT", () => {
    expect(spec.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
    expect(spec.components.securitySchemes.apiKeyHeader).toMatchObject({ type: "apiKey", in: "header", name: "x-api-key" });
    expect(JSON.stringify(spec.components.securitySchemes)).not.toMatch(/JWT|access token/i);
  });

  test("carries the current lists: 7 permissions with email, 66 scopes, 20 error codes each with a fix", () => {
    const { ServicePermission, ResourceScope, ErrorCode } = spec.components.schemas;

    expect(ServicePermission.enum).toContain("email");
    expect(ServicePermission.enum).toHaveLength(7);
    expect(ResourceScope.enum).toHaveLength(66);
    expect(ErrorCode.enum).toContain("api_key_expired");
    expect(Object.keys(ErrorCode["x-fixes"]).sort()).toEqual([...ErrorCode.enum].sort());
  });
});
