/**
 * Permission and scope names per vendor, read from the generated spec data (so a spec update changes
 * the CLI too), and `vendor-auth permissions <vendor>`.
 */
import { noSpamPermissions, readOnlyPermissions, type ApiKeyPermissions } from "../agentmail/index.js";
import { operations as agentMailOps } from "../agentmail/generated/meta.js";
import { resourceScopeValues, servicePermissionValues } from "../callmissed/generated/meta.js";
import { commaScopes, defaultScopes, requiredScopes } from "../comma/index.js";
import { operations as commaOps } from "../comma/generated/meta.js";
import { camelCase } from "../core/shape.js";
import { UsageError, suggest, type Command } from "./command.js";

/** Every AgentMail permission flag in camelCase, in the spec's order. */
export const agentMailPermissions: readonly string[] = Object.keys(agentMailOps.createApiKey.request?.properties?.permissions?.properties ?? {}).map(
  camelCase,
);

/** AgentMail's documented presets by their CLI name. */
export const agentMailPresets: Record<string, ApiKeyPermissions> = { "read-only": readOnlyPermissions, "no-spam": noSpamPermissions };

const VERBS: Record<string, string> = { read: "Read", create: "Create", update: "Update", delete: "Delete", send: "Send" };

/**
 * A one-line description of a flag. The spec describes the whitelist as a whole, not each flag, so it
 * is read from the flag's name: `labelSpamRead` -> "Read messages labelled spam".
 */
export function describePermission(name: string): string {
  const words = name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).split(" ");
  const verb = words.pop()!;
  if (words[0] === "label") return `${VERBS[verb] ?? verb} messages labelled ${words.slice(1).join(" ")}`;
  const noun = words
    .join(" ")
    .replace(/^api key$/, "API key")
    .replace(/y$/, "ie");
  return `${VERBS[verb] ?? verb} ${noun === "metrics" ? noun : `${noun}s`}`;
}

/**
 * `--permissions a,b` and `--preset P` as one whitelist; undefined when neither is given (a key with every
 * permission its scope allows). Unknown names are a usage error with the closest valid name.
 */
export function parsePermissions(list: string | undefined, preset: string | undefined, path: string[]): ApiKeyPermissions | undefined {
  if (list === undefined && preset === undefined) return undefined;
  const out: Record<string, boolean> = {};
  if (preset !== undefined) {
    const chosen = agentMailPresets[preset];
    if (!chosen)
      throw new UsageError(
        `unknown preset "${preset}"${suggest(preset, Object.keys(agentMailPresets))}. Presets: ${Object.keys(agentMailPresets).join(", ")}.`,
        path,
      );
    Object.assign(out, chosen);
  }
  if (list !== undefined) {
    const names = list
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.length === 0)
      throw new UsageError("--permissions needs at least one name; leave it out for a key with every permission its scope allows.", path);
    for (const given of names) {
      const name = given.includes("_") ? camelCase(given) : given;
      if (!agentMailPermissions.includes(name)) {
        throw new UsageError(
          `unknown permission "${given}"${suggest(given, agentMailPermissions)}. Run "vendor-auth permissions agentmail" for the list.`,
          path,
        );
      }
      out[name] = true;
    }
  }
  return out as ApiKeyPermissions;
}

/** `vendor-auth permissions <vendor>`. */
export const permissionsCommand: Command = {
  name: "permissions",
  summary: "List the permission and scope names a vendor's keys can carry",
  examples: ["vendor-auth permissions agentmail --preset read-only", "vendor-auth permissions comma --json"],
  commands: [
    {
      name: "agentmail",
      summary: "AgentMail's permission flags (for --permissions), with the presets",
      flags: {
        preset: {
          type: "string",
          value: "NAME",
          description: "Only the flags this preset grants: read-only or no-spam",
          choices: () => Object.keys(agentMailPresets),
        },
      },
      examples: ["vendor-auth permissions agentmail", "vendor-auth permissions agentmail --preset read-only --json"],
      async run(ctx, { flags }) {
        const preset =
          typeof flags.preset === "string" ? parsePermissions(undefined, flags.preset, ["vendor-auth", "permissions", "agentmail"]) : undefined;
        const rows = agentMailPermissions
          .filter((name) => !preset || (preset as Record<string, boolean>)[name] === true)
          .map((name) => ({
            name,
            description: describePermission(name),
            presets: Object.entries(agentMailPresets)
              .filter(([, p]) => (p as Record<string, boolean>)[name] === true)
              .map(([n]) => n),
          }));
        ctx.result(rows, () =>
          ctx.table(rows, [
            ["NAME", (r) => r.name],
            ["DESCRIPTION", (r) => r.description],
            ["IN PRESETS", (r) => r.presets],
          ]),
        );
      },
    },
    {
      name: "callmissed",
      summary: "CallMissed's service permissions and resource scopes (set in its console)",
      examples: ["vendor-auth permissions callmissed --json"],
      async run(ctx) {
        const rows = [
          ...servicePermissionValues.map((name) => ({ kind: "permission", name })),
          ...resourceScopeValues.map((name) => ({ kind: "scope", name })),
        ];
        ctx.result(rows, () =>
          ctx.table(rows, [
            ["KIND", (r) => r.kind],
            ["NAME", (r) => r.name],
          ]),
        );
      },
    },
    {
      name: "comma",
      summary: "Comma's token scopes, which are default, and the operations needing each",
      examples: ["vendor-auth permissions comma"],
      async run(ctx) {
        const rows = commaScopes.map((scope) => ({
          name: scope,
          default: (defaultScopes as readonly string[]).includes(scope),
          operations: Object.entries(requiredScopes)
            .filter(([, s]) => s === scope)
            .map(([op]) => op),
        }));
        ctx.result(rows, () =>
          ctx.table(rows, [
            ["SCOPE", (r) => r.name],
            ["DEFAULT", (r) => (r.default ? "yes" : "no")],
            ["OPERATIONS", (r) => r.operations],
          ]),
        );
      },
    },
    {
      name: "communal",
      summary: "Communal keys have no permissions of their own",
      description: "A Communal key acts as the user it was issued for: a manager's key reads and updates anyone, a member's key only its own record.",
      examples: ["vendor-auth permissions communal"],
      async run(ctx) {
        ctx.result(
          [],
          () => "Communal keys carry no permission list: a key can do what its user can (managers: anyone; members: their own record).\n",
        );
      },
    },
  ],
};

/** Comma operations with their method, path and required scope, for `comma scopes`. */
export function commaOperationScopes(): Array<{ operation: string; method: string; path: string; scope: string }> {
  return Object.entries(requiredScopes).map(([operation, scope]) => {
    const op = (commaOps as Record<string, { method: string; path: string }>)[operation]!;
    return { operation, method: op.method, path: op.path, scope };
  });
}
