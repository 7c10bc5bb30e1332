// Joining a group by a one-time link: the owner makes one for a role (coach or member), perhaps for
// one email; a signed-in account uses it to join, or a newcomer signs up through it.
import { z } from 'zod';
import { emailSchema, foldEmail } from '../core/account.js';
import { AppError } from '../core/errors.js';
import { groupInvitationLifetime, invitableRoles, isGroupRole } from '../core/groups.js';
import { parseInput } from '../core/validate.js';
import { findLogin } from '../store/account-logins.repo.js';
import {
  findOpenGroupInvitation,
  insertGroupInvitation,
  useGroupInvitation,
  type GroupInvitationRow,
} from '../store/group-invitations.repo.js';
import { findMembership, insertMember } from '../store/groups.repo.js';
import { inTransaction, type Store } from '../store/store.js';
import type { Deps } from './deps.js';
import { myGroups, requireGroupRole, type GroupSummary } from './groups.js';
import { hashSecret, isoPlus, makeSecret } from './secrets.js';

export interface GroupInvitation {
  /** The secret for the link; shown once, kept only as its hash. */
  secret: string;
  role: (typeof invitableRoles)[number];
  email: string | null;
  expiresAt: string;
}

const invitationInput = z.object({
  role: z.enum(invitableRoles, { error: 'choose coach or member' }),
  email: emailSchema.nullish(),
});

/** A one-time link into the group, made by its owner. */
export async function inviteToGroup(
  deps: Deps,
  input: { groupId: string; role: string; email?: string | null },
): Promise<GroupInvitation> {
  const { role, email } = parseInput(invitationInput, { role: input.role, email: input.email });
  await requireGroupRole(deps, input.groupId, 'invite');
  const now = deps.now();
  // The link belongs to no account yet, so its secret starts with a fixed word, not an id.
  const { secret, secretHash } = makeSecret('group');
  const expiresAt = isoPlus(now, groupInvitationLifetime);
  const folded = email ? foldEmail(email) : null;
  await insertGroupInvitation(deps.store, {
    secret_hash: secretHash,
    group_id: input.groupId,
    role,
    invited_by: deps.accountId,
    email: folded,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { secret, role, email: folded, expiresAt };
}

/** The signed-in account joins the group the link is for; the link is used up. */
export async function joinGroup(deps: Deps, input: { invitation: string }): Promise<GroupSummary> {
  const login = await findLogin(deps.store, deps.accountId);
  const groupId = await inTransaction(deps.store, (store) =>
    joinWithInvitation(store, {
      accountId: deps.accountId,
      email: login?.email ?? null,
      secret: input.invitation,
      at: deps.now().toISOString(),
    }),
  );
  const joined = (await myGroups(deps)).find((group) => group.id === groupId);
  if (!joined) throw new AppError('NOT_FOUND', 'That group was not found.');
  return joined;
}

/** The open invitation a link names, checked against who is using it; refused otherwise. */
export async function openGroupInvitation(
  store: Store,
  input: { secret: string; email: string | null; at: string },
): Promise<GroupInvitationRow> {
  const row = await findOpenGroupInvitation(store, hashSecret(input.secret), input.at);
  if (!row) {
    throw new AppError(
      'FORBIDDEN',
      'This group link has expired or was already used. Ask the group’s owner for a new one.',
    );
  }
  if (row.email !== null && row.email !== foldEmail(input.email ?? '')) {
    throw new AppError(
      'FORBIDDEN',
      `This group link is for ${row.email}. Use that account, or ask for a new link.`,
    );
  }
  return row;
}

/**
 * Adds the account to the link's group with the link's role and uses the link up, inside the
 * caller's transaction (sign-up makes the account in the same one). Returns the group's id.
 */
export async function joinWithInvitation(
  store: Store,
  input: { accountId: string; email: string | null; secret: string; at: string },
): Promise<string> {
  const row = await openGroupInvitation(store, input);
  if (await findMembership(store, input.accountId, row.group_id)) {
    throw new AppError('CONFLICT', 'You are already in this group. The link is still unused.');
  }
  if (!(await useGroupInvitation(store, row.secret_hash, input.at))) {
    throw new AppError('FORBIDDEN', 'This group link was just used by someone else.');
  }
  await insertMember(store, {
    account_id: input.accountId,
    group_id: row.group_id,
    role: isGroupRole(row.role) && row.role !== 'owner' ? row.role : 'member',
    joined_at: input.at,
  });
  return row.group_id;
}
