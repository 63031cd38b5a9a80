/**
 * The AgentMail fake's wire forms: the `{name, code, message, docs}` error body (and its 400 and 403
 * variants) and the views of a credential, as AgentMail's API definition shows them (snake_case).
 */
import type { Shape } from "../../../core/shape.js";
import { json } from "../../kit.js";
import { validateBody } from "../../validate.js";
import type { AgentMailFakeKey } from "./types.js";

const DOCS = "https://docs.agentmail.to/resources/errors";
const NAMES: Record<number, string> = {
  400: "ValidationError",
  401: "UnauthorizedError",
  403: "ForbiddenError",
  404: "NotFoundError",
  409: "ConflictError",
  429: "TooManyRequests",
};

/** The body of every error the kit answers in AgentMail's name. */
export function errorBody(status: number, code: string, message: string): unknown {
  return { name: NAMES[status] ?? "Error", code, message, docs: `${DOCS}#${code}` };
}

/** The 403 of a missing permission or state, with what to do instead. */
export function denied(fix: string): Response {
  return json({ name: "ForbiddenError", code: "missing_permission", message: "Forbidden", fix, docs: `${DOCS}#missing_permission` }, 403);
}

/** A 400 naming one field. */
export function validation(path: string, message: string): Response {
  return json({ name: "ValidationError", code: "validation_error", message, errors: [{ path, message }] }, 400);
}

/** A 400 in AgentMail's validation envelope when the body breaks the operation's request schema. */
export function invalidBody(body: unknown, shape: Shape | undefined): Response | undefined {
  const problems = validateBody(body ?? {}, shape);
  if (!problems.length) return undefined;
  const errors = problems.map(({ path, message }) => ({ path: path.join("."), message: `${path.join(".") || "body"} ${message}.` }));
  return json({ name: "ValidationError", code: "validation_error", message: errors[0]!.message, errors }, 400);
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** A credential as get, list and update show it (never with a secret). */
export function publicView(key: AgentMailFakeKey): Record<string, unknown> {
  const out: Record<string, unknown> = { type: key.type, api_key_id: key.apiKeyId };
  if (key.type === "bearer") out.prefix = key.secret.slice(0, 8);
  if (key.clientId) out.client_id = key.clientId;
  out.name = key.name;
  if (key.publicKey) out.public_key = { jwk: key.publicKey, fingerprint: key.publicKey.x };
  if (key.podId) out.pod_id = key.podId;
  if (key.inboxId) out.inbox_id = key.inboxId;
  if (key.status) out.status = key.status;
  if (key.permissions || key.type === "public_key") out.permissions = { ...key.permissions };
  if (key.type === "public_key") out.created_by = { api_key_id: key.createdBy ?? "" };
  Object.assign(out, { created_at: key.createdAt, updated_at: key.updatedAt });
  if (key.expiresAt !== undefined) out.expires_at = iso(key.expiresAt);
  return out;
}

/** The create answer of a bearer key: its secret, once. */
export function createdView(key: AgentMailFakeKey): Record<string, unknown> {
  const out: Record<string, unknown> = { api_key_id: key.apiKeyId, api_key: key.secret, prefix: key.secret.slice(0, 8), name: key.name };
  if (key.podId) out.pod_id = key.podId;
  if (key.inboxId) out.inbox_id = key.inboxId;
  if (key.permissions) out.permissions = { ...key.permissions };
  out.created_at = key.createdAt;
  if (key.expiresAt !== undefined) out.expires_at = iso(key.expiresAt);
  return out;
}
