import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Command } from "../../src/cli/command.js";
import { Context } from "../../src/cli/context.js";
import { root, run as runInProcess } from "../../src/cli/main.js";
import { getResponse } from "msw";
import type { AgentMailFake } from "../../src/testing/index.js";
import { occurrences, runCli, serveAgentMail, useCli, type RunOptions } from "./harness.js";

const cli = useCli();
let fake: AgentMailFake;
let key: string;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vendor-auth-keys-"));
});
beforeEach(() => {
  ({ base, fake, admin: key } = serveAgentMail(cli));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], options: RunOptions = {}) => runCli(cli.file, args, options);
const list = (extra: string[] = [], options: RunOptions = {}) =>
  run(["agentmail", "keys", "list", "--base-url", base, ...extra], { ...options, env: { AGENTMAIL_API_KEY: key, ...options.env } });

function commandPaths(command: Command, path: string[] = []): string[][] {
  const here = [...path, command.name];
  return [here, ...(command.commands ?? []).flatMap((c) => commandPaths(c, here))];
}

describe("help and usage errors", () => {
  test("--help works at every level, with examples", async () => {
    const paths = commandPaths(root);
    expect(paths.length).toBeGreaterThan(20);
    const results = await Promise.all(paths.map((path) => run([...path.slice(1), "--help"])));
    results.forEach((result, i) => {
      const path = paths[i]!;
      expect(result.code, path.join(" ")).toBe(0);
      expect(result.stdout.startsWith(`Usage: ${path.join(" ")}`), path.join(" ")).toBe(true);
      expect(result.stdout).toContain("--base-url URL");
      expect(result.stdout, path.join(" ")).toContain("Examples:");
    });
  });

  test("no command prints the help on stderr and exits 2", async () => {
    const { code, stdout, stderr } = await run([]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain("Usage: vendor-auth <command>");
    expect(stderr).toContain("missing command");
  });

  test("unknown commands and flags exit 2 with a suggestion", async () => {
    const command = await run(["agentmial", "keys"]);
    expect([command.code, command.stderr]).toEqual([2, expect.stringContaining('unknown command "agentmial" (did you mean agentmail?)')]);
    const flag = await run(["agentmail", "keys", "list", "--jsno"]);
    expect([flag.code, flag.stderr]).toEqual([2, expect.stringContaining("unknown flag --jsno (did you mean --json?)")]);
    expect((await run(["agentmail", "keys", "create", "--name"])).stderr).toContain("--name needs a value");
    expect((await run(["agentmail", "keys", "list", "--json=yes"])).stderr).toContain("--json takes no value");
    expect((await run(["agentmail", "keys", "delete", "a", "b"])).stderr).toContain('unexpected argument "b"');
    expect(cli.server.requests).toEqual([]);
  });

  test("global flags are checked like the clients' options", async () => {
    const cases: Array<[string[], string]> = [
      [["--timeout", "abc"], "--timeout must be a number"],
      [["--timeout", "0"], "--timeout must be a number"],
      [["--max-retries", "1.5"], "--max-retries must be a whole number from 0 to 10"],
      [["--max-retries", "11"], "--max-retries must be a whole number"],
      [["--base-url", "not a url"], "--base-url must be an absolute http(s) URL"],
      [["--base-url", "ftp://example.com"], "--base-url must use http or https"],
      [["--base-url", "https://user:pw@example.com"], "must not contain a user name or password"],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr } = await run(["agentmail", "whoami", ...flags], { env: { AGENTMAIL_API_KEY: key } });
      expect([code, stderr], flags.join(" ")).toEqual([2, expect.stringContaining(message)]);
    }
  });
});

describe("credentials", () => {
  test("no key exits 2 naming the environment variable and the flags", async () => {
    const { code, stderr } = await run(["agentmail", "whoami", "--base-url", base]);
    expect(code).toBe(2);
    expect(stderr).toContain("Set AGENTMAIL_API_KEY, or pass --api-key-file PATH, or pipe it to --api-key -");
  });

  test("--api-key-file reads the first line; a missing file exits 2", async () => {
    const file = join(dir, "key");
    writeFileSync(file, `${key}\nignored\n`);
    chmodSync(file, 0o600);
    const ok = await list(["--api-key-file", file, "--json"], { env: { AGENTMAIL_API_KEY: "" } });
    expect([ok.code, ok.stderr]).toEqual([0, ""]);
    const missing = await list(["--api-key-file", join(dir, "nope")]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("no such file")]);
    expect((await list(["--api-key-file", dir])).stderr).toContain("is not a file");
  });

  test("a key file other users can read works with a warning", async () => {
    const file = join(dir, "open-key");
    writeFileSync(file, key);
    chmodSync(file, 0o644);
    const { code, stderr } = await list(["--api-key-file", file]);
    expect(code).toBe(0);
    expect(stderr).toContain("chmod 600");
  });

  test("--api-key - reads stdin; an empty stdin exits 2", async () => {
    const ok = await list(["--api-key", "-", "--json"], { stdin: `${key}\n`, env: { AGENTMAIL_API_KEY: "" } });
    expect(ok.code).toBe(0);
    const empty = await list(["--api-key", "-"], { stdin: "", env: { AGENTMAIL_API_KEY: "" } });
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining("from stdin is empty")]);
  });

  test("--api-key VALUE works but warns, and the key never reaches stderr", async () => {
    const { code, stderr } = await list(["--api-key", key], { env: { AGENTMAIL_API_KEY: "" } });
    expect(code).toBe(0);
    expect(stderr).toContain("visible to other users");
    expect(stderr).not.toContain(key);
    expect((await list(["--api-key", key, "--api-key-file", "x"])).code).toBe(2);
  });

  test("another vendor's key exits 2 without repeating it", async () => {
    const { code, stderr } = await list([], { env: { AGENTMAIL_API_KEY: "cm_live_secret_value" } });
    expect(code).toBe(2);
    expect(stderr).toContain("looks like a CallMissed key");
    expect(stderr).not.toContain("cm_live_secret_value");
  });
});

