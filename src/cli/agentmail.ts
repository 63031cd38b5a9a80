/** `vendor-auth agentmail ...`: each command is one call (or a short sequence) of AgentMailClient. */
import type { AgentMailClient, CreateApiKeyParams } from "../agentmail/index.js";
import { UsageError, type Command, type Input } from "./command.js";
import type { Context } from "./context.js";
import {
  KEY,
  agentMailClient,
  expires,
  findKey,
  granted,
  keyType,
  keysAt,
  listKeys,
  scopeLabel,
  showCreated,
  type KeysAt,
  type Scope,
} from "./agentmail-keys.js";
import { expiresAt, keyColumns, permissionFlags, scopeFlags, scopeOf } from "./agentmail-flags.js";
import { parsePermissions } from "./permissions.js";
import { rotate } from "./rotate.js";

const P = "vendor-auth agentmail";

/** What a key command gets: its input, and the client opened only after the input checked out. */
interface KeyRun {
  ctx: Context;
  input: Input;
  path: string[];
  scope: Scope;
  open(): Promise<{ keys: KeysAt; client: AgentMailClient }>;
}

function keyCommand(name: string, spec: Omit<Command, "name" | "run">, run: (r: KeyRun) => Promise<number | void>): Command {
  const path = [...P.split(" "), "keys", name];
  return {
    name,
    ...spec,
    flags: { ...spec.flags, ...scopeFlags },
    async run(ctx, input) {
      const scope = scopeOf(input.flags, path);
      const open = async () => {
        const client = await agentMailClient(ctx);
        return { client, keys: keysAt(client, scope) };
      };
      return run({ ctx, input, path, scope, open });
    },
  };
}

const keys: Command = {
  name: "keys",
  summary: "Create, list, get, update, delete and rotate API keys (organization, --pod or --inbox scope)",
  examples: [`${P} keys create --name ci --preset read-only --json`, `${P} keys list --pod pod_1`, `${P} keys rotate key_1`],
  commands: [
    keyCommand(
      "create",
      {
        summary: "Create a key; its secret is printed once, on stdout",
        flags: {
          name: { type: "string", value: "NAME", description: "The key's name" },
          ...permissionFlags,
          expires: { type: "string", value: "WHEN", description: "Expiry: 30m, 1h, 7d or an ISO time" },
        },
        examples: [
          `${P} keys create --name ci --permissions inboxRead,messageRead --json`,
          `${P} keys create --name reader --preset read-only --pod pod_1`,
        ],
      },
      async ({ ctx, input: { flags }, path, scope, open }) => {
        const params: Record<string, unknown> = {};
        if (typeof flags.name === "string") params.name = flags.name;
        const permissions = parsePermissions(flags.permissions as string | undefined, flags.preset as string | undefined, path);
        if (permissions) params.permissions = permissions;
        if (typeof flags.expires === "string") params.expiresAt = expiresAt(flags.expires, path);
        const { keys } = await open();
        const created = await keys.create(params as CreateApiKeyParams, { signal: ctx.signal });
        ctx.secret(created.apiKey);
        ctx.result(created, () => showCreated(ctx, created, scope));
        if (!ctx.json) ctx.note("Store the secret now: AgentMail shows it once and it cannot be read again.");
      },
    ),
    keyCommand(
      "list",
      {
        summary: "List keys (never their secrets)",
        flags: {
          type: { type: "string", value: "TYPE", description: "Only bearer or public_key credentials", choices: () => ["bearer", "public_key"] },
        },
        examples: [`${P} keys list`, `${P} keys list --inbox ib_1 --json`],
      },
      async ({ ctx, input: { flags }, path, scope, open }) => {
        const type = flags.type as string | undefined;
        if (type !== undefined && type !== "bearer" && type !== "public_key")
          throw new UsageError(`--type must be bearer or public_key, got "${type}".`, path);
        const all = await listKeys(ctx, (await open()).keys, type);
        ctx.result(all, () => ctx.table(all, keyColumns(scope), "(no keys)"));
      },
    ),
    keyCommand(
      "get",
      { summary: "Show one key", args: ["ID"], examples: [`${P} keys get key_1`] },
      async ({ ctx, input: { positionals }, scope, open }) => {
        const key = await findKey(ctx, (await open()).keys, positionals[0]!);
        if (!key) throw new Error(`AgentMail has no key ${positionals[0]} at ${scopeLabel({}, scope)} scope (see "${P} keys list").`);
        ctx.result(key, () =>
          ctx.fields([
            ["api key id", key.apiKeyId],
            ["name", key.name],
            ["type", keyType(key)],
            ["scope", scopeLabel(key, scope)],
            ["prefix", key.type === "bearer" ? key.prefix : undefined],
            ["permissions", granted(key.permissions)],
            ["created", key.createdAt],
            ["expires", expires(key)],
            ["used", key.usedAt],
          ]),
        );
      },
    ),
    keyCommand(
      "update",
      {
        summary: "Rename a key or replace its permissions",
        args: ["ID"],
        flags: { name: { type: "string", value: "NAME", description: "The new name" }, ...permissionFlags },
        examples: [`${P} keys update key_1 --name ci-old`, `${P} keys update key_1 --permissions inboxRead`],
      },
      async ({ ctx, input: { flags, positionals }, path, scope, open }) => {
        const permissions = parsePermissions(flags.permissions as string | undefined, flags.preset as string | undefined, path);
        if (typeof flags.name !== "string" && !permissions) throw new UsageError("nothing to change: pass --name and/or --permissions.", path);
        const params = { ...(typeof flags.name === "string" ? { name: flags.name } : {}), ...(permissions ? { permissions } : {}) };
        const { keys } = await open();
        if (!keys.update) throw new UsageError("keys update needs AgentMail's update operation, which this build's client does not have yet.", path);
        const key = await keys.update(positionals[0]!, params, { signal: ctx.signal });
        ctx.result(key, () =>
          ctx.fields([
            ["api key id", key.apiKeyId],
            ["name", key.name],
            ["scope", scopeLabel(key, scope)],
            ["permissions", granted(key.permissions)],
          ]),
        );
      },
    ),
    keyCommand(
      "delete",
      { summary: "Revoke a key", args: ["ID"], examples: [`${P} keys delete key_1`] },
      async ({ ctx, input: { positionals }, open }) => {
        await (await open()).keys.delete(positionals[0]!, { signal: ctx.signal });
        ctx.result({ deleted: positionals[0] }, () => `Deleted ${positionals[0]}.\n`);
      },
    ),
    keyCommand(
      "rotate",
      {
        summary: "Replace a key: create one with the same name, permissions and scope, check it, delete the old one",
        description:
          "If the new key fails its check (auth me), it is deleted and the old key kept. If the old key cannot be deleted, both are reported and the new secret is printed. Ctrl-C says which keys exist.",
        args: ["ID"],
        examples: [`${P} keys rotate key_1 --json`],
      },
      async ({ ctx, input: { positionals }, scope, open }) => rotate(ctx, (await open()).client, scope, positionals[0]!),
    ),
  ],
};

