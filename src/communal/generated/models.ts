// Generated from specs/communal.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

/** Body of a 401. */
export interface AuthenticationException {
  /** Short reason. */
  message: Wire["AuthenticationException"]["message"];
}

/** Body of a 403. */
export interface AuthorizationException {
  /** Short reason. */
  message: Wire["AuthorizationException"]["message"];
}

/** Body of a 404. */
export interface ModelNotFoundException {
  /** Short reason. */
  message: Wire["ModelNotFoundException"]["message"];
}

/** Body of a 422. */
export interface ValidationException {
  /** Summary of what failed. */
  message: Wire["ValidationException"]["message"];
  /** Map from the name of each rejected field to its messages. */
  errors: Camelize<Wire["ValidationException"]["errors"]>;
}

/** Body of a 400 for an unsupported API version. */
export interface UnsupportedApiVersion {
  /** Short reason. */
  message: Wire["UnsupportedApiVersion"]["message"];
  /** Versions the server accepts, as `YYYY-MM-DD` dates. */
  supportedVersions: Camelize<Wire["UnsupportedApiVersion"]["supported_versions"]>;
}

/**
 * Writable user fields. The three required ones must be sent on every update. Assumption: closed,
 * see info.description.
 */
export interface UpdateUserRequest {
  /** Full name; the vendor derives it from first and last name. */
  name?: Wire["UpdateUserRequest"]["name"];
  firstName: Wire["UpdateUserRequest"]["first_name"];
  lastName: Wire["UpdateUserRequest"]["last_name"];
  middleName?: Wire["UpdateUserRequest"]["middle_name"];
  preferredName?: Wire["UpdateUserRequest"]["preferred_name"];
  dateOfBirth?: Wire["UpdateUserRequest"]["date_of_birth"];
  /** Must not belong to another user of the organization. */
  email: Wire["UpdateUserRequest"]["email"];
  profileCity?: Wire["UpdateUserRequest"]["profile_city"];
  /** Postal or ZIP code. */
  profileZip?: Wire["UpdateUserRequest"]["profile_zip"];
  /** State or province. */
  profileState?: Wire["UpdateUserRequest"]["profile_state"];
  /** Street address, first line. */
  profileAddress?: Wire["UpdateUserRequest"]["profile_address"];
  profileAddressLine2?: Wire["UpdateUserRequest"]["profile_address_line_2"];
  /** Two-letter ISO 3166-1 country code, e.g. `CA`. */
  profileCountry?: Wire["UpdateUserRequest"]["profile_country"];
  telephone?: Wire["UpdateUserRequest"]["telephone"];
  /** Answers to a custom form. */
  customForm?: Camelize<Wire["UpdateUserRequest"]["custom_form"]>;
}