describe("network, timeouts, interrupts and output", () => {
  test("a refused connection exits 3", async () => {
    const { code, stderr } = await run(["agentmail", "whoami", "--base-url", "http://127.0.0.1:1", "--max-retries", "0"], {
      env: { AGENTMAIL_API_KEY: key },
    });
    expect([code, stderr]).toEqual([3, expect.stringContaining("ConnectionError")]);
  });

  test("an attempt past --timeout exits 3", async () => {
    cli.server.stall(() => true);
    const { code, stderr } = await list(["--timeout", "0.2", "--max-retries", "0"]);
    expect([code, stderr]).toEqual([3, expect.stringContaining("TimeoutError")]);
  });

  test("Ctrl-C aborts the request in flight and exits 130", async () => {
    const { arrived } = cli.server.stall(() => true);
    const { code, stdout, stderr } = await list([], { interruptWhen: arrived });
    expect([code, stdout]).toEqual([130, ""]);
    expect(stderr).toContain("Interrupted");
  });

  test("SIGTERM (a cancelled CI job) aborts the same way and exits 143", async () => {
    const { arrived } = cli.server.stall(() => true);
    const { code, stderr } = await list([], { interruptWhen: arrived, signal: "SIGTERM" });
    expect(code).toBe(143);
    expect(stderr).toContain("Interrupted");
  });

  test("--json errors are one JSON line on stderr and nothing on stdout", async () => {
    const { code, stdout, stderr } = await list(["--json"], { env: { AGENTMAIL_API_KEY: "am_unknown" } });
    expect([code, stdout]).toEqual([1, ""]);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      error: expect.objectContaining({ class: "AuthenticationError", status: 401, code: "unknown_api_key", exitCode: 1 }),
    });
  });

  test("--verbose logs method, URL and status on stderr, never the key or a new secret", async () => {
    const { code, stdout, stderr } = await run(["agentmail", "keys", "create", "--name", "v", "--verbose", "--base-url", base], {
      env: { AGENTMAIL_API_KEY: key },
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`POST ${base}/v0/api-keys -> 200 \\(\\d+ ms\\)`));
    const secret = [...fake.state.apiKeys.values()].find((k) => k.name === "v")!.secret;
    expect(stderr).not.toContain(key);
    expect(occurrences(stdout + stderr, secret)).toBe(1);
  });

  test("on a terminal, a long listing reports progress per page on stderr (run in-process on the fake)", async () => {
    for (let i = 0; i < 12; i++) fake.issueKey({ name: `k${i}` });
    let out = "";
    let err = "";
    const code = await runInProcess(["agentmail", "keys", "list", "--base-url", base], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t), isTTY: true },
      stdin: (async function* () {})(),
      env: { AGENTMAIL_API_KEY: key },
      signal: new AbortController().signal,
      fetch: async (input, init) => (await getResponse(fake.handlers, new Request(input, init))) ?? new Response(null, { status: 501 }),
    });
    expect(code).toBe(0);
    expect(err).toBe("fetched 10 keys...\n");
    expect(out.trim().split("\n")).toHaveLength(14);
  });

  test("tables are coloured only on a terminal and never with NO_COLOR", () => {
    const io = (isTTY: boolean, env: Record<string, string> = {}) => ({
      stdout: { write: () => true, isTTY },
      stderr: { write: () => true },
      stdin: (async function* () {})(),
      env,
      signal: new AbortController().signal,
    });
    const rows = [{ id: "k1" }];
    const table = (ctx: Context) => ctx.table(rows, [["ID", (r) => r.id]]);
    expect(table(new Context(io(true), {}))).toContain("\x1b[1m");
    expect(table(new Context(io(false), {}))).not.toContain("\x1b[");
    expect(table(new Context(io(true, { NO_COLOR: "1" }), {}))).not.toContain("\x1b[");
  });
});

describe("completion and packaging", () => {
  test("completion scripts call back into the CLI, which completes commands, flags and permission lists", async () => {
    for (const shell of ["bash", "zsh", "fish"]) expect((await run(["completion", shell])).stdout).toContain("vendor-auth __complete");
    expect((await run(["completion", "tcsh"])).code).toBe(2);
    const complete = async (...words: string[]) => (await run(["__complete", ...words])).stdout.trim().split("\n");
    expect(await complete("agentmail", "keys", "r")).toEqual(["rotate"]);
    expect(await complete("agentmail", "keys", "create", "--na")).toEqual(["--name"]);
    expect(await complete("agentmail", "keys", "create", "--permissions", "inboxRead,messageS")).toEqual(["inboxRead,messageSend"]);
    expect(await complete("permissions", "agentmail", "--preset", "")).toEqual(["read-only", "no-spam"]);
  });

  test("the README shows the real --help output", async () => {
    const readme = readFileSync("README.md", "utf8");
    const shown = /`npx vendor-auth --help`:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe((await run(["--help"])).stdout);
  });

  test("the package's bin is the tsup build of the entry these tests bundle", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.bin).toEqual({ "vendor-auth": "./dist/cli.js" });
    expect(readFileSync("tsup.config.ts", "utf8")).toContain('cli: "src/cli/bin.ts"');
    expect(readFileSync("src/cli/bin.ts", "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
