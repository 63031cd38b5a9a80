import path from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { diffSpecs, formatReport, loadDocument, type SpecChange } from "../../scripts/spec-diff.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = path.join(repoRoot, "test/fixtures/spec-diff");

type Paths = Record<string, unknown>;

function doc(paths: Paths, schemas: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): object {
  return { openapi: "3.1.0", info: { title: "Fixture", version: "1" }, paths, components: { schemas }, ...extra };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  properties,
  required,
});
const str = { type: "string" };
const done = { "204": { description: "done" } };

/** `POST /items` taking `body`. */
function postBody(body: unknown): Paths {
  return { "/items": { post: { requestBody: { required: true, ...json(body) }, responses: done } } };
}

/** `GET /items` answering 200 with `body`. */
function getBody(body: unknown): Paths {
  return { "/items": { get: { responses: { "200": { description: "ok", ...json(body) } } } } };
}

/** A document whose one operation, `GET /items`, takes `parameters`. */
function withParams(parameters: unknown[]): object {
  return doc({ "/items": { get: { parameters, responses: done } } });
}

/** A query (or, with `in`, another) string parameter. */
const param = (name: string, more: Record<string, unknown> = {}) => ({ name, in: "query", schema: str, ...more });

/** The whole change `POST /a` being added makes, as diffSpecs returns it and formatReport reads it. */
const postAdded: SpecChange = {
  kind: "non-breaking",
  level: "info",
  rule: "operation-added",
  location: "POST /a",
  pointer: "#/paths/~1a/post",
  message: "new operation POST /a",
};

/** Each change as `rule @ location`, the shape most assertions compare against. */
function rulesAt(oldDoc: object, newDoc: object): string[] {
  return diffSpecs(oldDoc, newDoc).map((c) => `${c.rule} @ ${c.location}`);
}

describe("operations and paths", () => {
  test("a removed path is one breaking change naming all its methods", () => {
    const before = doc({
      "/a": { get: { responses: done }, delete: { responses: done } },
      "/b": { get: { responses: done } },
    });
    const after = doc({ "/b": { get: { responses: done } } });
    const changes = diffSpecs(before, after);
    expect(changes.map((c) => `${c.rule} @ ${c.location}`)).toEqual(["path-removed @ /a"]);
    expect(changes[0]).toMatchObject({
      kind: "breaking",
      message: "path /a was removed with its operations GET, DELETE",
    });
  });

  test("a method removed from a path that still exists is operation-removed", () => {
    const before = doc({ "/a": { get: { responses: done }, delete: { responses: done } } });
    const after = doc({ "/a": { get: { responses: done } } });
    expect(rulesAt(before, after)).toEqual(["operation-removed @ DELETE /a"]);
  });

  test("a new operation is non-breaking", () => {
    const before = doc({ "/a": { get: { responses: done } } });
    const after = doc({ "/a": { get: { responses: done }, post: { responses: done } } });
    expect(diffSpecs(before, after)).toEqual([postAdded]);
  });
});

