// What every client promises about its options and withOptions, stated once and run over the four vendors.
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { createRecorder, server, useMsw } from "../msw.js";
import { thrown } from "../helpers.js";
import { vendors } from "./vendors.js";
import { httpClient } from "../../src/http.js";

useMsw();

const SHARED_OPTIONS = ["apiKey", "baseUrl", "maxRetries", "maxRetryAfterMs", "timeoutMs", "timeoutInSeconds", "fetch", "headers"];

/** Values no numeric option accepts, and per option the values outside its range. */
const BAD_NUMBERS: [option: string, value: unknown][] = [
  ...["maxRetries", "maxRetryAfterMs", "timeoutMs"].flatMap((option): [string, unknown][] =>
    [Number.NaN, Number.POSITIVE_INFINITY, -1, "2", null].map((value) => [option, value]),
  ),
  ["maxRetries", 1.5],
  ["maxRetries", 101],
  ["timeoutMs", 0],
  // Past 2^31-1 ms a timer fires at once: such a timeout would fail every call immediately.
  ["timeoutMs", 2 ** 31],
  ["maxRetryAfterMs", 2 ** 31],
];

describe.each(vendors)("$name: options", (vendor) => {
  const { Client, key } = vendor;
  const create = (options: object = {}) => new Client({ apiKey: key, ...options } as never);

  test("an unknown option is a TypeError naming it and listing the valid ones, the vendor's own included", () => {
    const error = thrown(() => create({ timeout: 5_000 }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(`${vendor.name}Client: unknown option "timeout"`);
    for (const option of [...SHARED_OPTIONS, ...vendor.ownOptions]) expect(error.message).toContain(option);
  });

  test.each(vendor.badOwnOptions.map((options) => [Object.keys(options)[0]!, options] as const))(
    "its own option %s is checked too: %j is a TypeError naming it",
    (option, options) => {
      const error = thrown(() => create(options));

      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(option);
    },
  );

  test.each(BAD_NUMBERS)("%s: %s is a TypeError naming the option at construction", (option, value) => {
    const error = thrown(() => create({ [option]: value }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(`${option} must be`);
  });

  test.each(BAD_NUMBERS.filter(([option]) => option !== "maxRetryAfterMs"))(
    "%s: %s is a TypeError naming the option per call, before any request",
    async (option, value) => {
      const { requests, record } = createRecorder();
      server.use(
        http.get(
          vendor.readUrl,
          record(() => HttpResponse.json(vendor.validBody)),
        ),
      );

      await expect(vendor.read(create(), { [option]: value })).rejects.toThrow(new RegExp(`${option} must be`));
      expect(requests).toHaveLength(0);
    },
  );

  test("an unknown per-call option is a TypeError naming it, before any request", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        vendor.readUrl,
        record(() => HttpResponse.json(vendor.validBody)),
      ),
    );

    await expect(vendor.read(create(), { timeout: 5 } as never)).rejects.toThrow(
      /unknown option "timeout". Valid options: signal, abortSignal, maxRetries, timeoutMs, timeoutInSeconds, headers/,
    );
    expect(requests).toHaveLength(0);
  });

  test("undefined counts as absent, and the boundary values are accepted", async () => {
    server.use(http.get(vendor.readUrl, () => HttpResponse.json(vendor.validBody)));
    const client = create({ baseUrl: undefined, maxRetries: 0, timeoutMs: 2 ** 31 - 1, maxRetryAfterMs: 0, headers: undefined });

    await expect(vendor.read(client, { maxRetries: 100, timeoutMs: 1_000, signal: undefined })).resolves.toBeDefined();
  });

  test("the base URL is normalised once: call() and http reach the same address", async () => {
    const { requests, record } = createRecorder();
    const base = "https://mock.example.com/base";
    const readPath = vendor.readUrl.slice(vendor.server.length);
    server.use(
      http.get(
        `${base}${readPath}`,
        record(() => HttpResponse.json(vendor.validBody)),
      ),
      http.get(
        `${base}${vendor.httpPath}`,
        record(() => HttpResponse.json(vendor.validBody)),
      ),
    );
    const client = create({ baseUrl: "HTTPS://Mock.Example.COM/base/" });

    await vendor.read(client as never);
    await (httpClient(client as never) as unknown as { GET(path: string): Promise<unknown> }).GET(vendor.httpPath);

    expect(requests.map((r) => r.url.href)).toEqual([`${base}${readPath}`, `${base}${vendor.httpPath}`]);
  });
});

describe.each(vendors)("$name: withOptions", (vendor) => {
  const { Client, key } = vendor;
  const rotated = `${key}_rotated`;

  test("withOptions({ apiKey }) sends the new key and keeps the other options; the original is unchanged", async () => {
    const { requests, record } = createRecorder();
    server.use(
      http.get(
        vendor.readUrl,
        record(() => HttpResponse.json(vendor.validBody)),
      ),
    );
    const original = new Client({ apiKey: key, headers: { "x-app": "contract" } } as never);

    const derived = original.withOptions({ apiKey: rotated });
    await vendor.read(derived);
    await vendor.read(original);

    expect(derived).toBeInstanceOf(Client);
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual([`Bearer ${rotated}`, `Bearer ${key}`]);
    expect(requests.map((r) => r.headers.get("x-app"))).toEqual(["contract", "contract"]);
  });

  test("withOptions checks what it is given as the constructor does", () => {
    const original = new Client({ apiKey: key } as never);

    expect(() => original.withOptions({ timeout: 1 })).toThrow(/unknown option "timeout"/);
    expect(() => original.withOptions({ timeoutMs: -1 })).toThrow(/timeoutMs must be/);
    expect(() => original.withOptions(rotated as never)).toThrow(
      new TypeError(`${vendor.name}Client.withOptions: options must be an object such as { apiKey }.`),
    );
  });
});
