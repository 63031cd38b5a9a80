import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { diffSpecs, loadDocument } from "../../scripts/spec-diff.js";

const repoRoot = path.join(import.meta.dirname, "../..");

const communal = path.join(repoRoot, "test/fixtures/vendor/communal");

describe("real vendor case: Communal 2026-02-01 -> 2026-03-25", () => {
  test("only documentation differs: the info block and the X-Api-Version header doc of every operation", () => {
    const before = loadDocument(path.join(communal, "openapi-2026-02-01.json"));
    const after = loadDocument(path.join(communal, "openapi-2026-03-25.json"));
    const changes = diffSpecs(before, after);

    const paths = (before as { paths: Record<string, object> }).paths;
    const operations = Object.entries(paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
    expect(operations).toHaveLength(27);

    expect(changes.filter((c) => c.kind === "breaking")).toEqual([]);
    expect(changes[0]).toEqual({
      kind: "non-breaking",
      level: "info",
      rule: "docs-changed",
      location: "info",
      pointer: "#/info",
      message: "documentation changed (version 2026-02-01 -> 2026-03-25, description)",
    });
    const rest = changes.slice(1);
    expect(rest.map((c) => c.location).sort()).toEqual(operations.map((id) => `${id} parameters.header.X-Api-Version`).sort());
    expect(new Set(rest.map((c) => `${c.rule}: ${c.message}`))).toEqual(new Set(["docs-changed: documentation changed (description, example)"]));
  });
});

describe("real vendor case: AgentMail permissions 35 -> 36", () => {
  const current = parse(readFileSync(path.join(repoRoot, "test/fixtures/spec-update/agentmail-2026-08-03.yaml"), "utf8"));
  // The seed's permission set: thread_read/thread_delete instead of message_delete, label_unauthenticated_read, api_key_update.
  const seed = structuredClone(current);
  const flags = seed.components.schemas.ApiKeyPermissions.properties as Record<string, unknown>;
  for (const gone of ["message_delete", "label_unauthenticated_read", "api_key_update"]) delete flags[gone];
  Object.assign(flags, { thread_read: { type: "boolean" }, thread_delete: { type: "boolean" } });

  test("two removals are breaking and three additions info, each once with the operations that use the schema", () => {
    expect(Object.keys(flags)).toHaveLength(35);
    const changes = diffSpecs(seed, current);
    const pointer = (name: string) => `#/components/schemas/ApiKeyPermissions/properties/${name}`;
    expect(changes.map((c) => `${c.level} ${c.rule} @ ${c.pointer}`).sort()).toEqual(
      [
        `breaking response-field-removed @ ${pointer("thread_read")}`,
        `breaking response-field-removed @ ${pointer("thread_delete")}`,
        `info response-field-added @ ${pointer("message_delete")}`,
        `info response-field-added @ ${pointer("label_unauthenticated_read")}`,
        `info response-field-added @ ${pointer("api_key_update")}`,
      ].sort(),
    );
    for (const change of changes) expect(change.operations).toEqual(expect.arrayContaining(["POST /v0/api-keys", "GET /v0/api-keys"]));
  });
});

describe("real vendor case: Communal 2026-03-25 -> 2026-08-25", () => {
  const changes = diffSpecs(
    loadDocument(path.join(communal, "openapi-2026-03-25.json")),
    loadDocument(path.join(communal, "openapi-2026-08-25.json")),
  );
  const lines = changes.map((c) => `${c.level} ${c.rule} @ ${c.location}`);

  test("30 breaking changes, no warnings, 93 other changes", () => {
    const count = (level: string) => changes.filter((c) => c.level === level).length;
    expect([count("breaking"), count("warning"), count("info")]).toEqual([30, 0, 93]);
    expect(lines.filter((l) => l.startsWith("breaking response-field-became-optional"))).toHaveLength(21);
    expect(lines.filter((l) => l.startsWith("breaking response-field-became-nullable"))).toHaveLength(6);
  });

  test("what the rules for media types, constraints, headers and error statuses add to the old report", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        // The old checker saw only "the 200 response body was removed": the export now answers text/html.
        "breaking response-media-type-removed @ GET /attendance_sheets/export responses.200 (application/json)",
        "info response-media-type-added @ GET /attendance_sheets/export responses.200 (text/html)",
        "info response-header-added @ GET /attendance_sheets/export responses.200.headers.Transfer-Encoding",
        "breaking request-constraint-tightened @ POST /membership_types/reorder requestBody.ids",
        "breaking request-constraint-tightened @ POST /membership_types/reorder requestBody.prioritized_ids",
        "info non-success-status-added @ GET /attendance_sheets/{attendance_sheet} responses.422",
      ]),
    );
    expect(lines.filter((l) => l.startsWith("info non-success-status-added"))).toHaveLength(8);
    expect(lines).not.toContain("breaking response-field-removed @ GET /attendance_sheets/export responses.200");
  });
});
