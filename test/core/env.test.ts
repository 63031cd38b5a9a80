/**
 * Deno without `--allow-env` throws on every read of `process.env`. The clients read it for the key and
 * for `VENDOR_AUTH_LOG`; such a read must count as unset, not make the constructor throw.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { readEnv } from "../../src/core/env.js";

const denied = new Proxy({} as Record<string, string>, {
  get() {
    throw new Error('NotCapable: Requires env access to "VENDOR_AUTH_LOG", run again with the --allow-env flag');
  },
});

afterEach(() => vi.unstubAllGlobals());

describe("an environment that refuses to be read", () => {
  it("reads as unset", () => {
    vi.stubGlobal("process", { ...process, env: denied });
    expect(readEnv("VENDOR_AUTH_LOG")).toBeUndefined();
  });

  it("does not stop a client that is given its key", () => {
    vi.stubGlobal("process", { ...process, env: denied });
    expect(() => new AgentMailClient({ apiKey: "am_test_0123456789abcdef" })).not.toThrow();
  });

  it("still reads a variable that is there", () => {
    vi.stubGlobal("process", { ...process, env: { VENDOR_AUTH_LOG: " debug " } });
    expect(readEnv("VENDOR_AUTH_LOG")).toBe("debug");
  });
});
