/** The flags the AgentMail key commands share, how they are read, and the columns of a key table. */
import type { ApiKey } from "../agentmail/index.js";
import { operations as ops } from "../agentmail/generated/meta.js";
import { granted, keyType, scopeLabel, type Scope } from "./agentmail-keys.js";
import { UsageError, type Flag, type Input } from "./command.js";
import type { Column } from "./context.js";
import { agentMailPermissions, agentMailPresets } from "./permissions.js";

/** `--pod ID` / `--inbox ID`: which keys a command works on (the organization's when neither). */
export const scopeFlags: Record<string, Flag> = {
  pod: { type: "string", value: "ID", description: "Keys of this pod" },
  inbox: { type: "string", value: "ID", description: "Keys of this inbox" },
};

/** The scope the flags name; both at once is a usage error. */
export function scopeOf(flags: Input["flags"], path: string[]): Scope {
  const { pod, inbox } = flags;
  if (typeof pod === "string" && typeof inbox === "string") throw new UsageError("pass --pod or --inbox, not both.", path);
  if (typeof pod === "string") return { kind: "pod", id: pod };
  if (typeof inbox === "string") return { kind: "inbox", id: inbox };
  return { kind: "organization" };
}

const DURATION = /^(\d+)(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `--expires 1h|30m|7d|ISO-TIME` as an ISO time, checked against what this build's spec supports. */
export function expiresAt(value: string, path: string[]): string {
  if (!("expires_at" in (ops.createApiKey.request?.properties ?? {}))) {
    throw new UsageError("--expires needs bearer key expiry (expires_at), which this build's AgentMail spec does not describe yet.", path);
  }
  const match = DURATION.exec(value);
  const at = match ? Date.now() + Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : Date.parse(value);
  if (!Number.isFinite(at) || at <= Date.now())
    throw new UsageError(`--expires must be a duration such as 30m, 1h or 7d, or a future ISO time, got "${value}".`, path);
  return new Date(at).toISOString();
}

/** The columns of `keys list` for a scope. */
export const keyColumns = (scope: Scope): Column<ApiKey>[] => [
  ["ID", (k: ApiKey) => k.apiKeyId],
  ["NAME", (k: ApiKey) => k.name],
  ["TYPE", (k: ApiKey) => keyType(k)],
  ["SCOPE", (k: ApiKey) => scopeLabel(k, scope)],
  [
    "PERMISSIONS",
    (k: ApiKey) => {
      const g = granted(k.permissions);
      return typeof g === "string" ? g : `${g.length} granted`;
    },
  ],
  ["CREATED", (k: ApiKey) => k.createdAt],
];

/** `--permissions LIST` and `--preset NAME`, completed from the spec's permission names and the presets. */
export const permissionFlags: Record<string, Flag> = {
  permissions: {
    type: "string",
    value: "LIST",
    description: "Comma-separated permission names, e.g. inboxRead,messageRead",
    choices: () => agentMailPermissions,
  },
  preset: {
    type: "string",
    value: "NAME",
    description: "Start from a documented preset: read-only or no-spam",
    choices: () => Object.keys(agentMailPresets),
  },
};
