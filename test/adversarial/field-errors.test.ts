/**
 * Error envelopes whose field names are the names of Object.prototype's members. A field-error map
 * built on `{}` finds `constructor` already "there" and crashes (`out[key].push is not a function`), or
 * lets `__proto__` replace the map's prototype. Every envelope reader is tried on every vendor whose profile
 * lists it (a vendor reads only its own envelopes).
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/agentmail/index.js";
import { profile as agentmail } from "../../src/agentmail/profile.js";
import { profile as callmissed } from "../../src/callmissed/profile.js";
import { profile as comma } from "../../src/comma/profile.js";
import { profile as communal } from "../../src/communal/profile.js";
import { fastApiDetail, keyedErrors, pathErrors, type EnvelopeReader } from "../../src/core/envelopes.js";
import { outcome, useServers, within } from "./server.js";
import { optionsFor, vendors } from "./vendors.js";

const { http } = useServers();
const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "prototype"];

/** The raw JSON text of each envelope (raw so `__proto__` arrives as an own key, as JSON.parse makes it). */
const envelopes: Array<[string, EnvelopeReader, (name: string) => string]> = [
  [
    "Laravel {errors: {field: [..]}}",
    keyedErrors,
    (name) => `{"message":"The given data was invalid.","errors":{"${name}":["bad ${name}"],"${name}":["bad ${name}"]}}`,
  ],
  ["Laravel {errors: {field: string}}", keyedErrors, (name) => `{"message":"invalid","errors":{"${name}":"bad ${name}"}}`],
  [
    "AgentMail {errors: [{path, message}]}",
    pathErrors,
    (name) =>
      `{"name":"ValidationError","message":"invalid","errors":[{"path":["${name}"],"message":"bad ${name}"},{"path":"${name}","message":"bad ${name}"}]}`,
  ],
  [
    "FastAPI {detail: [{loc, msg}]}",
    fastApiDetail,
    (name) => `{"detail":[{"loc":["${name}"],"msg":"bad ${name}"},{"loc":"${name}","msg":"bad ${name}"}]}`,
  ],
];

/** What `vendor`'s read call rejects with when the server answers `status` with the JSON text `body`. */
async function errorFor(vendor: (typeof vendors)[number], status: number, body: string): Promise<unknown> {
  const api = await http((_, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(body);
  });
  return within(5_000, outcome(vendor.read(optionsFor(vendor, api.origin))));
}

const PROFILES: Record<string, { errorEnvelopes?: readonly EnvelopeReader[] }> = {
  AgentMail: agentmail,
  CallMissed: callmissed,
  Comma: comma,
  Communal: communal,
};
const reads = (vendor: { name: string }, reader: EnvelopeReader) => PROFILES[vendor.name]?.errorEnvelopes?.includes(reader) ?? false;

describe.each(vendors)("$name: field errors named after prototype members", (vendor) => {
  describe.each(envelopes.filter(([, reader]) => reads(vendor, reader)))("%s", (_, _reader, envelope) => {
    it.each(NAMES)("a 422 with a field named %s is a ValidationError with that field", async (name) => {
      const error = await errorFor(vendor, 422, envelope(name));
      expect(error).toBeInstanceOf(ValidationError);
      const fieldErrors = (error as ValidationError).fieldErrors;
      expect(Object.hasOwn(fieldErrors, name)).toBe(true);
      const messages = (fieldErrors as Record<string, unknown>)[name];
      expect(Array.isArray(messages)).toBe(true);
      expect((messages as string[]).every((message) => message === `bad ${name}`)).toBe(true);
      // Nothing leaked into the prototype chain of other objects.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(typeof ({} as { toString: unknown }).toString).toBe("function");
    });
  });

  // Another vendor's envelope is not read (its profile does not list it), but the body is still hostile.
  describe.each(envelopes.filter(([, reader]) => !reads(vendor, reader)))("%s, which this vendor does not read", (_, _reader, envelope) => {
    it.each(NAMES)("a 422 with a field named %s is still a ValidationError, with no field error taken from it", async (name) => {
      const error = await errorFor(vendor, 422, envelope(name));
      expect(error).toBeInstanceOf(ValidationError);
      const fieldErrors = (error as ValidationError).fieldErrors;
      expect(Object.hasOwn(fieldErrors, name)).toBe(false);
      expect(Object.keys(fieldErrors)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(typeof ({} as { toString: unknown }).toString).toBe("function");
    });
  });

  it("an error body with __proto__ and constructor at the top level still gives a usable message", async () => {
    const body = '{"__proto__":{"message":"planted"},"constructor":{"prototype":{"polluted":1}},"message":"real message"}';
    const error = (await errorFor(vendor, 400, body)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain("real message");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Only a vendor that reads Laravel-style keyed errors can be handed a `__proto__` entry in its map.
describe.each(vendors.filter((vendor) => reads(vendor, keyedErrors)))("$name: keyed field errors", (vendor) => {
  it("a __proto__ entry cannot give the map a prototype that answers for other fields", async () => {
    const body = '{"message":"invalid","errors":{"__proto__":{"email":["planted"]},"name":["required"]}}';
    const error = (await errorFor(vendor, 422, body)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.email).toBeUndefined();
    expect(error.fieldErrors.name).toEqual(["required"]);
    expect(({} as Record<string, unknown>).email).toBeUndefined();
  });
});