describe("parameters", () => {
  test("a new required query parameter is breaking and a new optional header is not", () => {
    const after = withParams([param("q", { required: true }), param("X-Trace", { in: "header" })]);
    expect(rulesAt(withParams([]), after)).toEqual([
      "required-parameter-added @ GET /items parameters.query.q",
      "optional-parameter-added @ GET /items parameters.header.X-Trace",
    ]);
  });

  test("an optional parameter made required is breaking and the reverse is not", () => {
    const before = withParams([param("a"), param("b", { in: "header", required: true })]);
    const after = withParams([param("a", { required: true }), param("b", { in: "header" })]);
    expect(rulesAt(before, after)).toEqual([
      "parameter-became-required @ GET /items parameters.query.a",
      "parameter-became-optional @ GET /items parameters.header.b",
    ]);
  });

  test("a removed parameter is breaking: the generated type drops it, so callers that pass it stop compiling", () => {
    const changes = diffSpecs(withParams([param("page")]), withParams([]));
    expect(changes.map((c) => [c.kind, c.rule, c.location, c.pointer])).toEqual([
      ["breaking", "parameter-removed", "GET /items parameters.query.page", "#/paths/~1items/get/parameters/0"],
    ]);
  });

  test("a parameter moved from the path item to the operation is not a change", () => {
    const param = { name: "id", in: "path", required: true, schema: str };
    const before = doc({ "/items/{id}": { parameters: [param], get: { responses: done } } });
    const after = doc({ "/items/{id}": { get: { parameters: [param], responses: done } } });
    expect(diffSpecs(before, after)).toEqual([]);
  });

  test("a parameter's changed type and removed enum value are breaking, an added enum value is not", () => {
    const status = (values: string[]) => param("status", { schema: { type: "string", enum: values } });
    const before = withParams([param("limit"), status(["open", "closed"])]);
    const after = withParams([param("limit", { schema: { type: "integer" } }), status(["closed", "draft"])]);
    const changes = diffSpecs(before, after);
    expect(changes.map((c) => `${c.rule} @ ${c.location}`)).toEqual([
      "request-type-changed @ GET /items parameters.query.limit",
      "request-enum-value-removed @ GET /items parameters.query.status",
      "request-enum-value-added @ GET /items parameters.query.status",
    ]);
    expect(changes[1]?.message).toBe('query parameter `status` no longer accepts "open"');
  });
});

describe("request bodies", () => {
  test("a new required field and an existing field added to required are both breaking", () => {
    const before = doc(postBody(object({ a: str, b: str })));
    const after = doc(postBody(object({ a: str, b: str, c: str }, ["b", "c"])));
    expect(rulesAt(before, after)).toEqual([
      "request-field-became-required @ POST /items requestBody.b",
      "required-request-field-added @ POST /items requestBody.c",
    ]);
  });

  test("a new optional field and a field made optional are non-breaking", () => {
    const before = doc(postBody(object({ a: str }, ["a"])));
    const after = doc(postBody(object({ a: str, b: str })));
    const changes = diffSpecs(before, after);
    expect(changes.map((c) => `${c.kind} ${c.rule} @ ${c.location}`)).toEqual([
      "non-breaking request-field-became-optional @ POST /items requestBody.a",
      "non-breaking optional-request-field-added @ POST /items requestBody.b",
    ]);
  });

  test("narrowing or changing a field's type is breaking, widening it is not", () => {
    const before = doc(
      postBody(
        object({
          kind: str,
          n: { type: "integer" },
          s: { type: ["string", "integer"] },
          t: str,
          u: { type: ["string", "null"] },
        }),
      ),
    );
    const after = doc(
      postBody(
        object({
          kind: { type: "integer" },
          n: { type: "number" },
          s: str,
          t: { type: ["string", "null"] },
          u: str,
        }),
      ),
    );
    expect(rulesAt(before, after)).toEqual([
      "request-type-changed @ POST /items requestBody.kind",
      "request-type-widened @ POST /items requestBody.n",
      "request-type-changed @ POST /items requestBody.s",
      "request-type-widened @ POST /items requestBody.t",
      "request-type-changed @ POST /items requestBody.u",
    ]);
  });

  test("a removed field is breaking for the SDK, and the message says why", () => {
    const open = (properties: Record<string, unknown>) => doc(postBody(object(properties)));
    const closed = (properties: Record<string, unknown>) => doc(postBody({ ...object(properties), additionalProperties: false }));
    const openChanges = diffSpecs(open({ a: str, b: str }), open({ a: str }));
    expect(openChanges.map((c) => `${c.kind} ${c.rule} @ ${c.location}: ${c.message}`)).toEqual([
      "breaking request-field-removed @ POST /items requestBody.b: `b` was removed; callers that set it no longer compile",
    ]);
    const closedChanges = diffSpecs(closed({ a: str, b: str }), closed({ a: str }));
    expect(closedChanges.map((c) => `${c.rule} @ ${c.location}: ${c.message}`)).toEqual([
      "request-field-removed @ POST /items requestBody.b: `b` was removed; the API rejects unknown fields (additionalProperties: false)",
    ]);
  });

  test("nested objects and array items are walked and named by their wire path from the body root", () => {
    const body = (modes: string[], nameType: string) =>
      object({
        settings: object({ mode: { type: "string", enum: modes } }),
        tags: { type: "array", items: object({ tag_name: { type: nameType } }) },
      });
    const changes = diffSpecs(doc(postBody(body(["x", "y"], "string"))), doc(postBody(body(["x"], "integer"))));
    expect(changes.map((c) => `${c.rule} @ ${c.location}: ${c.message}`)).toEqual([
      'request-enum-value-removed @ POST /items requestBody.settings.mode: `settings.mode` no longer accepts "y"',
      "request-type-changed @ POST /items requestBody.tags[].tag_name: `tags[].tagName` type changed from string to integer",
    ]);
  });

  test("allOf members are merged, and inherited fields are reported under their own component", () => {
    const body = { allOf: [ref("Base"), object({ note: str })] };
    const before = doc(postBody(body), { Base: object({ id: str }) });
    const after = doc(postBody({ allOf: [ref("Base"), object({ note: str, extra: str })] }), {
      Base: object({ id: str, owner_id: str }, ["owner_id"]),
    });
    expect(rulesAt(before, after)).toEqual([
      "required-request-field-added @ #/components/schemas/Base/properties/owner_id",
      "optional-request-field-added @ POST /items requestBody.extra",
    ]);
  });
});

