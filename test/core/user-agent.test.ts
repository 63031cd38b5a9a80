/** The User-Agent each client sends (a real server on 127.0.0.1 records it), appInfo, and where it is skipped. */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import { runtimeToken, userAgent, type AppInfo } from "../../src/core/user-agent.js";

const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version as string;
let server: Server;
let baseUrl: string;
let last: string | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    last = request.headers["user-agent"];
    response.writeHead(401, { "content-type": "application/json" }).end('{"message":"no"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Options = { baseUrl: string; maxRetries: number; appInfo?: AppInfo; headers?: Record<string, string> };
const vendors: Array<[string, (o: Options) => Promise<unknown>]> = [
  ["agentmail", (o) => new AgentMailClient({ apiKey: "am_x", ...o }).apiKeys.list()],
  ["communal", (o) => new CommunalClient({ apiKey: "k", ...o }).users.get(1)],
  ["callmissed", (o) => new CallMissedClient({ apiKey: "cm_x", ...o }).verifyKey()],
  ["comma", (o) => new CommaClient({ apiKey: "comma_sk_x", ...o }).reports.get("r")],
];

describe.each(vendors)("%s", (vendor, call) => {
  it("sends vendor-auth/<version> (<vendor>; node/<version>)", async () => {
    await call({ baseUrl, maxRetries: 0 }).catch(() => {});
    expect(last).toBe(`vendor-auth/${version} (${vendor}; node/${process.versions.node})`);
  });

  it("appends appInfo; a User-Agent in headers replaces ours", async () => {
    await call({ baseUrl, maxRetries: 0, appInfo: { name: "my-app", version: "1.2.0", url: "https://example.com" } }).catch(() => {});
    expect(last).toBe(`vendor-auth/${version} (${vendor}; node/${process.versions.node}) my-app/1.2.0 (https://example.com)`);
    await call({ baseUrl, maxRetries: 0, headers: { "User-Agent": "mine/1" } }).catch(() => {});
    expect(last).toBe("mine/1");
  });
});

describe("runtimes", () => {
  it("names Deno and Bun, and skips the header where none is known (browsers forbid it)", () => {
    expect(runtimeToken({ Deno: { version: { deno: "2.9.6" } } })).toBe("deno/2.9.6");
    expect(runtimeToken({ process: { versions: { node: "1.2.3", bun: "1.4.5" } } })).toBe("bun/1.4.5");
    expect(runtimeToken({})).toBeUndefined();
    expect(userAgent("Comma", { name: "x" }, {})).toBeUndefined();
  });

  it("refuses an appInfo name that would break the header", () => {
    expect(() => new AgentMailClient({ apiKey: "am_x", appInfo: { name: "my app\r\nx: y" } })).toThrow(TypeError);
  });
});
