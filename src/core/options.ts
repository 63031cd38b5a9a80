/**
 * The options every client and every call accepts, their defaults, and the one check they pass through.
 * Options are settled here once; everything downstream sees settled values only.
 */
import { LOG_LEVELS, type LogLevel, type Logger } from "./log.js";
import type { AppInfo } from "./user-agent.js";
import type { FetchLike } from "./transport.js";

/** Options every client accepts. */
export interface ClientOptions {
  /** Override the vendor's default server (for a region, a proxy or a mock). */
  baseUrl?: string;
  /** Retries after the first attempt, for retryable failures. @default 2 */
  maxRetries?: number;
  /**
   * Longest `Retry-After` the client will sleep through. Past it the error is thrown at once, with
   * `retryAfterMs` set, so the caller decides. @default 60000
   */
  maxRetryAfterMs?: number;
  /** Time limit of each attempt, including reading the body. @default 60000 */
  timeoutMs?: number;
  /** `timeoutMs` in seconds, the official AgentMail SDK's name; give one or the other. */
  timeoutInSeconds?: number;
  /**
   * Largest response body read, counted on the decoded bytes as they arrive (so a compression bomb stops
   * at it too); a larger one ends in an `ApiError` with code `response_too_large`. @default 16777216 (16 MiB,
   * room for Comma's 5 MB reports after JSON escaping)
   */
  maxResponseBytes?: number;
  /** A custom `fetch`. By default `globalThis.fetch`, looked up on every call. */
  fetch?: FetchLike;
  /** Headers sent with every request (string values; `null` removes one of ours, such as the User-Agent). */
  headers?: Record<string, string | null>;
  /**
   * What to log: `debug` adds every attempt (method, URL, status, time, redacted headers), `info` each
   * retry and its wait, `warn` a Retry-After too long to wait for. @default VENDOR_AUTH_LOG, else "warn"
   */
  logLevel?: LogLevel;
  /** Where log lines go; secrets are redacted before it sees them. @default console */
  logger?: Logger;
  /** Your product, added to the User-Agent (`{ name: "my-app", version: "1.2.0", url? }`). */
  appInfo?: AppInfo;
}

/** Options every method accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the request and any wait between retries; an already aborted signal sends nothing. */
  signal?: AbortSignal;
  /** `signal` under the official AgentMail SDK's name; give one or the other. */
  abortSignal?: AbortSignal;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** `timeoutMs` in seconds, the official AgentMail SDK's name; give one or the other. */
  timeoutInSeconds?: number;
  /** Overrides the client's `maxResponseBytes` for this call. */
  maxResponseBytes?: number;
  /** Extra headers for this call (string values; `null` removes a client header). */
  headers?: Record<string, string | null>;
}

/** What an option may hold: a JS type, a number range, or one of a list of strings (`"any"`: the vendor checks it). */
export type OptionRule =
  | "any"
  | "string"
  | "function"
  | "object"
  | "headers"
  | { readonly min: number; readonly max: number; readonly integer?: boolean }
  | readonly string[];

/** Longest delay `setTimeout` keeps; a longer one fires at once, so no wait or timeout may exceed it. */
export const MAX_TIMER_MS = 2_147_483_647;

const retries = { min: 0, max: 100, integer: true } as const;
const timeout = { min: 1, max: MAX_TIMER_MS } as const;
const seconds = { min: 0.001, max: MAX_TIMER_MS / 1000 } as const;
const bytes = { min: 1, max: 2 ** 32, integer: true } as const;

/** The rules of {@link ClientOptions}, plus `apiKey`, which every client takes. */
export const CLIENT_OPTION_RULES: Readonly<Record<string, OptionRule>> = {
  apiKey: "string",
  baseUrl: "string",
  maxRetries: retries,
  maxRetryAfterMs: { min: 0, max: MAX_TIMER_MS },
  timeoutMs: timeout,
  timeoutInSeconds: seconds,
  maxResponseBytes: bytes,
  fetch: "function",
  headers: "headers",
  logLevel: LOG_LEVELS,
  logger: "object",
  appInfo: "object",
};

/** The rules of {@link RequestOptions}. */
export const REQUEST_OPTION_RULES: Readonly<Record<string, OptionRule>> = {
  signal: "object",
  abortSignal: "object",
  maxRetries: retries,
  timeoutMs: timeout,
  timeoutInSeconds: seconds,
  headers: "headers",
  maxResponseBytes: bytes,
};

