/**
 * What the CallMissed fake holds: keys as the console makes them, with the console's own checks, so a
 * test cannot make a key the vendor would refuse.
 */
import { resourceScopeValues, servicePermissionValues } from "../../../callmissed/generated/meta.js";
import { createIds, randomSecret, type FakeKit, type WindowCounter } from "../../kit.js";
import type { CallMissedFakeKey, CallMissedFakeKeyOptions, CallMissedFakeOptions, CallMissedFakeState } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The fake's data with its console actions, shared by the guard and the fake's helpers. */
export type Store = ReturnType<typeof createStore>;

/** Creates the fake's store; `seed()` (re)fills it from `options.seed`. */
export function createStore(options: CallMissedFakeOptions, kit: FakeKit) {
  const defaultRpm = options.defaultRpm ?? 60;
  const state: CallMissedFakeState = { apiKeys: new Map() };
  // One sliding window per key, sized by that key's own `rateLimitRpm`.
  const windows = new Map<string, WindowCounter>();
  let ids = createIds();

  function addKey(fields: CallMissedFakeKeyOptions = {}): CallMissedFakeKey {
    const { expiresInDays, secret = randomSecret("cm_"), ...rest } = checkKeyOptions(fields);
    const now = kit.clock.now();
    const key: CallMissedFakeKey = {
      name: "key",
      permissions: ["*"],
      scopes: [],
      rateLimitRpm: defaultRpm,
      allowedDomains: ["*"],
      ...structuredClone(rest),
      id: ids("key"),
      secret,
      expiresAt: expiresInDays === undefined ? null : now + expiresInDays * DAY_MS,
      revoked: false,
      createdAt: new Date(now).toISOString(),
    };
    state.apiKeys.set(key.id, key);
    return key;
  }

  function seed(): void {
    state.apiKeys.clear();
    windows.clear();
    ids = createIds();
    for (const key of options.seed?.apiKeys ?? []) addKey(key);
  }

  /** The live key with this secret; a test naming another is a mistake in the test, so it throws. */
  function keyBySecret(secret: string): CallMissedFakeKey {
    const key = liveKey(secret);
    if (!key) throw new Error("CallMissed fake: no live key has that secret.");
    return key;
  }

  const liveKey = (secret: string) => [...state.apiKeys.values()].find((k) => k.secret === secret && !k.revoked);

  return { state, windows, seed, addKey, keyBySecret, liveKey };
}

/** The console's own checks, so a test cannot make a key the vendor would refuse. */
function checkKeyOptions(fields: CallMissedFakeKeyOptions): CallMissedFakeKeyOptions {
  const lists: Array<[keyof CallMissedFakeKeyOptions, readonly string[]]> = [
    ["permissions", servicePermissionValues],
    ["scopes", resourceScopeValues],
  ];
  for (const [field, allowed] of lists) {
    const values = fields[field];
    if (values === undefined) continue;
    if (!Array.isArray(values)) throw new TypeError(`CallMissed fake: ${field} must be an array.`);
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length) throw new TypeError(`CallMissed fake: unknown ${field} ${unknown.join(", ")}. Known: ${allowed.join(", ")}.`);
  }
  const domains = fields.allowedDomains;
  if (domains !== undefined && !(Array.isArray(domains) && domains.every((d) => typeof d === "string" && d))) {
    throw new TypeError('CallMissed fake: allowedDomains must be an array of origins or hosts, or ["*"].');
  }
  const days = fields.expiresInDays;
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 365)) {
    throw new TypeError("CallMissed fake: expiresInDays must be a whole number of days from 1 to 365, as in the console.");
  }
  const rpm = fields.rateLimitRpm;
  if (rpm !== undefined && !(Number.isInteger(rpm) && rpm >= 1)) throw new TypeError("CallMissed fake: rateLimitRpm must be a whole number >= 1.");
  if (fields.secret !== undefined && !/^cm_[\w-]+$/.test(fields.secret)) throw new TypeError("CallMissed fake: secret must start with cm_.");
  return fields;
}
