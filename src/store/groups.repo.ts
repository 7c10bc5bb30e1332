// Groups and who belongs to them. Groups are global rows; memberships lead with the member's account.
import type { Selectable } from 'kysely';
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

/** The group's members with the email they sign in with, owners first. */
export async function listMembers(
  store: Store,
  groupId: string,
): Promise<Array<GroupMemberRow & { email: string | null }>> {
  return store.db
    .selectFrom('group_members as m')
    .leftJoin('account_logins as l', 'l.account_id', 'm.account_id')
    .select(['m.account_id', 'm.group_id', 'm.role', 'm.joined_at', 'l.email'])
    .where('m.group_id', '=', groupId)
    .orderBy('m.joined_at')
    .orderBy('m.account_id')
    .execute();
}
