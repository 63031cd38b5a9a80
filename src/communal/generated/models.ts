// Generated from specs/communal.yaml by scripts/generate.ts; do not edit.
import type { Camelize } from "../../core/shape.js";
import type { components } from "./types.js";

type Wire = components["schemas"];

/** Full user record, as returned after an update. */
export interface User {
  id: Wire["User"]["id"];
  tenantId: Wire["User"]["tenant_id"];
  name: Wire["User"]["name"];
  firstName: Wire["User"]["first_name"];
  lastName: Wire["User"]["last_name"];
  middleName: Wire["User"]["middle_name"];
  preferredName: Wire["User"]["preferred_name"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
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
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  trialEndsAt: Wire["User"]["trial_ends_at"];
  lastReadAnnouncementsAt: Wire["User"]["last_read_announcements_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  createdAt: Wire["User"]["created_at"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
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
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  deletedTimestamp: Wire["User"]["deleted_timestamp"];
  memberId: Wire["User"]["member_id"];
  cardId: Wire["User"]["card_id"];
  businessName: Wire["User"]["business_name"];
  accountId: Wire["User"]["account_id"];
  canUseCard: Wire["User"]["can_use_card"];
  /** True for Communal's own administrators. */
  isCommunalAdmin: Wire["User"]["is_communal_admin"];
  referrer: Wire["User"]["referrer"];
  /**
   * An ISO 8601 string as the server sent it, not a `Date` (the official AgentMail SDK's type): `new
   * Date(value)` when you need one.
   */
  anonymizedAt: Wire["User"]["anonymized_at"];
  active: Wire["User"]["active"];
  /** Documented as always null. */
  baseMembershipPlan: Camelize<Wire["User"]["base_membership_plan"]>;
  /** Documented as always null. */
  membershipStartDate: Camelize<Wire["User"]["membership_start_date"]>;
  /** Documented as always null. */
  readableMembershipStartDate: Camelize<Wire["User"]["readable_membership_start_date"]>;
  twoFactorEnabled: Wire["User"]["two_factor_enabled"];
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
  invitedUserId: Wire["FamilyMember"]["invited_user_id"];
  pendingInvite: Wire["FamilyMember"]["pending_invite"];
}

/** The few columns of a program an option list shows. */
export interface ParentProgramOptionResource {
  id: Wire["ParentProgramOptionResource"]["id"];
  title: Wire["ParentProgramOptionResource"]["title"];
  draft: Wire["ParentProgramOptionResource"]["draft"];
  archivedAt: Wire["ParentProgramOptionResource"]["archived_at"];
}

/**
 * A program (the vendor's `Program` schema, served under `/parent_programs`) grouping registration
 * opportunities. Timestamps are ISO 8601 in UTC; money is in minor units.
 */
export interface Program {
  id: Wire["Program"]["id"];
  title: Wire["Program"]["title"];
  /** May contain HTML. */
  description: Wire["Program"]["description"];
  eventStartDate: Wire["Program"]["event_start_date"];
  eventEndDate: Wire["Program"]["event_end_date"];
  registrationStartDate: Wire["Program"]["registration_start_date"];
  registrationEndDate: Wire["Program"]["registration_end_date"];
  /** No fixed end date. */
  ongoing: Wire["Program"]["ongoing"];
  /** Lifecycle label such as active, archived, draft, upcoming, ongoing, past or dates_not_set. */
  status: Wire["Program"]["status"];
  /** Event window formatted for display. */
  dates: Wire["Program"]["dates"];
  /** Registration window formatted for display. */
  registrationDates: Wire["Program"]["registration_dates"];
  /** A single event rather than a series. */
  isEvent: Wire["Program"]["is_event"];
  draft: Wire["Program"]["draft"];
  isHidden: Wire["Program"]["is_hidden"];
  /** Header image URL. */
  profileImage: Wire["Program"]["profile_image"];
  /** Older name for the capacity; kept for compatibility. */
  limit: Wire["Program"]["limit"];
  totalSpots: Wire["Program"]["total_spots"];
  availableSpots: Wire["Program"]["available_spots"];
  totalSignups: Wire["Program"]["total_signups"];
  reservedSpots: Wire["Program"]["reserved_spots"];
  reservedSpotsSignups: Wire["Program"]["reserved_spots_signups"];
  reservedSpotsRemaining: Wire["Program"]["reserved_spots_remaining"];
  uncappedSpots: Wire["Program"]["uncapped_spots"];
  uncappedSpotsSignups: Wire["Program"]["uncapped_spots_signups"];
  uncappedSpotsRemaining: Wire["Program"]["uncapped_spots_remaining"];
  demographic: Wire["Program"]["demographic"];
  instructor: Wire["Program"]["instructor"];
  locationName: Wire["Program"]["location_name"];
  locationAddress: Wire["Program"]["location_address"];
  locationLatitude: Camelize<Wire["Program"]["location_latitude"]>;
  locationLongitude: Camelize<Wire["Program"]["location_longitude"]>;
  isOnline: Wire["Program"]["is_online"];
  /** Display form, in the tenant's time zone. */
  readableEventStartDate: Wire["Program"]["readable_event_start_date"];
  /** Display form, in the tenant's time zone. */
  readableEventEndDate: Wire["Program"]["readable_event_end_date"];
  /** HH:mm, tenant time zone. */
  eventStartTime: Wire["Program"]["event_start_time"];
  /** HH:mm, tenant time zone. */
  eventEndTime: Wire["Program"]["event_end_time"];
  /** HH:mm, tenant time zone. */
  registrationStartTime: Wire["Program"]["registration_start_time"];
  /** HH:mm, tenant time zone. */
  registrationEndTime: Wire["Program"]["registration_end_time"];
  /** Shown but not open for signup. */
  displayOnly: Wire["Program"]["display_only"];
  unsplashAuthorName: Wire["Program"]["unsplash_author_name"];
  unsplashAuthorLink: Wire["Program"]["unsplash_author_link"];
  multipleSignups: Wire["Program"]["multiple_signups"];
  promptForNumberOfGuests: Wire["Program"]["prompt_for_number_of_guests"];
  promptForRegistrant: Wire["Program"]["prompt_for_registrant"];
  waitlistEnabled: Wire["Program"]["waitlist_enabled"];
  forceParticipantSelection: Wire["Program"]["force_participant_selection"];
  showParticipantList: Wire["Program"]["show_participant_list"];
  hideParticipantDetails: Wire["Program"]["hide_participant_details"];
  payByCash: Wire["Program"]["pay_by_cash"];
  /** Minor currency units (e.g. cents). */
  registrationFee: Wire["Program"]["registration_fee"];
  /** Charge the fee once per checkout rather than per signup. */
  capRegistrationFee: Wire["Program"]["cap_registration_fee"];
  ignoresTaxRates: Wire["Program"]["ignores_tax_rates"];
  collectionAdditionalInformation: Wire["Program"]["collection_additional_information"];
  requireEmergencyContactInformation: Wire["Program"]["require_emergency_contact_information"];
  blockFacilityCalendars: Wire["Program"]["block_facility_calendars"];
  autoArchive: Wire["Program"]["auto_archive"];
  /** Days after the event end before auto-archiving; 0 means at once. */
  autoArchiveDays: Wire["Program"]["auto_archive_days"];
  participantMustHoldMembership: Wire["Program"]["participant_must_hold_membership"];
  formId: Wire["Program"]["form_id"];
  allowFileUploads: Wire["Program"]["allow_file_uploads"];
  fileUploadsRequired: Wire["Program"]["file_uploads_required"];
  fileUploadsMax: Wire["Program"]["file_uploads_max"];
  volunteerOpportunitiesIds: Camelize<Wire["Program"]["volunteer_opportunities_ids"]>;
  facilityIds: Camelize<Wire["Program"]["facility_ids"]>;
  sortOrder: Wire["Program"]["sort_order"];
  manualOrderEnabled: Wire["Program"]["manual_order_enabled"];
  /** General-ledger code for accounting. */
  glCode: Wire["Program"]["gl_code"];
  createdAt: Wire["Program"]["created_at"];
  updatedAt: Wire["Program"]["updated_at"];
  deletedAt: Wire["Program"]["deleted_at"];
  archivedAt: Wire["Program"]["archived_at"];
  /** Related facilities (typed as a string by the vendor). */
  facilities?: Wire["Program"]["facilities"];
  /** Related registration opportunities (typed as a string by the vendor). */
  registrationOpportunities?: Wire["Program"]["registration_opportunities"];
  /** Best current member price compared with the guest price. */
  memberPricingSavings?: Camelize<Wire["Program"]["member_pricing_savings"]>;
  /** Related volunteer opportunities (typed as a string by the vendor). */
  volunteerOpportunities?: Wire["Program"]["volunteer_opportunities"];
  /** Related waiver assignments (typed as a string by the vendor). */
  waiverAssignments?: Wire["Program"]["waiver_assignments"];
  tags?: Wire["Program"]["tags"];
}

/** A membership one user holds: its state, renewal and the type and plan it is on. */
export interface UserMembershipResource {
  /** Id of this membership. */
  id: Wire["UserMembershipResource"]["id"];
  /** Id of the user who holds it. */
  userId: Wire["UserMembershipResource"]["user_id"];
  /**
   * State of the membership, such as active; `retrying` means a renewal payment failed and will be
   * tried again.
   */
  status: Wire["UserMembershipResource"]["status"];
  /** Renews by itself when the current period ends. */
  willAutoRenew: Wire["UserMembershipResource"]["will_auto_renew"];
  /** End of the current period (ISO 8601), if any. */
  endsAt: Wire["UserMembershipResource"]["ends_at"];
  /** Last renewal (ISO 8601); null when it never renewed. */
  renewedAt: Wire["UserMembershipResource"]["renewed_at"];
  /** When the membership began (ISO 8601). */
  createdAt: Wire["UserMembershipResource"]["created_at"];
  /** The membership type; always embedded by both operations. */
  membershipType?: Camelize<Wire["UserMembershipResource"]["membership_type"]>;
  /** The pricing plan billed; always embedded by both operations. `amount` is in minor currency units. */
  plan?: Camelize<Wire["UserMembershipResource"]["plan"]>;
}

/** Body of a 400 for an unsupported API version. */
export interface UnsupportedApiVersion {
  /** Short reason. */
  message: Wire["UnsupportedApiVersion"]["message"];
  /** Versions the server accepts, as `YYYY-MM-DD` dates. */
  supportedVersions: Camelize<Wire["UnsupportedApiVersion"]["supported_versions"]>;
}

// Fails to compile when an interface above drifts from the wire schema it renames.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsWire = [
  Assert<Same<User, Camelize<Wire["User"]>>>,
  Assert<Same<UserResource, Camelize<Wire["UserResource"]>>>,
  Assert<Same<FamilyMember, Camelize<Wire["FamilyMember"]>>>,
  Assert<Same<ParentProgramOptionResource, Camelize<Wire["ParentProgramOptionResource"]>>>,
  Assert<Same<Program, Camelize<Wire["Program"]>>>,
  Assert<Same<UserMembershipResource, Camelize<Wire["UserMembershipResource"]>>>,
  Assert<Same<UnsupportedApiVersion, Camelize<Wire["UnsupportedApiVersion"]>>>,
];
