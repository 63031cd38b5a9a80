import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { copyDefinition, fromFernExport } from "../../scripts/fern-openapi.js";
import { deepMerge, formatNotCovered, normalizeSpec } from "../../scripts/spec-update.js";

const root = join(import.meta.dirname, "../..");
const ours = parse(readFileSync(join(root, "test/fixtures/spec-update/agentmail-2026-08-03.yaml"), "utf8"));

/** Our spec as a vendor would send it back: its own ids, tags and some operations we do not cover. */
function vendorDocument(): Record<string, any> {
  const doc = structuredClone(ours);
  for (const item of Object.values(doc.paths) as any[]) {
    for (const op of Object.values(item) as any[]) {
      op.operationId = `vendor_${op.operationId}`;
      op.tags = [op.operationId.includes("Pod") ? "PodKeys" : "Keys"];
      for (const status of ["401", "403", "429"]) delete op.responses[status];
    }
  }
  doc.paths["/v0/api-keys/{api_key_id}"].patch = { tags: ["Keys"], responses: { "200": { description: "" } } };
  doc.paths["/v0/pods/{pod_id}/rename"] = { post: { tags: ["PodKeys"], responses: { "200": { description: "" } } } };
  doc.paths["/v0/inboxes"] = { get: { tags: ["Inboxes"], responses: { "200": { description: "" } } } };
  delete doc.components.schemas.CreateApiKeyRequest.additionalProperties;
  return doc;
}

describe("normalizeSpec: what the SDK does not cover yet", () => {
  const { notCovered, dropped } = normalizeSpec(vendorDocument(), ours);

  test("reports new operations under a covered path or with a covered tag, not the rest", () => {
    expect(notCovered).toEqual(["PATCH /v0/api-keys/{api_key_id}", "POST /v0/pods/{pod_id}/rename"]);
    expect(dropped).toContain("GET /v0/inboxes");
    expect(formatNotCovered(notCovered)).toBe(
      "Not covered yet (2): vendor operations inside the paths and tags the SDK covers\n" +
        "- PATCH /v0/api-keys/{api_key_id}\n- POST /v0/pods/{pod_id}/rename",
    );
  });

  test("an unchanged vendor document has nothing left to cover", () => {
    expect(normalizeSpec(structuredClone(ours), ours).notCovered).toEqual([]);
    expect(formatNotCovered([])).toContain("(none)");
  });
});

describe("normalizeSpec: our choices survive the vendor's document", () => {
  const { doc } = normalizeSpec(vendorDocument(), ours);

  test("keeps our closed request bodies and our operationIds", () => {
    expect(doc.components.schemas.CreateApiKeyRequest.additionalProperties).toBe(false);
    expect(doc.paths["/v0/api-keys"].post.operationId).toBe("createApiKey");
  });

  test("keeps a request body closed when the vendor renamed its schema", () => {
    const renamed = vendorDocument();
    renamed.components.schemas.AgentSignupRequest = renamed.components.schemas.AgentSignUpRequest;
    delete renamed.components.schemas.AgentSignUpRequest;
    delete renamed.components.schemas.AgentSignupRequest.additionalProperties;
    renamed.paths["/v0/agent/sign-up"].post.requestBody.content["application/json"].schema.$ref = "#/components/schemas/AgentSignupRequest";
    const result = normalizeSpec(renamed, ours).doc;
    expect(result.components.schemas.AgentSignupRequest.additionalProperties).toBe(false);
    expect(renamed.components.schemas.AgentSignupRequest.additionalProperties).toBeUndefined();
  });

  test("keeps the error responses we document where the vendor declares none", () => {
    expect(doc.paths["/v0/api-keys"].get.responses["429"]).toEqual({ $ref: "#/components/responses/RateLimited" });
    expect(doc.components.responses.RateLimited).toEqual(ours.components.responses.RateLimited);
  });
});

describe("normalizeSpec with an overlay", () => {
  const overlay = {
    paths: {
      "/v0/api-keys/{api_key_id}": { patch: { operationId: "updateApiKey", summary: "Ours.", "x-idempotent": true } },
    },
    components: { schemas: { Identity: { description: "Our words." } } },
  };

  test("covers the operations it names, with our id, words and marks", () => {
    const { doc, notCovered } = normalizeSpec(vendorDocument(), ours, overlay);
    expect(doc.paths["/v0/api-keys/{api_key_id}"].patch).toMatchObject({ operationId: "updateApiKey", summary: "Ours.", "x-idempotent": true });
    expect(notCovered).toEqual(["POST /v0/pods/{pod_id}/rename"]);
    expect(doc.components.schemas.Identity.description).toBe("Our words.");
  });

  test("refuses to cover an operation the vendor does not have", () => {
    const wrong = { paths: { "/v0/api-keys/{api_key_id}": { put: { operationId: "replaceApiKey" } } } };
    expect(() => normalizeSpec(vendorDocument(), ours, wrong)).toThrow(
      /covers PUT \/v0\/api-keys\/\{api_key_id\}, which the vendor document does not have/,
    );
  });

  test("adds whole an operation the vendor's file lacks (one a newer changelog describes), with the schemas it defines", () => {
    const fromChangelog = {
      paths: {
        "/v0/inboxes/{inbox_id}/authorize": {
          post: {
            operationId: "authorizeInbox",
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/AuthorizeBody" } } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
          },
        },
      },
      components: { schemas: { AuthorizeBody: { type: "object", properties: { auth_token: { type: "string" } } } } },
    };
    const { doc, notCovered } = normalizeSpec(vendorDocument(), ours, fromChangelog);
    expect(doc.paths["/v0/inboxes/{inbox_id}/authorize"].post.operationId).toBe("authorizeInbox");
    expect(doc.components.schemas.AuthorizeBody.properties.auth_token).toEqual({ type: "string" });
    expect(notCovered).not.toContain("POST /v0/inboxes/{inbox_id}/authorize");
  });

  test("a $ref in the overlay replaces the node whole, never sits beside the vendor's inline content", () => {
    const base = { "409": { description: "", content: { "application/json": { schema: { type: "object" } } } } };
    expect(deepMerge(base, { "409": { $ref: "#/components/responses/Conflict" } })).toEqual({ "409": { $ref: "#/components/responses/Conflict" } });
  });

  test("refuses to amend a schema the new spec does not have (a misspelled name would add a stray one)", () => {
    const wrong = { components: { schemas: { AuthorizeRequest: { additionalProperties: false } } } };
    expect(() => normalizeSpec(vendorDocument(), ours, wrong)).toThrow(/amends schema AuthorizeRequest/);
  });
});