/** Full user record, as returned after an update. */
export interface User {
  id: Wire["User"]["id"];
  tenantId: Wire["User"]["tenant_id"];
  name: Wire["User"]["name"];
  firstName: Wire["User"]["first_name"];
  lastName: Wire["User"]["last_name"];
  middleName: Wire["User"]["middle_name"];
  preferredName: Wire["User"]["preferred_name"];
  dateOfBirth: Wire["User"]["date_of_birth"];
  email: Wire["User"]["email"];
  emailLocked: Wire["User"]["email_locked"];
  requiresPasswordReset: Wire["User"]["requires_password_reset"];
  photoUrl: Wire["User"]["photo_url"];
  usesTwoFactorAuth: Wire["User"]["uses_two_factor_auth"];
  currentTeamId: Wire["User"]["current_team_id"];
  stripeId: Wire["User"]["stripe_id"];
  currentBillingPlan: Wire["User"]["current_billing_plan"];
  billingState: Wire["User"]["billing_state"];
  vatId: Wire["User"]["vat_id"];
  trialEndsAt: Wire["User"]["trial_ends_at"];
  lastReadAnnouncementsAt: Wire["User"]["last_read_announcements_at"];
  createdAt: Wire["User"]["created_at"];
  updatedAt: Wire["User"]["updated_at"];
  workPhone: Wire["User"]["work_phone"];
  profileAddress: Wire["User"]["profile_address"];
  profileAddressLine2: Wire["User"]["profile_address_line_2"];
  profileCity: Wire["User"]["profile_city"];
  profileState: Wire["User"]["profile_state"];
  profileZip: Wire["User"]["profile_zip"];
  profileCountry: Wire["User"]["profile_country"];
  familyId: Wire["User"]["family_id"];
  /** True for organization managers (may act on any user). */
  manager: Wire["User"]["manager"];
  placesId: Wire["User"]["places_id"];
  status: Wire["User"]["status"];
  telephone: Wire["User"]["telephone"];
  timezone: Wire["User"]["timezone"];
  deletedTimestamp: Wire["User"]["deleted_timestamp"];
  memberId: Wire["User"]["member_id"];
  cardId: Wire["User"]["card_id"];
  businessName: Wire["User"]["business_name"];
  accountId: Wire["User"]["account_id"];
  canUseCard: Wire["User"]["can_use_card"];
  /** True for Communal's own administrators. */
  isCommunalAdmin: Wire["User"]["is_communal_admin"];
  referrer: Wire["User"]["referrer"];
  anonymizedAt: Wire["User"]["anonymized_at"];
  active: Wire["User"]["active"];
  /** Documented as always null. */
  baseMembershipPlan: Camelize<Wire["User"]["base_membership_plan"]>;
  /** Documented as always null. */
  membershipStartDate: Camelize<Wire["User"]["membership_start_date"]>;
  /** Documented as always null. */
  readableMembershipStartDate: Camelize<Wire["User"]["readable_membership_start_date"]>;
}

/**
 * Compact user view returned by `getUser`. The vendor types every scalar here as a plain string,
 * including `id`.
 */
export interface UserResource {
  id: Wire["UserResource"]["id"];
  name: Wire["UserResource"]["name"];
  email: Wire["UserResource"]["email"];
  telephone?: Wire["UserResource"]["telephone"];
  firstName?: Wire["UserResource"]["first_name"];
  middleName?: Wire["UserResource"]["middle_name"];
  lastName?: Wire["UserResource"]["last_name"];
  preferredName?: Wire["UserResource"]["preferred_name"];
  dateOfBirth: Wire["UserResource"]["date_of_birth"];
  createdAt?: Wire["UserResource"]["created_at"];
  updatedAt?: Wire["UserResource"]["updated_at"];
  /** The user's memberships (typed as a string by the vendor). */
  subscriptions?: Wire["UserResource"]["subscriptions"];
  /** Family members; present when `include=family` is sent. */
  family?: FamilyMember[];
}

/** A person in the user's family group. */
export interface FamilyMember {
  id: Wire["FamilyMember"]["id"];
  userId: Wire["FamilyMember"]["user_id"];
  guestId: Wire["FamilyMember"]["guest_id"];
  name: Wire["FamilyMember"]["name"];
  email: Wire["FamilyMember"]["email"];
  telephone: Wire["FamilyMember"]["telephone"];
  gender: Wire["FamilyMember"]["gender"];
  dateOfBirth: Wire["FamilyMember"]["date_of_birth"];
  age: Wire["FamilyMember"]["age"];
  allergies: Wire["FamilyMember"]["allergies"];
  medical: Wire["FamilyMember"]["medical"];
  primary: Wire["FamilyMember"]["primary"];
  createdAt: Wire["FamilyMember"]["created_at"];
  updatedAt: Wire["FamilyMember"]["updated_at"];
  deletedAt: Wire["FamilyMember"]["deleted_at"];
  /** Emergency contact. */
  emergency?: Camelize<Wire["FamilyMember"]["emergency"]>;
}

/** Laravel-style page of parent programs. */
export interface ParentProgramPage {
  data: ParentProgram[];
  currentPage: Wire["ParentProgramPage"]["current_page"];
  /** Position of the first item on this page; null when the page is empty. */
  from: Wire["ParentProgramPage"]["from"];
  lastPage: Wire["ParentProgramPage"]["last_page"];
  perPage: Wire["ParentProgramPage"]["per_page"];
  /** Position of the last item on this page; null when the page is empty. */
  to: Wire["ParentProgramPage"]["to"];
  total: Wire["ParentProgramPage"]["total"];
}

