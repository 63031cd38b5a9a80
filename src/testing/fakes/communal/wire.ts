/**
 * The Communal fake's wire forms: Laravel's `{message}` error bodies and 422 body, the paginator page, the
 * compact `UserResource` view, and the version headers an answer carries.
 */
import type { CommunalFakeUser } from "./types.js";

/** Laravel's fixed messages for the statuses it words itself. */
export const MESSAGES: Record<number, string> = {
  401: "Unauthenticated.",
  403: "This action is unauthorized.",
  404: "No query results for model.",
};

/** The body of every error the kit answers in Communal's name. */
export function errorBody(status: number, _code: string, message: string): unknown {
  return { message: MESSAGES[status] ?? message };
}

/** The compact `UserResource` view `getUser` answers with: every scalar a string, as Communal sends it. */
export function toUserResource(user: CommunalFakeUser, withFamily: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: String(user.id),
    name: user.name,
    email: user.email,
    telephone: user.telephone ?? "",
    first_name: user.firstName ?? "",
    middle_name: user.middleName ?? "",
    last_name: user.lastName ?? "",
    preferred_name: user.preferredName ?? "",
    date_of_birth: user.dateOfBirth ?? "",
    created_at: user.createdAt ?? "",
    updated_at: user.updatedAt ?? "",
  };
  if (withFamily) out.family = [];
  return out;
}

/** Error answers carry the version headers but not the deprecation notice (as the spec documents). */
export function versionOnly(headers: Record<string, string>): Record<string, string> {
  const { "X-Api-Version": version, "X-Api-Version-Source": source } = headers;
  return version && source ? { "X-Api-Version": version, "X-Api-Version-Source": source } : {};
}

/** A Laravel paginator page of `all`, as `/parent_programs` and `/user_memberships` answer. */
export function laravelPage<T>(all: readonly T[], page: number, perPage: number, out: (item: T) => unknown): Record<string, unknown> {
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const from = slice.length ? (page - 1) * perPage + 1 : null;
  return {
    data: slice.map(out),
    current_page: page,
    from,
    last_page: Math.max(1, Math.ceil(all.length / perPage)),
    per_page: perPage,
    to: from === null ? null : from + slice.length - 1,
    total: all.length,
  };
}

/** Laravel's 422 body: the first message, "(and N more errors)", and every field's messages. */
export function validationBody(errors: Record<string, string[]>): { message: string; errors: Record<string, string[]> } {
  const first = Object.values(errors)[0]![0]!;
  const more = Object.keys(errors).length - 1;
  return { message: more > 0 ? `${first} (and ${more} more error${more > 1 ? "s" : ""})` : first, errors };
}