describe("response bodies", () => {
  test("a removed response field is breaking and a new one is not", () => {
    const body = (item: Record<string, unknown>) => object({ data: { type: "array", items: object(item) } });
    const changes = diffSpecs(doc(getBody(body({ id: str, name: str }))), doc(getBody(body({ id: str, created_at: str }))));
    expect(changes.map((c) => `${c.kind} ${c.rule} @ ${c.location}: ${c.message}`)).toEqual([
      "breaking response-field-removed @ GET /items responses.200.data[].name: `data[].name` was removed",
      "non-breaking response-field-added @ GET /items responses.200.data[].created_at: `data[].createdAt` was added",
    ]);
  });

  test("a response field made optional or nullable is breaking, whichever way null is spelled", () => {
    const schemas = { Thing: object({ id: str }) };
    const before = doc(getBody(object({ a: str, b: str, c: ref("Thing") }, ["a", "b", "c"])), schemas);
    const after = doc(
      getBody(object({ a: str, b: { type: ["string", "null"] }, c: { anyOf: [ref("Thing"), { type: "null" }] } }, ["b", "c"])),
      schemas,
    );
    expect(rulesAt(before, after)).toEqual([
      "response-field-became-optional @ GET /items responses.200.a",
      "response-field-became-nullable @ GET /items responses.200.b",
      "response-field-became-nullable @ GET /items responses.200.c",
    ]);
  });

  test("a response field made required or non-nullable is a non-breaking narrowing", () => {
    const before = doc(getBody(object({ a: str, b: { type: ["string", "null"] } })));
    const after = doc(getBody(object({ a: str, b: str }, ["a"])));
    expect(diffSpecs(before, after).map((c) => `${c.kind} ${c.rule} @ ${c.location}`)).toEqual([
      "non-breaking response-field-became-required @ GET /items responses.200.a",
      "non-breaking response-type-narrowed @ GET /items responses.200.b",
    ]);
  });

  test("a changed response field type is breaking", () => {
    const changes = diffSpecs(doc(getBody(object({ count: str }))), doc(getBody(object({ count: { type: "integer" } }))));
    expect(changes).toEqual([
      {
        kind: "breaking",
        level: "breaking",
        rule: "response-type-changed",
        location: "GET /items responses.200.count",
        pointer: "#/paths/~1items/get/responses/200/content/application~1json/schema/properties/count",
        message: "`count` type changed from string to integer",
      },
    ]);
  });

  test("an enum value added to a response field is breaking and a removed one is not", () => {
    const before = doc(getBody(object({ status: ref("Status") })), {
      Status: { type: "string", enum: ["active", "archived"] },
    });
    const after = doc(getBody(object({ status: ref("Status") })), {
      Status: { type: "string", enum: ["active", "paused"] },
    });
    expect(diffSpecs(before, after).map((c) => `${c.kind} ${c.rule} @ ${c.location}: ${c.message}`)).toEqual([
      'breaking response-enum-value-added @ #/components/schemas/Status: `Status` may now be "paused"',
      'non-breaking response-enum-value-removed @ #/components/schemas/Status: `Status` is no longer "archived"',
    ]);
  });

  test("a removed 2xx status is breaking, an added one is not, and a removed error status is a warning", () => {
    const op = (responses: Record<string, unknown>) => doc({ "/items": { get: { responses } } });
    const before = op({ "200": { description: "ok", ...json(str) }, "404": { description: "missing" } });
    const after = op({ "201": { description: "created", ...json(str) } });
    expect(diffSpecs(before, after).map((c) => `${c.level} ${c.rule} @ ${c.location}`)).toEqual([
      "breaking success-status-removed @ GET /items responses.200",
      "warning non-success-status-removed @ GET /items responses.404",
      "info success-status-added @ GET /items responses.201",
    ]);
  });

  test("responses referenced from components.responses are resolved", () => {
    const withResponse = (schema: unknown) => ({
      ...doc({ "/items": { get: { responses: { "200": { $ref: "#/components/responses/Items" } } } } }),
      components: { responses: { Items: { description: "ok", ...json(schema) } } },
    });
    expect(rulesAt(withResponse(object({ id: str, name: str })), withResponse(object({ id: str })))).toEqual([
      "response-field-removed @ GET /items responses.200.name",
    ]);
  });
});