/** Option names of the official AgentMail SDK with no exact equivalent here, and what to write instead. */
const REPLACED: Readonly<Record<string, string>> = {
  logging: "logLevel and logger",
  queryParams: "the method's parameters, or httpClient(client) from vendor-auth/http for others",
};

/** Pairs of names for one setting (AgentMail's `environment` is its server): giving both would leave one ignored. */
export const SAME_SETTING = [
  ["timeoutMs", "timeoutInSeconds"],
  ["signal", "abortSignal"],
  ["baseUrl", "environment"],
] as const;

/** A per-attempt timeout from `timeoutMs` or `timeoutInSeconds`, whichever was given (already checked). */
export function timeoutOf(options: { timeoutMs?: number | undefined; timeoutInSeconds?: number | undefined }): number | undefined {
  return options.timeoutMs ?? (options.timeoutInSeconds === undefined ? undefined : options.timeoutInSeconds * 1000);
}

/** The defaults of {@link ClientOptions}, stated once. */
export const DEFAULTS = { maxRetries: 2, maxRetryAfterMs: 60_000, timeoutMs: 60_000, maxResponseBytes: 16 * 1024 * 1024 } as const;

/**
 * Throws a TypeError, naming `owner` and the option, for an unknown key or a value its rule rejects.
 * `undefined` counts as absent. Values are never repeated in the message, since a misplaced key could be one.
 */
export function checkOptions(owner: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${owner}: options must be an object such as { apiKey }, got ${kind(options)}.`);
  }
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (rule === undefined) {
      const instead = Object.hasOwn(REPLACED, name) ? ` (an option of the official AgentMail SDK): write ${REPLACED[name]} instead` : "";
      throw new TypeError(`${owner}: unknown option "${name}"${instead}. Valid options: ${Object.keys(rules).join(", ")}.`);
    }
    if (value === undefined) continue;
    if (rule === "headers") checkHeaders(owner, name, value);
    const problem = violation(value, rule);
    if (problem) throw new TypeError(`${owner}: ${name} must be ${problem}, got ${kind(value)}.`);
  }
  for (const [one, other] of SAME_SETTING) {
    const given = options as Record<string, unknown>;
    if (given[one] !== undefined && given[other] !== undefined) {
      throw new TypeError(`${owner}: ${one} and ${other} are one setting under two names; give only one.`);
    }
  }
}

// Header values are strings: a function (the official SDK's "supplier") or a promise would be sent as its
// source text or "[object Promise]".
const CREDENTIAL_HEADERS = new Set(["authorization", "x-api-key"]);

function checkHeaders(owner: string, name: string, value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  for (const header in value) {
    const item = (value as Record<string, unknown>)[header];
    // A credential header here would be replaced by (or would replace) the client's key without a word.
    if (item !== undefined && CREDENTIAL_HEADERS.has(header.toLowerCase())) {
      throw new TypeError(
        `${owner}: ${name} must not set "${header}": the client sends its own key. For another key, use client.withOptions({ apiKey }) or a second client.`,
      );
    }
    if (typeof item === "string" || item === null || item === undefined) continue;
    throw new TypeError(`${owner}: ${name}["${header}"] must be a string or null (compute it first), got ${kind(item)}.`);
  }
}

function violation(value: unknown, rule: OptionRule): string | undefined {
  if (rule === "any") return undefined;
  if (rule === "object" || rule === "headers") return typeof value === "object" && value !== null && !Array.isArray(value) ? undefined : "an object";
  // The official AgentMail SDK takes functions and promises ("suppliers") for apiKey and baseUrl.
  const supplier = rule === "string" && (typeof value === "function" || value instanceof Promise);
  if (typeof rule === "string") return typeof value === rule ? undefined : `a ${rule}${supplier ? " (compute it first)" : ""}`;
  if (Array.isArray(rule)) return rule.includes(value as string) ? undefined : `one of ${rule.map((v) => JSON.stringify(v)).join(", ")}`;
  const { min, max, integer } = rule as Exclude<OptionRule, string | readonly string[]>;
  const ok = typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value));
  return ok ? undefined : `${integer ? "an integer" : "a number"} from ${min} to ${max}`;
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
