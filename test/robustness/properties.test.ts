/**
 * Property tests (fast-check) of the parts that meet hostile input: the Retry-After parser and backoff, the
 * case converter against every key of every spec, and error mapping of any response a server can send.
 * Each property runs FC_RUNS times (default 1,000, what CI runs): `FC_RUNS=20000 npm test` for more.
 */
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operations as agentmailOps } from "../../src/agentmail/generated/meta.js";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { isVendorAuthError } from "../../src/core/errors.js";
import { INITIAL_BACKOFF_MS, MAX_BACKOFF_MS, backoffMs, parseRetryAfter } from "../../src/core/retry.js";
import { camelCase, snakeCase, toWire, type Shape } from "../../src/core/shape.js";
import { referenceFromWire } from "../fixtures/core/reference-from-wire.js";
import * as agentmailCalls from "../../src/agentmail/generated/calls.js";
import { allShapes } from "../helpers.js";
import { vendors } from "./vendors.js";

const numRuns = Number(process.env.FC_RUNS ?? 1000);
const HTTP_DATE = fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toUTCString());

describe("Retry-After, retry-after-ms and HTTP dates", () => {
  const headerValue = fc.oneof(fc.string(), fc.stringMatching(/^\d{1,25}$/), fc.stringMatching(/^-?\d*\.?\d*e?\d*$/), HTTP_DATE);

  it("never throws, and is undefined or a finite delay >= 0, for any header combination", () => {
    fc.assert(
      fc.property(
        fc.option(headerValue),
        fc.option(headerValue),
        fc.option(headerValue),
        fc.integer({ min: 0, max: 4e12 }),
        (retryAfter, ms, date, now) => {
          const headers = new Headers();
          // Headers refuses some characters (a real server could not send them either).
          for (const [name, value] of [
            ["retry-after", retryAfter],
            ["retry-after-ms", ms],
            ["date", date],
          ] as const) {
            try {
              if (value !== null) headers.set(name, value);
            } catch {
              // not sendable
            }
          }
          const delay = parseRetryAfter(headers, now);
          return delay === undefined || (Number.isFinite(delay) && delay >= 0);
        },
      ),
      { numRuns },
    );
  });

  it("reads a date in the past as now (0), and a future date as the time until it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
        (secondsAgo, serverNow) => {
          const base = Math.floor(serverNow.getTime() / 1000) * 1000;
          const past = new Headers({ "retry-after": new Date(base - secondsAgo * 1000).toUTCString(), date: new Date(base).toUTCString() });
          const future = new Headers({ "retry-after": new Date(base + secondsAgo * 1000).toUTCString(), date: new Date(base).toUTCString() });
          return parseRetryAfter(past) === 0 && parseRetryAfter(future) === secondsAgo * 1000;
        },
      ),
      { numRuns },
    );
  });

  it("backoff is never negative, NaN or over its cap, for any attempt and random source", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, random) => {
        const delay = backoffMs(retry, () => random);
        return Number.isFinite(delay) && delay >= 0 && delay <= MAX_BACKOFF_MS && (retry > 0 || delay <= INITIAL_BACKOFF_MS);
      }),
      { numRuns },
    );
  });
});