describe("unions spelled two ways", () => {
  const pair = parse(readFileSync(path.join(fixtures, "equal-unions.yaml"), "utf8"));
  const side = (paths: Paths) => doc(paths);

  test("a list of types and anyOf of the same bare types are equal, in both directions and in requests", () => {
    expect(diffSpecs(side(pair.before.paths), side(pair.after.paths))).toEqual([]);
    expect(diffSpecs(side(pair.after.paths), side(pair.before.paths))).toEqual([]);
    const latitude = (schema: unknown) => postBody(object({ latitude: schema }));
    const before = pair.before.paths["/places"].get.responses["200"].content["application/json"].schema.properties.latitude;
    const after = pair.after.paths["/places"].get.responses["200"].content["application/json"].schema.properties.latitude;
    expect(diffSpecs(doc(latitude(before)), doc(latitude(after)))).toEqual([]);
  });

  test("a member swapped in the anyOf spelling is still a type change", () => {
    expect(rulesAt(side(pair.before.paths), side(pair.changed.paths))).toEqual(["response-type-changed @ GET /places responses.200.latitude"]);
  });
});

describe("security", () => {
  const bearer = { bearerAuth: [] };

  test("an operation that needed no credentials and now inherits the global requirement is breaking", () => {
    const before = doc({ "/items": { get: { security: [], responses: done } } }, {}, { security: [bearer] });
    const after = doc({ "/items": { get: { responses: done } } }, {}, { security: [bearer] });
    const changes = diffSpecs(before, after);
    expect(changes.map((c) => `${c.rule} @ ${c.location}`)).toEqual(["security-requirement-added @ GET /items security"]);
    expect(changes[0]?.message).toBe("authentication now requires bearerAuth (was no authentication)");
  });

  test("a new global requirement is reported once with every operation that inherits it", () => {
    const paths = { "/a": { get: { responses: done } }, "/b": { post: { responses: done } } };
    const changes = diffSpecs(doc(paths), doc(paths, {}, { security: [bearer] }));
    expect(changes.map((c) => [c.rule, c.location, c.operations])).toEqual([["security-requirement-added", "security", ["GET /a", "POST /b"]]]);
  });

  test("demanding an extra scheme is breaking while offering an alternative is not", () => {
    const op = (security: unknown[]) => doc({ "/items": { get: { security, responses: done } } });
    expect(rulesAt(op([bearer]), op([{ bearerAuth: [], apiKey: [] }]))).toEqual(["security-requirement-added @ GET /items security"]);
    expect(rulesAt(op([bearer]), op([bearer, { apiKey: [] }]))).toEqual(["security-requirement-relaxed @ GET /items security"]);
  });
});

