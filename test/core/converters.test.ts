// The generated response converters (src/<vendor>/generated/calls.ts) against the shape-walking oracle,
// over every operation of the four specs, and the form they were generated in.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as agentmailCalls from "../../src/agentmail/generated/calls.js";
import { operations as agentmail } from "../../src/agentmail/generated/meta.js";
import * as callmissedCalls from "../../src/callmissed/generated/calls.js";
import { operations as callmissed } from "../../src/callmissed/generated/meta.js";
import * as commaCalls from "../../src/comma/generated/calls.js";
import { operations as comma } from "../../src/comma/generated/meta.js";
import * as communalCalls from "../../src/communal/generated/calls.js";
import { operations as communal } from "../../src/communal/generated/meta.js";
import { toWire, type OperationMeta, type Shape } from "../../src/core/shape.js";
import { anyFromWire } from "../../src/core/wire.js";
import { referenceFromWire } from "../fixtures/core/reference-from-wire.js";
import { sampleWire } from "../helpers.js";

/** The operations of a calls.ts module (it also exports its converters, for the benchmarks). */
const callsOf = (module: object): Record<string, OperationMeta> =>
  Object.fromEntries(Object.entries(module).filter(([, value]) => typeof value === "object")) as Record<string, OperationMeta>;

const vendors: Array<[string, Record<string, OperationMeta>, Record<string, OperationMeta>]> = [
  ["agentmail", agentmail, callsOf(agentmailCalls)],
  ["callmissed", callmissed, callsOf(callmissedCalls)],
  ["comma", comma, callsOf(commaCalls)],
  ["communal", communal, callsOf(communalCalls)],
];

/** A wire value that fits `shape`; untyped properties get nested snake_case keys to rename. */
const sample = (shape: Shape): unknown => sampleWire(shape, { untyped_value: [{ deep_key: 1 }] });

const withResponse = vendors.flatMap(([vendor, meta, calls]) =>
  Object.entries(meta)
    .filter(([, op]) => op.response)
    .map(([id, op]) => ({ name: `${vendor}.${id}`, shape: op.response!, call: calls[id]! })),
);

describe("generated response converters", () => {
  test("every operation of the four specs has its call, with the same method, path and auth", () => {
    for (const [, meta, calls] of vendors) {
      expect(Object.keys(calls).sort()).toEqual(Object.keys(meta).sort());
      for (const [id, op] of Object.entries(meta)) {
        expect({ method: calls[id]!.method, path: calls[id]!.path, auth: calls[id]!.auth }).toEqual({
          method: op.method,
          path: op.path,
          auth: op.auth,
        });
      }
    }
    expect(withResponse.length).toBeGreaterThan(30);
  });

  test("convert a full sample of every response as the shape-walking oracle does, and toWire gives it back", () => {
    for (const { name, shape, call } of withResponse) {
      const wire = sample(shape);
      // As call() does: a response the spec leaves untyped has no converter of its own.
      const decoded = call.decode ? call.decode(wire) : anyFromWire(wire);
      expect(decoded, name).toStrictEqual(referenceFromWire(wire, shape));
      expect(toWire(decoded, shape), name).toEqual(wire);
    }
  });

  test("agree with the oracle on any subset of fields, with unknown keys of any JSON value", () => {
    for (const { name, shape, call } of withResponse.filter(({ shape }) => shape.properties)) {
      const fields = Object.fromEntries(Object.entries(shape.properties!).map(([key, child]) => [key, fc.constant(sample(child))]));
      const body = fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }));
      fc.assert(
        fc.property(body, ([known, extra]) => {
          const wire = { ...extra, ...known };
          expect((call.decode ?? anyFromWire)(wire), name).toStrictEqual(referenceFromWire(wire, shape));
        }),
        { numRuns: 50 },
      );
    }
  });

  test("leave absent fields absent (no key with an undefined value), so a result prints and compares as sent", () => {
    const decoded = agentmailCalls.getApiKey.decode({ type: "bearer", api_key_id: "k", permissions: { inbox_read: true } }) as Record<
      string,
      unknown
    >;
    expect(Object.keys(decoded)).toEqual(["type", "apiKeyId", "permissions"]);
    expect(decoded.permissions).toStrictEqual({ inboxRead: true });
  });

  test("one converter serves every operation that returns the same shape", () => {
    expect(agentmailCalls.getApiKey.decode).toBe(agentmailCalls.updateApiKey.decode);
    expect(agentmailCalls.listApiKeys.decode).toBe(agentmailCalls.listInboxApiKeys.decode);
  });

  test("a value of the wrong type is handed over unchanged, never read as the object the spec describes", () => {
    const decode = agentmailCalls.listApiKeys.decode!;
    expect(decode("text")).toBe("text");
    expect(decode(null)).toBeNull();
    expect(decode({ count: 1, api_keys: "nope" })).toEqual({ count: 1, apiKeys: "nope" });
    expect(decode({ count: 1, api_keys: [null, 3, [{ api_key_id: "k" }]] })).toEqual({ count: 1, apiKeys: [null, 3, [{ apiKeyId: "k" }]] });
  });
});
