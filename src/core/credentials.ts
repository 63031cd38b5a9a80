/** Reading and checking credentials, the same way for every vendor. */
import type { Credential } from "./transport.js";

/** The documented key prefixes, used to catch a key given to the wrong vendor's client. */
const KEY_PREFIXES = [
  { vendor: "Comma", prefix: "comma_sk_" },
  { vendor: "AgentMail", prefix: "am_" },
  { vendor: "CallMissed", prefix: "cm_" },
] as const;

/** How a client finds and checks its key. */
export interface KeyRule {
  /** The client's name, for messages. */
  client: string;
  /** The vendor's name, for messages. */
  vendor: string;
  /** The environment variable read when no key is passed. */
  envVar: string;
  /** The documented prefix of this vendor's keys, if any. */
  prefix?: string;
  /** Refuse a key without `prefix` (the vendor issues no other kind of credential). */
  requirePrefix?: boolean;
}

/** Reads an environment variable where a `process` exists (Node, Bun, Deno's Node compatibility). */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name]?.trim() || undefined;
}

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
  if (rule.prefix && key.startsWith(rule.prefix)) return key;
  const other = KEY_PREFIXES.find(({ prefix, vendor }) => vendor !== rule.vendor && key.startsWith(prefix));
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
  return new TypeError(
    `${rule.client}: no API key. Pass { apiKey } to the constructor or set the ${rule.envVar} environment variable.`,
  );
}

/** A credential that is always the same key. */
export function staticKey(key: string): Credential {
  return { getToken: () => key };
}
