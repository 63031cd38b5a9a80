/**
 * One scenario for every runtime: for each vendor client, the wire format of one call, the error class of
 * a 401, a 403 and a validation failure (with the key nowhere in the error), and one retry. It and
 * vendors.mjs import the built package by its public subpaths, as a user would, and are plain JavaScript
 * so that no runtime needs a transpiler. The HTTP side is injected: a loopback server on Node, Deno and Bun (main.mjs), MSW's
 * service worker in the browser (browser.mjs). Either way the request goes through the runtime's own fetch.
 *
 * @typedef {object} Mock
 * @property {(server: string) => string | undefined} baseUrl The `baseUrl` to give a client whose default
 *   server is `server`; `undefined` keeps the default (the browser's worker answers for the real host).
 * @property {(handler: (request: Request) => Promise<Response>) => void} serve Answers every request from now on.
 */
import * as root from "vendor-auth";
import { check } from "./harness.mjs";
import { vendors } from "./vendors.mjs";

/** The default server of each vendor, for a mock that answers for the real hosts. */
export const defaultServers = vendors.map((vendor) => vendor.server);

/** Answers the requests that arrive from now on with `responses`, in order, and records them. */
function answer(mock, responses) {
  const requests = [];
  mock.serve(async (request) => {
    const text = await request.text();
    let body = text || undefined;
    try {
      if (text) body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text, so the body assertion shows it.
    }
    requests.push({ at: Date.now(), method: request.method, url: request.url, headers: new Headers(request.headers), body });
    const next = responses[requests.length - 1] ?? { status: 418, body: { message: "the scenario expected no further request" } };
    return new Response(JSON.stringify(next.body), {
      status: next.status ?? 200,
      headers: { "content-type": "application/json", ...next.headers },
    });
  });
  return requests;
}

/** Where we run: the User-Agent names it, except in a browser, which keeps the header for itself. */
const runtime = globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : typeof window !== "undefined" ? "browser" : "node";
const reported = new Set();

/** `vendor-auth/<version> (<vendor>; <runtime>/<version>)`, or the browser's own header. */
function assertUserAgent(assert, userAgent, vendor) {
  if (!reported.has(runtime)) {
    reported.add(runtime);
    console.log(`  user-agent on ${runtime}: ${userAgent}`);
  }
  if (runtime === "browser") {
    assert.ok(!String(userAgent).startsWith("vendor-auth/"), `the browser's own User-Agent: ${userAgent}`);
    return;
  }
  const expected = new RegExp(`^vendor-auth/\\S+ \\(${vendor}; ${runtime}/[0-9][^)]*\\)$`);
  assert.ok(expected.test(String(userAgent)), `User-Agent names the package, ${vendor} and ${runtime}: ${userAgent}`);
}

/** The key must appear nowhere a user could log it. */
function assertNoKey(assert, error, key) {
  const places = {
    message: error.message,
    stack: String(error.stack),
    "JSON.stringify": JSON.stringify(error),
    headers: JSON.stringify(error.headers),
  };
  for (const [where, text] of Object.entries(places))
    assert.ok(!text.includes(key), `the key is absent from the error's ${where}: ${text.slice(0, 300)}`);
}

/**
 * The checks, as `{ name, run }`; each `run` throws when the check fails.
 * @param {Mock} mock
 */
export function createChecks(mock) {
  const checks = [];
  for (const vendor of vendors) {
    const { name, server, key, module, wire, retry } = vendor;
    const base = (mock.baseUrl(server) ?? server).replace(/\/$/, "");
    const client = () => vendor.create({ apiKey: key, baseUrl: mock.baseUrl(server), timeoutMs: 10_000 });
    const wireUrl = `${base}${wire.path}`;

    checks.push(
      check(`${name}: ${wire.method} ${wire.path} sends snake_case with the key, returns camelCase`, async (assert) => {
        const requests = answer(mock, [{ body: wire.response }]);
        const result = await wire.call(client());
        assert.equal(requests.length, 1, "requests sent");
        const [request] = requests;
        assert.equal(request.method, wire.method, "method");
        assert.equal(request.url, wireUrl, "url");
        assert.equal(request.headers.get("authorization"), `Bearer ${key}`, "authorization header");
        if (wire.sent !== undefined) {
          assert.ok(
            /^application\/json\b/.test(request.headers.get("content-type") ?? ""),
            `content-type is JSON: ${request.headers.get("content-type")}`,
          );
        }
        assert.equal(request.body, wire.sent, "request body");
        assert.equal(result, wire.result, "result");
        assertUserAgent(assert, request.headers.get("user-agent"), name);
      }),
    );

    const failures = [
      { status: 401, Class: "AuthenticationError", body: vendor.unauthorized(key), echoesKey: true },
      { status: 403, Class: "PermissionDeniedError", body: vendor.forbidden.body, expect: vendor.forbidden.expect },
      {
        status: vendor.invalid.status,
        Class: "ValidationError",
        body: vendor.invalid.body,
        expect: (assert, error) => assert.equal(error.fieldErrors, vendor.invalid.fieldErrors, "fieldErrors"),
      },
    ];
    for (const failure of failures) {
      checks.push(
        check(`${name}: ${failure.status} throws ${failure.Class} with status and requestId, and no key`, async (assert) => {
          const requestId = `req_${name}_${failure.status}`;
          const requests = answer(mock, [
            { status: failure.status, body: failure.body, headers: { "x-request-id": requestId, "x-echo-credential": key } },
          ]);
          const error = await assert.rejects(wire.call(client()), "the call");
          assert.ok(error instanceof module[failure.Class], `expected ${failure.Class} from its entry (got ${error?.name}: ${error?.message})`);
          // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the class is named by the scenario table
          assert.ok(error instanceof root[failure.Class], `the same ${failure.Class} class as vendor-auth's`);
          assert.ok(error instanceof root.ApiError && root.isVendorAuthError(error), "an ApiError and isVendorAuthError");
          assert.equal(error.name, failure.Class, "name");
          assert.equal(error.status, failure.status, "status");
          assert.equal(error.requestId, requestId, "requestId");
          assert.equal([error.method, error.url], [wire.method, wireUrl], "method and url");
          assert.equal(requests.length, 1, "attempts (a client error is not retried)");
          assert.equal(requests[0].headers.get("authorization"), `Bearer ${key}`, "the key was sent");
          assertNoKey(assert, error, key);
          assert.equal(error.headers["x-echo-credential"], "[redacted]", "a response header echoing the key is redacted");
          if (failure.echoesKey) assert.ok(error.message.includes("[redacted]"), `the key the body echoed is redacted: ${error.message}`);
          failure.expect?.(assert, error);
        }),
      );
    }

    checks.push(
      check(`${name}: ${retry.status} with Retry-After: 0 is retried once, then succeeds`, async (assert) => {
        const requests = answer(mock, [{ status: retry.status, body: retry.body, headers: { "retry-after": "0" } }, { body: retry.response }]);
        const result = await retry.call(client());
        assert.equal(result, retry.result, "result");
        assert.equal(requests.length, 2, "attempts");
        const sent = requests.map((r) => [r.method, r.url, r.headers.get("authorization")]);
        assert.equal(
          sent,
          [0, 1].map(() => ["GET", `${base}${retry.path}`, `Bearer ${key}`]),
          "both attempts",
        );
        // Without Retry-After the first backoff is at least 375 ms, so a short gap shows the header was read.
        const gap = requests[1].at - requests[0].at;
        assert.ok(gap < 300, `the retry followed Retry-After: 0 (${gap} ms after the first attempt)`);
      }),
    );
  }
  return checks;
}