describe("documentation", () => {
  test("summary and description edits on one operation are a single docs change", () => {
    const op = (summary: string, description: string) => doc({ "/items": { get: { summary, description, responses: done } } });
    expect(diffSpecs(op("List", "Lists items."), op("List items", "Returns items."))).toEqual([
      {
        kind: "non-breaking",
        level: "info",
        rule: "docs-changed",
        location: "GET /items",
        pointer: "#/paths/~1items/get",
        message: "documentation changed (summary, description)",
      },
    ]);
  });

  test("parameter and component-property doc edits are reported at their own locations", () => {
    const build = (text: string) =>
      doc(
        {
          "/items": {
            get: {
              parameters: [{ name: "q", in: "query", description: text, example: text, schema: str }],
              responses: { "200": { description: "ok", ...json(ref("Thing")) } },
            },
          },
        },
        { Thing: object({ name: { type: "string", description: text } }) },
      );
    const changes = diffSpecs(build("one"), build("two"));
    expect(changes.map((c) => `${c.kind} ${c.rule} @ ${c.location}: ${c.message}`)).toEqual([
      "non-breaking docs-changed @ GET /items parameters.query.q: documentation changed (description, example)",
      "non-breaking docs-changed @ #/components/schemas/Thing/properties/name: documentation changed (description)",
    ]);
  });
});

describe("$ref handling", () => {
  test("chained references are followed to the schema that defines the field", () => {
    const schemas = (properties: Record<string, unknown>) => ({ Alias: ref("Real"), Real: object(properties) });
    const before = doc(getBody(ref("Alias")), schemas({ a: str, b: str }));
    const after = doc(getBody(ref("Alias")), schemas({ a: str }));
    expect(rulesAt(before, after)).toEqual(["response-field-removed @ #/components/schemas/Real/properties/b"]);
  });

  test("recursive schemas and reference cycles terminate", () => {
    const node = (nameType: string) => object({ name: { type: nameType }, children: { type: "array", items: ref("Node") } });
    expect(rulesAt(doc(getBody(ref("Node")), { Node: node("string") }), doc(getBody(ref("Node")), { Node: node("integer") }))).toEqual([
      "response-type-changed @ #/components/schemas/Node/properties/name",
    ]);
    const loop = { A: ref("B"), B: ref("A") };
    expect(diffSpecs(doc(getBody(ref("A")), loop), doc(getBody(ref("A")), loop))).toEqual([]);
  });
});

describe("shared component schemas", () => {
  const keyOperations = ["GET /keys", "POST /keys", "GET /keys/{key_id}", "PATCH /keys/{key_id}"];

  test("each field change of a schema shared by four operations is reported once, naming the operations", () => {
    const changes = diffSpecs(loadDocument(path.join(fixtures, "keys-v1.yaml")), loadDocument(path.join(fixtures, "keys-v2-breaking.yaml")));
    expect(changes).toEqual([
      {
        kind: "breaking",
        level: "breaking",
        rule: "response-field-removed",
        location: "#/components/schemas/Permissions/properties/thread_read",
        pointer: "#/components/schemas/Permissions/properties/thread_read",
        message: "`Permissions.threadRead` was removed",
        operations: keyOperations,
      },
      {
        kind: "non-breaking",
        level: "info",
        rule: "response-field-added",
        location: "#/components/schemas/Permissions/properties/message_delete",
        pointer: "#/components/schemas/Permissions/properties/message_delete",
        message: "`Permissions.messageDelete` was added",
        operations: keyOperations,
      },
    ]);
  });

  test("an enum value added to a schema used by a request and a response counts once, as breaking", () => {
    const paths = {
      "/items": {
        get: { responses: { "200": { description: "ok", ...json(object({ role: ref("Role") })) } } },
        post: { requestBody: json(object({ role: ref("Role") })), responses: done },
      },
    };
    const build = (values: string[]) => doc(paths, { Role: { type: "string", enum: values } });
    const changes = diffSpecs(build(["admin"]), build(["admin", "viewer"]));
    expect(changes.map((c) => [c.kind, c.rule, c.location, c.operations])).toEqual([
      ["breaking", "response-enum-value-added", "#/components/schemas/Role", ["GET /items", "POST /items"]],
    ]);
  });
});

