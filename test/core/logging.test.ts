/**
 * Logging (logLevel, logger, VENDOR_AUTH_LOG) against a real server on 127.0.0.1 that echoes the key
 * back in its body, in a header and in a cookie: for every vendor, a 429 then a 401, and no log line or
 * detail may contain the key.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import { redactUrl, type Logger, type LogLevel } from "../../src/core/log.js";

let server: Server;
let baseUrl: string;
const seen = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const credential = request.headers.authorization ?? String(request.headers["x-api-key"] ?? "");
    const count = (seen.get(credential) ?? 0) + 1;
    seen.set(credential, count);
    const status = count === 1 ? 429 : 401;
    response.writeHead(status, {
      "content-type": "application/json",
      "retry-after": "0",
      "x-echo": credential,
      "set-cookie": `session=${credential}`,
      "x-request-id": "req_1",
    });
    response.end(JSON.stringify({ message: `you sent ${credential}`, error: `you sent ${credential}`, detail: credential }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A logger that keeps every call, level and arguments. */
function capture(): { logger: Logger; lines: Array<{ level: string; args: unknown[] }> } {
  const lines: Array<{ level: string; args: unknown[] }> = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push({ level, args });
  return { logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") }, lines };
}

const secret = (prefix: string): string => `${prefix}${crypto.randomUUID().replace(/-/g, "")}`;

const vendors: Array<{ name: string; prefix: string; call: (key: string, logLevel: LogLevel, logger: Logger) => Promise<unknown> }> = [
  { name: "AgentMail", prefix: "am_", call: (apiKey, logLevel, logger) => new AgentMailClient({ apiKey, baseUrl, logLevel, logger }).apiKeys.list() },
  { name: "Communal", prefix: "", call: (apiKey, logLevel, logger) => new CommunalClient({ apiKey, baseUrl, logLevel, logger }).users.get(1) },
  { name: "CallMissed", prefix: "cm_", call: (apiKey, logLevel, logger) => new CallMissedClient({ apiKey, baseUrl, logLevel, logger }).verifyKey() },
  {
    name: "Comma",
    prefix: "comma_sk_",
    call: (apiKey, logLevel, logger) => new CommaClient({ apiKey, baseUrl, logLevel, logger }).reports.get("rep_1"),
  },
];

describe.each(vendors)("$name at debug", ({ prefix, call }) => {
  it("logs each attempt and the retry, with the echoed key redacted everywhere", async () => {
    const key = secret(prefix);
    const { logger, lines } = capture();
    await call(key, "debug", logger).catch(() => {});
    const text = lines.map((line) => line.args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "));
    expect(text.some((t) => /^\[vendor-auth\] GET http:\/\/127\.0\.0\.1:\d+\/\S+ \(attempt 1 of 3\): 429 in \d+ ms/.test(t))).toBe(true);
    expect(text.some((t) => /retrying GET \S+ in 0 ms after 429 \(Retry-After\)/.test(t))).toBe(true);
    expect(text.some((t) => /\(attempt 2 of 3\): 401 in \d+ ms/.test(t))).toBe(true);
    expect(lines.map((line) => line.level)).toEqual(["debug", "info", "debug"]);
    const all = JSON.stringify(lines);
    expect(all).not.toContain(key);
    expect(all).not.toContain(key.slice(prefix.length));
    expect(all).toContain("[redacted]");
  });
});

describe("levels and the environment fallback", () => {
  it("info logs the retry only; off logs nothing", async () => {
    const info = capture();
    await vendors[0]!.call(secret("am_"), "info", info.logger).catch(() => {});
    expect(info.lines.map((l) => l.level)).toEqual(["info"]);
    const off = capture();
    await vendors[0]!.call(secret("am_"), "off", off.logger).catch(() => {});
    expect(off.lines).toEqual([]);
  });

  it("VENDOR_AUTH_LOG=debug applies when no logLevel is given; the option wins over it", async () => {
    const saved = process.env.VENDOR_AUTH_LOG;
    process.env.VENDOR_AUTH_LOG = "debug";
    try {
      const fromEnv = capture();
      await new AgentMailClient({ apiKey: secret("am_"), baseUrl, logger: fromEnv.logger }).apiKeys.list().catch(() => {});
      expect(fromEnv.lines.map((l) => l.level)).toEqual(["debug", "info", "debug"]);
      const option = capture();
      await new AgentMailClient({ apiKey: secret("am_"), baseUrl, logger: option.logger, logLevel: "warn" }).apiKeys.list().catch(() => {});
      expect(option.lines).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.VENDOR_AUTH_LOG;
      else process.env.VENDOR_AUTH_LOG = saved;
    }
  });

  it("an unknown logLevel is a TypeError naming the option", () => {
    expect(() => new AgentMailClient({ apiKey: "am_x", logLevel: "verbose" as LogLevel })).toThrow(
      /logLevel must be one of "off", "error", "warn", "info", "debug"/,
    );
  });

  it("secret-like query parameters are redacted, others kept", () => {
    expect(redactUrl("https://x.test/a?limit=5&api_key=s3&token=t&page_token=p&q=a")).toBe(
      "https://x.test/a?limit=5&api_key=[redacted]&token=[redacted]&page_token=[redacted]&q=a",
    );
  });
});
