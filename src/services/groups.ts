// Groups as their members see them: create one, list your own, and check what your role allows.
// A group you are not in is "not found", never "forbidden", so its existence does not leak.
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import {
  groupCan,
  groupNameSchema,
  isGroupRole,
  type GroupAction,
  type GroupRole,
} from '../core/groups.js';
import { parseInput } from '../core/validate.js';
import { findMembership, insertGroup, insertMember, listGroupsOf } from '../store/groups.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';
import { newId } from './secrets.js';

export interface GroupSummary {
  id: string;
  name: string;
  role: GroupRole;
  members: number;
  joinedAt: string;
}

export interface Membership {
  groupId: string;
  name: string;
  role: GroupRole;
}

/** A new group with the signed-in account as its owner, in one transaction. */
export async function createGroup(deps: Deps, input: { name: string }): Promise<GroupSummary> {
  const { name } = parseInput(z.object({ name: groupNameSchema }), input);
  const at = timestamp(deps);
  const id = newId();
  return inTransaction(deps.store, async (store) => {
    await insertGroup(store, { id, name, created_by: deps.accountId, created_at: at });
    await insertMember(store, {
      account_id: deps.accountId,
      group_id: id,
      role: 'owner',
      joined_at: at,
    });
    return { id, name, role: 'owner', members: 1, joinedAt: at };
  });
}

export async function myGroups(deps: Deps): Promise<GroupSummary[]> {
  const rows = await listGroupsOf(deps.store, deps.accountId);
  return rows.map((row) => ({
    id: row.group_id,
    name: row.name,
    role: isGroupRole(row.role) ? row.role : 'member',
    members: row.members,
    joinedAt: row.joined_at,
  }));
}

/**
 * The signed-in account's membership of the group, when its role allows the action. Not a member:
 * NOT_FOUND. A member whose role does not allow it: FORBIDDEN, naming who can.
 */
export async function requireGroupRole(
  deps: Deps,
  groupId: string,
  action?: GroupAction,
): Promise<Membership> {
  const row = await findMembership(deps.store, deps.accountId, groupId);
  if (!row || !isGroupRole(row.role)) {
    throw new AppError('NOT_FOUND', 'That group was not found, or you are not in it.');
  }
  if (action && !groupCan(row.role, action)) {
    throw new AppError('FORBIDDEN', forbiddenMessage(action));
  }
  return { groupId: row.group_id, name: row.name, role: row.role };
}

function forbiddenMessage(action: GroupAction): string {
  switch (action) {
    case 'invite':
    case 'setRoles':
      return "Only the group's owner can do that. Ask them.";
    case 'seeProgress':
      return "Only the group's owner and coaches see members' progress.";
    case 'seeSharedNetwork':
      return "Coaches see members' progress, never their contacts.";
    case 'post':
      return 'Only members of the group can post here.';
  }
}
