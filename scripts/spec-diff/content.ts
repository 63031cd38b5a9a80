/**
 * Request and response bodies by media type. Every media type is compared, not only `application/json`;
 * JSON-like types whose names differ (`application/json` -> `application/vnd.x+json`, `*\/*`) are paired by
 * structure and compared, with a note that the name changed.
 */
import { deref } from "../lib/openapi.js";
import { compareRequired, compareSchema } from "./bodies.js";
import { child, type Ctx, type Direction, isRecord, type Json, rec, report, reportDocs, type Walk } from "./model.js";

const isJsonLike = (mediaType: string): boolean => /json|^\*\/\*$|^application\/\*$/i.test(mediaType);

/** Old/new media type names that describe the same body: same name first, then JSON-like ones by order. */
function pairMediaTypes(olds: string[], news: string[]): { pairs: Array<[string, string]>; removed: string[]; added: string[] } {
  const lower = (s: string): string => s.toLowerCase();
  const pairs: Array<[string, string]> = olds.flatMap((o) => {
    const n = news.find((m) => lower(m) === lower(o));
    return n === undefined ? [] : [[o, n] as [string, string]];
  });
  const removed = olds.filter((o) => !pairs.some(([x]) => x === o));
  const added = news.filter((n) => !pairs.some(([, y]) => y === n));
  const jsonOld = removed.filter(isJsonLike);
  const jsonNew = added.filter(isJsonLike);
  for (let i = 0; i < Math.min(jsonOld.length, jsonNew.length); i++) pairs.push([jsonOld[i] as string, jsonNew[i] as string]);
  const paired = Math.min(jsonOld.length, jsonNew.length);
  return {
    pairs,
    removed: removed.filter((o) => !jsonOld.slice(0, paired).includes(o)),
    added: added.filter((n) => !jsonNew.slice(0, paired).includes(n)),
  };
}

/** The context of one media type's schema; `application/json` keeps the body's own location. */
function mediaCtx(ctx: Ctx, mediaType: string): Ctx {
  const pointer = child(ctx.pointer, "content", mediaType, "schema");
  const location = mediaType === "application/json" ? ctx.location : `${ctx.location} (${mediaType})`;
  return { ...ctx, pointer, location };
}

/** Compares the `content` of two request bodies or responses found at `ctx`. */
export function compareContent(walk: Walk, dir: Direction, a: Json, b: Json, ctx: Ctx): void {
  reportDocs(walk, ctx, [[a, b]]);
  const oldContent = rec(a.content);
  const newContent = rec(b.content);
  const { pairs, removed, added } = pairMediaTypes(Object.keys(oldContent), Object.keys(newContent));
  const side = dir === "request" ? "request" : "response";
  const what = dir === "request" ? "the request body" : `the ${ctx.rootLabel}`;
  for (const mediaType of removed) {
    const at = { ...mediaCtx(ctx, mediaType), location: `${ctx.location} (${mediaType})` };
    report(walk, at, `${side}-media-type-removed`, `media-:${mediaType}`, `${what} is no longer offered as ${mediaType}`);
  }
  for (const mediaType of added) {
    const at = { ...mediaCtx(ctx, mediaType), location: `${ctx.location} (${mediaType})` };
    report(walk, at, `${side}-media-type-added`, `media+:${mediaType}`, `${what} is now also offered as ${mediaType}`);
  }
  for (const [oldType, newType] of pairs) {
    const at = mediaCtx(ctx, newType);
    const oldMedia = rec(oldContent[oldType]);
    const newMedia = rec(newContent[newType]);
    if (oldType !== newType) {
      // The body is the same, but the Content-Type sent or the type openapi-fetch derives from it is not.
      report(walk, at, "media-type-renamed", `rename:${oldType}`, `${what} media type changed from ${oldType} to ${newType}`);
    }
    reportDocs(walk, at, [[oldMedia, newMedia]]);
    compareMediaSchema(walk, dir, oldMedia.schema, newMedia.schema, at, what);
  }
}

function compareMediaSchema(walk: Walk, dir: Direction, oldSchema: unknown, newSchema: unknown, ctx: Ctx, what: string): void {
  if (oldSchema === undefined && newSchema === undefined) return;
  if (oldSchema !== undefined && newSchema !== undefined) compareSchema(walk, dir, oldSchema, newSchema, ctx, 0);
  else if (dir === "request") {
    report(walk, ctx, "request-type-changed", "presence", `${what} ${newSchema ? "now has" : "no longer has"} a schema`);
  } else if (newSchema === undefined) {
    report(walk, ctx, "response-field-removed", "presence", `${what} no longer has a schema`);
  } else {
    report(walk, ctx, "response-field-added", "presence", `${what} now has a schema`);
  }
}

/** Compares the request bodies of one operation (`a` and `b` are the operation objects). */
export function compareRequestBody(walk: Walk, a: Json, b: Json, pointer: string, dir: Direction = "request"): void {
  const oldBody = deref(walk.oldDoc, a.requestBody);
  const newBody = deref(walk.newDoc, b.requestBody);
  const ctx: Ctx = {
    location: `${walk.operation} requestBody`,
    pointer: child(pointer, "requestBody"),
    name: "",
    rootLabel: "request body",
    shared: false,
  };
  if (!isRecord(oldBody) && !isRecord(newBody)) return;
  if (!isRecord(oldBody)) {
    if (dir === "response") report(walk, ctx, "response-field-added", "presence", "a request body was added");
    else if (isRecord(newBody) && newBody.required === true)
      report(walk, ctx, "required-request-field-added", "presence", "a required request body was added");
    else report(walk, ctx, "optional-request-field-added", "presence", "an optional request body was added");
    return;
  }
  if (!isRecord(newBody)) {
    const rule = dir === "request" ? "request-field-removed" : "response-field-removed";
    report(walk, ctx, rule, "presence", "the request body was removed");
    return;
  }
  if (dir === "request") compareRequired(walk, dir, ctx, oldBody.required === true, newBody.required === true);
  compareContent(walk, dir, oldBody, newBody, ctx);
}
