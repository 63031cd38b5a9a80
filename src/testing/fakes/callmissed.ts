/**
 * A stateful fake of CallMissed's key surface for MSW, after its October 2026 docs: `cm_` keys made in the
 * console (here `issueKey()`), sent as Bearer or `x-api-key`; an optional expiry of 1-365 days on the
 * fake's clock (401 `api_key_expired`); revocation and rotation (401 `invalid_api_key` for the old
 * secret); the key's domain allowlist (403 `domain_not_allowed`); per-key RPM (429 `rate_limit_exceeded`, no `Retry-After` on the inference surface); and the
 * model list, the one operation of our spec. Errors use the OpenAI envelope the inference surface sends.
 */
import { operations, resourceScopeValues, servers, servicePermissionValues } from "../../callmissed/generated/meta.js";
import { createIds, createKit, createWindowCounter, json, randomSecret, type Fake, type FakeClock } from "../kit.js";
import { serveOperations, type FakeGuard } from "../serve.js";

/** A key as the fake stores it. `secret` is what the console showed once. */
export interface CallMissedFakeKey {
  id: string;
  name: string;
  secret: string;
  permissions: string[];
  scopes: string[];
  rateLimitRpm: number;
  /** Origins (`app.example.com` or `https://app.example.com`) that may send the key; `["*"]` any. */
  allowedDomains: string[];
  /** When the key expires, in ms on the fake's clock; `null` (the default) never. */
  expiresAt: number | null;
  revoked: boolean;
  createdAt: string;
}

/** A key as the console creates it; every field is optional. */
export interface CallMissedFakeKeyOptions {
  name?: string;
  /** A fixed secret (must start with `cm_`); random by default. */
  secret?: string;
  /** @default ["*"], as for a new key */
  permissions?: string[];
  /** @default [], as for a new key */
  scopes?: string[];
  /** @default the fake's `defaultRpm` */
  rateLimitRpm?: number;
  /** The key's domain allowlist. @default ["*"] */
  allowedDomains?: string[];
  /** Expire the key this many days after creation on the fake's clock (1-365, as the console allows). */
  expiresInDays?: number;
}

/** Options of {@link createCallMissedFake}. */
export interface CallMissedFakeOptions {
  /** @default "https://api.callmissed.com", the client's default */
  baseUrl?: string;
  clock?: FakeClock;
  /** Per-key RPM of a key issued without `rateLimitRpm`. @default 60, the Free plan's */
  defaultRpm?: number;
  /** The catalogue `GET /anthropic/v1/models` answers (wire shape). @default two models */
  models?: Array<Record<string, unknown> & { id: string }>;
  seed?: { apiKeys?: CallMissedFakeKeyOptions[] };
}

/** The CallMissed fake's data. */
export interface CallMissedFakeState {
  /** Keys by id. */
  apiKeys: Map<string, CallMissedFakeKey>;
}

