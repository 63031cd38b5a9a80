import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { camelCase, describeMismatch, mergeShapes, snakeCase, toWire, type Shape } from "../../src/core/shape.js";
import { referenceFromWire } from "../fixtures/core/reference-from-wire.js";
import { operations as agentmail } from "../../src/agentmail/generated/meta.js";
import { operations as callmissed } from "../../src/callmissed/generated/meta.js";
import { allShapes, sampleWire } from "../helpers.js";

const person: Shape = {
  type: "object",
  properties: { first_name: { type: "string" }, last_name: { type: "string" }, age: { type: "integer" } },
  required: ["first_name"],
  closed: true,
};
const scope: Shape = { type: "string", enum: ["organization", "pod", "inbox"] };

describe("toWire", () => {
  test("renames nested keys to their wire names", () => {
    const request = agentmail.createApiKey.request;
    expect(toWire({ name: "r", permissions: { inboxRead: true, labelSpamRead: false } }, request)).toEqual({
      name: "r",
      permissions: { inbox_read: true, label_spam_read: false },
    });
  });

  test("converts every item of an array and names the index in errors", () => {
    const people: Shape = { type: "array", items: person };
    expect(toWire([{ firstName: "Ada" }, { firstName: "Alan", lastName: "T" }], people)).toEqual([
      { first_name: "Ada" },
      { first_name: "Alan", last_name: "T" },
    ]);
    expect(() => toWire([{ firstName: "Ada" }, { firstName: 7 }], people)).toThrow(
      new TypeError("body[1].firstName must be a string, got number 7."),
    );
  });

  test("a closed object rejects an unknown key and lists the valid ones in camelCase", () => {
    expect(() => toWire({ firstName: "Ada", nickname: "A" }, person)).toThrow(
      new TypeError("body.nickname is not a known field. Valid fields: firstName, lastName, age."),
    );
  });

  test("a closed object rejects the snake_case spelling of a known key", () => {
    expect(() => toWire({ first_name: "Ada" }, person)).toThrow(/body\.first_name is not a known field/);
  });

  test("an open object keeps unknown keys, snake_cased", () => {
    const open: Shape = { type: "object", properties: { first_name: { type: "string" } } };
    expect(toWire({ firstName: "Ada", extraField: 1 }, open)).toEqual({ first_name: "Ada", extra_field: 1 });
  });

  test("a map keeps its keys and converts its values", () => {
    const byId: Shape = { type: "object", map: { type: "object", properties: { display_name: { type: "string" } }, closed: true } };
    expect(toWire({ userId_1: { displayName: "Ada" }, "some key": { displayName: "B" } }, byId)).toEqual({
      userId_1: { display_name: "Ada" },
      "some key": { display_name: "B" },
    });
    expect(() => toWire({ k: { displayName: 1 } }, byId)).toThrow(new TypeError("body.k.displayName must be a string, got number 1."));
  });

  test("a missing required field is named in camelCase", () => {
    expect(() => toWire({ lastName: "L" }, person)).toThrow(new TypeError("body.firstName is required."));
    expect(() => toWire({ firstName: undefined }, person)).toThrow(new TypeError("body.firstName is required."));
  });

  test("the path prefix can be chosen", () => {
    expect(() => toWire({}, person, "params")).toThrow(new TypeError("params.firstName is required."));
  });

  test("an enum value outside the list is rejected with every allowed value", () => {
    const identity: Shape = { type: "object", properties: { scope_type: scope } };
    expect(toWire({ scopeType: "pod" }, identity)).toEqual({ scope_type: "pod" });
    expect(() => toWire({ scopeType: "org" }, identity)).toThrow(
      new TypeError('body.scopeType must be one of "organization", "pod", "inbox", got string "org".'),
    );
  });

  test.each([
    [{ type: "string" }, 1, "body must be a string, got number 1."],
    [{ type: "integer" }, 1.5, "body must be an integer, got number 1.5."],
    [{ type: "number" }, "1", 'body must be a number, got string "1".'],
    [{ type: "boolean" }, "true", 'body must be a boolean, got string "true".'],
    [{ type: "object" }, [], "body must be an object, got an array."],
    [{ type: "array" }, {}, "body must be an array, got an object."],
  ] as Array<[Shape, unknown, string]>)("type %j rejects %j", (shape, value, message) => {
    expect(() => toWire(value, shape)).toThrow(new TypeError(message));
  });

  test("undefined fields are dropped and null is sent as null", () => {
    expect(toWire({ firstName: "Ada", lastName: undefined, age: null }, person)).toEqual({ first_name: "Ada", age: null });
  });

  test("does not modify its input", () => {
    const input = { firstName: "Ada", lastName: "L" };
    toWire(input, person);
    expect(input).toEqual({ firstName: "Ada", lastName: "L" });
  });
});

