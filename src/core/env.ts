/** Environment variables, read where the runtime has them. */

/**
 * Reads an environment variable where a `process` exists (Node, Bun, Deno's Node compatibility). Deno
 * without `--allow-env` throws on the read: that is an unset variable, not a reason to fail the client.
 */
export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return env?.[name]?.trim() || undefined;
  } catch {
    return undefined;
  }
}
