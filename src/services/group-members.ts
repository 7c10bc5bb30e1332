// Changing who is in a group: the owner sets roles and removes members; anyone can leave. A group
// always keeps an owner, so the last one can neither leave nor step down.
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { groupRoles, isGroupRole, lastOwnerProblem, type GroupRole } from '../core/groups.js';
import { parseInput } from '../core/validate.js';
import { countOwners, deleteMember, findMembership, updateRole } from '../store/groups.repo.js';
import { inTransaction, type Store } from '../store/store.js';
import type { Deps } from './deps.js';
import { requireGroupRole, showGroup, type GroupDetail } from './groups.js';

const roleInput = z.object({
  role: z.enum(groupRoles, { error: 'choose a role: owner, coach or member' }),
});

/** The owner gives a member another role; the answer is the group as it now stands. */
export async function setMemberRole(
  deps: Deps,
  input: { groupId: string; accountId: string; role: string },
): Promise<GroupDetail> {
  const { role } = parseInput(roleInput, { role: input.role });
  await inTransaction(deps.store, async (store) => {
    const inTx = { ...deps, store };
    await requireGroupRole(inTx, input.groupId, 'setRoles');
    const current = await memberRole(store, input);
    await refuseLosingLastOwner(store, input.groupId, current, role);
    await updateRole(store, input, role);
  });
  return showGroup(deps, input.groupId);
}

/** Takes a member out of the group: the owner removing someone, or anyone leaving. */
export async function removeMember(
  deps: Deps,
  input: { groupId: string; accountId: string },
): Promise<void> {
  await inTransaction(deps.store, async (store) => {
    const inTx = { ...deps, store };
    const leaving = input.accountId === deps.accountId;
    await requireGroupRole(inTx, input.groupId, leaving ? undefined : 'setRoles');
    const current = await memberRole(store, input);
    await refuseLosingLastOwner(store, input.groupId, current, null);
    await deleteMember(store, input);
  });
}

async function memberRole(
  store: Store,
  input: { groupId: string; accountId: string },
): Promise<GroupRole> {
  const row = await findMembership(store, input.accountId, input.groupId);
  if (!row || !isGroupRole(row.role)) {
    throw new AppError('NOT_FOUND', 'That person is not in this group.');
  }
  return row.role;
}

async function refuseLosingLastOwner(
  store: Store,
  groupId: string,
  currentRole: GroupRole,
  nextRole: GroupRole | null,
): Promise<void> {
  if (currentRole !== 'owner' || nextRole === 'owner') return;
  const problem = lastOwnerProblem({
    currentRole,
    nextRole,
    owners: await countOwners(store, groupId),
  });
  if (problem) throw new AppError('CONFLICT', problem);
}
