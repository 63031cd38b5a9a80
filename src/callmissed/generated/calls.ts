// Generated from specs/callmissed.yaml by scripts/generate.ts; do not edit.
import { type OperationMeta } from "../../core/shape.js";
import { anyFromWire, arrayFromWire, isObject, withUnknownKeys } from "../../core/wire.js";

type Json = Record<string, unknown>;

export function readModel(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["type"]) !== undefined) { o["type"] = v; n++; }
  if ((v = w["display_name"]) !== undefined) { o["displayName"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["description"]) !== undefined) { o["description"] = v; n++; }
  if ((v = w["category"]) !== undefined) { o["category"] = v; n++; }
  if ((v = w["context_window"]) !== undefined) { o["contextWindow"] = v; n++; }
  if ((v = w["supports_streaming"]) !== undefined) { o["supportsStreaming"] = v; n++; }
  if ((v = w["supports_tools"]) !== undefined) { o["supportsTools"] = v; n++; }
  if ((v = w["supports_reasoning"]) !== undefined) { o["supportsReasoning"] = v; n++; }
  if ((v = w["supports_vision"]) !== undefined) { o["supportsVision"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readModelList(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["data"]) !== undefined) { o["data"] = arrayFromWire(v, readModel); n++; }
  if ((v = w["has_more"]) !== undefined) { o["hasMore"] = v; n++; }
  if ((v = w["first_id"]) !== undefined) { o["firstId"] = v; n++; }
  if ((v = w["last_id"]) !== undefined) { o["lastId"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

/** `listModels`: what `call()` needs to run it. */
export const listModels = { method: "GET", path: "/anthropic/v1/models", auth: true, response: { type: "object", required: ["data"] }, decode: readModelList } as const satisfies OperationMeta;
