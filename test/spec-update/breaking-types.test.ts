import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { buildModels } from "../../scripts/models.js";

const root = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "vendor-auth-types-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Compiles the real handwritten `src/agentmail/permissions.ts` against types and models generated from `spec`,
 * in a scratch copy of the layout it imports from. Returns tsc's messages.
 */
async function compilePermissionsAgainst(spec: Record<string, any>, name: string): Promise<string[]> {
  const dir = join(work, name);
  mkdirSync(join(dir, "agentmail/generated"), { recursive: true });
  mkdirSync(join(dir, "core"), { recursive: true });
  copyFileSync(join(root, "src/agentmail/permissions.ts"), join(dir, "agentmail/permissions.ts"));
  copyFileSync(join(root, "src/core/shape.ts"), join(dir, "core/shape.ts"));
  writeFileSync(join(dir, "agentmail/generated/types.ts"), astToString(await openapiTS(spec as Parameters<typeof openapiTS>[0])));
  writeFileSync(join(dir, "agentmail/generated/models.ts"), buildModels(spec, "agentmail.yaml") ?? "");
  const program = ts.createProgram([join(dir, "agentmail/permissions.ts")], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("a regenerated type that no longer fits the handwritten layer", () => {
  const current = parse(readFileSync(join(root, "specs/agentmail.yaml"), "utf8"));

  test("the presets compile against the current spec", async () => {
    expect(await compilePermissionsAgainst(current, "current")).toEqual([]);
  }, 30_000);

  test("removing a permission the presets use makes tsc fail and name it", async () => {
    const changed = structuredClone(current);
    delete changed.components.schemas.ApiKeyPermissions.properties.label_unauthenticated_read;
    const errors = await compilePermissionsAgainst(changed, "removed");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toContain("labelUnauthenticatedRead");
  }, 30_000);
});
