import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { CommunalClient, DEFAULT_API_VERSION, ValidationError, type CommunalClientOptions } from "../../src/communal/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
import { BASE, KEY, wirePage, wireUserResource } from "./fixtures.js";

useMsw();
afterEach(() => vi.restoreAllMocks());

function newClient(options: CommunalClientOptions = {}): CommunalClient {
  return new CommunalClient({ apiKey: KEY, maxRetries: 0, ...options });
}

const DEPRECATED_2026_02_01 = {
  "X-Api-Version": "2026-02-01",
  "X-Api-Version-Source": "header",
  "X-Api-Version-Warning": "Requested API version is deprecated. Sunset date: 2027-02-01",
  Sunset: "2027-02-01",
};

/** Serves users and parent programs with the given response headers. */
function serve(headers: Record<string, string>) {
  const recorder = createRecorder();
  server.use(
    http.get(
      `${BASE}/users/:id`,
      recorder.record(() => HttpResponse.json(wireUserResource, { headers })),
    ),
    http.get(
      `${BASE}/parent_programs`,
      recorder.record(() => HttpResponse.json(wirePage(1, 1, [1], 1), { headers })),
    ),
  );
  return recorder.requests;
}

describe("apiVersion", () => {
  test("is sent as X-Api-Version on every request", async () => {
    const requests = serve({ "X-Api-Version": "2026-03-25", "X-Api-Version-Source": "header" });
    const client = newClient({ apiVersion: "2026-03-25" });

    await client.users.get(89);
    await client.parentPrograms.list();

    expect(requests.map((r) => r.headers.get("x-api-version"))).toEqual(["2026-03-25", "2026-03-25"]);
  });

  test("without it the version the SDK was generated from is sent, not whatever the server defaults to", async () => {
    const requests = serve({ "X-Api-Version": "2026-08-25", "X-Api-Version-Source": "header" });

    await newClient().users.get(89);
    await newClient({ apiVersion: undefined }).parentPrograms.list();

    expect(requests.map((r) => r.headers.get("x-api-version"))).toEqual(["2026-08-25", "2026-08-25"]);
  });

  test("DEFAULT_API_VERSION is the version of specs/communal.yaml, so a spec:update cannot leave it behind", () => {
    const spec = parse(readFileSync(join(import.meta.dirname, "../../specs/communal.yaml"), "utf8"));
    expect(DEFAULT_API_VERSION).toBe(spec.info.version);
    expect(DEFAULT_API_VERSION).toBe("2026-08-25");
  });

  test("keeps the client's other headers beside X-Api-Version", async () => {
    const requests = serve({});

    await newClient({ apiVersion: "2026-03-25", headers: { "X-Trace": "t-1" } }).users.get(89);

    expect(requests[0]!.headers.get("x-trace")).toBe("t-1");
    expect(requests[0]!.headers.get("x-api-version")).toBe("2026-03-25");
  });
});

describe("deprecation notices", () => {
  test("onDeprecation is called once per version however many responses carry the warning", async () => {
    serve(DEPRECATED_2026_02_01);
    const onDeprecation = vi.fn();
    const client = newClient({ apiVersion: "2026-02-01", onDeprecation });

    await client.users.get(89);
    await client.parentPrograms.list();
    await client.users.get(89);

    expect(onDeprecation).toHaveBeenCalledTimes(1);
    expect(onDeprecation).toHaveBeenCalledWith({
      version: "2026-02-01",
      warning: "Requested API version is deprecated. Sunset date: 2027-02-01",
      sunset: "2027-02-01",
    });
  });

  test("a second deprecated version is reported once more", async () => {
    const onDeprecation = vi.fn();
    const client = newClient({ onDeprecation });
    serve(DEPRECATED_2026_02_01);
    await client.users.get(89);
    await client.users.get(89);

    serve({ "X-Api-Version": "2025-11-01", Sunset: "2026-12-31" });
    await client.users.get(89);
    await client.users.get(89);

    expect(onDeprecation.mock.calls.map(([notice]) => notice)).toEqual([
      expect.objectContaining({ version: "2026-02-01" }),
      { version: "2025-11-01", warning: undefined, sunset: "2026-12-31" },
    ]);
  });

  test("a Sunset header alone is enough to report the version", async () => {
    serve({ "X-Api-Version": "2026-02-01", Sunset: "2027-02-01" });
    const onDeprecation = vi.fn();

    await newClient({ onDeprecation }).users.get(89);

    expect(onDeprecation).toHaveBeenCalledWith({ version: "2026-02-01", warning: undefined, sunset: "2027-02-01" });
  });

  test("responses without warning headers never call onDeprecation", async () => {
    serve({ "X-Api-Version": "2026-03-25", "X-Api-Version-Source": "default" });
    const onDeprecation = vi.fn();
    const client = newClient({ onDeprecation });

    await client.users.get(89);
    await client.parentPrograms.list();

    expect(onDeprecation).not.toHaveBeenCalled();
  });

  test("by default one console.warn names the version and its sunset, however many calls are made", async () => {
    serve(DEPRECATED_2026_02_01);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const client = newClient({ apiVersion: "2026-02-01" });

    await client.users.get(89);
    await client.users.get(89);
    await client.parentPrograms.list();

    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/2026-02-01.*deprecated.*sunset 2027-02-01/i);
  });
});

describe("unsupported version", () => {
  test("a 400 {message, supported_versions} is a ValidationError whose message lists the supported versions", async () => {
    server.use(
      http.get(`${BASE}/users/:id`, () =>
        HttpResponse.json({ message: "Unsupported API version.", supported_versions: ["2026-02-01", "2026-03-25"] }, { status: 400 }),
      ),
    );

    const error = await newClient({ apiVersion: "2019-01-01" })
      .users.get(89)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(400);
    expect((error as ValidationError).message).toContain("Unsupported API version.");
    expect((error as ValidationError).message).toContain("Supported versions: 2026-02-01, 2026-03-25");
  });
});
