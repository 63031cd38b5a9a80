/**
 * Growth an attacker can drive from outside: every distinct key in a response, every distinct token a
 * process ever limits. Caches and registries must be bounded or forget what is idle. Each scenario runs
 * in a fresh Node process with --expose-gc (see growth-child.ts) so the heap is measured after a full GC.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function run(scenario: string): Promise<{ growth: number; units: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", join(import.meta.dirname, "growth-child.ts"), scenario], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(killer);
      const line = stdout.trim().split("\n").pop();
      if (!line) return reject(new Error(`child printed nothing (exit ${code}): ${stderr}`));
      resolve(JSON.parse(line) as { growth: number; units: number });
    });
  });
}

describe("nothing grows with what a server or a caller can vary", () => {
  it("100,000 more distinct response keys after 100,000: the heap grows by less than 4 B per key", async () => {
    const { growth, units } = await run("keys");
    expect(units).toBe(100_000);
    expect(growth / units).toBeLessThan(4);
  }, 60_000);

  it("50,000 Comma clients with distinct tokens, dropped: the limiter registry keeps less than 16 B per token", async () => {
    const { growth, units } = await run("tokens");
    expect(units).toBe(50_000);
    expect(growth / units).toBeLessThan(16);
  }, 60_000);
});
