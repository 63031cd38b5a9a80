import { describe, expect, test } from "vitest";
import { commaScopes, requiredScopes } from "../../src/comma/index.js";
import { resourceScopeValues, servicePermissionValues } from "../../src/callmissed/generated/meta.js";
import { noSpamPermissions } from "../../src/agentmail/index.js";
import { createCallMissedFake, createClock, createCommaFake, createCommunalFake } from "../../src/testing/index.js";
import { runCli, useCli } from "./harness.js";

const cli = useCli();

const run = (args: string[], env: Record<string, string> = {}) => runCli(cli.file, args, { env });

describe("communal", () => {
  const setup = () => {
    const base = `${cli.server.origin}/communal`;
    const fake = createCommunalFake({ baseUrl: base, seed: { users: [{ id: 7, email: "ada@example.com", firstName: "Ada" }] } });
    cli.server.use(...fake.handlers);
    return { base, fake };
  };

  test("check-key exits 0 for an accepted key and 1 for a rejected one", async () => {
    const { base, fake } = setup();
    const ok = await run(["communal", "check-key", "--json", "--base-url", base], { COMMUNAL_API_KEY: fake.issueKey({ userId: 7 }) });
    expect([ok.code, JSON.parse(ok.stdout)]).toEqual([0, { valid: true }]);
    const bad = await run(["communal", "check-key", "--base-url", base], { COMMUNAL_API_KEY: "not-a-key" });
    expect([bad.code, bad.stdout]).toEqual([1, "Communal rejected the key (401).\n"]);
    expect(bad.stderr).toContain("dashboard");
  });

  test("whoami --user reads the key's user; another user's record is a 403 (exit 1)", async () => {
    const { base, fake } = setup();
    const key = fake.issueKey({ userId: 7 });
    const me = await run(["communal", "whoami", "--user", "7", "--json", "--base-url", base], { COMMUNAL_API_KEY: key });
    expect([me.code, JSON.parse(me.stdout)]).toEqual([0, expect.objectContaining({ email: "ada@example.com" })]);
    const other = await run(["communal", "whoami", "--user", "8", "--base-url", base], { COMMUNAL_API_KEY: key });
    expect([other.code, other.stderr]).toEqual([1, expect.stringContaining("PermissionDeniedError")]);
    expect((await run(["communal", "whoami", "--user", "x"], { COMMUNAL_API_KEY: key })).code).toBe(2);
  });

  test("--api-version is sent and checked; a deprecated version warns on stderr", async () => {
    const base = `${cli.server.origin}/communal`;
    const clock = createClock();
    const sunset = new Date(clock.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const fake = createCommunalFake({ baseUrl: base, clock, versions: { deprecated: { "2026-02-01": sunset } } });
    cli.server.use(...fake.handlers);
    const key = fake.issueKey();
    const old = await run(["communal", "check-key", "--api-version", "2026-02-01", "--base-url", base], { COMMUNAL_API_KEY: key });
    expect(old.code).toBe(0);
    expect(old.stderr).toContain(`warning: Communal API version 2026-02-01 is deprecated (sunset ${sunset})`);
    const unknown = await run(["communal", "check-key", "--api-version", "1999-01-01", "--base-url", base], { COMMUNAL_API_KEY: key });
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining("Supported versions")]);
    expect((await run(["communal", "check-key", "--api-version", "latest"], { COMMUNAL_API_KEY: key })).code).toBe(2);
  });

  test("--help says there is no key API", async () => {
    expect((await run(["communal", "--help"])).stdout).toContain("no key-management API");
  });
});

