/**
 * Opt-in logging of what the transport does: each attempt, and the retry decisions and waits. Everything
 * logged is redacted first: every token the client has sent, credential and cookie headers, and any
 * header or query parameter named like a secret. Kept small on purpose: it ships in every bundle.
 */
import { readEnv } from "./env.js";
import { scrub } from "./redact.js";

/** How much to log; each level includes the ones before it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go: `console` by default, or any object with these methods (pino, winston, ...). */
export interface Logger {
  /** Reserved: nothing is logged at this level yet (failures are thrown to the caller). */
  error(message: string, ...details: unknown[]): void;
  /** A Retry-After too long to wait for. */
  warn(message: string, ...details: unknown[]): void;
  /** Each retry, its reason and its wait. */
  info(message: string, ...details: unknown[]): void;
  /** Each attempt: method, URL, status, duration, redacted request and response headers. */
  debug(message: string, ...details: unknown[]): void;
}

/** The values of {@link LogLevel}, least to most verbose. */
export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** Names of headers and query parameters whose values are never logged. */
const SECRET_NAME = /auth|cookie|key|token|secret|password|passwd|session|signature|credential/i;

/** `url` with the values of secret-like query parameters replaced. */
export function redactUrl(url: string): string {
  return url.replace(/([?&])([^=&#]*)=([^&#]*)/g, (all, sep: string, name: string) => (SECRET_NAME.test(name) ? `${sep}${name}=[redacted]` : all));
}

/** A plain object of `headers` with the values of secret-like ones replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_NAME.test(name) ? "[redacted]" : value;
  });
  return out;
}

/** A log function per level, `undefined` for the levels that are off. */
export type Log = Partial<Record<Exclude<LogLevel, "off">, (message: string, details?: unknown) => void>>;

/**
 * Builds the log of one client. The level is `level`, else `VENDOR_AUTH_LOG` where `process.env`
 * exists, else `warn`; every line and detail is scrubbed of `secrets` (the tokens sent so far).
 */
export function createLog(level: LogLevel | undefined, logger: Logger = console, secrets: readonly string[] = []): Log {
  const env = readEnv("VENDOR_AUTH_LOG");
  const chosen = level ?? (LOG_LEVELS.includes(env as LogLevel) ? (env as LogLevel) : "warn");
  const log: Log = {};
  for (const name of LOG_LEVELS.slice(1, LOG_LEVELS.indexOf(chosen) + 1) as Array<keyof Log>) {
    log[name] = (message, details) => {
      const line = `[vendor-auth] ${scrub(redactUrl(message), secrets)}`;
      if (details === undefined) logger[name](line);
      else logger[name](line, scrub(details, secrets));
    };
  }
  return log;
}
