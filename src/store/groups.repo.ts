// Groups and who belongs to them. Groups are global rows; memberships lead with the member's account.
import type { Selectable } from 'kysely';
import { groupRoles } from '../core/groups.js';
import type { GroupMemberTable, GroupTable } from './schema.js';
import type { Store } from './store.js';

export type GroupRow = Selectable<GroupTable>;
export type GroupMemberRow = Selectable<GroupMemberTable>;

export async function insertGroup(store: Store, row: GroupRow): Promise<void> {
  await store.db.insertInto('groups').values(row).execute();
}

export async function insertMember(store: Store, row: GroupMemberRow): Promise<void> {
  await store.db.insertInto('group_members').values(row).execute();
}

/** The account's membership of the group with the group's name; undefined when it is not in it. */
export async function findMembership(
  store: Store,
  accountId: string,
  groupId: string,
): Promise<(GroupMemberRow & { name: string }) | undefined> {
  return store.db
    .selectFrom('group_members as m')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .select(['m.account_id', 'm.group_id', 'm.role', 'm.joined_at', 'g.name'])
    .where('m.account_id', '=', accountId)
    .where('m.group_id', '=', groupId)
    .executeTakeFirst();
}

/** Every group the account belongs to, by name. */
export async function listGroupsOf(
  store: Store,
  accountId: string,
): Promise<Array<GroupMemberRow & { name: string; members: number }>> {
  const rows = await store.db
    .selectFrom('group_members as m')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .select((eb) => [
      'm.account_id',
      'm.group_id',
      'm.role',
      'm.joined_at',
      'g.name',
      eb
        .selectFrom('group_members as all_members')
        .whereRef('all_members.group_id', '=', 'm.group_id')
        .select((count) => count.fn.countAll<number>().as('n'))
        .as('members'),
    ])
    .where('m.account_id', '=', accountId)
    .orderBy('g.name')
    .orderBy('m.group_id')
    .execute();
  return rows.map((row) => ({ ...row, members: Number(row.members) }));
}

/** How many owners the group has: a group never loses its last one. */
export async function countOwners(store: Store, groupId: string): Promise<number> {
  const row = await store.db
    .selectFrom('group_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('group_id', '=', groupId)
    .where('role', '=', 'owner')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function updateRole(
  store: Store,
  key: { accountId: string; groupId: string },
  role: string,
): Promise<void> {
  await store.db
    .updateTable('group_members')
    .set({ role })
    .where('account_id', '=', key.accountId)
    .where('group_id', '=', key.groupId)
    .execute();
}

export async function deleteMember(
  store: Store,
  key: { accountId: string; groupId: string },
): Promise<void> {
  await store.db
    .deleteFrom('group_members')
    .where('account_id', '=', key.accountId)
    .where('group_id', '=', key.groupId)
    .execute();
}

/** What a member's profile says that the group uses: a name to call them by, their week. */
export interface MemberProfile {
  email: string | null;
  name: string | null;
  time_zone: string | null;
  weekly_goal: number | null;
  weekly_minutes: number | null;
}

/** The group's members with how the group calls them (profile name, sign-in email), owners first. */
export async function listMembers(
  store: Store,
  groupId: string,
): Promise<Array<GroupMemberRow & MemberProfile>> {
  const rows = await store.db
    .selectFrom('group_members as m')
    .leftJoin('account_logins as l', 'l.account_id', 'm.account_id')
    .leftJoin('profiles as p', 'p.account_id', 'm.account_id')
    .select([
      'm.account_id',
      'm.group_id',
      'm.role',
      'm.joined_at',
      'l.email',
      'p.name',
      'p.time_zone',
      'p.weekly_goal',
      'p.weekly_minutes',
    ])
    .where('m.group_id', '=', groupId)
    .orderBy('m.joined_at')
    .orderBy('m.account_id')
    .execute();
  const rank = (role: string) => (groupRoles as readonly string[]).indexOf(role);
  return rows.sort((a, b) => rank(a.role) - rank(b.role));
}