/** `vendor-auth agentmail`. */
export const agentMailCommand: Command = {
  name: "agentmail",
  summary: "AgentMail: agent sign-up, the key's identity, and API keys",
  description: `The key comes from ${KEY.envVar}, --api-key-file PATH or --api-key - (stdin). sign-up needs none.`,
  examples: [`${P} whoami`, `${P} keys create --name ci --permissions inboxRead,messageRead --json`, `${P} keys delete key_1`],
  commands: [
    {
      name: "sign-up",
      summary: "Create an organization, inbox and key for an agent (needs no key; safe to repeat)",
      flags: {
        "human-email": { type: "string", value: "EMAIL", description: "The human who receives the verification code" },
        username: { type: "string", value: "NAME", description: "The agent's username" },
      },
      examples: [`${P} sign-up --human-email me@example.com --username my-agent --json`],
      async run(ctx, { flags }) {
        const { humanEmail, username } = flags;
        if (typeof humanEmail !== "string" || typeof username !== "string")
          throw new UsageError("sign-up needs --human-email and --username.", [...P.split(" "), "sign-up"]);
        const result = await (await agentMailClient(ctx, null)).agent.signUp({ humanEmail, username }, { signal: ctx.signal });
        ctx.secret(result.apiKey);
        ctx.result(result, () =>
          ctx.fields([
            ["organization", result.organizationId],
            ["inbox", result.inboxId],
            ["secret", result.apiKey],
          ]),
        );
        if (!ctx.json) ctx.note(`Store the key now. Then: ${P} verify --otp CODE (the code was mailed to ${humanEmail}).`);
      },
    },
    {
      name: "verify",
      summary: "Verify the organization with the 6-digit code mailed to the human",
      flags: { otp: { type: "string", value: "CODE", description: "The 6-digit code" } },
      examples: [`AGENTMAIL_API_KEY=am_... ${P} verify --otp 123456`],
      async run(ctx, { flags }) {
        const otp = flags.otp;
        if (typeof otp !== "string" || !/^\d{6}$/.test(otp))
          throw new UsageError("--otp must be the 6-digit code from the verification mail.", [...P.split(" "), "verify"]);
        const result = await (await agentMailClient(ctx)).agent.verify({ otpCode: otp }, { signal: ctx.signal });
        ctx.result(result, () => (result.verified ? "Verified.\n" : "Not verified.\n"));
        return result.verified ? 0 : 1;
      },
    },
    {
      name: "whoami",
      summary: "Who the key is: scope and organization, pod and inbox ids",
      examples: [`${P} whoami --json`],
      async run(ctx) {
        const me = await (await agentMailClient(ctx)).auth.me({ signal: ctx.signal });
        ctx.result(me, () =>
          ctx.fields([
            ["scope", me.scopeType],
            ["scope id", me.scopeId],
            ["organization", me.organizationId],
            ["pod", me.podId],
            ["inbox", me.inboxId],
            ["api key id", me.apiKeyId],
          ]),
        );
      },
    },
    keys,
  ],
};
