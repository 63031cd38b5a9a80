/** `vendor-auth callmissed ...`. CallMissed keys are created and revoked in its console only. */
import { AuthenticationError, PermissionDeniedError } from "../core/errors.js";
import { CallMissedClient } from "../callmissed/index.js";
import type { RequestOptions } from "../core/client.js";
import type { Command } from "./command.js";
import type { Context, KeySource } from "./context.js";
import { EXIT } from "./exit.js";
import { permissionsCommand } from "./permissions.js";

const KEY: KeySource = { vendor: "CallMissed", envVar: "CALLMISSED_API_KEY", where: "in the CallMissed console" };
const P = "vendor-auth callmissed";

/**
 * Whether CallMissed accepts the key. Uses the client's own check when it has one (`verifyKey`); until
 * then a read of /api/v1/keys: 401 rejects the key, 403 (a key without scope `*`) still proves it.
 */
async function checkKey(client: CallMissedClient, options: RequestOptions): Promise<boolean> {
  const c = client as unknown as { verifyKey?: (o?: RequestOptions) => Promise<boolean>; apiKeys?: { list(o?: RequestOptions): Promise<unknown> } };
  if (c.verifyKey) return c.verifyKey(options);
  try {
    await c.apiKeys!.list(options);
    return true;
  } catch (error) {
    if (error instanceof AuthenticationError) return false;
    if (error instanceof PermissionDeniedError) return true;
    throw error;
  }
}

async function callMissedClient(ctx: Context): Promise<CallMissedClient> {
  return new CallMissedClient({ ...ctx.clientOptions, apiKey: await ctx.apiKey(KEY) });
}

/** `vendor-auth callmissed`. */
export const callMissedCommand: Command = {
  name: "callmissed",
  summary: "CallMissed: check a key, list permission and scope names (keys are managed in its console)",
  description: `CallMissed manages keys in its console only: create, rotate and revoke them there. The key comes from ${KEY.envVar}, --api-key-file PATH or --api-key - (stdin).`,
  examples: [`${P} check-key`, `${P} permissions`],
  commands: [
    {
      name: "check-key",
      summary: "Whether CallMissed accepts the key (exit 0 yes, 1 no)",
      examples: [`${P} check-key`, `printf %s "$KEY" | ${P} check-key --api-key - --json`],
      async run(ctx) {
        const valid = await checkKey(await callMissedClient(ctx), { signal: ctx.signal });
        ctx.result({ valid }, () => (valid ? "CallMissed accepted the key.\n" : "CallMissed rejected the key (401).\n"));
        if (!valid && !ctx.json) ctx.note("Create a new key in the CallMissed console.");
        return valid ? EXIT.ok : EXIT.api;
      },
    },
    { ...permissionsCommand.commands!.find((c) => c.name === "callmissed")!, name: "permissions", examples: [`${P} permissions --json`] },
  ],
};
