/**
 * The hostile peer of the adversarial suite: real `node:http` (and raw TCP) servers on 127.0.0.1 with
 * ephemeral ports. Each records what reached it, so a test can assert what the SDK sent and what it did
 * not. `useServers()` closes every server a test started, with all its connections, after the test.
 */
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTcpServer, type Server, type Socket } from "node:net";
import { afterEach } from "vitest";

/** One request as the server saw it. */
export interface Seen {
  method: string;
  /** Path and query exactly as sent on the request line (not normalised). */
  target: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the request line arrived. */
  at: number;
}

/** Answers one request; `seen` is the request with its body read (bounded at 1 MB). */
export type Handler = (seen: Seen, response: ServerResponse, request: IncomingMessage) => void | Promise<void>;

/** A running HTTP server. */
export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request so far, in arrival order. */
  requests: Seen[];
  /** Replaces the handler. */
  handle(handler: Handler): void;
}

/** A running raw TCP server: `onRequest` gets the socket and the bytes of the request head. */
export interface RawLoopback {
  origin: string;
  /** How many connections were accepted. */
  connections(): number;
}

const MAX_RECORDED_BODY = 1 << 20;

/** Starts servers for one test file and closes them after each test. */
export function useServers() {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  /** Listens on an ephemeral port of 127.0.0.1, keeping each connection so the test's end can destroy it. */
  async function listen(server: Server, sockets: Set<Socket>): Promise<number> {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    );
    return (server.address() as { port: number }).port;
  }

  /** An HTTP server answering with `handler` (a 404 until one is set). */
  async function http(handler?: Handler): Promise<Loopback> {
    let current: Handler = handler ?? ((_, response) => void response.writeHead(404).end());
    const requests: Seen[] = [];
    const server = createHttpServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
      const at = performance.now();
      const chunks: Buffer[] = [];
      let size = 0;
      request.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_RECORDED_BODY) chunks.push(chunk);
      });
      request.on("end", () => {
        const seen: Seen = {
          method: request.method ?? "",
          target: request.url ?? "",
          headers: request.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          at,
        };
        requests.push(seen);
        Promise.resolve(current(seen, response, request)).catch((error: unknown) => {
          response.destroy(error as Error);
        });
      });
    });
    const sockets = new Set<Socket>();
    server.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    const port = await listen(server, sockets);
    return {
      origin: `http://127.0.0.1:${port}`,
      port,
      requests,
      handle: (next) => {
        current = next;
      },
    };
  }

  /** A TCP server that reads the request head and hands the socket to `onRequest` to answer as it likes. */
  async function raw(onRequest: (socket: Socket, head: string) => void): Promise<RawLoopback> {
    let accepted = 0;
    const sockets = new Set<Socket>();
    const server = createTcpServer((socket) => {
      accepted += 1;
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
      let head = "";
      let answered = false;
      socket.on("data", (chunk) => {
        head += chunk.toString("latin1");
        if (!answered && head.includes("\r\n\r\n")) {
          answered = true;
          onRequest(socket, head);
        }
      });
    });
    const port = await listen(server, sockets);
    return { origin: `http://127.0.0.1:${port}`, connections: () => accepted };
  }

  return { http, raw };
}

/** Sends a JSON answer. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** The settled outcome of a promise: its error, or `undefined` when it resolved. */
export function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Rejects when `promise` has not settled within `ms`, so a hang fails the test instead of stalling it. */
export function within<T>(ms: number, promise: Promise<T>, what = "the call"): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