describe("formatReport", () => {
  test("prints breaking changes, then warnings, then the rest, one line per change", () => {
    const changes: SpecChange[] = [
      postAdded,
      {
        kind: "breaking",
        level: "breaking",
        pointer: "#/components/schemas/X/properties/y",
        rule: "response-field-removed",
        location: "#/components/schemas/X/properties/y",
        message: "`X.y` was removed",
        operations: ["GET /a", "GET /b"],
      },
    ];
    expect(formatReport(changes)).toBe(
      [
        "Breaking changes (1)",
        "- #/components/schemas/X/properties/y: `X.y` was removed (used by GET /a, GET /b) [response-field-removed]",
        "",
        "Warnings (0)",
        "  (none)",
        "",
        "Other changes (1)",
        "- POST /a: new operation POST /a [operation-added]",
        "",
      ].join("\n"),
    );
    expect(formatReport([])).toBe("Breaking changes (0)\n  (none)\n\nWarnings (0)\n  (none)\n\nOther changes (0)\n  (none)\n");
  });
});

describe("cases the old checker missed", () => {
  const ruleSet = (before: object, after: object) => diffSpecs(before, after).map((c) => `${c.level} ${c.rule} @ ${c.location}`);

  test("OpenAPI 3.0 `nullable: true` reads like 3.1's null type", () => {
    const v30 = (id: unknown) => ({ ...doc(getBody(object({ id }, ["id"]))), openapi: "3.0.3" });
    expect(ruleSet(v30(str), v30({ type: "string", nullable: true }))).toEqual([
      "breaking response-field-became-nullable @ GET /items responses.200.id",
    ]);
    expect(ruleSet(v30({ type: "string", nullable: true }), doc(getBody(object({ id: { type: ["string", "null"] } }, ["id"]))))).toEqual([]);
  });

  test("constraints are compared in both directions, 3.0 boolean exclusiveMaximum included", () => {
    const body = (field: Record<string, unknown>) => doc(postBody(object({ n: { type: "integer", ...field } })));
    expect(ruleSet(body({ maximum: 10 }), body({ maximum: 10, exclusiveMaximum: true }))).toEqual([
      "breaking request-constraint-tightened @ POST /items requestBody.n",
    ]);
    expect(ruleSet(body({ multipleOf: 2 }), body({ multipleOf: 4 }))).toEqual(["breaking request-constraint-tightened @ POST /items requestBody.n"]);
    expect(ruleSet(body({ multipleOf: 4 }), body({ multipleOf: 2 }))).toEqual(["info request-constraint-loosened @ POST /items requestBody.n"]);
    const tags = (field: Record<string, unknown>) => doc(postBody(object({ tags: { type: "array", items: str, ...field } })));
    expect(ruleSet(tags({}), tags({ uniqueItems: true }))).toEqual(["breaking request-constraint-tightened @ POST /items requestBody.tags"]);
    const pattern = (p?: string) => doc(getBody(object({ code: p ? { type: "string", pattern: p } : str })));
    expect(ruleSet(pattern("^[a-z]+$"), pattern("^[a-z0-9]+$"))).toEqual(["warning response-constraint-loosened @ GET /items responses.200.code"]);
    expect(ruleSet(doc(postBody(object({ a: str }))), doc(postBody({ ...object({ a: str }), additionalProperties: false })))).toEqual([
      "breaking request-constraint-tightened @ POST /items requestBody",
    ]);
  });

  test("a readOnly field made required in a request, or a writeOnly field removed from a response, is no change for callers", () => {
    const readOnly = { type: "string", readOnly: true };
    expect(ruleSet(doc(postBody(object({ id: readOnly, a: str }))), doc(postBody(object({ id: readOnly, a: str }, ["id"]))))).toEqual([]);
    const writeOnly = { type: "string", writeOnly: true };
    expect(ruleSet(doc(getBody(object({ id: str, secret: writeOnly }))), doc(getBody(object({ id: str }))))).toEqual([]);
  });

  test("an allOf member that adds a required field, and a changed alternative of a oneOf body, are followed", () => {
    const before = doc(postBody({ allOf: [ref("Base")] }), { Base: object({ id: str }) });
    const after = doc(postBody({ allOf: [ref("Base"), { required: ["note"], properties: { note: str } }] }), {
      Base: object({ id: str }),
    });
    expect(ruleSet(before, after)).toEqual(["breaking required-request-field-added @ POST /items requestBody.note"]);
    const alternatives = (phone: string[]) =>
      doc(postBody({ oneOf: [object({ email: str }, ["email"]), object({ phone: str, region: str }, phone)] }));
    expect(ruleSet(alternatives(["phone"]), alternatives(["phone", "region"]))).toEqual([
      "breaking request-field-became-required @ POST /items requestBody.region",
    ]);
  });

  test("an alternative dropped from a request oneOf breaks callers, one added to a response anyOf does too", () => {
    const schemas = { Card: object({ last4: str }), Bank: object({ iban: str }) };
    const messages = (paths: (body: unknown) => Paths, before: string[], after: string[]) =>
      diffSpecs(doc(paths({ oneOf: before.map(ref) }), schemas), doc(paths({ oneOf: after.map(ref) }), schemas)).map(
        (c) => `${c.kind} ${c.rule}: ${c.message}`,
      );
    expect(messages(postBody, ["Card", "Bank"], ["Card"])).toEqual(["breaking request-variant-removed: request body no longer accepts `Bank`"]);
    expect(messages(postBody, ["Card"], ["Card", "Bank"])).toEqual(["non-breaking request-variant-added: request body now also accepts `Bank`"]);
    expect(messages(getBody, ["Card"], ["Card", "Bank"])).toEqual(["breaking response-variant-added: 200 response body may now also be `Bank`"]);
    expect(messages(getBody, ["Card", "Bank"], ["Card"])).toEqual(["non-breaking response-variant-removed: 200 response body is no longer `Bank`"]);
  });

  test("bodies under */* and application/problem+json, and error bodies, are compared", () => {
    const any = (properties: Record<string, unknown>) =>
      doc({
        "/items": {
          get: {
            responses: { "200": { description: "ok", content: { "*/*": { schema: object(properties, ["id"]) } } } },
          },
        },
      });
    expect(ruleSet(any({ id: str, name: str }), any({ id: str }))).toEqual(["breaking response-field-removed @ GET /items responses.200 (*/*).name"]);
    const problem = (properties: Record<string, unknown>) =>
      doc({
        "/items": {
          get: {
            responses: {
              default: {
                description: "error",
                content: { "application/problem+json": { schema: object(properties) } },
              },
            },
          },
        },
      });
    expect(ruleSet(problem({ code: str, fix: str }), problem({ code: str }))).toEqual([
      "breaking response-field-removed @ GET /items responses.default (application/problem+json).fix",
    ]);
  });

  test("response header names compare case-insensitively", () => {
    const headers = (name: string) =>
      doc({ "/items": { get: { responses: { "200": { description: "ok", headers: { [name]: { schema: str } } } } } } });
    expect(ruleSet(headers("X-Request-Id"), headers("x-request-id"))).toEqual([]);
  });

  test("a renamed path parameter keeps comparing the operation, and a webhook payload is something callers receive", () => {
    const keys = (name: string, fields: Record<string, unknown>) =>
      doc({
        [`/keys/{${name}}`]: {
          get: {
            parameters: [{ name, in: "path", required: true, schema: str }],
            responses: { "200": { description: "ok", ...json(object(fields)) } },
          },
        },
      });
    expect(ruleSet(keys("id", { a: str, b: str }), keys("key_id", { a: str }))).toEqual([
      "warning path-parameter-renamed @ GET /keys/{key_id}",
      "breaking response-field-removed @ GET /keys/{key_id} responses.200.b",
    ]);
    const hook = (fields: Record<string, unknown>) => ({
      ...doc({}),
      webhooks: { keyCreated: { post: { requestBody: json(object(fields)), responses: done } } },
    });
    expect(ruleSet(hook({ id: str, label: str }), hook({ id: str }))).toEqual([
      "breaking response-field-removed @ WEBHOOK POST keyCreated requestBody.label",
    ]);
  });
});
