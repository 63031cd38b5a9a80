/**
 * `npm run test:runtimes [-- <runtime>...] [--no-build]`: builds the package, installs its packed tarball
 * as test/runtimes/node_modules/vendor-auth (what a user's install would hold), runs the scenario on each
 * runtime and prints a pass/fail matrix. Exits 1 when any runtime fails, is missing, or runs fewer checks.
 *
 * Runtimes: node20 (the Node running this script), node22, deno, bun (pinned in test/runtimes/package.json,
 * installed with `npm ci --prefix test/runtimes`) and chromium (vitest browser mode, vitest.browser.config.ts,
 * with the system's Chromium: /usr/bin/chromium or CHROMIUM_PATH).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const bin = (name) => join(here, "node_modules/.bin", name);
const tmp = mkdtempSync(join(tmpdir(), "vendor-auth-runtimes-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TIMEOUT_MS = 120_000;
const INSTALL_HINT = "run `npm ci --prefix test/runtimes`";

/** How to start each runtime on the scenario, and how to read its version. */
const runtimes = {
  node20: { command: [process.execPath, "main.mjs"], version: () => process.versions.node },
  node22: { command: [bin("node"), "main.mjs"], version: () => versionOf(bin("node"), "--version"), hint: INSTALL_HINT },
  deno: {
    command: [bin("deno"), "run", "--allow-net=127.0.0.1", "main.mjs"],
    env: { NO_COLOR: "1" },
    version: () => versionOf(bin("deno"), "--version"),
    hint: INSTALL_HINT,
  },
  bun: { command: [bin("bun"), "main.mjs"], version: () => versionOf(bin("bun"), "--version"), hint: INSTALL_HINT },
  chromium: {
    command: [
      join(repo, "node_modules/.bin/vitest"),
      "run",
      "--config",
      "vitest.browser.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${join(tmp, "chromium.json")}`,
    ],
    cwd: repo,
    env: { CHROMIUM_PATH: chromiumPath },
    executable: chromiumPath,
    version: () => versionOf(chromiumPath, "--version"),
    hint: "install Debian's chromium (`apt-get install -y chromium`) or set CHROMIUM_PATH",
    counts: () => {
      const report = JSON.parse(readFileSync(join(tmp, "chromium.json"), "utf8"));
      return { passed: report.numPassedTests, failed: report.numTotalTests - report.numPassedTests };
    },
    precheck: () => {
      const ours = readFileSync(join(here, "public/mockServiceWorker.js"), "utf8");
      const installed = readFileSync(join(repo, "node_modules/msw/lib/mockServiceWorker.js"), "utf8");
      if (ours !== installed) {
        return "test/runtimes/public/mockServiceWorker.js is not the installed msw's: run `npx msw init test/runtimes/public --no-save`";
      }
      return undefined;
    },
  },
};

/** The first version number `command ...args` prints. */
function versionOf(command, ...args) {
  const { stdout } = spawnSync(command, args, { encoding: "utf8" });
  return /\d+(?:\.\d+)+/.exec(stdout ?? "")?.[0] ?? "?";
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repo, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result;
}

/** Packs the package as npm would publish it and unpacks it where every runtime's resolver finds it. */
function installPackedPackage() {
  if (!existsSync(join(repo, "dist/index.js"))) {
    console.error("dist/ is missing: run `npm run build` (or drop --no-build)");
    process.exit(1);
  }
  const packed = sh("npm", ["pack", "--json", "--pack-destination", tmp], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  const [{ filename }] = JSON.parse(packed.stdout);
  const target = join(here, "node_modules/vendor-auth");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  sh("tar", ["-xzf", join(tmp, filename), "-C", target, "--strip-components=1"]);
}

/** Runs one runtime; resolves with its output, exit code and duration. */
function run(name, runtime) {
  const [command, ...args] = runtime.command;
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: runtime.cwd ?? here,
      env: { ...process.env, ...runtime.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n${name}: killed after ${TIMEOUT_MS / 1000} s\n`;
      process.kill(-child.pid, "SIGKILL");
    }, TIMEOUT_MS);
    child.on("error", (error) => (output += `\n${error.message}\n`));
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ output, code, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** `N passed, N failed` alone on a line, as harness.mjs prints it. */
function countsFromOutput(output) {
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
  const last = lines.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

const args = process.argv.slice(2);
const selected = args.filter((arg) => !arg.startsWith("--"));
for (const name of selected) {
  if (!(name in runtimes)) {
    console.error(`unknown runtime ${name}; choose from ${Object.keys(runtimes).join(", ")}`);
    process.exit(2);
  }
}
const names = selected.length ? selected : Object.keys(runtimes);

if (!args.includes("--no-build")) sh("npm", ["run", "build"]);
installPackedPackage();
const { createChecks } = await import("./scenario.mjs");
const expected = createChecks({ baseUrl: () => undefined, serve() {} }).length;

const rows = [];
for (const name of names) {
  const runtime = runtimes[name];
  const executable = runtime.executable ?? runtime.command[0];
  const row = { name, version: "-", checks: expected, passed: 0, failed: expected, seconds: 0, status: "FAIL", note: "" };
  rows.push(row);
  console.log(`\n=== ${name} ===`);
  if (!existsSync(executable)) {
    row.status = "MISSING";
    row.note = `${executable} not found: ${runtime.hint}`;
    console.log(row.note);
    continue;
  }
  row.version = runtime.version();
  if (name === "node20" && !row.version.startsWith("20.")) row.note = `the Node running run.mjs is ${row.version}; `;
  const problem = runtime.precheck?.();
  if (problem) {
    row.note += problem;
    console.log(problem);
    continue;
  }
  const { output, code, seconds } = await run(name, runtime);
  process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  row.seconds = seconds;
  let counts;
  try {
    counts = runtime.counts ? runtime.counts() : countsFromOutput(output);
  } catch (error) {
    row.note += `no result: ${error.message}`;
  }
  if (counts) Object.assign(row, counts);
  if (code === 0 && counts && counts.passed === expected && counts.failed === 0) row.status = "pass";
  else if (counts && counts.failed === 0 && code === 0) row.note += `ran ${counts.passed} of ${expected} checks`;
  else row.note += counts ? `exit ${code}` : `exit ${code}, no result line`;
}

const table = [["runtime", "version", "result", "passed", "failed", "seconds", "note"]].concat(
  rows.map((r) => [r.name, r.version, r.status, String(r.passed), String(r.failed), r.seconds.toFixed(1), r.note.replace(/; $/, "")]),
);
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`\nScenario matrix (${expected} checks per runtime)`);
for (const row of table)
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd(),
  );
const passed = rows.reduce((sum, r) => sum + r.passed, 0);
const failed = rows.reduce((sum, r) => sum + (r.status === "pass" ? 0 : Math.max(r.failed, r.checks - r.passed)), 0);
console.log(`runtimes: ${passed} passed, ${failed} failed`);
process.exitCode = rows.every((r) => r.status === "pass") ? 0 : 1;
