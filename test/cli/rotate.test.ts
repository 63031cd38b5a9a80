import { beforeEach, describe, expect, test } from "vitest";
import type { AgentMailFake } from "../../src/testing/index.js";
import { occurrences, runCli, serveAgentMail, useCli, type RunOptions } from "./harness.js";

const cli = useCli();
let fake: AgentMailFake;
let admin: string;
let base: string;
let oldId: string;

beforeEach(() => {
  ({ base, fake, admin } = serveAgentMail(cli, { pods: [{ podId: "pod_1" }] }));
  fake.issueKey({ name: "ci", permissions: { inboxRead: true, messageRead: true } });
  oldId = keyNamed("ci")[0]!.apiKeyId;
});

const rotate = (args: string[], options: RunOptions = {}) =>
  runCli(cli.file, ["agentmail", "keys", "rotate", ...args, "--base-url", base, "--max-retries", "0"], {
    ...options,
    env: { AGENTMAIL_API_KEY: admin },
  });
const keyNamed = (name: string) => [...fake.state.apiKeys.values()].filter((k) => k.name === name);

describe("agentmail keys rotate", () => {
  test("creates a key with the same name and permissions, checks it, deletes the old one", async () => {
    const { code, stdout, stderr } = await rotate([oldId, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ rotated: true, oldApiKeyId: oldId, oldDeleted: true, newKeyChecked: true, newKey: { name: "ci" } });
    const [fresh] = keyNamed("ci");
    expect(keyNamed("ci")).toHaveLength(1);
    expect(fresh).toMatchObject({ apiKeyId: result.newKey.apiKeyId, permissions: { inbox_read: true, message_read: true } });
    expect(occurrences(stdout + stderr, fresh!.secret)).toBe(1);
    // The check ran with the new key, before the old one went.
    expect(cli.server.requests.slice(-2)).toEqual(["GET /agentmail/v0/auth/me", `DELETE /agentmail/v0/api-keys/${oldId}`]);
  });

  test("a pod key is replaced at its pod, never wider", async () => {
    fake.issueKey({ name: "pod ci", scope: { type: "pod", podId: "pod_1" } });
    const podKey = keyNamed("pod ci")[0]!;
    const { code } = await rotate([podKey.apiKeyId, "--pod", "pod_1"]);
    expect(code).toBe(0);
    expect(keyNamed("pod ci")).toEqual([expect.objectContaining({ podId: "pod_1" })]);
    expect(keyNamed("pod ci")[0]!.apiKeyId).not.toBe(podKey.apiKeyId);
  });

  test("when the new key fails its check it is deleted and the old key kept; no secret is printed", async () => {
    fake.failNext(401, { operation: "me" });
    const { code, stdout, stderr } = await rotate([oldId]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(keyNamed("ci").map((k) => k.apiKeyId)).toEqual([oldId]);
    expect(stderr).toContain(`failed its check`);
    expect(stderr).toContain(`keeping ${oldId}`);
    expect(stderr).toContain("AuthenticationError");
    expect(stderr).not.toMatch(/am_[A-Za-z0-9]{8}/);
  });

  test("when the check and the clean-up both fail, both keys are reported", async () => {
    fake.failNext(401, { operation: "me" });
    fake.failNext(500, { operation: "deleteApiKey" });
    const { code, stdout, stderr } = await rotate([oldId]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const [, fresh] = keyNamed("ci");
    expect(stderr).toContain(`Both keys exist: ${oldId} (old, kept) and ${fresh!.apiKeyId} (new, failed its check)`);
    expect(stderr).not.toContain(fresh!.secret);
  });

  test("when the old key cannot be deleted, both are reported and the new secret is printed once", async () => {
    fake.failNext(500, { operation: "deleteApiKey" });
    const { code, stdout, stderr } = await rotate([oldId, "--json"]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ rotated: false, oldApiKeyId: oldId, oldDeleted: false, error: { class: "ServerError", status: 500 } });
    expect(keyNamed("ci")).toHaveLength(2);
    expect(stderr).toContain(`Both keys exist: ${oldId} (old, still valid) and ${result.newKey.apiKeyId}`);
    expect(occurrences(stdout + stderr, result.newKey.apiKey)).toBe(1);
  });

  test("an unknown key exits 1 and changes nothing", async () => {
    const { code, stderr } = await rotate(["key_404"]);
    expect([code, stderr]).toEqual([1, expect.stringContaining("no key key_404")]);
    expect(fake.state.apiKeys.size).toBe(2);
  });

  test("Ctrl-C while creating exits 130 and says the new key may exist and the old one is unchanged", async () => {
    const { arrived } = cli.server.stall((method, path) => method === "POST" && path.endsWith("/api-keys"));
    const { code, stdout, stderr } = await rotate([oldId], { interruptWhen: arrived });
    expect(code).toBe(130);
    expect(stdout).toBe("");
    expect(stderr).toContain("may or may not exist");
    expect(stderr).toContain(`The old key ${oldId} is unchanged`);
    expect(keyNamed("ci").map((k) => k.apiKeyId)).toEqual([oldId]);
  });

  test("Ctrl-C while checking the new key exits 130 and reports both keys, printing the new secret once", async () => {
    const { arrived } = cli.server.stall((method, path) => method === "GET" && path.endsWith("/auth/me"));
    const { code, stdout, stderr } = await rotate([oldId, "--json"], { interruptWhen: arrived });
    expect(code).toBe(130);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ rotated: false, oldDeleted: false, newKeyChecked: false });
    expect(stderr).toContain(`Both keys exist: ${oldId} (old, still valid) and ${result.newKey.apiKeyId} (new, unchecked`);
    expect(keyNamed("ci")).toHaveLength(2);
    expect(occurrences(stdout + stderr, result.newKey.apiKey)).toBe(1);
  });

  test("Ctrl-C while deleting the old key exits 130, prints the new secret and says which keys exist", async () => {
    const { arrived } = cli.server.stall((method) => method === "DELETE");
    const { code, stdout, stderr } = await rotate([oldId, "--json"], { interruptWhen: arrived });
    expect(code).toBe(130);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ rotated: false, oldDeleted: "unknown", newKeyChecked: true });
    expect(stderr).toContain(`${oldId} may or may not still exist; the new key ${result.newKey.apiKeyId} exists`);
    expect(occurrences(stdout + stderr, result.newKey.apiKey)).toBe(1);
  });
});
