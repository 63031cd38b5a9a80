import { describe, expect, test } from "vitest";
import { diffSpecs } from "../../scripts/spec-diff.js";
import { keepOurs } from "../../scripts/spec-keep.js";
import { normalizeSpec, refuseStubs } from "../../scripts/spec-update.js";

type Json = Record<string, any>;

/** Our spec: curated servers, a renamed scheme, our prose and a kept assumption. */
const ours: Json = {
  openapi: "3.1.0",
  info: { title: "Ours", version: "1" },
  servers: [{ url: "https://api.example.com" }],
  security: [{ bearerAuth: [] }],
  paths: {
    "/items": {
      get: {
        operationId: "listItems",
        summary: "List items.",
        parameters: [
          { name: "page", in: "query", "x-keep": "assumption: the vendor documents no paging input", schema: { type: "integer" } },
          { name: "q", in: "query", schema: { type: "string" } },
        ],
        responses: {
          "200": { description: "A page.", content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } },
          "400": { $ref: "#/components/responses/BadVersion" },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Our words." } },
    responses: {
      BadVersion: {
        description: "Unsupported version.",
        "x-keep": "from the vendor's versioning docs",
        content: { "application/json": { schema: { $ref: "#/components/schemas/VersionError" } } },
      },
    },
    schemas: {
      Item: {
        type: "object",
        "x-keep": "closed by us",
        additionalProperties: false,
        properties: { id: { type: "integer" }, name: { type: "string", description: "Our name." } },
      },
      VersionError: { type: "object", properties: { message: { type: "string" } } },
    },
  },
};

/** The vendor's file: local server first, scheme named `http`, its prose and examples, an inline schema. */
const vendor: Json = {
  openapi: "3.1.0",
  info: { title: "Vendor", version: "2" },
  servers: [{ url: "http://localhost/api" }, { url: "https://api.example.com" }],
  security: [{ http: [] }],
  paths: {
    "/items": {
      get: {
        operationId: "items.index",
        summary: "List all the items.",
        parameters: [{ name: "q", in: "query", description: "Search text.", example: "x", schema: { type: "string" } }],
        responses: {
          "200": {
            description: "Paginated set of `Item`.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  title: "Item",
                  properties: {
                    id: { type: "integer", description: "The id.", examples: [1] },
                    name: { type: "string", description: "The vendor's name text." },
                    color: { type: "string", description: "New field. More words." },
                  },
                },
              },
            },
          },
        },
      },
      post: {
        operationId: "items.store",
        parameters: [{ name: "X-Api-Version", in: "header", description: "Version to use.", schema: { type: "string" } }],
        responses: { "201": { description: "Created." } },
        summary: "Create an item.",
      },
    },
  },
  components: { securitySchemes: { http: { type: "http", scheme: "bearer" } } },
  tags: [{ name: "Item", description: "Vendor navigation." }],
  "x-tagGroups": [{ name: "Items", tags: ["Item"] }],
};

/** How we start covering the vendor's create: an overlay entry of ours, not a mark in the spec. */
const overlay: Json = { paths: { "/items": { post: { operationId: "createItem", summary: "Create an item, our words." } } } };

describe("keepOurs", () => {
  const { doc } = normalizeSpec(structuredClone(vendor), ours, overlay);
  const kept = keepOurs(doc, ours);
  const list = doc.paths["/items"].get;

  test("keeps our servers, not the vendor's local host first", () => {
    expect(doc.servers).toEqual(ours.servers);
  });

  test("leaves out the vendor's top-level navigation that our spec does not have", () => {
    expect(Object.keys(doc)).toEqual(["openapi", "info", "servers", "security", "paths", "components"]);
  });

  test("keeps our name for a security scheme that is the same scheme", () => {
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.securitySchemes).toEqual({ bearerAuth: { type: "http", scheme: "bearer", description: "Our words." } });
  });

  test("carries over x-keep parts the vendor lacks, with the components they use", () => {
    expect(list.parameters.map((p: Json) => p.name)).toEqual(["q", "page"]);
    expect(list.responses["400"]).toEqual({ $ref: "#/components/responses/BadVersion" });
    expect(doc.components.responses.BadVersion["x-keep"]).toBeDefined();
    expect(doc.components.schemas.VersionError).toEqual(ours.components.schemas.VersionError);
    expect(list.responses["200"].content["application/json"].schema.additionalProperties).toBe(false);
    expect(kept).toEqual(expect.arrayContaining(["GET /items parameter page", "GET /items response 400", "GET /items 200: additionalProperties"]));
  });

  test("what we already had keeps our documentation, including none; new parts keep vendor prose for review", () => {
    const schema = list.responses["200"].content["application/json"].schema;
    expect(list.parameters[0]).toEqual({ name: "q", in: "query", schema: { type: "string" } });
    expect(schema.title).toBeUndefined();
    expect(schema.properties.id).toEqual({ type: "integer" });
    expect(schema.properties.name.description).toBe("Our name.");
    expect(schema.properties.color.description).toBe("New field.");
    expect(list.summary).toBe("List items.");
  });

  test("an operation the overlay names is filled from the vendor's file and diffs as added", () => {
    const create = doc.paths["/items"].post;
    expect(create).toMatchObject({ operationId: "createItem", summary: "Create an item, our words.", responses: { "201": {} } });
    expect(create.parameters.map((p: Json) => p.name)).toEqual(["X-Api-Version"]);
    const changes = diffSpecs(ours, doc);
    expect(changes.some((change) => change.message.includes("POST /items") && change.rule === "operation-added")).toBe(true);
    expect(changes.some((change) => change.rule === "security-requirement-added")).toBe(false);
  });

  test("a stub left in our spec (the retired way) is refused with what to do instead", () => {
    const stubbed = structuredClone(ours);
    stubbed.paths["/items"].post = { operationId: "createItem" };
    expect(() => refuseStubs(stubbed, "items")).toThrow(/POST \/items without responses; .*name it in the overlay/);
    expect(() => refuseStubs(ours, "items")).not.toThrow();
  });

  test("vendor examples are dropped; a schema property named example is a name, not a keyword", () => {
    const named = structuredClone(vendor);
    named.paths["/items"].get.responses["200"].content["application/json"].schema.properties.example = { type: "string", example: "x" };
    const { doc: next } = normalizeSpec(named, ours);
    keepOurs(next, ours);
    const props = next.paths["/items"].get.responses["200"].content["application/json"].schema.properties;
    expect(props.example).toEqual({ type: "string" });
    expect(JSON.stringify(next)).not.toMatch(/"examples?":\s*[^{]/);
  });

  test("once the vendor documents an x-keep part, the vendor's version wins", () => {
    const documented = structuredClone(vendor);
    documented.paths["/items"].get.parameters.push({ name: "page", in: "query", schema: { type: "integer", minimum: 1 } });
    const { doc: next } = normalizeSpec(documented, ours);
    keepOurs(next, ours);
    const pages = next.paths["/items"].get.parameters.filter((p: Json) => p.name === "page");
    expect(pages).toHaveLength(1);
    expect(pages[0].schema.minimum).toBe(1);
  });
});
