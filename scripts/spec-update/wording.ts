/**
 * What of our wording an operation keeps when the vendor's document replaces it: a closed request body,
 * and our parameters and responses where they still mean what the vendor's do.
 */
import { deref as follow } from "../lib/openapi.js";
import { PROSE, type Json } from "./json.js";

const deref = (doc: Json, node: unknown): any => follow(doc, node);

/** JSON without prose and defaults, to tell whether our wording of a response or parameter still fits. */
function meaning(node: unknown): string {
  return JSON.stringify(node, (key, value) => (PROSE.has(key) || (key === "required" && value === false) ? undefined : value));
}

/**
 * A request body we close stays closed even when the vendor renamed its schema (AgentMail's
 * AgentSignUpRequest became AgentSignupRequest): otherwise a misspelled field would silently pass again.
 */
export function keepClosedBody(op: Json, ours: Json | undefined, incoming: Json, current: Json): void {
  const body = (doc: Json, holder: Json | undefined) => deref(doc, deref(doc, holder?.requestBody)?.content?.["application/json"]?.schema);
  const theirs = body(incoming, op);
  if (body(current, ours)?.additionalProperties === false && theirs?.properties && !("additionalProperties" in theirs)) {
    theirs.additionalProperties = false;
  }
}

/**
 * Our parameters and responses where they still mean what the vendor's do; ours for error statuses it
 * leaves out (AgentMail's definition declares no 401, 403 or 429 anywhere).
 */
export function keepOurWording(op: Json, ours: Json | undefined, incoming: Json, current: Json): Json {
  if (!ours) return op;
  if (Array.isArray(op.parameters)) {
    op.parameters = op.parameters.map((param: Json) => {
      const theirs = deref(incoming, param);
      const mine = (ours.parameters ?? []).find((p: Json) => deref(current, p)?.name === theirs?.name && deref(current, p)?.in === theirs?.in);
      const same =
        mine &&
        meaning(deref(current, mine).schema) === meaning(theirs.schema) &&
        Boolean(deref(current, mine).required) === Boolean(theirs.required);
      return same ? mine : param;
    });
  }
  const responses: Json = {};
  for (const [status, response] of Object.entries((op.responses ?? {}) as Json)) {
    const mine = ours.responses?.[status];
    const same = mine && meaning(deref(current, mine)?.content) === meaning(deref(incoming, response)?.content);
    responses[status] = same ? mine : response;
  }
  // Parts marked x-keep are keepOurs' to carry (and to report); the rest of our error responses come along here.
  for (const [status, mine] of Object.entries((ours.responses ?? {}) as Json)) {
    const marked = mine["x-keep"] !== undefined || deref(current, mine)?.["x-keep"] !== undefined;
    if (!/^2/.test(status) && !(status in responses) && !marked) responses[status] = mine;
  }
  return { ...op, responses };
}
