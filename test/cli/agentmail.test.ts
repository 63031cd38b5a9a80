import { beforeEach, describe, expect, test } from "vitest";
import { AgentMailClient, readOnlyPermissions } from "../../src/agentmail/index.js";
import { operations as agentMailOps } from "../../src/agentmail/generated/meta.js";
import type { AgentMailFake } from "../../src/testing/index.js";
import { occurrences, runCli, serveAgentMail, useCli, type RunOptions } from "./harness.js";

const cli = useCli();
let fake: AgentMailFake;
let admin: string;
let base: string;

beforeEach(() => {
  ({ base, fake, admin } = serveAgentMail(cli, { pods: [{ podId: "pod_1" }], inboxes: [{ inboxId: "ib_1", podId: "pod_1" }] }));
});

const am = (args: string[], options: RunOptions = {}) =>
  runCli(cli.file, ["agentmail", ...args, "--base-url", base], { ...options, env: { AGENTMAIL_API_KEY: admin, ...options.env } });
const stored = (id: string) => fake.state.apiKeys.get(id);

describe("agentmail keys create", () => {
  test("--json prints the created key as one JSON document; the permissions reach the wire in snake_case", async () => {
    const { code, stdout, stderr } = await am(["keys", "create", "--name", "ci", "--permissions", "inboxRead,message_read", "--json"]);
    expect(code).toBe(0);
    const created = JSON.parse(stdout);
    expect(created).toMatchObject({ name: "ci", permissions: { inboxRead: true, messageRead: true } });
    expect(created.apiKey).toMatch(/^am_/);
    expect(stored(created.apiKeyId)?.permissions).toEqual({ inbox_read: true, message_read: true });
    expect(stderr).not.toContain(created.apiKey);
  });

  test("the table shows the secret once, on stdout, and stderr says to store it", async () => {
    const { code, stdout, stderr } = await am(["keys", "create", "--name", "reader", "--preset", "read-only"]);
    expect(code).toBe(0);
    const key = [...fake.state.apiKeys.values()].find((k) => k.name === "reader")!;
    expect(occurrences(stdout + stderr, key.secret)).toBe(1);
    expect(stdout).toMatch(new RegExp(`secret\\s+${key.secret}`));
    expect(stderr).toContain("Store the secret now");
    expect(Object.keys(key.permissions!).length).toBe(Object.keys(readOnlyPermissions).length);
  });

  test("--pod and --inbox create at that scope", async () => {
    const pod = JSON.parse((await am(["keys", "create", "--name", "p", "--pod", "pod_1", "--json"])).stdout);
    const inbox = JSON.parse((await am(["keys", "create", "--name", "i", "--inbox", "ib_1", "--json"])).stdout);
    expect(stored(pod.apiKeyId)).toMatchObject({ podId: "pod_1", inboxId: undefined });
    expect(stored(inbox.apiKeyId)).toMatchObject({ inboxId: "ib_1" });
    expect((await am(["keys", "create", "--pod", "pod_1", "--inbox", "ib_1"])).code).toBe(2);
  });

  test("an unknown permission is a usage error with a suggestion, before any request", async () => {
    const { code, stdout, stderr } = await am(["keys", "create", "--name", "x", "--permissions", "inboxRead,inboxReed"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('unknown permission "inboxReed" (did you mean inboxRead?)');
    expect(cli.server.requests).toEqual([]);
  });

  test("an unknown preset and an empty list are usage errors", async () => {
    expect((await am(["keys", "create", "--preset", "read-onyl"])).stderr).toContain("did you mean read-only?");
    expect((await am(["keys", "create", "--permissions", ","])).code).toBe(2);
  });

  // Both outcomes are checked: --expires is sent as soon as the spec describes expires_at.
  test("--expires sends an expiry an hour ahead, or is refused while the spec has none", async () => {
    const before = Date.now();
    const { code, stdout, stderr } = await am(["keys", "create", "--name", "t", "--expires", "1h", "--json"]);
    if ("expires_at" in (agentMailOps.createApiKey.request?.properties ?? {})) {
      expect([code, stderr]).toEqual([0, ""]);
      const expiresAt = Date.parse(JSON.parse(stdout).expiresAt);
      expect(expiresAt).toBeGreaterThanOrEqual(before + 3_600_000 - 1000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1000);
    } else {
      expect([code, stderr]).toEqual([2, expect.stringContaining("expires_at")]);
      expect(cli.server.requests).toEqual([]);
    }
    for (const bad of ["0m", "soon", new Date(Date.now() - 60_000).toISOString()]) {
      expect((await am(["keys", "create", "--expires", bad])).code, bad).toBe(2);
    }
  });

  test("an API refusal exits 1 with the error's class, code and fix on stderr", async () => {
    const reader = fake.issueKey({ permissions: readOnlyPermissions });
    const { code, stdout, stderr } = await am(["keys", "create", "--name", "x"], { env: { AGENTMAIL_API_KEY: reader } });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("PermissionDeniedError");
    expect(stderr).toContain("missing_permission");
    expect(stderr).toContain("fix: Use a key that holds api_key_create.");
    expect(stderr).not.toContain(reader);
  });
});

describe("agentmail keys list / get / update / delete", () => {
  test("list fetches every page; --json is an array without secrets", async () => {
    const secrets = Array.from({ length: 12 }, (_, i) => fake.issueKey({ name: `k${i}` }));
    const { code, stdout } = await am(["keys", "list", "--json"]);
    expect(code).toBe(0);
    const keys = JSON.parse(stdout);
    expect(keys).toHaveLength(13);
    expect(keys[0]).toEqual(expect.objectContaining({ apiKeyId: expect.any(String), name: expect.any(String), createdAt: expect.any(String) }));
    expect(keys.some((k: object) => "apiKey" in k)).toBe(false);
    for (const secret of [admin, ...secrets]) expect(stdout).not.toContain(secret);
    expect(cli.server.requests.filter((r) => r === "GET /agentmail/v0/api-keys")).toHaveLength(2);
  });

  test("list prints a table by default, without colour when not on a terminal", async () => {
    fake.issueKey({ name: "reader", permissions: readOnlyPermissions });
    const { stdout } = await am(["keys", "list"]);
    expect(stdout.split("\n")[0]).toMatch(/^ID\s+NAME\s+TYPE\s+SCOPE\s+PERMISSIONS\s+CREATED$/);
    expect(stdout).toMatch(/reader\s+bearer\s+organization\s+15 granted/);
    expect(stdout).not.toContain("\x1b[");
  });

  test("list --pod shows that pod's keys; --type filters by credential type", async () => {
    fake.issueKey({ name: "pod key", scope: { type: "pod", podId: "pod_1" } });
    const pod = JSON.parse((await am(["keys", "list", "--pod", "pod_1", "--json"])).stdout);
    expect(pod.map((k: { name: string }) => k.name)).toEqual(["pod key"]);
    expect(JSON.parse((await am(["keys", "list", "--type", "public_key", "--json"])).stdout)).toEqual([]);
    expect(cli.server.urls).toContain("GET /agentmail/v0/api-keys?type=public_key");
    // The organization route lists every scope's credentials (AgentMail's 2026-09-05 changelog), the pod key too.
    expect(JSON.parse((await am(["keys", "list", "--type", "bearer", "--json"])).stdout)).toHaveLength(2);
    const bad = await am(["keys", "list", "--type", "jwt"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("--type must be bearer or public_key")]);
  });

  test("get shows one key; an unknown id exits 1", async () => {
    const id = [...fake.state.apiKeys.values()][0]!.apiKeyId;
    const { code, stdout } = await am(["keys", "get", id, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ apiKeyId: id, name: "admin" });
    const missing = await am(["keys", "get", "key_404"]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/no key key_404|NotFoundError/)]);
    expect((await am(["keys", "get"])).code).toBe(2);
  });

  // Both outcomes are checked: the command uses apiKeys.update as soon as the client has it.
  test("update renames a key and replaces its permissions, or says the client lacks the operation", async () => {
    const id = [...fake.state.apiKeys.values()][0]!.apiKeyId;
    const { code, stdout, stderr } = await am(["keys", "update", id, "--name", "renamed", "--permissions", "inboxRead", "--json"]);
    if ("update" in new AgentMailClient({ apiKey: admin }).apiKeys) {
      expect([code, JSON.parse(stdout)]).toEqual([0, expect.objectContaining({ apiKeyId: id, name: "renamed" })]);
      expect(stored(id)).toMatchObject({ name: "renamed", permissions: { inbox_read: true } });
    } else {
      expect([code, stderr]).toEqual([2, expect.stringContaining("update operation")]);
      expect(cli.server.requests).toEqual([]);
    }
    expect((await am(["keys", "update", id])).stderr).toContain("nothing to change");
    expect((await am(["keys", "update", id, "--permissions", "inboxReed"])).stderr).toContain("did you mean inboxRead?");
  });

  test("delete revokes the key; an unknown one is a NotFoundError (exit 1)", async () => {
    fake.issueKey({ name: "victim" });
    const victim = [...fake.state.apiKeys.values()].find((k) => k.name === "victim")!;
    const { code, stdout } = await am(["keys", "delete", victim.apiKeyId, "--json"]);
    expect([code, JSON.parse(stdout)]).toEqual([0, { deleted: victim.apiKeyId }]);
    expect(stored(victim.apiKeyId)).toBeUndefined();
    const again = await am(["keys", "delete", victim.apiKeyId]);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining("NotFoundError")]);
  });
});

