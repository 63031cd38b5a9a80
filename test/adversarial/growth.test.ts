/**
 * Growth an attacker can drive from outside: every distinct key in a response, every distinct token a
 * process ever limits. Caches and registries must be bounded or forget what is idle. Each scenario runs
 * in a fresh Node process with --expose-gc (see growth-child.ts) so the heap is measured after a full GC.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers.js";

async function run(scenario: string): Promise<{ growth: number; units: number }> {
  const script = join(import.meta.dirname, "growth-child.ts");
  return (await runScript<{ growth: number; units: number }>(script, [scenario], { flags: ["--expose-gc"], killAfterMs: 50_000 })).result;
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
