/**
 * `agentmail keys rotate ID`: create a like key, prove it works, then delete the old one. Every way this
 * can stop half-way ends with a statement of which keys exist, and a new secret that exists is printed
 * (once, on stdout) so it is never lost.
 */
import type { AgentMailClient, ApiKey, CreatedApiKey } from "../agentmail/index.js";
import { AbortError } from "../core/errors.js";
import type { Context } from "./context.js";
import { agentMailClient, findKey, keyType, keysAt, scopeLabel, showCreated, type Scope } from "./agentmail-keys.js";
import { EXIT, describe, report } from "./exit.js";

const P = "vendor-auth agentmail keys";

/** What `rotate --json` prints on stdout whenever a new key exists. */
export interface RotateResult {
  rotated: boolean;
  oldApiKeyId: string;
  /** `true` deleted, `false` still exists, `"unknown"` when interrupted during the delete. */
  oldDeleted: boolean | "unknown";
  newKey: CreatedApiKey;
  /** Whether the new key passed `auth me` (false only when interrupted before the check finished). */
  newKeyChecked: boolean;
  error?: Record<string, unknown>;
}

/** Runs the rotation; returns the exit code. */
export async function rotate(ctx: Context, client: AgentMailClient, scope: Scope, oldId: string): Promise<number> {
  const o = { signal: ctx.signal };
  const keys = keysAt(client, scope);
  let old: ApiKey | undefined;
  try {
    old = await findKey(ctx, keys, oldId);
  } catch (error) {
    if (error instanceof AbortError) ctx.note(`Interrupted before anything changed: ${oldId} is untouched.`);
    return report(ctx, error, P);
  }
  if (!old) {
    ctx.note(`AgentMail has no key ${oldId} at ${scopeLabel({}, scope)} scope; nothing changed.`);
    return EXIT.api;
  }
  if (keyType(old) !== "bearer") {
    ctx.note(`${oldId} is a ${keyType(old)} credential: rotate replaces bearer keys only (register a new key pair instead); nothing changed.`);
    return EXIT.usage;
  }
  // A pod or inbox key listed at organization level is replaced at its own scope, never a wider one.
  const target: Scope = old.inboxId ? { kind: "inbox", id: old.inboxId } : old.podId ? { kind: "pod", id: old.podId } : scope;
  const targetKeys = target === scope ? keys : keysAt(client, target);

  let created: CreatedApiKey;
  try {
    created = await targetKeys.create({ name: old.name, ...(old.permissions ? { permissions: old.permissions } : {}) }, o);
  } catch (error) {
    if (error instanceof AbortError) {
      ctx.note(
        `Interrupted while creating the new key: it may or may not exist (look for "${old.name}" in "${P} list"). The old key ${oldId} is unchanged.`,
      );
    } else {
      ctx.note(`Could not create the new key; the old key ${oldId} is unchanged.`);
    }
    return report(ctx, error, P);
  }
  ctx.secret(created.apiKey);
  const outcome = (fields: Partial<RotateResult>): RotateResult => ({
    rotated: false,
    oldApiKeyId: oldId,
    oldDeleted: false,
    newKey: created,
    newKeyChecked: true,
    ...fields,
  });

  try {
    const me = await (await agentMailClient(ctx, created.apiKey)).auth.me(o);
    if (me.apiKeyId && me.apiKeyId !== created.apiKeyId) throw new Error(`the new key identifies as ${me.apiKeyId}, not ${created.apiKeyId}`);
  } catch (error) {
    if (error instanceof AbortError) {
      print(ctx, outcome({ newKeyChecked: false }), target);
      ctx.note(
        `Interrupted while checking the new key. Both keys exist: ${oldId} (old, still valid) and ${created.apiKeyId} (new, unchecked; secret printed above).`,
      );
      return EXIT.interrupted;
    }
    ctx.note(`The new key ${created.apiKeyId} failed its check (${(error as Error).message}); deleting it and keeping ${oldId}.`);
    try {
      await targetKeys.delete(created.apiKeyId, o);
    } catch (cleanup) {
      ctx.note(
        `Could not delete the new key either (${(cleanup as Error).message}). Both keys exist: ${oldId} (old, kept) and ${created.apiKeyId} (new, failed its check). Remove it with "${P} delete ${created.apiKeyId}".`,
      );
    }
    return report(ctx, error, P);
  }

  try {
    await keys.delete(oldId, o);
  } catch (error) {
    const interrupted = error instanceof AbortError;
    print(ctx, outcome({ oldDeleted: interrupted ? "unknown" : false, error: describe(error) }), target);
    ctx.note(
      interrupted
        ? `Interrupted while deleting the old key: ${oldId} may or may not still exist; the new key ${created.apiKeyId} exists (secret printed above). Check with "${P} get ${oldId}".`
        : `Could not delete the old key. Both keys exist: ${oldId} (old, still valid) and ${created.apiKeyId} (new, checked; secret printed above). Delete the old one with "${P} delete ${oldId}".`,
    );
    return report(ctx, error, P);
  }
  print(ctx, outcome({ rotated: true, oldDeleted: true }), target);
  if (!ctx.json) ctx.note(`Deleted ${oldId}. Store the new secret now: it is shown once.`);
  return EXIT.ok;
}

function print(ctx: Context, result: RotateResult, scope: Scope): void {
  ctx.result(result, () => {
    const head = result.rotated
      ? `Rotated ${result.oldApiKeyId} -> ${result.newKey.apiKeyId}\n`
      : `Not rotated: ${result.oldApiKeyId} ${result.oldDeleted === false ? "still exists" : "may still exist"}\n`;
    return head + showCreated(ctx, result.newKey, scope);
  });
}
