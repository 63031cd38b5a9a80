/** The Communal fake's validation rules, as Laravel applies them: the profile update and the membership query. */
import { operations } from "../../../communal/generated/meta.js";
import { validateBody } from "../../validate.js";
import type { CommunalFakeUser } from "./types.js";

/**
 * The rules update-user-profiles.md gives: three required fields, a valid email, unique among `users`
 * other than user `id`.
 */
export function updateErrors(body: unknown, id: number, users: Iterable<CommunalFakeUser>): Record<string, string[]> | undefined {
  const errors: Record<string, string[]> = {};
  // The spec's types and limits first, in Laravel's words; unknown fields are dropped, not refused.
  for (const { path, message } of validateBody(body ?? {}, operations.updateUser.request, { unknownFields: "ignore" })) {
    const field = path[0] ?? "body";
    errors[field] = [...(errors[field] ?? []), `The ${field.replace(/_/g, " ")} field ${message}.`];
  }
  const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  for (const field of ["first_name", "last_name", "email"]) {
    if (fields[field] === undefined || fields[field] === "") errors[field] = [`The ${field.replace(/_/g, " ")} field is required.`];
  }
  const email = fields.email;
  if (typeof email === "string" && email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = ["The email field must be a valid email address."];
  } else if (typeof email === "string" && [...users].some((u) => u.id !== id && u.email === email)) {
    errors.email = ["The email has already been taken."];
  }
  return Object.keys(errors).length ? errors : undefined;
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
  const integer =
    (min: number, max = Number.MAX_SAFE_INTEGER) =>
    (v: string) =>
      /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max;
  check("filter[user_id]", integer(1), "The :field field must be an integer.");
  check("page[number]", integer(1), "The :field field must be at least 1.");
  check("page[size]", integer(1, 500), "The :field field must be between 1 and 500.");
  for (const name of ["filter[active]", "filter[expired]"])
    check(name, (v) => ["1", "0", "true", "false"].includes(v), "The :field field must be true or false.");
  for (const name of ["filter[expires_starting_at]", "filter[expires_ending_at]"])
    check(name, (v) => !Number.isNaN(Date.parse(v)), "The :field field must be a valid date.");
  return Object.keys(errors).length ? errors : undefined;
}