describe("agentmail sign-up / verify / whoami", () => {
  test("sign-up needs no key and prints the new key once; verify takes the mailed code", async () => {
    const signUp = await runCli(cli.file, [
      "agentmail",
      "sign-up",
      "--human-email",
      "h@example.com",
      "--username",
      "bot",
      "--json",
      "--base-url",
      base,
    ]);
    expect(signUp.code).toBe(0);
    const result = JSON.parse(signUp.stdout);
    expect(result).toEqual({ organizationId: expect.any(String), inboxId: expect.any(String), apiKey: expect.stringMatching(/^am_/) });
    expect(occurrences(signUp.stdout + signUp.stderr, result.apiKey)).toBe(1);

    const otp = fake.lastOtp("h@example.com")!;
    const verify = await am(["verify", "--otp", otp, "--api-key", "-", "--json"], { stdin: `${result.apiKey}\n`, env: { AGENTMAIL_API_KEY: "" } });
    expect([verify.code, JSON.parse(verify.stdout)]).toEqual([0, { verified: true }]);
    expect(fake.state.organizations.get(result.organizationId)?.verified).toBe(true);
  });

  test("sign-up without its flags and verify with a malformed code are usage errors", async () => {
    expect((await am(["sign-up", "--username", "bot"])).code).toBe(2);
    const bad = await am(["verify", "--otp", "12ab"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("6-digit")]);
    expect(cli.server.requests).toEqual([]);
  });

  test("whoami shows the key's scope", async () => {
    const { code, stdout } = await am(["whoami", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ scopeType: "organization", organizationId: "org_1" });
    expect((await am(["whoami"])).stdout).toMatch(/scope\s+organization/);
  });
});
