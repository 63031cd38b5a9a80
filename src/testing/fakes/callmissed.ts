/**
 * A stateful fake of CallMissed's key-management API (`/api/v1/keys`) for MSW. Semantics follow
 * CallMissed's docs: dashboard JWTs (24 h) and `cm_` keys as Bearer credentials, keys with service
 * permissions and resource scopes as comma-separated strings, the plaintext key shown once, per-key RPM
 * with 429 + `Retry-After`, a monthly quota answered with `quota_exceeded`, and `Idempotency-Key` replays.
 */
import { operations, resourceScopeValues, servers, servicePermissionValues } from "../../callmissed/generated/meta.js";
import { bearerToken, createKit, createWindowCounter, json, randomSecret, type Fake, type FakeClock } from "../kit.js";

/** A key as the fake stores it. `secret` is the plaintext the API returns once. */
export interface CallMissedFakeKey {
  id: string;
  name: string;
  secret: string;
  permissions: string[];
  scopes: string[];
  rateLimitRpm: number;
  budgetLimit: number | null;
  budgetUsed: number;
  isActive: boolean;
  createdAt: string;
}

/** Options of {@link createCallMissedFake}. */
export interface CallMissedFakeOptions {
  /** @default "https://api.callmissed.com", the client's default */
  baseUrl?: string;
  clock?: FakeClock;
  /** Per-key RPM when a key is created without `rate_limit_rpm`. @default 60, the Free plan's */
  defaultRpm?: number;
  seed?: { apiKeys?: Array<Partial<CallMissedFakeKey> & { name: string }> };
}

/** The CallMissed fake's data. */
export interface CallMissedFakeState {
  /** Keys by id. */
  apiKeys: Map<string, CallMissedFakeKey>;
  /** Dashboard access tokens and when they expire (ms since the epoch). */
  accessTokens: Map<string, number>;
}

