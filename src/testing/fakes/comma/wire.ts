/** The Comma fake's wire forms (snake_case, as Comma's reference shows them) and its content hash. */
import type { CommaFakeComment, CommaFakeReport, CommaFakeRevision } from "./types.js";

/** A report on the wire: its metadata and head revision. */
export function reportWire(r: CommaFakeReport) {
  const head = r.revisions.at(-1);
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    visibility: r.visibility,
    revision_id: head?.id ?? null,
    revision_count: r.revisions.length,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}
/** A revision on the wire; the list leaves the content out (the reference lists ids, hashes, authors, times). */
export function revisionWire(v: CommaFakeRevision, withHtml: boolean) {
  return { id: v.id, ...(withHtml && { html: v.html }), hash: v.hash, author: v.author, created_at: v.createdAt };
}
/** A report's sharing settings on the wire. */
export function sharingWire(r: CommaFakeReport) {
  return { visibility: r.visibility, link_permission: r.linkPermission };
}
/** A comment on the wire. */
export function commentWire(c: CommaFakeComment) {
  return { id: c.id, body: c.body, author: c.author, resolved: c.resolved, created_at: c.createdAt };
}

/** FNV-1a (32 bit): a synchronous stand-in for the vendor's content hash, stable across runtimes. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
