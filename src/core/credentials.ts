/** Reading and checking credentials, the same way for every vendor. */
import type { Credential } from "./transport.js";
import { readEnv } from "./env.js";

/** How a client finds and checks its key. */
export interface KeyRule {
  /** The client's name, for messages. */
  readonly client: string;
  /** The vendor's name, for messages. */
  readonly vendor: string;
  /** The environment variable read when no key is passed. */
  readonly envVar: string;
  /** The documented prefix of this vendor's keys, if any. */
  readonly prefix?: string;
  /** Refuse a key without `prefix` (the vendor issues no other kind of credential). */
  readonly requirePrefix?: boolean;
}

/**
 * Every vendor's key rule, the one place a prefix or an environment variable is written. They live
 * together because each client recognises a key meant for any other vendor by that vendor's prefix.
 */
export const KEY_RULES = {
  agentmail: { client: "AgentMailClient", vendor: "AgentMail", envVar: "AGENTMAIL_API_KEY", prefix: "am_" },
  communal: { client: "CommunalClient", vendor: "Communal", envVar: "COMMUNAL_API_KEY" },
  // CallMissed issues only cm_ keys since its dashboard JWT was removed (October 2026 docs).
  callmissed: { client: "CallMissedClient", vendor: "CallMissed", envVar: "CALLMISSED_API_KEY", prefix: "cm_", requirePrefix: true },
  comma: { client: "CommaClient", vendor: "Comma", envVar: "COMMA_API_TOKEN", prefix: "comma_sk_" },
} as const satisfies Record<string, KeyRule>;

// Longest first, so a key is attributed to the most specific prefix it carries.
const PREFIXED: readonly KeyRule[] = Object.values(KEY_RULES as Record<string, KeyRule>)
  .filter((rule) => rule.prefix)
  .sort((a, b) => b.prefix!.length - a.prefix!.length);

/** Keys and tokens are visible ASCII; anything else is a paste error or an attempt at header injection. */
export const NOT_HEADER_SAFE = /[^\x21-\x7e]/;

/**
 * The key passed, or else the environment variable's. Throws when the key clearly belongs to another
 * vendor; the message names the expected prefix and never repeats the key.
 */
export function resolveKey(given: string | undefined, rule: KeyRule): string | undefined {
  const key = given ?? readEnv(rule.envVar);
  if (key === undefined) return undefined;
  if (typeof key !== "string" || !key.trim()) {
    throw new TypeError(`${rule.client}: apiKey must be a non-empty string. Pass { apiKey } or set ${rule.envVar}.`);
  }
  const bad = key.search(NOT_HEADER_SAFE);
  if (bad >= 0) {
    // Headers.set would throw a TypeError of its own that repeats the whole key.
    throw new TypeError(
      `${rule.client}: apiKey has a character no header can carry (a space, line break, control or non-ASCII ` +
        `character) at position ${bad + 1}. Copy the key again from the ${rule.vendor} dashboard.`,
    );
  }
  if (rule.prefix && key.startsWith(rule.prefix)) return key;
  const other = PREFIXED.find(({ prefix, vendor }) => vendor !== rule.vendor && key.startsWith(prefix!));
  if (other) {
    const expected = rule.prefix ? `, which start with ${rule.prefix}` : "";
    throw new TypeError(
      `${rule.client}: the key looks like a ${other.vendor} key (it starts with ${other.prefix}); ` +
        `this client takes ${rule.vendor} keys${expected}. Pass { apiKey } or set ${rule.envVar}.`,
    );
  }
  if (rule.requirePrefix && rule.prefix) {
    throw new TypeError(
      `${rule.client}: ${rule.vendor} keys start with ${rule.prefix}, and this one does not. ` +
        `Pass a key from the ${rule.vendor} console as { apiKey } or set ${rule.envVar}.`,
    );
  }
  return key;
}

/** Throws the "no key" error that every client gives. */
export function missingKeyError(rule: KeyRule): TypeError {
  return new TypeError(`${rule.client}: no API key. Pass { apiKey } to the constructor or set the ${rule.envVar} environment variable.`);
}

/** A credential that is always the same key. */
export function staticKey(key: string): Credential {
  return { getToken: () => key };
}
