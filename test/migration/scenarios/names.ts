/**
 * The official SDK's exported names, the resources we do not cover, and the body fields whose spelling
 * or type differs. Each is either the same value or a loud failure before any request.
 */
import { spawnSync } from "node:child_process";
import { expect } from "vitest";
import * as wire from "../../fixtures/migration/wire.js";
import { KEY, loud, official, ours, run, type Scenario } from "../harness.js";

const client = () => new ours.AgentMailClient({ apiKey: KEY });

/** Runs an ES module under Node's own loader (vitest rewrites imports, so a missing export would not fail there). */
function esm(source: string): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", source], { encoding: "utf8", cwd: process.cwd() });
  return { status: result.status, stderr: result.stderr };
}

export const nameScenarios: readonly Scenario[] = [
  {
    rows: ["export.AgentMailClient", "export.AgentMailEnvironment", "export.AgentMailError", "export.AgentMailTimeoutError"],
    kind: "same",
    title: "the official SDK's client, environments and error classes are exported under the same names",
    async run() {
      for (const name of ["AgentMailClient", "AgentMailEnvironment", "AgentMailError", "AgentMailTimeoutError"] as const) {
        expect(typeof official[name]).toBe(typeof ours[name]);
      }
      expect(Object.keys(ours.AgentMailEnvironment).sort()).toEqual(Object.keys(official.AgentMailEnvironment).sort());
      for (const name of Object.keys(official.AgentMailEnvironment) as Array<keyof typeof official.AgentMailEnvironment>) {
        expect(ours.AgentMailEnvironment[name].http).toBe(official.AgentMailEnvironment[name].http);
      }
    },
  },
  ...(["AgentMail", "logging", "serialization"] as const).map((name) => ({
    // The official error classes are members of AgentMail, so its import failing is their loud failure too.
    rows:
      name === "AgentMail"
        ? ["export.AgentMail", "err.NotFoundError", "err.ValidationError", "err.ConflictError", "err.IsTakenError", "err.UnprocessableError"]
        : [`export.${name}`],
    kind: "loud" as const,
    title: `import { ${name} } fails at link time (ESM), naming the missing export`,
    async run() {
      expect(name in official).toBe(true);
      expect(name in ours).toBe(false);
      const { status, stderr } = esm(`import { ${name} } from "./src/agentmail/index.ts"; console.log(typeof ${name});`);
      expect(status).not.toBe(0);
      expect(stderr).toMatch(new RegExp(`SyntaxError: .*export named '${name}'`));
    },
  })),
  loud(["method.fetch"], "client.fetch(...) is not a function: use client.http", {
    call: () => (client() as unknown as official.AgentMailClient).fetch("/v0/auth/me"),
    names: [/fetch is not a function/],
  }),
  loud(["method.other"], "resources outside auth (inboxes.list, messages, threads, ...) are not functions here", {
    call: () => (client() as unknown as official.AgentMailClient).inboxes.list(),
    names: [/inboxes\.list is not a function/],
  }),
  loud(["method.websockets"], "client.websockets is not here: reading connect of undefined throws", {
    call: () => (client() as unknown as official.AgentMailClient).websockets.connect(),
    names: [/reading 'connect'/],
  }),
  loud(["body.permissions.provider"], "providerConnect is refused before sending, naming appConnect", {
    call: () => client().apiKeys.create({ name: "signin", permissions: { providerConnect: true } as never }),
    names: [/providerConnect/, /appConnect/],
  }),
  // The official types take a Date (0.5.27 then drops the field, with publicKey: row method.apiKeys.create).
  loud(["body.expiresAt"], "expiresAt given as a Date is refused before sending: pass its ISO string", {
    call: () => client().apiKeys.create({ publicKey: { ...wire.jwk }, expiresAt: new Date(wire.at(86_400)) as never }),
    names: [/expiresAt must be a string/, /toISOString\(\)/],
  }),
  {
    rows: ["result.unchecked"],
    kind: "loud",
    title: "a body that breaks the spec: the official SDK throws its parser's Error, ours an AgentMailError with the body",
    async run() {
      const { updated_at: _dropped, ...broken } = wire.bearerKey;
      const script = () => ({ body: broken });
      const theirs = await run(script, () => new official.AgentMailClient({ apiKey: KEY }).apiKeys.get("ak_1"));
      expect(theirs.error).toBeInstanceOf(Error);
      expect(theirs.error).not.toBeInstanceOf(official.AgentMailError);
      const mine = await run(script, () => client().apiKeys.get("ak_1"));
      expect(mine.requests).toHaveLength(1);
      expect(mine.error).toBeInstanceOf(ours.AgentMailError);
      expect(mine.error).toMatchObject({ statusCode: 200, code: "unexpected_response", body: broken });
      expect((mine.error as Error).message).toMatch(/updated_at, which is missing/);
    },
  },
  {
    rows: ["result.dates"],
    kind: "loud",
    title: "createdAt & co: the official SDK gives a Date, ours the ISO string of the same instant; a Date method on it throws",
    async run() {
      const script = () => ({ body: wire.bearerKey });
      const theirs = await run(script, () => new official.AgentMailClient({ apiKey: KEY }).apiKeys.get("ak_1"));
      const mine = await run(script, () => client().apiKeys.get("ak_1"));
      const a = theirs.result as Record<string, unknown>;
      const b = mine.result as Record<string, unknown>;
      for (const field of ["createdAt", "updatedAt", "usedAt", "expiresAt"]) {
        expect(a[field]).toBeInstanceOf(Date);
        expect(b[field]).toBe((a[field] as Date).toISOString());
        expect(new Date(b[field] as string).getTime(), "the documented replacement").toBe((a[field] as Date).getTime());
      }
      // Plain JavaScript written for the official SDK fails at once (TypeScript refuses it: types.test-d.ts).
      expect(() => (b.createdAt as Date).getTime()).toThrow(/getTime is not a function/);
    },
  },
];
