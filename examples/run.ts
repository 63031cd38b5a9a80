/**
 * npm run examples: runs every example program against the fakes of vendor-auth/testing (MSW, no
 * network), one after another, with the credentials they read set to keys the fakes issued, and checks
 * what each one left behind. The examples import `vendor-auth/*` as users do, so build first.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupServer } from "msw/node";
import { createAgentMailFake, createCallMissedFake, createCommaFake, createCommunalFake } from "vendor-auth/testing";

const agentmail = createAgentMailFake();
const communal = createCommunalFake();
const callmissed = createCallMissedFake();
const comma = createCommaFake();
const server = setupServer(...agentmail.handlers, ...communal.handlers, ...callmissed.handlers, ...comma.handlers);
server.listen({ onUnhandledRequest: "error" });
const dir = mkdtempSync(join(tmpdir(), "vendor-auth-examples-"));

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`example check failed: ${what}`);
}

/** Runs one example with `env` set, then restores the environment. */
async function run(name: string, env: Record<string, string>, after?: () => void): Promise<void> {
  console.log(`\n--- examples/${name}.ts`);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await import(`./${name}.ts`);
    after?.();
  } finally {
    process.env = saved;
  }
}

try {
  const admin = agentmail.issueKey();
  const keyFile = join(dir, "reader.key");
  await run("agentmail-read-only-key", { AGENTMAIL_API_KEY: admin, KEY_FILE: keyFile }, () => {
    check(readFileSync(keyFile, "utf8").startsWith("am_"), "the secret is stored");
    check((statSync(keyFile).mode & 0o077) === 0, "the key file is owner-only");
  });

  const { AgentMailClient } = await import("vendor-auth/agentmail");
  const old = await new AgentMailClient({ apiKey: admin }).apiKeys.create({ name: "service" });
  await run(
    "agentmail-rotate-key",
    { AGENTMAIL_API_KEY: admin, OLD_KEY_ID: old.apiKeyId, OLD_KEY: old.apiKey, KEY_FILE: join(dir, "service.key") },
    () => {
      check(!agentmail.state.apiKeys.has(old.apiKeyId), "the old key is revoked");
    },
  );

  for (let i = 0; i < 45; i += 1) agentmail.issueKey({ name: `bulk ${i}` });
  const listed: string[] = [];
  const log = console.log;
  console.log = (line: string) => {
    listed.push(line);
    log(line);
  };
  await run("agentmail-list-all-keys", { AGENTMAIL_API_KEY: admin }, () => {
    check(
      listed.some((line) => line.startsWith(`${agentmail.state.apiKeys.size} keys`)),
      "every key is listed, across 3 pages",
    );
  });
  console.log = log;

  agentmail.failNext(429, { retryAfter: 1 });
  await run("agentmail-rate-limit", { AGENTMAIL_API_KEY: admin });

  await run("communal-startup-check", { COMMUNAL_API_KEY: communal.issueKey() });
  await run("callmissed-key-check", { CALLMISSED_API_KEY: callmissed.issueKey() });
  await run("comma-limiter", { COMMA_API_TOKEN: comma.issueToken({ scopes: ["reports:write", "reports:read"] }) });
  console.log("\nall examples ran");
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