/** What {@link createCallMissedFake} returns. */
export interface CallMissedFake extends Fake<CallMissedFakeState> {
  /** Creates a key as the console would; returns its plaintext `cm_` secret. Unknown permissions or scopes throw. */
  issueKey(options?: CallMissedFakeKeyOptions): string;
  /** Rotates a key as the console would: a new secret for the same key, and the old one stops working. */
  rotateKey(secret: string): string;
  /** Revokes a key as the console would. */
  revokeKey(secret: string): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ERROR_TYPES: Record<number, string> = { 401: "authentication_error", 403: "permission_error", 429: "rate_limit_error" };
const DEFAULT_MODELS = [
  { type: "model", id: "anthropic/claude-sonnet-4.6", display_name: "Claude Sonnet 4.6", category: "llm", context_window: 200000, supports_streaming: true, supports_tools: true, supports_vision: true },
  { type: "model", id: "openai/gpt-6-luna", display_name: "GPT-6 Luna", category: "llm", context_window: 1050000, supports_streaming: true, supports_tools: true, supports_vision: true },
];

/** The OpenAI-style envelope of the inference surface (`/v1/*`, `/anthropic/v1/*`). */
function errorEnvelope(status: number, code: string, message: string): unknown {
  return { error: { message, type: ERROR_TYPES[status] ?? (status >= 500 ? "api_error" : "invalid_request_error"), code } };
}

/** Creates a fake CallMissed API; see {@link CallMissedFake}. */
export function createCallMissedFake(options: CallMissedFakeOptions = {}): CallMissedFake {
  const base = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const kit = createKit({ clock: options.clock, errorBody: errorEnvelope });
  const defaultRpm = options.defaultRpm ?? 60;
  const models = structuredClone(options.models ?? DEFAULT_MODELS);
  const state: CallMissedFakeState = { apiKeys: new Map() };
  // One sliding window per key, sized by that key's own `rateLimitRpm`.
  const windows = new Map<string, ReturnType<typeof createWindowCounter>>();
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

  function keyBySecret(secret: string): CallMissedFakeKey {
    const key = [...state.apiKeys.values()].find((k) => k.secret === secret && !k.revoked);
    if (!key) throw new Error("CallMissed fake: no live key has that secret.");
    return key;
  }

  /** The key that may call, or the 401/403/429 to answer: key, expiry, domain allowlist, then the key's RPM. */
  function admit({ request }: { request: Request }): CallMissedFakeKey | Response {
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
    // Both header styles work on the Anthropic-compatible surface, the only one this fake serves.
    const secret = bearer ?? request.headers.get("x-api-key")?.trim();
    if (!secret) return kit.error(401, "invalid_api_key", "Missing API key. Send Authorization: Bearer cm_... or x-api-key.");
    const key = [...state.apiKeys.values()].find((k) => k.secret === secret && !k.revoked);
    if (!key) return kit.error(401, "invalid_api_key", "Invalid API key: unknown or revoked.");
    if (key.expiresAt !== null && kit.clock.now() >= key.expiresAt) {
      return kit.error(401, "api_key_expired", "This API key has expired. Create a new one in the console.");
    }
    // The allowlist is for browser use, so only a request that names its Origin is checked (an assumption).
    const origin = request.headers.get("origin");
    if (origin && !key.allowedDomains.some((domain) => domain === "*" || domain === origin || domain === hostOf(origin))) {
      return kit.error(403, "domain_not_allowed", "The request origin is not in this key's domain allowlist.");
    }
    let window = windows.get(key.id);
    if (!window) windows.set(key.id, (window = createWindowCounter(key.rateLimitRpm, 60_000, kit.clock)));
    if (!window.hit(key.id).allowed) {
      // The inference surface sends no Retry-After on an RPM 429 (rate-limits page): the client backs off.
      return kit.error(429, "rate_limit_exceeded", `Rate limit exceeded: ${key.rateLimitRpm} requests per minute for this key.`);
    }
    return key;
  }

  // Our spec gives no per-operation permission for the model list, so the key check is the whole guard.
  const guard: FakeGuard<keyof typeof operations, CallMissedFakeKey> = { authenticate: admit };
  const handlers = serveOperations({
    kit,
    baseUrl: base,
    operations,
    guard,
    resolvers: {
      listModels: () => json({ data: models, has_more: false, first_id: models[0]?.id, last_id: models.at(-1)?.id }),
    },
  });

  return {
    ...kit.fake(handlers, state, seed),
    issueKey(fields) {
      return addKey(fields).secret;
    },
    rotateKey(secret) {
      const key = keyBySecret(secret);
      // The docs give "within about a minute" and no overlap; the fake takes the strict end: at once.
      key.secret = randomSecret("cm_");
      return key.secret;
    },
    revokeKey(secret) {
      keyBySecret(secret).revoked = true;
    },
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** The console's own checks, so a test cannot make a key the vendor would refuse. */
function checkKeyOptions(fields: CallMissedFakeKeyOptions): CallMissedFakeKeyOptions {
  const lists: Array<[keyof CallMissedFakeKeyOptions, readonly string[]]> = [["permissions", servicePermissionValues], ["scopes", resourceScopeValues]];
  for (const [field, allowed] of lists) {
    const values = fields[field];
    if (values === undefined) continue;
    if (!Array.isArray(values)) throw new TypeError(`CallMissed fake: ${field} must be an array.`);
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length) throw new TypeError(`CallMissed fake: unknown ${field} ${unknown.join(", ")}. Known: ${allowed.join(", ")}.`);
  }
  const domains = fields.allowedDomains;
  if (domains !== undefined && !(Array.isArray(domains) && domains.every((d) => typeof d === "string" && d))) {
    throw new TypeError("CallMissed fake: allowedDomains must be an array of origins or hosts, or [\"*\"].");
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
