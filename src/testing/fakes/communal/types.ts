/** The Communal fake's public types: its records (Communal's schemas, in camelCase), options and state. */
import type { components } from "../../../communal/generated/types.js";
import type { Camelize } from "../../../core/shape.js";
import type { Fake, FakeClock } from "../../kit.js";

/** A user as the fake stores it: Communal's full `User` record, in camelCase. */
export type CommunalFakeUser = Camelize<components["schemas"]["User"]>;
/** A parent program as the fake stores it, in camelCase. */
export type CommunalFakeParentProgram = Camelize<components["schemas"]["Program"]>;
/** A membership as the fake stores it, in camelCase. */
export type CommunalFakeMembership = Camelize<components["schemas"]["UserMembershipResource"]>;

/** API versions the fake serves. Defaults follow Communal's versioning docs. */
export interface CommunalFakeVersions {
  /** Applied when the request sends no `X-Api-Version`. @default "2026-08-25" */
  current?: string;
  /** Every version accepted. @default ["2026-02-01", "2026-03-25", "2026-08-25"] */
  supported?: string[];
  /** Deprecated versions and their sunset date (`YYYY-MM-DD`). @default {} */
  deprecated?: Record<string, string>;
}

/** Options of {@link createCommunalFake}. */
export interface CommunalFakeOptions {
  /** @default "https://api.getcommunal.com/api", the client's default */
  baseUrl?: string;
  clock?: FakeClock;
  versions?: CommunalFakeVersions;
  /** Programs (and memberships, unless `page[size]` says otherwise) per page. @default 15, Laravel's default */
  perPage?: number;
  /** Initial data; records are completed with neutral defaults for fields left out. */
  seed?: {
    users?: Array<Partial<CommunalFakeUser> & { id: number; email: string }>;
    parentPrograms?: Array<Partial<CommunalFakeParentProgram> & { id: number; title: string }>;
    /** Memberships; left out, `status` is "active", `endsAt` null (no end) and the type a generic one. */
    memberships?: Array<Partial<CommunalFakeMembership> & { id: number; userId: number }>;
    /** Keys as the dashboard would have issued them: the secret and the user it acts as. */
    apiKeys?: Array<{ key: string; userId: number }>;
  };
}

/** The Communal fake's data, by id. */
export interface CommunalFakeState {
  users: Map<number, CommunalFakeUser>;
  parentPrograms: Map<number, CommunalFakeParentProgram>;
  memberships: Map<number, CommunalFakeMembership>;
  /** Secret -> id of the user the key acts as. */
  apiKeys: Map<string, number>;
}

/** What {@link createCommunalFake} returns; errors use Communal's `{message}` body. */
export interface CommunalFake extends Fake<CommunalFakeState> {
  /**
   * Issues a key acting as `userId` (the dashboard's job), creating that user if needed.
   * `manager: true` makes the user a manager. Returns the secret.
   */
  issueKey(options?: { userId?: number; manager?: boolean }): string;
}