describe("fromFernExport", () => {
  // The habits of `fern export`, in a document of our own (shapes as fern-api 5.131.1 writes them).
  const exported = {
    openapi: "3.0.1",
    info: { title: "api", version: "" },
    servers: [{ url: "https://api.example.com" }, { url: "wss://ws.example.com" }],
    paths: {
      "/keys": {
        get: {
          operationId: "keys_list",
          servers: [{ url: "https://api.example.com" }],
          security: [{ BearerAuth: [] }],
          parameters: [{ name: "limit", in: "query", required: false, schema: { $ref: "#/components/schemas/Limit", nullable: true } }],
          responses: { "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Update" } } } } },
        },
      },
      "/sign-up": { post: { operationId: "agent_signUp", parameters: [], responses: { "200": { description: "" } } } },
    },
    components: {
      schemas: {
        Limit: { title: "Limit", type: "integer", description: "Limit of number of items returned." },
        Fields: { title: "Fields", type: "object", properties: { name: { type: "string", nullable: true } } },
        Update: {
          title: "Update",
          type: "object",
          properties: { expires_at: { type: "string", nullable: true } },
          allOf: [{ $ref: "#/components/schemas/Fields" }],
        },
      },
      securitySchemes: { BearerAuth: { type: "http", scheme: "bearer" } },
    },
  };
  const doc = fromFernExport(exported);

  test("is OpenAPI 3.1 with only the HTTP servers, once", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://api.example.com" }]);
    expect(doc.paths["/keys"].get.servers).toBeUndefined();
  });

  test("optional is not nullable, aliases are inlined, extends is one object", () => {
    expect(doc.paths["/keys"].get.parameters[0].schema).toEqual({ type: "integer" });
    expect(doc.components.schemas.Limit).toBeUndefined();
    expect(doc.components.schemas.Update).toEqual({
      type: "object",
      properties: { name: { type: "string" }, expires_at: { type: "string" } },
    });
    expect(JSON.stringify([doc.paths, doc.components])).not.toMatch(/nullable|"title"/);
  });

  test("the shared security moves to the top and an operation without auth says so", () => {
    expect(doc.security).toEqual([{ BearerAuth: [] }]);
    expect(doc.paths["/keys"].get.security).toBeUndefined();
    expect(doc.paths["/sign-up"].post.security).toEqual([]);
    expect(doc.paths["/sign-up"].post.parameters).toBeUndefined();
  });

  test("does not change its input", () => {
    expect(exported.openapi).toBe("3.0.1");
    expect(exported.paths["/keys"].get.servers).toHaveLength(1);
  });
});

describe("the committed spec is what the pipeline makes of the vendor's file and our overlay", () => {
  test("Communal 2026-08-25: a dry rerun says specs/communal.yaml would be unchanged", () => {
    const out = execFileSync(
      process.execPath,
      [
        join(root, "scripts/run-compiled.mjs"),
        "spec-update",
        "communal",
        join(root, "test/fixtures/vendor/communal/openapi-2026-08-25.json"),
        "--overlay",
        join(root, "scripts/overlays/communal-2026-08-25.yaml"),
        "--dry-run",
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(out).toContain("Not covered yet (2)");
    expect(out).toContain("Other changes (0)");
    expect(out).toContain("specs/communal.yaml would be unchanged");
  }, 30_000);
});

describe("copyDefinition", () => {
  test("puts flattened vendor names back in their folders and leaves notes and changelogs out", () => {
    const from = mkdtempSync(join(tmpdir(), "pipe-def-"));
    const to = join(from, "out");
    try {
      for (const name of ["api.yml", "pods--api-keys.yml", "README.md", "changelog--2026-09-05.mdx"]) writeFileSync(join(from, name), "x: 1\n");
      mkdirSync(join(from, "inboxes"));
      writeFileSync(join(from, "inboxes", "api-keys.yml"), "y: 2\n");
      copyDefinition(from, to);
      expect(readdirSync(to).sort()).toEqual(["api.yml", "inboxes", "pods"]);
      expect(readdirSync(join(to, "pods"))).toEqual(["api-keys.yml"]);
      expect(readFileSync(join(to, "inboxes", "api-keys.yml"), "utf8")).toBe("y: 2\n");
    } finally {
      rmSync(from, { recursive: true, force: true });
    }
  });
});