/**
 * A program (the vendor's `Program` schema, served under `/parent_programs`) grouping registration
 * opportunities. Timestamps are ISO 8601 in UTC; money is in minor units.
 */
export interface ParentProgram {
  id: Wire["ParentProgram"]["id"];
  title: Wire["ParentProgram"]["title"];
  /** May contain HTML. */
  description: Wire["ParentProgram"]["description"];
  eventStartDate: Wire["ParentProgram"]["event_start_date"];
  eventEndDate: Wire["ParentProgram"]["event_end_date"];
  registrationStartDate: Wire["ParentProgram"]["registration_start_date"];
  registrationEndDate: Wire["ParentProgram"]["registration_end_date"];
  /** No fixed end date. */
  ongoing: Wire["ParentProgram"]["ongoing"];
  /** Lifecycle label such as active, archived, draft, upcoming, ongoing, past or dates_not_set. */
  status: Wire["ParentProgram"]["status"];
  /** Event window formatted for display. */
  dates: Wire["ParentProgram"]["dates"];
  /** Registration window formatted for display. */
  registrationDates: Wire["ParentProgram"]["registration_dates"];
  /** A single event rather than a series. */
  isEvent: Wire["ParentProgram"]["is_event"];
  draft: Wire["ParentProgram"]["draft"];
  isHidden: Wire["ParentProgram"]["is_hidden"];
  /** Header image URL. */
  profileImage: Wire["ParentProgram"]["profile_image"];
  /** Older name for the capacity; kept for compatibility. */
  limit: Wire["ParentProgram"]["limit"];
  totalSpots: Wire["ParentProgram"]["total_spots"];
  availableSpots: Wire["ParentProgram"]["available_spots"];
  totalSignups: Wire["ParentProgram"]["total_signups"];
  reservedSpots: Wire["ParentProgram"]["reserved_spots"];
  reservedSpotsSignups: Wire["ParentProgram"]["reserved_spots_signups"];
  reservedSpotsRemaining: Wire["ParentProgram"]["reserved_spots_remaining"];
  uncappedSpots: Wire["ParentProgram"]["uncapped_spots"];
  uncappedSpotsSignups: Wire["ParentProgram"]["uncapped_spots_signups"];
  uncappedSpotsRemaining: Wire["ParentProgram"]["uncapped_spots_remaining"];
  demographic: Wire["ParentProgram"]["demographic"];
  instructor: Wire["ParentProgram"]["instructor"];
  locationName: Wire["ParentProgram"]["location_name"];
  locationAddress: Wire["ParentProgram"]["location_address"];
  locationLatitude: Camelize<Wire["ParentProgram"]["location_latitude"]>;
  locationLongitude: Camelize<Wire["ParentProgram"]["location_longitude"]>;
  isOnline: Wire["ParentProgram"]["is_online"];
  /** Display form, in the tenant's time zone. */
  readableEventStartDate: Wire["ParentProgram"]["readable_event_start_date"];
  /** Display form, in the tenant's time zone. */
  readableEventEndDate: Wire["ParentProgram"]["readable_event_end_date"];
  /** HH:mm, tenant time zone. */
  eventStartTime: Wire["ParentProgram"]["event_start_time"];
  /** HH:mm, tenant time zone. */
  eventEndTime: Wire["ParentProgram"]["event_end_time"];
  /** HH:mm, tenant time zone. */
  registrationStartTime: Wire["ParentProgram"]["registration_start_time"];
  /** HH:mm, tenant time zone. */
  registrationEndTime: Wire["ParentProgram"]["registration_end_time"];
  /** Shown but not open for signup. */
  displayOnly: Wire["ParentProgram"]["display_only"];
  unsplashAuthorName: Wire["ParentProgram"]["unsplash_author_name"];
  unsplashAuthorLink: Wire["ParentProgram"]["unsplash_author_link"];
  multipleSignups: Wire["ParentProgram"]["multiple_signups"];
  promptForNumberOfGuests: Wire["ParentProgram"]["prompt_for_number_of_guests"];
  promptForRegistrant: Wire["ParentProgram"]["prompt_for_registrant"];
  waitlistEnabled: Wire["ParentProgram"]["waitlist_enabled"];
  forceParticipantSelection: Wire["ParentProgram"]["force_participant_selection"];
  showParticipantList: Wire["ParentProgram"]["show_participant_list"];
  hideParticipantDetails: Wire["ParentProgram"]["hide_participant_details"];
  payByCash: Wire["ParentProgram"]["pay_by_cash"];
  /** Minor currency units (e.g. cents). */
  registrationFee: Wire["ParentProgram"]["registration_fee"];
  /** Charge the fee once per checkout rather than per signup. */
  capRegistrationFee: Wire["ParentProgram"]["cap_registration_fee"];
  ignoresTaxRates: Wire["ParentProgram"]["ignores_tax_rates"];
  collectionAdditionalInformation: Wire["ParentProgram"]["collection_additional_information"];
  requireEmergencyContactInformation: Wire["ParentProgram"]["require_emergency_contact_information"];
  blockFacilityCalendars: Wire["ParentProgram"]["block_facility_calendars"];
  autoArchive: Wire["ParentProgram"]["auto_archive"];
  /** Days after the event end before auto-archiving; 0 means at once. */
  autoArchiveDays: Wire["ParentProgram"]["auto_archive_days"];
  participantMustHoldMembership: Wire["ParentProgram"]["participant_must_hold_membership"];
  formId: Wire["ParentProgram"]["form_id"];
  allowFileUploads: Wire["ParentProgram"]["allow_file_uploads"];
  fileUploadsRequired: Wire["ParentProgram"]["file_uploads_required"];
  fileUploadsMax: Wire["ParentProgram"]["file_uploads_max"];
  volunteerOpportunitiesIds: Camelize<Wire["ParentProgram"]["volunteer_opportunities_ids"]>;
  facilityIds: Camelize<Wire["ParentProgram"]["facility_ids"]>;
  sortOrder: Wire["ParentProgram"]["sort_order"];
  manualOrderEnabled: Wire["ParentProgram"]["manual_order_enabled"];
  /** General-ledger code for accounting. */
  glCode: Wire["ParentProgram"]["gl_code"];
  createdAt: Wire["ParentProgram"]["created_at"];
  updatedAt: Wire["ParentProgram"]["updated_at"];
  deletedAt: Wire["ParentProgram"]["deleted_at"];
  archivedAt: Wire["ParentProgram"]["archived_at"];
  /** Related facilities (typed as a string by the vendor). */
  facilities?: Wire["ParentProgram"]["facilities"];
  /** Related registration opportunities (typed as a string by the vendor). */
  registrationOpportunities?: Wire["ParentProgram"]["registration_opportunities"];
  /** Best current member price compared with the guest price. */
  memberPricingSavings: Camelize<Wire["ParentProgram"]["member_pricing_savings"]>;
  /** Related volunteer opportunities (typed as a string by the vendor). */
  volunteerOpportunities?: Wire["ParentProgram"]["volunteer_opportunities"];
  /** Related waiver assignments (typed as a string by the vendor). */
  waiverAssignments?: Wire["ParentProgram"]["waiver_assignments"];
  tags?: Wire["ParentProgram"]["tags"];
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<AuthenticationException, Camelize<Wire["AuthenticationException"]>>>,
  Assert<Same<AuthorizationException, Camelize<Wire["AuthorizationException"]>>>,
  Assert<Same<ModelNotFoundException, Camelize<Wire["ModelNotFoundException"]>>>,
  Assert<Same<ValidationException, Camelize<Wire["ValidationException"]>>>,
  Assert<Same<UnsupportedApiVersion, Camelize<Wire["UnsupportedApiVersion"]>>>,
  Assert<Same<UpdateUserRequest, Camelize<Wire["UpdateUserRequest"]>>>,
  Assert<Same<User, Camelize<Wire["User"]>>>,
  Assert<Same<UserResource, Camelize<Wire["UserResource"]>>>,
  Assert<Same<FamilyMember, Camelize<Wire["FamilyMember"]>>>,
  Assert<Same<ParentProgramPage, Camelize<Wire["ParentProgramPage"]>>>,
  Assert<Same<ParentProgram, Camelize<Wire["ParentProgram"]>>>,
];
