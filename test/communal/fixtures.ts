/** Wire bodies (snake_case, as Communal sends them) shaped after specs/communal.yaml and the vendor's docs. */

export const BASE = "https://api.getcommunal.com/api";
export const KEY = "cmnl_live_4b1d9e0f7a2c";

/** `GET /users/89?include=family`: the compact UserResource with one family member. */
export const wireUserResource = {
  id: "89",
  name: "Jane Doe",
  email: "jane.doe@example.com",
  telephone: "416-555-1234",
  first_name: "Jane",
  middle_name: null,
  last_name: "Doe",
  preferred_name: "Janey",
  date_of_birth: "1990-04-12T00:00:00.000000Z",
  created_at: "2025-01-05T14:03:11.000000Z",
  updated_at: "2026-03-30T09:12:45.000000Z",
  family: [
    {
      id: 311,
      user_id: 89,
      guest_id: 0,
      name: "Sam Doe",
      email: "sam.doe@example.com",
      telephone: "416-555-9876",
      gender: "male",
      date_of_birth: "2016-07-01",
      age: 10,
      allergies: "peanuts",
      medical: "",
      primary: false,
      created_at: "2025-01-05T14:05:00.000000Z",
      updated_at: "2025-01-05T14:05:00.000000Z",
      deleted_at: null,
      emergency: {
        id: 12,
        family_id: 311,
        name: "John Doe",
        telephone: "416-555-0000",
        created_at: "2025-01-05T14:05:00.000000Z",
        updated_at: "2025-01-05T14:05:00.000000Z",
      },
    },
  ],
};

/** `PUT /users/89`: the full User record after the update. */
export { default as wireUser } from "../fixtures/communal/user.json" with { type: "json" };

/** A parent program as `GET /parent_programs/{id}` and the list's `data` items carry it. */
export function wireParentProgram(id: number, title = `Program ${id}`) {
  return {
    id,
    title,
    description: "Eight weeks of Saturday morning swimming lessons.",
    event_start_date: "2026-06-06",
    event_end_date: "2026-07-25",
    registration_start_date: "2026-04-01",
    registration_end_date: "2026-06-01",
    ongoing: false,
    status: "published",
    dates: "Jun 6 - Jul 25, 2026",
    registration_dates: "Apr 1 - Jun 1, 2026",
    is_event: false,
    draft: false,
    is_hidden: false,
    profile_image: null,
    limit: 20,
    total_spots: 20,
    available_spots: 12,
    total_signups: 8,
    reserved_spots: 0,
    reserved_spots_signups: 0,
    reserved_spots_remaining: null,
    uncapped_spots: null,
    uncapped_spots_signups: null,
    uncapped_spots_remaining: null,
    demographic: "Youth",
    instructor: "A. Rivera",
    location_name: "Community Pool",
    location_address: "1 Pool Lane, Toronto",
    location_latitude: "43.6532",
    location_longitude: "-79.3832",
    is_online: false,
    readable_event_start_date: "June 6, 2026",
    readable_event_end_date: "July 25, 2026",
    event_start_time: "09:00",
    event_end_time: "10:00",
    registration_start_time: "08:00",
    registration_end_time: "23:59",
    display_only: false,
    unsplash_author_name: null,
    unsplash_author_link: null,
    multiple_signups: false,
    prompt_for_number_of_guests: false,
    prompt_for_registrant: true,
    waitlist_enabled: true,
    force_participant_selection: false,
    show_participant_list: false,
    hide_participant_details: true,
    pay_by_cash: false,
    registration_fee: 0,
    cap_registration_fee: false,
    ignores_tax_rates: false,
    collection_additional_information: false,
    require_emergency_contact_information: true,
    block_facility_calendars: false,
    auto_archive: true,
    auto_archive_days: 30,
    participant_must_hold_membership: false,
    form_id: null,
    allow_file_uploads: false,
    file_uploads_required: false,
    file_uploads_max: null,
    volunteer_opportunities_ids: [],
    facility_ids: [3, 5],
    sort_order: id,
    manual_order_enabled: false,
    gl_code: null,
    created_at: "2026-03-01T10:00:00.000000Z",
    updated_at: "2026-03-02T10:00:00.000000Z",
    deleted_at: null,
    archived_at: null,
    member_pricing_savings: { name: "Members", guest_price: 12000, price: 9000, savings: 3000 },
  };
}

/** One Laravel-style page of parent programs. */
export function wirePage(page: number, lastPage: number, ids: number[], total: number, perPage = 2) {
  const from = ids.length ? (page - 1) * perPage + 1 : null;
  return {
    data: ids.map((id) => wireParentProgram(id)),
    current_page: page,
    from,
    last_page: lastPage,
    per_page: perPage,
    to: from === null ? null : from + ids.length - 1,
    total,
  };
}

/** One Laravel-style page of program options (`GET /parent_programs/options`). */
export function wireOptionPage(page: number, lastPage: number, ids: number[], total: number, perPage = 2) {
  const { data: _programs, ...envelope } = wirePage(page, lastPage, ids, total, perPage);
  return { ...envelope, data: ids.map((id) => ({ id, title: `Program ${id}`, draft: false, archived_at: null })) };
}

/** A membership as `GET /user_memberships/{id}` and the list's `data` items carry it. */
export function wireMembership(id: number, userId = 89) {
  return {
    id,
    user_id: userId,
    status: "active",
    will_auto_renew: true,
    ends_at: "2026-12-31T23:59:59.000000Z",
    renewed_at: null,
    created_at: "2026-01-01T00:00:00.000000Z",
    membership_type: { id: 4, title: "Gold" },
    plan: { id: 9, nickname: "Monthly", amount: 2500, interval: "month" },
  };
}

/** One Laravel-style page of memberships. */
export function wireMembershipPage(page: number, lastPage: number, ids: number[], total: number, perPage = 2) {
  const { data: _programs, ...envelope } = wirePage(page, lastPage, ids, total, perPage);
  return { ...envelope, data: ids.map((id) => wireMembership(id)) };
}
