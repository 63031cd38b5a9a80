/**
 * Runs the CLI the way a user does: built into one file (esbuild, the same entry tsup builds into
 * dist/cli.js), started as a child `node` process, talking over real HTTP to the vendor-auth/testing
 * fakes served on 127.0.0.1. A request no fake answers fails the test (as onUnhandledRequest: "error").
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { getResponse, type HttpHandler } from "msw";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createAgentMailFake, type AgentMailFake, type AgentMailFakeOptions } from "../../src/testing/index.js";

/** Builds src/cli/bin.ts into a temporary file; returns its path and a cleanup. */
export async function buildCli(): Promise<{ file: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "vendor-auth-cli-"));
  const file = join(dir, "cli.js");
  await build({
    entryPoints: ["src/cli/bin.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    logLevel: "silent",
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A loopback server in front of MSW handlers. */
export interface Loopback {
  origin: string;
  /** Requests no handler answered (each got a 501). */
  unhandled: string[];
  /** Every request as `METHOD /path`. */
  requests: string[];
  /** Every request as `METHOD /path?query`. */
  urls: string[];
  use(...handlers: HttpHandler[]): void;
  /**
   * Holds matching requests without answering; `arrived` resolves when the first one comes in (so a
   * test can press Ctrl-C while it is in flight).
   */
  stall(match: (method: string, path: string) => boolean): { arrived: Promise<void> };
  reset(): void;
  close(): Promise<void>;
}

/** Starts a {@link Loopback} on 127.0.0.1 and a free port. */
export async function startLoopback(): Promise<Loopback> {
  let handlers: HttpHandler[] = [];
  let stalls: Array<{ match: (m: string, p: string) => boolean; arrive: () => void }> = [];
  const unhandled: string[] = [];
  const requests: string[] = [];
  const urls: string[] = [];
  const held = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    requests.push(`${req.method} ${url.pathname}`);
    urls.push(`${req.method} ${url.pathname}${url.search}`);
    const stall = stalls.find((s) => s.match(req.method ?? "GET", url.pathname));
    if (stall) {
      held.add(res);
      stall.arrive();
      return;
    }
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(url, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
    const response = await getResponse(handlers, request);
    if (!response) {
      unhandled.push(`${req.method} ${url.pathname}`);
      res.writeHead(501).end();
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    unhandled,
    requests,
    urls,
    use: (...more) => {
      handlers = [...more, ...handlers];
    },
    stall(match) {
      let arrive!: () => void;
      const arrived = new Promise<void>((done) => (arrive = done));
      stalls.push({ match, arrive });
      return { arrived };
    },
    reset() {
      handlers = [];
      stalls = [];
      unhandled.length = 0;
      requests.length = 0;
      urls.length = 0;
      for (const res of held) res.destroy();
      held.clear();
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** What one CLI run gave. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  env?: Record<string, string>;
  stdin?: string;
  /** Sends `signal` (SIGINT by default) once this resolves. */
  interruptWhen?: Promise<void>;
  signal?: NodeJS.Signals;
}

const FAKETIME_VARS = ["LD_PRELOAD", "FAKETIME", "FAKETIME_SHARED", "FAKETIME_NO_CACHE", "DYLD_INSERT_LIBRARIES", "DYLD_FORCE_FLAT_NAMESPACE"];
const pick = (env: NodeJS.ProcessEnv, names: string[]) => Object.fromEntries(names.filter((n) => env[n] !== undefined).map((n) => [n, env[n]!]));

/** Runs `node <cli> ...args` with a clean environment (no key leaks in from the test process). */
export function runCli(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [file, ...args], {
      // faketime's variables pass through, so the CLI and the fakes it talks to share one clock under test:clock.
      env: { PATH: process.env.PATH ?? "", ...pick(process.env, FAKETIME_VARS), ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
    void options.interruptWhen?.then(() => child.kill(options.signal ?? "SIGINT"));
  });
}

/** How many times `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return needle ? haystack.split(needle).length - 1 : 0;
}

/** The built CLI and the loopback server of one test file. */
export interface CliEnv {
  readonly file: string;
  readonly server: Loopback;
}

/**
 * Registers what every CLI test file needs: the build and the server before the tests, a check that no
 * request went unanswered and a reset after each, and the clean-up at the end.
 */
export function useCli(): CliEnv {
  let built: Awaited<ReturnType<typeof buildCli>> | undefined;
  let server: Loopback | undefined;
  beforeAll(async () => {
    [built, server] = await Promise.all([buildCli(), startLoopback()]);
  });
  afterEach(() => {
    expect(server!.unhandled).toEqual([]);
    server!.reset();
  });
  afterAll(async () => {
    await server?.close();
    built?.remove();
  });
  return {
    get file() {
      return built!.file;
    },
    get server() {
      return server!;
    },
  };
}

/** A fresh AgentMail fake served at `base` (`<origin>/agentmail`) on the CLI's server, with an `admin` key. */
export function serveAgentMail(cli: CliEnv, seed?: AgentMailFakeOptions["seed"]): { base: string; fake: AgentMailFake; admin: string } {
  const base = `${cli.server.origin}/agentmail`;
  const fake = createAgentMailFake({ baseUrl: base, seed });
  cli.server.use(...fake.handlers);
  return { base, fake, admin: fake.issueKey({ name: "admin" }) };
}
