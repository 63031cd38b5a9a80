/** `vendor-auth comma ...`. Comma tokens are minted in its app (Settings -> API tokens); no token API. */
import { CommaClient } from "../comma/index.js";
import type { Command } from "./command.js";
import type { KeySource } from "./context.js";
import { commaOperationScopes } from "./permissions.js";

const KEY: KeySource = { vendor: "Comma", envVar: "COMMA_API_TOKEN", where: "in Comma's app (Settings -> API tokens)" };
const P = "vendor-auth comma";

/** `vendor-auth comma`. */
export const commaCommand: Command = {
  name: "comma",
  summary: "Comma: the token's plan and usage, and which scope each operation needs (tokens are made in the app)",
  description: `Comma has no token API: tokens are created and revoked in the app (Settings -> API tokens). The token comes from ${KEY.envVar}, --api-key-file PATH or --api-key - (stdin).`,
  examples: [`${P} whoami`, `${P} scopes --json`],
  commands: [
    {
      name: "whoami",
      summary: "Check the token and show its plan caps and usage",
      examples: [`${P} whoami --json`],
      async run(ctx) {
        const client = new CommaClient({ ...ctx.clientOptions, apiKey: await ctx.apiKey(KEY) });
        const [planCaps, usage] = await Promise.all([client.me.planCaps({ signal: ctx.signal }), client.me.usage({ signal: ctx.signal })]);
        ctx.result({ planCaps, usage }, () =>
          ctx.fields([...Object.entries(planCaps), ...Object.entries(usage).map(([k, v]) => [`usage ${k}`, v] as [string, unknown])]),
        );
      },
    },
    {
      name: "scopes",
      summary: "The scope each operation requires (from the spec; needs no token)",
      examples: [`${P} scopes`, `${P} scopes --json`],
      async run(ctx) {
        const rows = commaOperationScopes();
        ctx.result(rows, () =>
          ctx.table(rows, [
            ["OPERATION", (r) => r.operation],
            ["REQUEST", (r) => `${r.method} ${r.path}`],
            ["SCOPE", (r) => r.scope],
          ]),
        );
      },
    },
  ],
};
