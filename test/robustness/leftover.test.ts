/**
 * No leftover work: after a call settles (data, error, abort), nothing of ours keeps running. Each case
 * runs in a fresh Node process that makes one call with a 60 s timeout and must exit within 1 s of the
 * call settling, without calling process.exit.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers.js";

const runChild = (scenario: string) =>
  runScript<{ outcome: string; settledAt: number }>(join(import.meta.dirname, "leftover-child.ts"), [scenario], { killAfterMs: 30_000 });

describe("no timer or handle outlives a call", () => {
  it.each([
    ["refused", "ConnectionError"],
    ["error", "ServerError"],
    ["success", "data"],
    ["abort", "AbortError"],
  ])(
    "%s: the process exits within 1 s of the call settling (%s)",
    async (scenario, expected) => {
      const { result, code, exitedAt } = await runChild(scenario);
      expect(result.outcome).toBe(expected);
      expect(code).toBe(0);
      expect(exitedAt - result.settledAt).toBeLessThan(1000);
    },
    40_000,
  );
});
