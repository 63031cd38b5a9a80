/**
 * The responses/headers family: every status including `default` (our error classes parse error bodies
 * too), each response's bodies by media type, and its headers (`Retry-After`, `X-Request-Id`, ...).
 */
import { deref } from "../lib/openapi.js";
import { compareSchema } from "./bodies.js";
import { compareContent } from "./content.js";
import { child, type Ctx, type Json, rec, report, reportDocs, union, type Walk } from "./model.js";

const isSuccess = (status: string): boolean => /^2(\d\d|xx)$/i.test(status);

/** The base pointer of a response: the component it references, or its place in the operation. */
function responseBase(raw: unknown, fallback: string): string {
  return typeof rec(raw).$ref === "string" ? String(rec(raw).$ref) : fallback;
}

/** Compares the responses of one operation (`a` and `b` are the operation objects at `pointer`). */
export function compareResponses(walk: Walk, a: Json, b: Json, pointer: string): void {
  const olds = rec(a.responses);
  const news = rec(b.responses);
  for (const status of union(Object.keys(olds), Object.keys(news))) {
    const base = child(pointer, "responses", status);
    const kind = isSuccess(status) ? "success" : "non-success";
    const ctx: Ctx = {
      location: `${walk.operation} responses.${status}`,
      pointer: responseBase(news[status] ?? olds[status], base),
      name: "",
      rootLabel: `${status} response body`,
      shared: false,
    };
    if (!(status in news)) report(walk, ctx, `${kind}-status-removed`, "status", `${kind} response ${status} was removed`);
    else if (!(status in olds)) report(walk, ctx, `${kind}-status-added`, "status", `${kind} response ${status} was added`);
    else {
      const oldResponse = rec(deref(walk.oldDoc, olds[status]));
      const newResponse = rec(deref(walk.newDoc, news[status]));
      compareContent(walk, "response", oldResponse, newResponse, ctx);
      compareHeaders(walk, oldResponse, newResponse, ctx);
    }
  }
}

/** Headers by lower-cased name (HTTP header names are case-insensitive); `Content-Type` is described by `content`. */
function headersOf(doc: Json, response: Json): Map<string, { name: string; header: Json }> {
  const headers = new Map<string, { name: string; header: Json }>();
  for (const [name, raw] of Object.entries(rec(response.headers))) {
    if (name.toLowerCase() === "content-type") continue;
    headers.set(name.toLowerCase(), { name, header: rec(deref(doc, raw)) });
  }
  return headers;
}

function compareHeaders(walk: Walk, a: Json, b: Json, response: Ctx): void {
  const olds = headersOf(walk.oldDoc, a);
  const news = headersOf(walk.newDoc, b);
  for (const key of union(olds.keys(), news.keys())) {
    const was = olds.get(key);
    const is = news.get(key);
    const name = (is ?? was)?.name ?? key;
    const ctx: Ctx = {
      location: `${response.location}.headers.${name}`,
      pointer: child(response.pointer, "headers", name),
      name,
      rootLabel: "response header",
      noun: "response header",
      shared: false,
    };
    const subject = `response header ${name}`;
    if (!is) {
      if (was?.header.required === true) report(walk, ctx, "response-header-removed", "presence", `${subject} was removed`);
      else report(walk, ctx, "response-optional-header-removed", "presence", `optional ${subject} was removed`);
    } else if (!was) {
      report(walk, ctx, "response-header-added", "presence", `${subject} was added`);
    } else {
      const [before, after] = [was.header.required === true, is.header.required === true];
      if (before && !after) report(walk, ctx, "response-header-became-optional", "required", `${subject} may now be absent`);
      if (!before && after) report(walk, ctx, "response-header-became-required", "required", `${subject} is now always sent`);
      reportDocs(walk, ctx, [[was.header, is.header]]);
      compareSchema(walk, "response", was.header.schema, is.header.schema, ctx, 0);
    }
  }
}