describe("camelCase <-> snake_case", () => {
  // The object shapes: the ones with keys to map.
  const shapes = allShapes().filter((shape) => shape.properties);
  const wireKeys = [...new Set(shapes.flatMap((shape) => Object.keys(shape.properties!)))];

  it("covers the keys of all four specs", () => {
    expect(wireKeys.length).toBeGreaterThan(200);
    expect(wireKeys).toContain("profile_address_line_2");
  });

  it("round-trips every key of every spec through the shapes: wire -> camelCase -> wire", () => {
    for (const shape of shapes) {
      for (const key of Object.keys(shape.properties!)) {
        const camel = referenceFromWire({ [key]: "v" }, shape) as Record<string, unknown>;
        expect(Object.keys(camel)).toEqual([camelCase(key)]);
        // Back through the same shape: toWire uses the spec's own names, so even digit segments survive.
        const open: Shape = { ...shape, required: [], closed: false, properties: { [key]: {} } };
        expect(toWire(camel, open)).toEqual({ [key]: "v" });
      }
    }
  });

  it("round-trips any snake_case key without digit segments through the plain converters", () => {
    const word = fc.stringMatching(/^[a-z][a-z]{0,7}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const key = words.join("_");
        return snakeCase(camelCase(key)) === key;
      }),
      { numRuns },
    );
  });

  it("converts nested objects and arrays of a real response, keeping keys the spec does not know", () => {
    const flag = fc.constantFrom(...Object.keys(agentmailOps.createApiKey.request!.properties!.permissions!.properties!));
    const apiKey = fc.record({
      api_key_id: fc.string(),
      prefix: fc.string(),
      name: fc.string(),
      created_at: fc.string(),
      permissions: fc.dictionary(flag, fc.boolean()),
      some_future_field: fc.option(fc.jsonValue()),
    });
    fc.assert(
      fc.property(fc.array(apiKey, { maxLength: 5 }), (keys) => {
        const out = agentmailCalls.listApiKeys.decode({ count: keys.length, api_keys: keys }) as { apiKeys: Array<Record<string, unknown>> };
        return out.apiKeys.every((k, i) => {
          const wire = keys[i]!;
          const permissions = k.permissions as Record<string, boolean>;
          return (
            k.apiKeyId === wire.api_key_id &&
            Object.getPrototypeOf(k) === Object.prototype &&
            "someFutureField" in k &&
            Object.entries(wire.permissions).every(([flagName, on]) => permissions[camelCase(flagName)] === on)
          );
        });
      }),
      { numRuns },
    );
  });

  it("rejects, before any request, a key a closed request schema does not know", async () => {
    const known = new Set(Object.keys(agentmailOps.createApiKey.request!.properties!.permissions!.properties!).map(camelCase));
    const unknownKey = fc.stringMatching(/^[a-z][a-zA-Z]{1,15}$/).filter((k) => !known.has(k));
    await fc.assert(
      fc.asyncProperty(unknownKey, async (key) => {
        let calls = 0;
        const fetch = async () => {
          calls += 1;
          return Response.json({});
        };
        const rejected = await new AgentMailClient({ apiKey: "am_x", fetch, maxRetries: 0 }).apiKeys
          .create({ name: "n", permissions: { [key]: true } as never })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        return rejected instanceof TypeError && rejected.message.includes(`permissions.${key} is not a known field`) && calls === 0;
      }),
      { numRuns },
    );
  });
});

describe("error mapping of any response", () => {
  const bodyBytes = fc.oneof(
    fc.constant(new Uint8Array()),
    fc.uint8Array({ maxLength: 64 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => new TextEncoder().encode(JSON.stringify(v))),
    fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v).slice(0, -1))), // truncated JSON
    fc.integer({ min: 1, max: 2000 }).map((n) => new TextEncoder().encode("[".repeat(n) + "]".repeat(n))), // deep
    fc.constant(new TextEncoder().encode(JSON.stringify({ data: "x".repeat(300_000) }))), // large
  );
  const contentType = fc.constantFrom("application/json", "text/html", "application/octet-stream", "", "application/problem+json");
  const extraHeaders = fc.dictionary(
    fc.constantFrom("retry-after", "x-request-id", "retry-after-ms", "date", "x-api-version", "sunset"),
    fc.string({ maxLength: 30 }),
    { maxKeys: 4 },
  );
  const secretTail = fc.stringMatching(/^[A-Za-z0-9]{16,40}$/);

  for (const vendor of vendors) {
    it(`${vendor.name}: any status and body gives data or exactly one of our errors, never the key`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 200, max: 599 }),
          bodyBytes,
          contentType,
          extraHeaders,
          secretTail,
          fc.boolean(),
          async (status, bytes, type, headers, tail, echo) => {
            const secret = `${vendor.prefix}${tail}`;
            // A hostile server echoes the key back in the body and a header.
            const body = echo ? new TextEncoder().encode(`{"message":"bad key ${secret}","error":"${secret}"}`) : bytes;
            const fetch = async () => {
              const responseHeaders = new Headers();
              for (const [name, value] of Object.entries({ ...headers, "content-type": type, ...(echo ? { "x-echo": secret } : {}) })) {
                try {
                  responseHeaders.set(name, value);
                } catch {
                  // a value no server could send
                }
              }
              const nullBody = status === 204 || status === 205 || status === 304;
              return new Response(nullBody ? null : body, { status, headers: responseHeaders });
            };
            let outcome: unknown;
            try {
              await vendor.read({ apiKey: secret, fetch, maxRetries: 0, maxRetryAfterMs: 0 });
              return true;
            } catch (error) {
              outcome = error;
            }
            if (!isVendorAuthError(outcome)) throw new Error(`escaped: ${String(outcome)}`);
            const error = outcome as Error;
            const views = [error.message, error.stack ?? "", JSON.stringify(error), inspect(error, { depth: Infinity })];
            return error.message.length > 0 && views.every((view) => !view.includes(secret));
          },
        ),
        { numRuns },
      );
    }, 60_000);
  }
});
