/** `vendor-auth communal ...`. Communal has no key API: keys are made and revoked in its dashboard. */
import { CommunalClient } from "../communal/index.js";
import { UsageError, type Command, type Flag } from "./command.js";
import type { Context, KeySource } from "./context.js";
import { EXIT } from "./exit.js";

const KEY: KeySource = { vendor: "Communal", envVar: "COMMUNAL_API_KEY", where: "in Communal's dashboard (My profile -> API keys)" };
const P = "vendor-auth communal";
const versionFlag: Record<string, Flag> = {
  "api-version": { type: "string", value: "YYYY-MM-DD", description: "Pin the API version (X-Api-Version)" },
};

async function communalClient(ctx: Context, apiVersion: unknown): Promise<CommunalClient> {
  if (apiVersion !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(apiVersion)))
    throw new UsageError(`--api-version must look like 2026-03-25, got "${apiVersion}".`);
  return new CommunalClient({
    ...ctx.clientOptions,
    apiKey: await ctx.apiKey(KEY),
    ...(typeof apiVersion === "string" ? { apiVersion } : {}),
    onDeprecation: (n) =>
      ctx.warn(`Communal API version ${n.version} is deprecated${n.sunset ? ` (sunset ${n.sunset})` : ""}. ${n.warning ?? ""}`.trim()),
  });
}

/** `vendor-auth communal`. */
export const communalCommand: Command = {
  name: "communal",
  summary: "Communal: check a key, show the user it acts as (keys are managed in Communal's dashboard)",
  description: `Communal has no key-management API: create, rotate and revoke keys in its dashboard (My profile -> API keys, or People -> Users for managers). The key comes from ${KEY.envVar}, --api-key-file PATH or --api-key - (stdin).`,
  examples: [`${P} check-key`, `${P} whoami --user 42 --json`],
  commands: [
    {
      name: "check-key",
      summary: "Whether Communal accepts the key (exit 0 yes, 1 no)",
      flags: versionFlag,
      examples: [`${P} check-key`, `${P} check-key --api-key-file ~/.communal-key --json`],
      async run(ctx, { flags }) {
        const valid = await (await communalClient(ctx, flags.apiVersion)).verifyKey({ signal: ctx.signal });
        ctx.result({ valid }, () => (valid ? "Communal accepted the key.\n" : "Communal rejected the key (401).\n"));
        if (!valid && !ctx.json) ctx.note("Create a new key in Communal's dashboard: My profile -> API keys.");
        return valid ? EXIT.ok : EXIT.api;
      },
    },
    {
      name: "whoami",
      summary: "The user a key acts as (Communal has no who-am-I endpoint: name the user id)",
      description:
        "A Communal key is tied to the user who created it, but the API cannot say which user that is. Pass that user's id: a member's key can read only its own record (403 for anyone else), a manager's key anyone's.",
      flags: { user: { type: "string", value: "ID", description: "The user id the key was issued for" }, ...versionFlag },
      examples: [`${P} whoami --user 42`],
      async run(ctx, { flags }) {
        const id = Number(flags.user);
        if (typeof flags.user !== "string" || !Number.isInteger(id) || id <= 0)
          throw new UsageError("whoami needs --user ID, a positive whole number.", [...P.split(" "), "whoami"]);
        const user = await (await communalClient(ctx, flags.apiVersion)).users.get(id, {}, { signal: ctx.signal });
        ctx.result(user, () => ctx.fields(Object.entries(user)));
      },
    },
  ],
};
