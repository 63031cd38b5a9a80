/**
 * The network itself under test: both SDKs against a real `node:http` server on 127.0.0.1, with real
 * (short) timers, for what MSW could only imitate: how each SDK's timeout and abort end when undici's
 * fetch is cancelled mid-request. The MSW suite's delayed replies behave as found here.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as wire from "../fixtures/migration/wire.js";
import { KEY, errorView, normalize, official, ours } from "./harness.js";

let server: Server;
let baseUrl: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    // /slow never answers within the tests' timeouts; the connection is closed in afterAll.
    if (request.url === "/v0/auth/me" && request.headers["x-slow"] !== "yes") {
      response.writeHead(200, { "content-type": "application/json", "x-request-id": "req_loop" }).end(JSON.stringify(wire.identity));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const settle = (call: Promise<unknown>) =>
  call.then(
    (result) => ({ result, error: undefined }),
    (error: unknown) => ({ result: undefined, error }),
  );
const slow = { headers: { "x-slow": "yes" }, maxRetries: 0 } as const;

describe("over a real loopback server", () => {
  test("a plain call gives equal results", async () => {
    const theirs = await new official.AgentMailClient({ apiKey: KEY, baseUrl }).auth.me().withRawResponse();
    const mine = await new ours.AgentMailClient({ apiKey: KEY, baseUrl }).auth.me().withRawResponse();
    expect(normalize(mine)).toEqual(normalize(theirs));
    expect(theirs.rawResponse.headers.get("x-request-id")).toBe("req_loop");
  });

  test("a timeout: ours an AgentMailTimeoutError as documented; 0.5.27 an AgentMailError whose message is the abort reason", async () => {
    const before = requests;
    const theirs = await settle(new official.AgentMailClient({ apiKey: KEY, baseUrl }).auth.me({ ...slow, timeoutInSeconds: 0.1 }));
    const mine = await settle(new ours.AgentMailClient({ apiKey: KEY, baseUrl }).auth.me({ ...slow, timeoutInSeconds: 0.1 }));
    expect(requests - before).toBe(2);
    expect(errorView(theirs.error, "official")).toMatchObject({ isAgentMailError: true, isTimeoutError: false, statusCode: undefined });
    expect((theirs.error as Error).message).toBe('"timeout"');
    expect(errorView(mine.error, "ours")).toMatchObject({ isAgentMailError: false, isTimeoutError: true, statusCode: undefined });
  });

  test("an abort in flight: an AgentMailError without a status on both", async () => {
    const abortAfter = (ms: number) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), ms);
      return controller.signal;
    };
    const theirs = await settle(new official.AgentMailClient({ apiKey: KEY, baseUrl }).auth.me({ ...slow, abortSignal: abortAfter(50) }));
    const mine = await settle(new ours.AgentMailClient({ apiKey: KEY, baseUrl }).auth.me({ ...slow, abortSignal: abortAfter(50) }));
    expect((theirs.error as Error).message).toBe("The user aborted a request");
    const view = (error: unknown, side: "official" | "ours") => {
      const { rawResponse: _placeholder, ...rest } = errorView(error, side);
      return rest;
    };
    // The official error's rawResponse is a stand-in (status 499, "Client Closed Request"); ours has none.
    expect(view(mine.error, "ours")).toEqual(view(theirs.error, "official"));
    expect(view(mine.error, "ours")).toMatchObject({ isAgentMailError: true, statusCode: undefined });
  });
});
