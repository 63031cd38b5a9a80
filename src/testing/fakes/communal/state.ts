/**
 * What the Communal fake holds: users, parent programs, memberships and the keys the dashboard issued,
 * seeded with neutral defaults for the fields a test leaves out.
 */
import { operations } from "../../../communal/generated/meta.js";
import { camelCase, type Shape } from "../../../core/shape.js";
import { randomSecret, type FakeClock, type FakeKit } from "../../kit.js";
import type { CommunalFakeMembership, CommunalFakeOptions, CommunalFakeParentProgram, CommunalFakeState, CommunalFakeUser } from "./types.js";

/** The fake's data with its rules, shared by the guard and the routes. */
export type Store = ReturnType<typeof createStore>;

/** Creates the fake's store; `seed()` (re)fills it from `options.seed`. */
export function createStore(options: CommunalFakeOptions, kit: FakeKit) {
  const state: CommunalFakeState = { users: new Map(), parentPrograms: new Map(), memberships: new Map(), apiKeys: new Map() };

  function seed(): void {
    state.users.clear();
    state.parentPrograms.clear();
    state.memberships.clear();
    state.apiKeys.clear();
    for (const user of options.seed?.users ?? []) addUser(user);
    for (const program of options.seed?.parentPrograms ?? []) {
      state.parentPrograms.set(program.id, {
        ...(defaults(operations.getParentProgram.response, kit.clock) as CommunalFakeParentProgram),
        ...structuredClone(program),
      });
    }
    for (const membership of options.seed?.memberships ?? []) {
      const base = { status: "active", willAutoRenew: false, endsAt: null, renewedAt: null, createdAt: new Date(kit.clock.now()).toISOString() };
      state.memberships.set(membership.id, { ...base, membershipType: { id: 1, title: "Membership" }, plan: null, ...structuredClone(membership) });
    }
    for (const { key, userId } of options.seed?.apiKeys ?? []) state.apiKeys.set(key, userId);
  }

  function addUser(user: Partial<CommunalFakeUser> & { id: number }): CommunalFakeUser {
    const record = { ...(defaults(operations.updateUser.response, kit.clock) as CommunalFakeUser), ...structuredClone(user) };
    if (!user.name) record.name = [record.firstName, record.lastName].filter(Boolean).join(" ");
    state.users.set(record.id, record);
    return record;
  }

  /** Issues a key acting as `userId`, creating that user if needed; see `CommunalFake.issueKey`. */
  function issueKey({ userId, manager }: { userId?: number; manager?: boolean } = {}): string {
    const id = userId ?? Math.max(0, ...state.users.keys()) + 1;
    const user = state.users.get(id) ?? addUser({ id, email: `user${id}@example.com`, firstName: "Test", lastName: `User ${id}` });
    if (manager !== undefined) user.manager = manager;
    const key = randomSecret("");
    state.apiKeys.set(key, id);
    return key;
  }

  return {
    state,
    seed,
    issueKey,
    /** Ended: its current period has an end and the fake's clock is past it. */
    hasEnded: (m: CommunalFakeMembership) => m.endsAt !== null && Date.parse(m.endsAt) < kit.clock.now(),
    /** Managers act on anyone; other keys only on their own user. */
    mayActOn: (user: CommunalFakeUser, targetId: number) => user.manager || user.id === targetId,
    programs: () => [...state.parentPrograms.values()].sort((a, b) => a.id - b.id),
  };
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
