/**
 * `vendor-auth/testing` without its peer `msw`: both builds must fail with an error naming the peer and
 * the install command, not a bare "Cannot find module 'msw'". The entry is bundled with the same plugin
 * tsup uses, into a temporary directory outside the repo, so `msw` cannot resolve from there.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mswPeerPlugin } from "../../scripts/msw-peer.js";

const root = join(import.meta.dirname, "..", "..");
let dir: string;

/** Loads `file` in a fresh node in `cwd`; returns "loaded …" or "failed: <message>". */
function run(cwd: string, file: string, format: "esm" | "cjs"): string {
  const load = format === "esm" ? `import(${JSON.stringify(file)})` : `Promise.resolve().then(() => require(${JSON.stringify(file)}))`;
  const code = `${load}.then((m) => console.log("loaded " + typeof m.createAgentMailFake), (e) => console.log("failed: " + e.message))`;
  return execFileSync(process.execPath, ["-e", code], { cwd, encoding: "utf8" }).trim();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vendor-auth-no-msw-"));
  for (const format of ["esm", "cjs"] as const) {
    await build({
      entryPoints: [join(root, "src/testing/index.ts")],
      outfile: join(dir, format === "esm" ? "testing.mjs" : "testing.cjs"),
      bundle: true,
      format,
      platform: "node",
      target: "es2022",
      external: ["msw"],
      plugins: [mswPeerPlugin],
      logLevel: "silent",
    });
  }
  // A sibling directory where msw does resolve: the same bundles must load there.
  mkdirSync(join(dir, "with-msw", "node_modules"), { recursive: true });
  symlinkSync(join(root, "node_modules", "msw"), join(dir, "with-msw", "node_modules", "msw"));
  // Copies, not links: Node resolves a linked file from its real location.
  for (const file of ["testing.mjs", "testing.cjs"]) copyFileSync(join(dir, file), join(dir, "with-msw", file));
  writeFileSync(join(dir, "package.json"), "{}");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(["esm", "cjs"] as const)("vendor-auth/testing (%s) without msw", (format) => {
  const file = `./testing.${format === "esm" ? "mjs" : "cjs"}`;

  it("fails naming the missing peer and how to install it", () => {
    const out = run(dir, file, format);
    expect(out).toMatch(/^failed: vendor-auth\/testing needs its peer dependency msw/);
    expect(out).toContain("npm install --save-dev msw");
  });

  it("loads when msw is installed", () => {
    expect(run(join(dir, "with-msw"), file, format)).toBe("loaded function");
  });
});