describe("callmissed", () => {
  const setup = () => {
    const base = `${cli.server.origin}/callmissed`;
    const fake = createCallMissedFake({ baseUrl: base });
    cli.server.use(...fake.handlers);
    return { base, fake };
  };

  test("check-key: a known key is valid (even without key-management scope), an unknown one exits 1", async () => {
    const { base, fake } = setup();
    const scoped = await run(["callmissed", "check-key", "--json", "--base-url", base], {
      CALLMISSED_API_KEY: fake.issueKey({ scopes: ["bots:read"] }),
    });
    expect([scoped.code, JSON.parse(scoped.stdout)]).toEqual([0, { valid: true }]);
    const unknown = await run(["callmissed", "check-key", "--json", "--base-url", base], { CALLMISSED_API_KEY: "cm_unknown" });
    expect([unknown.code, JSON.parse(unknown.stdout)]).toEqual([1, { valid: false }]);
  });

  test("permissions lists every service permission and resource scope; --help says keys live in the console", async () => {
    const { code, stdout } = await run(["callmissed", "permissions", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      ...servicePermissionValues.map((name) => ({ kind: "permission", name })),
      ...resourceScopeValues.map((name) => ({ kind: "scope", name })),
    ]);
    expect((await run(["callmissed", "--help"])).stdout).toContain("manages keys in its console only");
  });
});

describe("comma", () => {
  test("whoami shows the token's plan caps and usage", async () => {
    const base = `${cli.server.origin}/comma/api/v1`;
    const fake = createCommaFake({ baseUrl: base });
    cli.server.use(...fake.handlers);
    const { code, stdout } = await run(["comma", "whoami", "--json", "--base-url", base], { COMMA_API_TOKEN: fake.issueToken() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ planCaps: { plan: "free" }, usage: { reports: 0 } });
    const expired = await run(["comma", "whoami", "--base-url", base], { COMMA_API_TOKEN: "comma_sk_unknown" });
    expect([expired.code, expired.stderr]).toEqual([1, expect.stringContaining("AuthenticationError")]);
  });

  test("scopes lists each operation's required scope from the spec, without a token", async () => {
    const { code, stdout } = await run(["comma", "scopes", "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(Object.keys(requiredScopes).length);
    expect(rows).toContainEqual({ operation: "updateSharing", method: "PUT", path: "/reports/{id}/share", scope: "sharing" });
    expect((await run(["comma", "scopes"])).stdout).toMatch(/updateSharing\s+PUT \/reports\/\{id\}\/share\s+sharing/);
  });
});

describe("permissions", () => {
  test("agentmail lists every flag with a description and its presets; --preset filters", async () => {
    const all = JSON.parse((await run(["permissions", "agentmail", "--json"])).stdout);
    // Every flag: the no-spam preset's 43 and the four sign-in flags it leaves out, as the vendor's does.
    const signIn = ["messageReply", "appConnect", "appShareOwner", "accountUpdate"];
    expect(all.map((p: { name: string }) => p.name).sort()).toEqual([...Object.keys(noSpamPermissions), ...signIn].sort());
    expect(all).toContainEqual({ name: "labelSpamRead", description: "Read messages labelled spam", presets: ["read-only"] });
    expect(all).toContainEqual({ name: "listEntryCreate", description: "Create list entries", presets: ["no-spam"] });
    const readOnly = JSON.parse((await run(["permissions", "agentmail", "--preset", "read-only", "--json"])).stdout);
    expect(readOnly.map((p: { name: string }) => p.name)).toContain("messageRead");
    expect(readOnly.every((p: { presets: string[] }) => p.presets.includes("read-only"))).toBe(true);
    expect((await run(["permissions", "agentmail", "--preset", "nope"])).code).toBe(2);
  });

  test("comma marks the default scopes; communal says keys have no permissions of their own", async () => {
    const comma = JSON.parse((await run(["permissions", "comma", "--json"])).stdout);
    expect(comma.map((s: { name: string }) => s.name)).toEqual([...commaScopes]);
    expect(comma.find((s: { name: string }) => s.name === "comments:read")).toMatchObject({ default: true, operations: ["listComments"] });
    const communal = await run(["permissions", "communal"]);
    expect([communal.code, communal.stdout]).toEqual([0, expect.stringContaining("no permission list")]);
  });
});
