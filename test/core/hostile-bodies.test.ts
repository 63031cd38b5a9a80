// Response bodies built to break the converter: nesting deep enough to overflow a recursive walk, and
// keys (`__proto__`, `constructor`) that plain assignment would turn into a prototype change.
import { describe, expect, test } from "vitest";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { ApiError } from "../../src/core/errors.js";
import { toWire } from "../../src/core/shape.js";
import { MAX_DEPTH, anyFromWire, mapFromWire, NestingError } from "../../src/core/wire.js";
import { failure } from "../helpers.js";

const BASE = "https://api.agentmail.test";

/** A client whose every request is answered 200 with `text`. */
function answering(text: string): AgentMailClient {
  const fetch = async () => new Response(text, { status: 200, headers: { "content-type": "application/json" } });
  return new AgentMailClient({ apiKey: "am_hostile_0123", baseUrl: BASE, fetch, maxRetries: 0 });
}

const KEY = '"type": "bearer", "api_key_id": "k", "name": "n", "created_at": "c", "updated_at": "u"';
const nested = (levels: number): string => `${"[".repeat(levels)}${"]".repeat(levels)}`;

describe("deep nesting", () => {
  test("a body nested 100,000 levels ends in an ApiError naming the problem, never a RangeError", async () => {
    const error = await failure(answering(`{ ${KEY}, "extra": ${nested(100_000)} }`).apiKeys.get("k"));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("unexpected_response");
    expect(error.message).toContain("nested too deeply to convert");
    expect(error.status).toBe(200);
  });

  test("the limit is a depth, not a size: nesting up to it converts, one level more does not", () => {
    const atLimit = JSON.parse(nested(MAX_DEPTH + 1));
    expect(() => anyFromWire(atLimit)).not.toThrow();
    expect(() => anyFromWire([atLimit])).toThrow(NestingError);
  });

  test("nesting below the limit in an unknown field is kept, renamed", async () => {
    const key = await answering(`{ ${KEY}, "future_field": [[{ "inner_key": [[1]] }]] }`).apiKeys.get("k");
    expect((key as unknown as Record<string, unknown>).futureField).toEqual([[{ innerKey: [[1]] }]]);
  });
});

describe("prototype keys", () => {
  const hostile = `{ ${KEY}, "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },
    "permissions": { "inbox_read": true, "__proto__": { "polluted": true } } }`;

  test("__proto__ and constructor keys in a response stay keys of their own object and reach no prototype", async () => {
    const key = (await answering(hostile).apiKeys.get("k")) as unknown as Record<string, any>;

    expect(Object.getPrototypeOf(key)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(key.permissions)).toBe(Object.prototype);
    expect(key.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Unknown keys are kept: `__proto__` renamed as any key is, `constructor` as it is.
    expect(Object.hasOwn(key, "_Proto__")).toBe(true);
    expect(Object.hasOwn(key, "constructor")).toBe(true);
    expect(key.constructor).toEqual({ prototype: { polluted: true } });
    expect(key.permissions.inboxRead).toBe(true);
  });

  test("a map keeps a __proto__ key as an own key", () => {
    const out = mapFromWire(JSON.parse('{ "__proto__": { "a_b": 1 }, "x": { "c_d": 2 } }'), anyFromWire) as Record<string, unknown>;

    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["__proto__", "x"]);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ aB: 1 });
  });

  test("toWire writes a __proto__ key of an open shape as data, and a closed shape refuses it", () => {
    const input = JSON.parse('{ "__proto__": { "polluted": true }, "name": "n" }');
    const out = toWire(input, { type: "object", properties: { name: { type: "string" } } }) as Record<string, unknown>;

    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ polluted: true });
    expect(() => toWire(input, { type: "object", properties: { name: { type: "string" } }, closed: true })).toThrow(/__proto__ is not a known field/);
  });
});
