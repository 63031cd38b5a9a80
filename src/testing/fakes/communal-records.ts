/** Wire records and small rules of the Communal fake (communal.ts), kept apart so each file stays short. */
import type { FakeClock } from "../kit.js";
import { camelCase, type Shape } from "../../core/shape.js";
import type { CommunalFakeUser } from "./communal.js";

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

/**
 * A neutral record for a shape: "" / 0 / false / [] by type, null for dates (all nullable except the two
 * timestamps, which get the fake's now). Seeds override what they care about.
 */
export function defaults(shape: Shape | undefined, clock: FakeClock): Record<string, unknown> {
  const now = new Date(clock.now()).toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(shape?.properties ?? {})) {
    if (!shape?.required?.includes(key)) continue;
    const name = camelCase(key);
    if (key === "created_at" || key === "updated_at") out[name] = now;
    else if (/_(at|date)$|date_of_birth|_timestamp$/.test(key) && !key.startsWith("readable_")) out[name] = null;
    else if (child.type === "object") out[name] = defaults(child, clock);
    else out[name] = child.type === undefined ? null : { string: "", integer: 0, number: 0, boolean: false, array: [] }[child.type];
  }
  return out;
}

export function isPastSunset(sunset: string | undefined, clock: FakeClock): boolean {
  return sunset !== undefined && clock.now() > Date.parse(`${sunset}T23:59:59Z`);
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

/**
 * The `/user_memberships` query rules, as Laravel validates them (its field names use dots): integer ids and
 * page numbers, `page[size]` from 1 to 500 (the vendor's maximum), booleans as 1/0/true/false, dates.
 */
export function membershipQueryErrors(query: URLSearchParams): Record<string, string[]> | undefined {
  const errors: Record<string, string[]> = {};
  const check = (name: string, ok: (value: string) => boolean, message: string) => {
    const value = query.get(name);
    if (value !== null && !ok(value)) errors[name.replace(/\[(\w+)\]/g, ".$1")] = [message.replace(":field", name.replace(/\[(\w+)\]/g, ".$1"))];
  };
  const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => (v: string) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max;
  check("filter[user_id]", integer(1), "The :field field must be an integer.");
  check("page[number]", integer(1), "The :field field must be at least 1.");
  check("page[size]", integer(1, 500), "The :field field must be between 1 and 500.");
  for (const name of ["filter[active]", "filter[expired]"]) check(name, (v) => ["1", "0", "true", "false"].includes(v), "The :field field must be true or false.");
  for (const name of ["filter[expires_starting_at]", "filter[expires_ending_at]"]) check(name, (v) => !Number.isNaN(Date.parse(v)), "The :field field must be a valid date.");
  return Object.keys(errors).length ? errors : undefined;
}
