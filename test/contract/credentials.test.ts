// What every client promises about its credential, stated once and run over the four vendors.
import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createRecorder, server, useMsw } from "../msw.js";
import { thrown } from "../helpers.js";
import { foreignKeys, vendors } from "./vendors.js";

useMsw();
afterEach(() => vi.unstubAllEnvs());

describe.each(vendors)("$name: credentials", (vendor) => {
  const { Client, envVar, key } = vendor;
  const create = (options: object = {}) => new Client(options as never);

  /** Answers every read with a valid body and returns the requests it saw. */
  function recordReads() {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        vendor.readUrl,
        record(() => HttpResponse.json(vendor.validBody)),
      ),
    );
    return requests;
  }

  /** The error a client without a key gives: at construction, or at its first authenticated call. */
  async function missingKeyError(): Promise<Error> {
    if (vendor.keyAtConstruction) return thrown(() => create());
    const requests = catchAll();
    const error = await vendor.read(create()).then(
      () => expect.unreachable("the call should have failed"),
      (e: Error) => e,
    );
    expect(requests).toHaveLength(0);
    return error;
  }

  test(`without a key or ${envVar}, a TypeError names ${envVar} (at construction unless some operations need no key)`, async () => {
    vi.stubEnv(envVar, undefined);

    const error = await missingKeyError();

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(envVar);
  });

  test(`a blank ${envVar} counts as missing`, async () => {
    vi.stubEnv(envVar, "   ");

    expect((await missingKeyError()).message).toContain(envVar);
  });

  test(`reads ${envVar} when no key is passed and sends it as a Bearer token`, async () => {
    vi.stubEnv(envVar, `${key}_from_env`);
    const requests = recordReads();

    await vendor.read(create({ maxRetries: 0 }));

    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${key}_from_env`);
  });

  test("an explicit apiKey wins over the environment", async () => {
    vi.stubEnv(envVar, `${key}_from_env`);
    const requests = recordReads();

    await vendor.read(create({ apiKey: key }));

    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${key}`);
  });

  test.each(foreignKeys(vendor))(
    "a $vendor key is rejected at construction, naming what this client takes, without repeating the key",
    ({ key: foreign }) => {
      const error = thrown(() => create({ apiKey: foreign }));

      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(`${vendor.name} keys`);
      if (vendor.prefix) expect(error.message).toContain(vendor.prefix);
      expect(error.message).not.toContain(foreign);
      expect(error.message).not.toContain(foreign.slice(3));
      expect(error.message).not.toContain(foreign.slice(-8));
      expect(error.stack).not.toContain(foreign);
    },
  );

  test(`another vendor's key in ${envVar} is rejected too, naming both vendors`, () => {
    const foreign = foreignKeys(vendor)[0]!;
    vi.stubEnv(envVar, foreign.key);

    const error = thrown(() => create());

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(new RegExp(`looks like a ${foreign.vendor} key.*${vendor.name}${vendor.prefix ? `.*${vendor.prefix}` : ""}`));
    expect(error.message).not.toContain(foreign.key);
  });

  test("an empty apiKey is rejected at construction", () => {
    expect(() => create({ apiKey: "" })).toThrow(/apiKey must be a non-empty string/);
  });

  test("a key passed instead of the options object is a TypeError that does not repeat it", () => {
    const error = thrown(() => new Client(key as never));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("{ apiKey }");
    expect(error.message).not.toContain(key);
  });

  test("neither inspecting nor serialising a client shows its key, before or after a call", async () => {
    server.use(http.get(vendor.readUrl, () => HttpResponse.json(vendor.validBody)));
    const client = create({ apiKey: key });
    const views = () => [inspect(client, { depth: Infinity, showHidden: true }), JSON.stringify(client)];

    expect(views().join()).not.toContain(key);
    await vendor.read(client);
    expect(views().join()).not.toContain(key);
  });
});

/** Records every request, answering 500, to prove that none was sent. */
function catchAll(): Request[] {
  const requests: Request[] = [];
  server.use(
    http.all("*", ({ request }) => {
      requests.push(request);
      return new HttpResponse(null, { status: 500 });
    }),
  );
  return requests;
}
