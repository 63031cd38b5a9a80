// Generated from specs/communal.yaml by scripts/generate.ts; do not edit.
import { type OperationMeta, type Shape } from "../../core/shape.js";
import { anyFromWire, arrayFromWire, isObject, withUnknownKeys } from "../../core/wire.js";

type Json = Record<string, unknown>;

const stringShape: Shape = { type: "string" };
const integerShape: Shape = { type: "integer" };

export function readFamilyMember_emergency(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["family_id"]) !== undefined) { o["familyId"] = v; n++; }
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["telephone"]) !== undefined) { o["telephone"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readFamilyMember(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["user_id"]) !== undefined) { o["userId"] = v; n++; }
  if ((v = w["guest_id"]) !== undefined) { o["guestId"] = v; n++; }
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["email"]) !== undefined) { o["email"] = v; n++; }
  if ((v = w["telephone"]) !== undefined) { o["telephone"] = v; n++; }
  if ((v = w["gender"]) !== undefined) { o["gender"] = v; n++; }
  if ((v = w["date_of_birth"]) !== undefined) { o["dateOfBirth"] = v; n++; }
  if ((v = w["age"]) !== undefined) { o["age"] = v; n++; }
  if ((v = w["allergies"]) !== undefined) { o["allergies"] = v; n++; }
  if ((v = w["medical"]) !== undefined) { o["medical"] = v; n++; }
  if ((v = w["primary"]) !== undefined) { o["primary"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  if ((v = w["deleted_at"]) !== undefined) { o["deletedAt"] = v; n++; }
  if ((v = w["emergency"]) !== undefined) { o["emergency"] = readFamilyMember_emergency(v); n++; }
  if ((v = w["invited_user_id"]) !== undefined) { o["invitedUserId"] = v; n++; }
  if ((v = w["pending_invite"]) !== undefined) { o["pendingInvite"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readUserResource(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["email"]) !== undefined) { o["email"] = v; n++; }
  if ((v = w["telephone"]) !== undefined) { o["telephone"] = v; n++; }
  if ((v = w["first_name"]) !== undefined) { o["firstName"] = v; n++; }
  if ((v = w["middle_name"]) !== undefined) { o["middleName"] = v; n++; }
  if ((v = w["last_name"]) !== undefined) { o["lastName"] = v; n++; }
  if ((v = w["preferred_name"]) !== undefined) { o["preferredName"] = v; n++; }
  if ((v = w["date_of_birth"]) !== undefined) { o["dateOfBirth"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  if ((v = w["subscriptions"]) !== undefined) { o["subscriptions"] = v; n++; }
  if ((v = w["family"]) !== undefined) { o["family"] = arrayFromWire(v, readFamilyMember); n++; }
  return withUnknownKeys(w, o, n);
}

export function readUser(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["tenant_id"]) !== undefined) { o["tenantId"] = v; n++; }
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["first_name"]) !== undefined) { o["firstName"] = v; n++; }
  if ((v = w["last_name"]) !== undefined) { o["lastName"] = v; n++; }
  if ((v = w["middle_name"]) !== undefined) { o["middleName"] = v; n++; }
  if ((v = w["preferred_name"]) !== undefined) { o["preferredName"] = v; n++; }
  if ((v = w["date_of_birth"]) !== undefined) { o["dateOfBirth"] = v; n++; }
  if ((v = w["email"]) !== undefined) { o["email"] = v; n++; }
  if ((v = w["email_locked"]) !== undefined) { o["emailLocked"] = v; n++; }
  if ((v = w["requires_password_reset"]) !== undefined) { o["requiresPasswordReset"] = v; n++; }
  if ((v = w["photo_url"]) !== undefined) { o["photoUrl"] = v; n++; }
  if ((v = w["uses_two_factor_auth"]) !== undefined) { o["usesTwoFactorAuth"] = v; n++; }
  if ((v = w["current_team_id"]) !== undefined) { o["currentTeamId"] = v; n++; }
  if ((v = w["stripe_id"]) !== undefined) { o["stripeId"] = v; n++; }
  if ((v = w["current_billing_plan"]) !== undefined) { o["currentBillingPlan"] = v; n++; }
  if ((v = w["billing_state"]) !== undefined) { o["billingState"] = v; n++; }
  if ((v = w["vat_id"]) !== undefined) { o["vatId"] = v; n++; }
  if ((v = w["trial_ends_at"]) !== undefined) { o["trialEndsAt"] = v; n++; }
  if ((v = w["last_read_announcements_at"]) !== undefined) { o["lastReadAnnouncementsAt"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  if ((v = w["work_phone"]) !== undefined) { o["workPhone"] = v; n++; }
  if ((v = w["profile_address"]) !== undefined) { o["profileAddress"] = v; n++; }
  if ((v = w["profile_address_line_2"]) !== undefined) { o["profileAddressLine2"] = v; n++; }
  if ((v = w["profile_city"]) !== undefined) { o["profileCity"] = v; n++; }
  if ((v = w["profile_state"]) !== undefined) { o["profileState"] = v; n++; }
  if ((v = w["profile_zip"]) !== undefined) { o["profileZip"] = v; n++; }
  if ((v = w["profile_country"]) !== undefined) { o["profileCountry"] = v; n++; }
  if ((v = w["family_id"]) !== undefined) { o["familyId"] = v; n++; }
  if ((v = w["manager"]) !== undefined) { o["manager"] = v; n++; }
  if ((v = w["places_id"]) !== undefined) { o["placesId"] = v; n++; }
  if ((v = w["status"]) !== undefined) { o["status"] = v; n++; }
  if ((v = w["telephone"]) !== undefined) { o["telephone"] = v; n++; }
  if ((v = w["timezone"]) !== undefined) { o["timezone"] = v; n++; }
  if ((v = w["deleted_timestamp"]) !== undefined) { o["deletedTimestamp"] = v; n++; }
  if ((v = w["member_id"]) !== undefined) { o["memberId"] = v; n++; }
  if ((v = w["card_id"]) !== undefined) { o["cardId"] = v; n++; }
  if ((v = w["business_name"]) !== undefined) { o["businessName"] = v; n++; }
  if ((v = w["account_id"]) !== undefined) { o["accountId"] = v; n++; }
  if ((v = w["can_use_card"]) !== undefined) { o["canUseCard"] = v; n++; }
  if ((v = w["is_communal_admin"]) !== undefined) { o["isCommunalAdmin"] = v; n++; }
  if ((v = w["referrer"]) !== undefined) { o["referrer"] = v; n++; }
  if ((v = w["anonymized_at"]) !== undefined) { o["anonymizedAt"] = v; n++; }
  if ((v = w["active"]) !== undefined) { o["active"] = v; n++; }
  if ((v = w["base_membership_plan"]) !== undefined) { o["baseMembershipPlan"] = anyFromWire(v); n++; }
  if ((v = w["membership_start_date"]) !== undefined) { o["membershipStartDate"] = anyFromWire(v); n++; }
  if ((v = w["readable_membership_start_date"]) !== undefined) { o["readableMembershipStartDate"] = anyFromWire(v); n++; }
  if ((v = w["two_factor_enabled"]) !== undefined) { o["twoFactorEnabled"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readProgram_memberPricingSavings(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["name"]) !== undefined) { o["name"] = v; n++; }
  if ((v = w["guest_price"]) !== undefined) { o["guestPrice"] = v; n++; }
  if ((v = w["price"]) !== undefined) { o["price"] = v; n++; }
  if ((v = w["savings"]) !== undefined) { o["savings"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readProgram(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["title"]) !== undefined) { o["title"] = v; n++; }
  if ((v = w["description"]) !== undefined) { o["description"] = v; n++; }
  if ((v = w["event_start_date"]) !== undefined) { o["eventStartDate"] = v; n++; }
  if ((v = w["event_end_date"]) !== undefined) { o["eventEndDate"] = v; n++; }
  if ((v = w["registration_start_date"]) !== undefined) { o["registrationStartDate"] = v; n++; }
  if ((v = w["registration_end_date"]) !== undefined) { o["registrationEndDate"] = v; n++; }
  if ((v = w["ongoing"]) !== undefined) { o["ongoing"] = v; n++; }
  if ((v = w["status"]) !== undefined) { o["status"] = v; n++; }
  if ((v = w["dates"]) !== undefined) { o["dates"] = v; n++; }
  if ((v = w["registration_dates"]) !== undefined) { o["registrationDates"] = v; n++; }
  if ((v = w["is_event"]) !== undefined) { o["isEvent"] = v; n++; }
  if ((v = w["draft"]) !== undefined) { o["draft"] = v; n++; }
  if ((v = w["is_hidden"]) !== undefined) { o["isHidden"] = v; n++; }
  if ((v = w["profile_image"]) !== undefined) { o["profileImage"] = v; n++; }
  if ((v = w["limit"]) !== undefined) { o["limit"] = v; n++; }
  if ((v = w["total_spots"]) !== undefined) { o["totalSpots"] = v; n++; }
  if ((v = w["available_spots"]) !== undefined) { o["availableSpots"] = v; n++; }
  if ((v = w["total_signups"]) !== undefined) { o["totalSignups"] = v; n++; }
  if ((v = w["reserved_spots"]) !== undefined) { o["reservedSpots"] = v; n++; }
  if ((v = w["reserved_spots_signups"]) !== undefined) { o["reservedSpotsSignups"] = v; n++; }
  if ((v = w["reserved_spots_remaining"]) !== undefined) { o["reservedSpotsRemaining"] = v; n++; }
  if ((v = w["uncapped_spots"]) !== undefined) { o["uncappedSpots"] = v; n++; }
  if ((v = w["uncapped_spots_signups"]) !== undefined) { o["uncappedSpotsSignups"] = v; n++; }
  if ((v = w["uncapped_spots_remaining"]) !== undefined) { o["uncappedSpotsRemaining"] = v; n++; }
  if ((v = w["demographic"]) !== undefined) { o["demographic"] = v; n++; }
  if ((v = w["instructor"]) !== undefined) { o["instructor"] = v; n++; }
  if ((v = w["location_name"]) !== undefined) { o["locationName"] = v; n++; }
  if ((v = w["location_address"]) !== undefined) { o["locationAddress"] = v; n++; }
  if ((v = w["location_latitude"]) !== undefined) { o["locationLatitude"] = anyFromWire(v); n++; }
  if ((v = w["location_longitude"]) !== undefined) { o["locationLongitude"] = anyFromWire(v); n++; }
  if ((v = w["is_online"]) !== undefined) { o["isOnline"] = v; n++; }
  if ((v = w["readable_event_start_date"]) !== undefined) { o["readableEventStartDate"] = v; n++; }
  if ((v = w["readable_event_end_date"]) !== undefined) { o["readableEventEndDate"] = v; n++; }
  if ((v = w["event_start_time"]) !== undefined) { o["eventStartTime"] = v; n++; }
  if ((v = w["event_end_time"]) !== undefined) { o["eventEndTime"] = v; n++; }
  if ((v = w["registration_start_time"]) !== undefined) { o["registrationStartTime"] = v; n++; }
  if ((v = w["registration_end_time"]) !== undefined) { o["registrationEndTime"] = v; n++; }
  if ((v = w["display_only"]) !== undefined) { o["displayOnly"] = v; n++; }
  if ((v = w["unsplash_author_name"]) !== undefined) { o["unsplashAuthorName"] = v; n++; }
  if ((v = w["unsplash_author_link"]) !== undefined) { o["unsplashAuthorLink"] = v; n++; }
  if ((v = w["multiple_signups"]) !== undefined) { o["multipleSignups"] = v; n++; }
  if ((v = w["prompt_for_number_of_guests"]) !== undefined) { o["promptForNumberOfGuests"] = v; n++; }
  if ((v = w["prompt_for_registrant"]) !== undefined) { o["promptForRegistrant"] = v; n++; }
  if ((v = w["waitlist_enabled"]) !== undefined) { o["waitlistEnabled"] = v; n++; }
  if ((v = w["force_participant_selection"]) !== undefined) { o["forceParticipantSelection"] = v; n++; }
  if ((v = w["show_participant_list"]) !== undefined) { o["showParticipantList"] = v; n++; }
  if ((v = w["hide_participant_details"]) !== undefined) { o["hideParticipantDetails"] = v; n++; }
  if ((v = w["pay_by_cash"]) !== undefined) { o["payByCash"] = v; n++; }
  if ((v = w["registration_fee"]) !== undefined) { o["registrationFee"] = v; n++; }
  if ((v = w["cap_registration_fee"]) !== undefined) { o["capRegistrationFee"] = v; n++; }
  if ((v = w["ignores_tax_rates"]) !== undefined) { o["ignoresTaxRates"] = v; n++; }
  if ((v = w["collection_additional_information"]) !== undefined) { o["collectionAdditionalInformation"] = v; n++; }
  if ((v = w["require_emergency_contact_information"]) !== undefined) { o["requireEmergencyContactInformation"] = v; n++; }
  if ((v = w["block_facility_calendars"]) !== undefined) { o["blockFacilityCalendars"] = v; n++; }
  if ((v = w["auto_archive"]) !== undefined) { o["autoArchive"] = v; n++; }
  if ((v = w["auto_archive_days"]) !== undefined) { o["autoArchiveDays"] = v; n++; }
  if ((v = w["participant_must_hold_membership"]) !== undefined) { o["participantMustHoldMembership"] = v; n++; }
  if ((v = w["form_id"]) !== undefined) { o["formId"] = v; n++; }
  if ((v = w["allow_file_uploads"]) !== undefined) { o["allowFileUploads"] = v; n++; }
  if ((v = w["file_uploads_required"]) !== undefined) { o["fileUploadsRequired"] = v; n++; }
  if ((v = w["file_uploads_max"]) !== undefined) { o["fileUploadsMax"] = v; n++; }
  if ((v = w["volunteer_opportunities_ids"]) !== undefined) { o["volunteerOpportunitiesIds"] = anyFromWire(v); n++; }
  if ((v = w["facility_ids"]) !== undefined) { o["facilityIds"] = anyFromWire(v); n++; }
  if ((v = w["sort_order"]) !== undefined) { o["sortOrder"] = v; n++; }
  if ((v = w["manual_order_enabled"]) !== undefined) { o["manualOrderEnabled"] = v; n++; }
  if ((v = w["gl_code"]) !== undefined) { o["glCode"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["updated_at"]) !== undefined) { o["updatedAt"] = v; n++; }
  if ((v = w["deleted_at"]) !== undefined) { o["deletedAt"] = v; n++; }
  if ((v = w["archived_at"]) !== undefined) { o["archivedAt"] = v; n++; }
  if ((v = w["facilities"]) !== undefined) { o["facilities"] = v; n++; }
  if ((v = w["registration_opportunities"]) !== undefined) { o["registrationOpportunities"] = v; n++; }
  if ((v = w["member_pricing_savings"]) !== undefined) { o["memberPricingSavings"] = readProgram_memberPricingSavings(v); n++; }
  if ((v = w["volunteer_opportunities"]) !== undefined) { o["volunteerOpportunities"] = v; n++; }
  if ((v = w["waiver_assignments"]) !== undefined) { o["waiverAssignments"] = v; n++; }
  if ((v = w["tags"]) !== undefined) { o["tags"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readListParentPrograms(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["data"]) !== undefined) { o["data"] = arrayFromWire(v, readProgram); n++; }
  if ((v = w["current_page"]) !== undefined) { o["currentPage"] = v; n++; }
  if ((v = w["from"]) !== undefined) { o["from"] = v; n++; }
  if ((v = w["last_page"]) !== undefined) { o["lastPage"] = v; n++; }
  if ((v = w["per_page"]) !== undefined) { o["perPage"] = v; n++; }
  if ((v = w["to"]) !== undefined) { o["to"] = v; n++; }
  if ((v = w["total"]) !== undefined) { o["total"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readParentProgramOptionResource(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["title"]) !== undefined) { o["title"] = v; n++; }
  if ((v = w["draft"]) !== undefined) { o["draft"] = v; n++; }
  if ((v = w["archived_at"]) !== undefined) { o["archivedAt"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readListParentProgramOptions(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["data"]) !== undefined) { o["data"] = arrayFromWire(v, readParentProgramOptionResource); n++; }
  if ((v = w["current_page"]) !== undefined) { o["currentPage"] = v; n++; }
  if ((v = w["from"]) !== undefined) { o["from"] = v; n++; }
  if ((v = w["last_page"]) !== undefined) { o["lastPage"] = v; n++; }
  if ((v = w["per_page"]) !== undefined) { o["perPage"] = v; n++; }
  if ((v = w["to"]) !== undefined) { o["to"] = v; n++; }
  if ((v = w["total"]) !== undefined) { o["total"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readUserMembershipResource_membershipType(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["title"]) !== undefined) { o["title"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readUserMembershipResource_plan(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["nickname"]) !== undefined) { o["nickname"] = v; n++; }
  if ((v = w["amount"]) !== undefined) { o["amount"] = v; n++; }
  if ((v = w["interval"]) !== undefined) { o["interval"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

export function readUserMembershipResource(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["id"]) !== undefined) { o["id"] = v; n++; }
  if ((v = w["user_id"]) !== undefined) { o["userId"] = v; n++; }
  if ((v = w["status"]) !== undefined) { o["status"] = v; n++; }
  if ((v = w["will_auto_renew"]) !== undefined) { o["willAutoRenew"] = v; n++; }
  if ((v = w["ends_at"]) !== undefined) { o["endsAt"] = v; n++; }
  if ((v = w["renewed_at"]) !== undefined) { o["renewedAt"] = v; n++; }
  if ((v = w["created_at"]) !== undefined) { o["createdAt"] = v; n++; }
  if ((v = w["membership_type"]) !== undefined) { o["membershipType"] = readUserMembershipResource_membershipType(v); n++; }
  if ((v = w["plan"]) !== undefined) { o["plan"] = readUserMembershipResource_plan(v); n++; }
  return withUnknownKeys(w, o, n);
}

export function readListUserMemberships(w: unknown): unknown {
  if (!isObject(w)) return anyFromWire(w);
  const o: Json = {};
  let v: unknown, n = 0;
  if ((v = w["data"]) !== undefined) { o["data"] = arrayFromWire(v, readUserMembershipResource); n++; }
  if ((v = w["current_page"]) !== undefined) { o["currentPage"] = v; n++; }
  if ((v = w["from"]) !== undefined) { o["from"] = v; n++; }
  if ((v = w["last_page"]) !== undefined) { o["lastPage"] = v; n++; }
  if ((v = w["per_page"]) !== undefined) { o["perPage"] = v; n++; }
  if ((v = w["to"]) !== undefined) { o["to"] = v; n++; }
  if ((v = w["total"]) !== undefined) { o["total"] = v; n++; }
  return withUnknownKeys(w, o, n);
}

/** `getUser`: what `call()` needs to run it. */
export const getUser = { method: "GET", path: "/users/{user}", auth: true, query: ["include","filter[tenant_id]"], response: { type: "object", required: ["id","name","email","date_of_birth"] }, decode: readUserResource } as const satisfies OperationMeta;

/** `updateUser`: what `call()` needs to run it. */
export const updateUser = { method: "PUT", path: "/users/{user}", auth: true, request: { type: "object", properties: { "name": { type: "string", nullable: true }, "first_name": stringShape, "last_name": stringShape, "middle_name": { type: "string", nullable: true }, "preferred_name": { type: "string", nullable: true }, "date_of_birth": { type: "string", nullable: true }, "email": stringShape, "profile_city": { type: "string", nullable: true }, "profile_zip": { type: "string", nullable: true }, "profile_state": { type: "string", nullable: true }, "profile_address": { type: "string", nullable: true }, "profile_address_line_2": { type: "string", nullable: true }, "profile_country": { type: "string", nullable: true }, "telephone": { type: "string", nullable: true }, "custom_form": { type: "object", properties: { "id": integerShape, "data": { type: "array", nullable: true, items: stringShape } } } }, required: ["first_name","last_name","email"], closed: true }, response: { type: "object", required: ["id","tenant_id","name","first_name","last_name","middle_name","preferred_name","date_of_birth","email","email_locked","requires_password_reset","photo_url","uses_two_factor_auth","current_team_id","stripe_id","current_billing_plan","billing_state","vat_id","trial_ends_at","last_read_announcements_at","created_at","updated_at","work_phone","profile_address","profile_address_line_2","profile_city","profile_state","profile_zip","profile_country","family_id","manager","places_id","status","telephone","timezone","deleted_timestamp","member_id","card_id","business_name","account_id","can_use_card","is_communal_admin","referrer","anonymized_at","active","two_factor_enabled","base_membership_plan","membership_start_date","readable_membership_start_date"] }, decode: readUser } as const satisfies OperationMeta;

/** `listParentPrograms`: what `call()` needs to run it. */
export const listParentPrograms = { method: "GET", path: "/parent_programs", auth: true, query: ["page","include"], response: { type: "object", required: ["data","current_page","from","last_page","per_page","to","total"] }, decode: readListParentPrograms } as const satisfies OperationMeta;

/** `getParentProgram`: what `call()` needs to run it. */
export const getParentProgram = { method: "GET", path: "/parent_programs/{parent_program}", auth: true, query: ["include"], response: { type: "object", required: ["id","title","description","event_start_date","event_end_date","registration_start_date","registration_end_date","ongoing","status","dates","registration_dates","is_event","draft","is_hidden","profile_image","limit","total_spots","available_spots","total_signups","reserved_spots","reserved_spots_signups","reserved_spots_remaining","uncapped_spots","uncapped_spots_signups","uncapped_spots_remaining","demographic","instructor","location_name","location_address","location_latitude","location_longitude","is_online","readable_event_start_date","readable_event_end_date","event_start_time","event_end_time","registration_start_time","registration_end_time","display_only","unsplash_author_name","unsplash_author_link","multiple_signups","prompt_for_number_of_guests","prompt_for_registrant","waitlist_enabled","force_participant_selection","show_participant_list","hide_participant_details","pay_by_cash","registration_fee","cap_registration_fee","ignores_tax_rates","collection_additional_information","require_emergency_contact_information","block_facility_calendars","auto_archive","auto_archive_days","participant_must_hold_membership","form_id","allow_file_uploads","file_uploads_required","file_uploads_max","volunteer_opportunities_ids","facility_ids","sort_order","manual_order_enabled","gl_code","created_at","updated_at","deleted_at","archived_at"] }, decode: readProgram } as const satisfies OperationMeta;

/** `listParentProgramOptions`: what `call()` needs to run it. */
export const listParentProgramOptions = { method: "GET", path: "/parent_programs/options", auth: true, query: ["page"], response: { type: "object", required: ["data","current_page","from","last_page","per_page","to","total"] }, decode: readListParentProgramOptions } as const satisfies OperationMeta;

/** `listUserMemberships`: what `call()` needs to run it. */
export const listUserMemberships = { method: "GET", path: "/user_memberships", auth: true, query: ["filter[user_id]","filter[active]","filter[expired]","filter[expires_starting_at]","filter[expires_ending_at]","page[number]","page[size]"], response: { type: "object", required: ["data","current_page","from","last_page","per_page","to","total"] }, decode: readListUserMemberships } as const satisfies OperationMeta;

/** `getUserMembership`: what `call()` needs to run it. */
export const getUserMembership = { method: "GET", path: "/user_memberships/{user_membership}", auth: true, response: { type: "object", required: ["id","user_id","status","will_auto_renew","ends_at","renewed_at","created_at"] }, decode: readUserMembershipResource } as const satisfies OperationMeta;