/** What {@link createCallMissedFake} returns; errors use CallMissed's `{error: {code, message, type}}` body. */
export interface CallMissedFake extends Fake<CallMissedFakeState> {
  /** A dashboard JWT access token, valid for 24 h on the fake's clock (as the docs give). */
  issueAccessToken(options?: { ttlMs?: number }): string;
  /** Creates a key without HTTP, as the console would; returns its plaintext `cm_` secret. */
  issueKey(options?: Partial<Omit<CallMissedFakeKey, "id" | "secret">>): string;
  /** Every request answers 429 `quota_exceeded` until `resetAt` (the monthly cap), or until called with `false`. */
  exhaustQuota(resetAt: Date | false): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ERROR_TYPES: Record<number, string> = {
  401: "authentication_error",
  403: "permission_error",
  409: "invalid_request_error",
  429: "rate_limit_error",
};

/**
 * The error body of each CallMissed surface (errors.md): Anthropic-style on `/v1/messages`, and the
 * `{error: {code, message, type}}` envelope the docs give for every other error. Only `/api/v1/keys` is
 * served today; the switch keeps the right envelope when more surfaces are added.
 */
function errorEnvelope(path: string, status: number, code: string, message: string): unknown {
  const type = ERROR_TYPES[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
  if (path.endsWith("/v1/messages")) return { type: "error", error: { type, message } };
  return { error: { code, message, type } };
}

/** Creates a fake CallMissed API; see {@link CallMissedFake}. */
export function createCallMissedFake(options: CallMissedFakeOptions = {}): CallMissedFake {
  const base = (options.baseUrl ?? servers[0]).replace(/\/$/, "");
  const keysPath = `${new URL(base).pathname.replace(/\/$/, "")}/api/v1/keys`;
  const kit = createKit({ clock: options.clock, errorBody: (status, code, message) => errorEnvelope(keysPath, status, code, message) });
  const defaultRpm = options.defaultRpm ?? 60;
  const state: CallMissedFakeState = { apiKeys: new Map(), accessTokens: new Map() };
  // One sliding window per key, sized by that key's own `rateLimitRpm`.
  const windows = new Map<string, ReturnType<typeof createWindowCounter>>();
  let quotaResetAt: number | undefined;
  let idempotent = new Map<string, { body: string; response: unknown }>();
  let nextId = 1;

  function addKey(fields: Partial<Omit<CallMissedFakeKey, "id" | "secret">> & { secret?: string }): CallMissedFakeKey {
    const key: CallMissedFakeKey = {
      name: "key",
      permissions: ["*"],
      scopes: [],
      rateLimitRpm: defaultRpm,
      budgetLimit: null,
      budgetUsed: 0,
      isActive: true,
      createdAt: new Date(kit.clock.now()).toISOString(),
      ...structuredClone(fields),
      id: `key_${nextId++}`,
      secret: fields.secret ?? randomSecret("cm_"),
    };
    state.apiKeys.set(key.id, key);
    return key;
  }

  function seed(): void {
    state.apiKeys.clear();
    state.accessTokens.clear();
    nextId = 1;
    idempotent = new Map();
    quotaResetAt = undefined;
    windows.clear();
    for (const key of options.seed?.apiKeys ?? []) addKey(key);
  }

  /** Who is calling: a dashboard session, a `cm_` key, or the 401 to answer. */
  function authenticate(request: Request): { key?: CallMissedFakeKey; refusal?: Response } {
    const token = bearerToken(request);
    if (token?.startsWith("cm_")) {
      const key = [...state.apiKeys.values()].find((k) => k.secret === token && k.isActive);
      return key ? { key } : { refusal: kit.error(401, "invalid_api_key", "The API key is unknown or revoked.") };
    }
    const expiresAt = token === undefined ? undefined : state.accessTokens.get(token);
    if (expiresAt === undefined) return { refusal: kit.error(401, "invalid_token", "Missing or invalid Authorization header.") };
    if (kit.clock.now() >= expiresAt) return { refusal: kit.error(401, "token_expired", "Access token expired; refresh it.") };
    return {};
  }

  /** Quota, then the key's RPM, then (for keys) the scope that key management needs. */
  function admit(request: Request): Response | undefined {
    if (quotaResetAt !== undefined && kit.clock.now() < quotaResetAt) {
      return kit.error(429, "quota_exceeded", "Monthly quota used up.", { "X-RateLimit-Reset": new Date(quotaResetAt).toISOString() });
    }
    const { key, refusal } = authenticate(request);
    if (refusal) return refusal;
    if (!key) return undefined; // Dashboard sessions have full access (authentication.md).
    let window = windows.get(key.id);
    if (!window) windows.set(key.id, (window = createWindowCounter(key.rateLimitRpm, 60_000, kit.clock)));
    const hit = window.hit(key.id);
    if (!hit.allowed) {
      return kit.error(429, "rate_limit_exceeded", "Rate limit exceeded; see Retry-After.", {
        "X-RateLimit-Limit": String(key.rateLimitRpm),
        "X-RateLimit-Remaining": "0",
        "Retry-After": String(hit.retryAfterSeconds),
      });
    }
    // Scopes gate /api/v1 for cm_ keys and no named scope covers keys, so only `*` reaches them.
    if (!key.scopes.includes("*")) {
      return kit.error(403, "permission_denied", "This key's scopes do not include key management; use a dashboard session or a key with scope *.");
    }
    return undefined;
  }

  const handlers = [
    kit.route("listApiKeys", "get", `${base}/api/v1/keys`, ({ request }) => {
      const refusal = admit(request);
      if (refusal) return refusal;
      return json([...state.apiKeys.values()].map(publicView));
    }),
    kit.route("createApiKey", "post", `${base}/api/v1/keys`, ({ request, body, bodyIsJson }) => {
      const refusal = admit(request);
      if (refusal) return refusal;
      const replayKey = request.headers.get("idempotency-key");
      const text = JSON.stringify(body);
      const replay = replayKey ? idempotent.get(replayKey) : undefined;
      if (replay) {
        return replay.body === text
          ? json(replay.response, 201)
          : kit.error(409, "idempotency_conflict", "Idempotency-Key was already used with a different body.");
      }
      const problems = bodyIsJson ? validateCreate(body) : [{ loc: ["body"], msg: "JSON decode error", type: "json_invalid" }];
      if (problems.length) return json({ detail: problems }, 422);
      const input = body as Record<string, unknown>;
      const key = addKey({
        name: input.name as string,
        permissions: csv(input.permissions) ?? ["*"],
        scopes: csv(input.scopes) ?? [],
        rateLimitRpm: (input.rate_limit_rpm as number | undefined) ?? defaultRpm,
        budgetLimit: (input.budget_limit as number | undefined) ?? null,
      });
      const created = { ...publicView(key), key: key.secret };
      if (replayKey) idempotent.set(replayKey, { body: text, response: created });
      return json(created, 201);
    }),
  ];

  return {
    ...kit.fake(handlers, state, seed),
    issueAccessToken({ ttlMs = DAY_MS } = {}) {
      const token = `eyJ${randomSecret("", 40)}`;
      state.accessTokens.set(token, kit.clock.now() + ttlMs);
      return token;
    },
    issueKey(fields = {}) {
      return addKey(fields).secret;
    },
    exhaustQuota(resetAt) {
      quotaResetAt = resetAt === false ? undefined : resetAt.getTime();
    },
  };
}

/** A stored key as the list shows it: everything but the plaintext. */
function publicView(key: CallMissedFakeKey): Record<string, unknown> {
  return {
    id: key.id,
    name: key.name,
    permissions: key.permissions.join(","),
    scopes: key.scopes.length ? key.scopes.join(",") : null,
    allowed_domains: "*",
    is_active: key.isActive,
    logs_enabled: false,
    prompt_logging_enabled: false,
    budget_limit: key.budgetLimit,
    budget_used: key.budgetUsed,
    budget_remaining: key.budgetLimit === null ? null : key.budgetLimit - key.budgetUsed,
    rate_limit_rpm: key.rateLimitRpm,
    allowed_models: "*",
    created_at: key.createdAt,
  };
}

function csv(value: unknown): string[] | undefined {
  return typeof value === "string" ? value.split(",").map((v) => v.trim()).filter(Boolean) : undefined;
}

const CREATE_FIELDS = operations.createApiKey.request?.properties ?? {};

type Problem = { loc: Array<string | number>; msg: string; type: string };

/** FastAPI-style checks of the create body (422 `{detail: [{loc, msg, type}]}`). */
function validateCreate(body: unknown): Problem[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }];
  }
  const input = body as Record<string, unknown>;
  const problems: Problem[] = [];
  // The model forbids extra fields (the spec closes the body): a misspelt `permisions` is refused, not dropped.
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(CREATE_FIELDS, key)) problems.push({ loc: ["body", key], msg: "Extra inputs are not permitted", type: "extra_forbidden" });
  }
  if (input.name === undefined) problems.push({ loc: ["body", "name"], msg: "Field required", type: "missing" });
  else if (typeof input.name !== "string") problems.push({ loc: ["body", "name"], msg: "Input should be a valid string", type: "string_type" });
  const lists: Array<[string, readonly string[]]> = [["permissions", servicePermissionValues], ["scopes", resourceScopeValues]];
  for (const [field, allowed] of lists) {
    const values = input[field] === undefined ? [] : csv(input[field]);
    if (!values) problems.push({ loc: ["body", field], msg: "Input should be a valid string", type: "string_type" });
    for (const value of values ?? []) {
      if (!allowed.includes(value)) problems.push({ loc: ["body", field], msg: `Unknown value '${value}'`, type: "enum" });
    }
  }
  const rpm = input.rate_limit_rpm;
  if (rpm !== undefined && (!Number.isInteger(rpm) || (rpm as number) < 1)) {
    problems.push({ loc: ["body", "rate_limit_rpm"], msg: "Input should be greater than or equal to 1", type: "greater_than_equal" });
  }
  const budget = input.budget_limit;
  if (budget !== undefined && (typeof budget !== "number" || budget < 0)) {
    problems.push({ loc: ["body", "budget_limit"], msg: "Input should be greater than or equal to 0", type: "greater_than_equal" });
  }
  return problems;
}