describe("describeMismatch", () => {
  const identity = agentmail.me.response;

  test("is undefined for a body that fits", () => {
    expect(describeMismatch({ scope_type: "pod", scope_id: "p", organization_id: "o" }, identity)).toBeUndefined();
    expect(describeMismatch("anything", undefined)).toBeUndefined();
  });

  test("names the missing required fields", () => {
    expect(describeMismatch({ scope_type: "pod" }, identity)).toBe("expected an object with scope_id, organization_id, which are missing");
    expect(describeMismatch({ scope_type: "pod", scope_id: "p" }, identity)).toBe("expected an object with organization_id, which is missing");
  });

  test("names a top-level type mismatch", () => {
    expect(describeMismatch(null, identity)).toBe("expected an object, got null");
    expect(describeMismatch([], callmissed.listModels.response)).toBe("expected an object, got an array");
  });
});

describe("mergeShapes", () => {
  test("unites the properties and required fields of allOf parts", () => {
    const merged = mergeShapes(
      { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
      { type: "object", properties: { b_c: { type: "integer" } }, required: ["b_c"] },
    );
    expect(merged).toEqual({ type: "object", properties: { a: { type: "string" }, b_c: { type: "integer" } }, required: ["a", "b_c"] });
  });
});

describe("case mapping over every generated shape", () => {
  /** A wire value that fits `shape`, with every property present. */
  const sample = (shape: Shape): unknown => sampleWire(shape, "untyped");

  const shapes = allShapes();
  const objectShapes = shapes.filter((shape) => shape.properties && Object.keys(shape.properties).length > 0);
  const keys = [...new Set(objectShapes.flatMap((shape) => Object.keys(shape.properties!)))];

  test("the walk finds the shapes of all four vendors", () => {
    expect(objectShapes.length).toBeGreaterThan(20);
    expect(keys).toEqual(expect.arrayContaining(["api_key_id", "label_unauthenticated_read", "supports_vision", "link_permission", "date_of_birth"]));
  });

  test("toWire(referenceFromWire(x)) gives back x for a full sample of every object shape", () => {
    for (const shape of objectShapes) {
      const wire = sample(shape);
      expect(toWire(referenceFromWire(wire, shape), shape)).toEqual(wire);
    }
  });

  test("the camelCase form of a full sample leaves no underscore before a letter in any generated key", () => {
    for (const shape of objectShapes) {
      const camel = Object.keys(referenceFromWire(sample(shape), shape) as object);
      expect(camel.filter((key) => /_[a-z]/.test(key))).toEqual([]);
    }
  });

  test("snakeCase(camelCase(key)) is the key for every generated key whose words start with a letter", () => {
    const unambiguous = keys.filter((key) => /^[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)*$/.test(key));
    expect(unambiguous.length).toBeGreaterThan(keys.length - 3);
    expect(unambiguous.filter((key) => snakeCase(camelCase(key)) !== key)).toEqual([]);
  });

  test("a key with a digit after an underscore keeps its wire name through the shape", () => {
    // camelCase("line_2") is "line2", which snakeCase cannot undo; toWire therefore maps via the shape.
    const address: Shape = { type: "object", properties: { address_line_2: { type: "string" } }, closed: true };
    expect(referenceFromWire({ address_line_2: "x" }, address)).toEqual({ addressLine2: "x" });
    expect(toWire({ addressLine2: "x" }, address)).toEqual({ address_line_2: "x" });
  });
});

describe("case mapping properties", () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
  const snakeIdentifier = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join("_"));
  const anySnakeIdentifier = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 5 }).map((words) => words.join("_"));

  test("camelCase then snakeCase gives back any snake_case identifier whose words start with a letter", () => {
    fc.assert(
      fc.property(snakeIdentifier, (id) => {
        const camel = camelCase(id);
        return !camel.includes("_") && snakeCase(camel) === id;
      }),
    );
  });

  test("toWire(referenceFromWire(x)) gives back x for any snake_case keys declared in a closed shape", () => {
    fc.assert(
      fc.property(fc.uniqueArray(anySnakeIdentifier, { minLength: 1, maxLength: 6 }), fc.integer(), (ids, value) => {
        // Two wire keys with the same camelCase form cannot both be declared; keep the first.
        const byCamel = new Map(ids.map((id) => [camelCase(id), id] as const));
        const wireKeys = [...byCamel.values()];
        const shape: Shape = {
          type: "object",
          properties: Object.fromEntries(wireKeys.map((id) => [id, { type: "integer" }])),
          closed: true,
        };
        const wire = Object.fromEntries(wireKeys.map((id) => [id, value]));
        expect(toWire(referenceFromWire(wire, shape), shape)).toEqual(wire);
      }),
    );
  });

  test("any subset of AgentMail permissions survives the round trip", () => {
    const request = agentmail.createApiKey.request;
    const flags = Object.keys(request.properties!.permissions!.properties!);
    const permissions = fc.record(Object.fromEntries(flags.map((flag) => [flag, fc.boolean()])), { requiredKeys: [] });
    fc.assert(
      fc.property(permissions, (wire) => {
        const body = { name: "k", permissions: wire };
        expect(toWire(referenceFromWire(body, request), request)).toEqual(body);
      }),
    );
  });
});
