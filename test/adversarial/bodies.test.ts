/**
 * Bodies meant to exhaust memory: an endless stream, a gzip bomb (small on the wire, huge inflated), a
 * body larger than `maxResponseBytes`, on success and on error statuses. Also the framing lies a peer can
 * tell: a Content-Length longer than the body, a huge header block, an unsolicited 1xx, an HTTP/2 status
 * line on an HTTP/1.1 connection. Each must end in our typed error, quickly, after reading a bounded amount.
 */
import { gzipSync, brotliCompressSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ConnectionError, VendorAuthError } from "../../src/agentmail/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";
import { optionsFor, vendors } from "./vendors.js";

const { http, raw } = useServers();
const MB = 1 << 20;

/** A server that streams `chunk` until the client goes away or `limit` bytes are out; reports what it wrote. */
async function endless(status: number, limit = 48 * MB) {
  let written = 0;
  const api = await http((_, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    response.write("[");
    const pump = (): void => {
      while (written < limit) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once("drain", pump);
      }
      response.end("]");
    };
    response.on("close", () => (written = Math.min(written, limit)));
    pump();
  });
  return { api, written: () => written };
}

/** Compressed bodies inflating to `inflated` bytes of JSON whitespace. */
const bombs = (inflated: number) => {
  const plain = Buffer.alloc(inflated, 0x20);
  plain[0] = 0x5b; // "["
  plain[inflated - 1] = 0x5d; // "]"
  return [
    ["gzip", gzipSync(plain, { level: 9 })],
    ["deflate", deflateSync(plain, { level: 9 })],
    ["br", brotliCompressSync(plain)],
  ] as const;
};

describe.each(vendors)("$name: bodies larger than any answer of this API", (vendor) => {
  it.each([200, 500])(
    "an endless %i body ends in a typed error after a bounded read",
    async (status) => {
      const { api, written } = await endless(status);
      const started = performance.now();
      const error = await within(15_000, outcome(vendor.read(optionsFor(vendor, api.origin, { timeoutMs: 30_000 }))));
      expect(error).toBeInstanceOf(VendorAuthError);
      expect((error as Error).message).toMatch(/maxResponseBytes|too large/i);
      expect(written()).toBeLessThan(32 * MB);
      expect(performance.now() - started).toBeLessThan(10_000);
    },
    20_000,
  );

  it("maxResponseBytes is exact: a body of that size is read, one byte more is refused", async () => {
    const body = JSON.stringify(vendor.readBody);
    const api = await http((_, response) => sendJson(response, 200, vendor.readBody));
    await expect(vendor.read(optionsFor(vendor, api.origin, { maxResponseBytes: body.length }))).resolves.toBeDefined();
    const error = await outcome(vendor.read(optionsFor(vendor, api.origin, { maxResponseBytes: body.length - 1 })));
    expect(error).toBeInstanceOf(VendorAuthError);
    expect((error as Error).message).toMatch(/maxResponseBytes/);
  });
});

describe("compression bombs are counted on the inflated bytes", () => {
  const vendor = vendors[0]!;
  it.each(bombs(64 * MB))(
    "a %s body inflating to 64 MB ends in a typed error without inflating it all",
    async (encoding, compressed) => {
      const api = await http((_, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-encoding": encoding, "content-length": String(compressed.length) });
        response.end(compressed);
      });
      const before = process.memoryUsage().rss;
      const error = await within(15_000, outcome(vendor.read(optionsFor(vendor, api.origin, { timeoutMs: 30_000 }))));
      expect(error).toBeInstanceOf(VendorAuthError);
      expect((error as Error).message).toMatch(/maxResponseBytes|too large/i);
      expect(process.memoryUsage().rss - before).toBeLessThan(48 * MB);
    },
    20_000,
  );

  it("a small compressed body within the cap is read normally", async () => {
    const api = await http((_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(gzipSync(JSON.stringify(vendor.readBody)));
    });
    await expect(vendor.read(optionsFor(vendor, api.origin, { maxResponseBytes: 1024 }))).resolves.toBeDefined();
  });
});

describe.each(vendors)("$name: framing a peer lies about", (vendor) => {
  it("a Content-Length longer than the body, then the connection closes: ConnectionError", async () => {
    const peer = await raw((socket) => {
      socket.end('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"count":');
    });
    expect(await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin))))).toBeInstanceOf(ConnectionError);
  });

  it("a 1 MB header block: ConnectionError, not a crash", async () => {
    const peer = await raw((socket) => {
      socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n");
      socket.write(`x-huge: ${"a".repeat(MB)}\r\n`);
      socket.end('\r\n{"count":0,"api_keys":[]}');
    });
    expect(await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin))))).toBeInstanceOf(ConnectionError);
  });

  it("an HTTP/2 status line on an HTTP/1.1 connection: ConnectionError", async () => {
    const peer = await raw((socket) => socket.end("HTTP/2 200\r\ncontent-length: 2\r\n\r\n{}"));
    expect(await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin))))).toBeInstanceOf(ConnectionError);
  });

  it("a 103 Early Hints before the real answer is skipped", async () => {
    const body = JSON.stringify(vendor.readBody);
    const peer = await raw((socket) => {
      socket.write("HTTP/1.1 103 Early Hints\r\nlink: </x>; rel=preload\r\n\r\n");
      socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
    });
    await expect(within(5_000, vendor.read(optionsFor(vendor, peer.origin)))).resolves.toBeDefined();
  });

  it("an unsolicited 101 Switching Protocols: our error, not a hang", async () => {
    const peer = await raw((socket) => socket.write("HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n"));
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin, { timeoutMs: 1_000 }))));
    expect(error).toBeInstanceOf(VendorAuthError);
  });

  it("a status outside 100-599: our error", async () => {
    const peer = await raw((socket) => socket.end("HTTP/1.1 999 Odd\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}"));
    const error = await within(5_000, outcome(vendor.read(optionsFor(vendor, peer.origin))));
    expect(error).toBeInstanceOf(VendorAuthError);
  });
});
