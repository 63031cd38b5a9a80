/**
 * No leftover work: after a call settles (data, error, abort), nothing of ours keeps running. Each case
 * runs in a fresh Node process that makes one call with a 60 s timeout and must exit within 1 s of the
 * call settling, without calling process.exit.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function runChild(scenario: string): Promise<{ outcome: string; settledAt: number; exitedAt: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "leftover-child.ts"), scenario], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      const exitedAt = Date.now();
      clearTimeout(killer);
      const line = stdout.trim().split("\n").pop();
      if (!line) return reject(new Error(`child printed nothing (exit ${code}): ${stderr}`));
      resolve({ ...(JSON.parse(line) as { outcome: string; settledAt: number }), exitedAt, code });
    });
  });
}

describe("no timer or handle outlives a call", () => {
  it.each([
    ["refused", "ConnectionError"],
    ["error", "ServerError"],
    ["success", "data"],
    ["abort", "AbortError"],
  ])("%s: the process exits within 1 s of the call settling (%s)", async (scenario, expected) => {
    const result = await runChild(scenario);
    expect(result.outcome).toBe(expected);
    expect(result.code).toBe(0);
    expect(result.exitedAt - result.settledAt).toBeLessThan(1000);
  }, 40_000);
});
