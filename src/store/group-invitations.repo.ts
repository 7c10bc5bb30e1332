// Group invitation links: each kept as its SHA-256, used once, before it expires.
import type { Selectable } from 'kysely';
import type { GroupInvitationTable } from './schema.js';
import type { Store } from './store.js';

export type GroupInvitationRow = Selectable<GroupInvitationTable>;

export async function insertGroupInvitation(store: Store, row: GroupInvitationRow): Promise<void> {
  await store.db.insertInto('group_invitations').values(row).execute();
}

/** The invitation if it is unused and unexpired, without using it; undefined otherwise. */
export function findOpenGroupInvitation(
  store: Store,
  secretHash: string,
  at: string,
): Promise<GroupInvitationRow | undefined> {
  return store.db
    .selectFrom('group_invitations')
    .selectAll()
    .where('secret_hash', '=', secretHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
}

/**
 * Marks the invitation used if it is still unused and unexpired; true when this call used it.
 * The update is the check, so two people racing on one link cannot both join.
 */
export async function useGroupInvitation(
  store: Store,
  secretHash: string,
  at: string,
): Promise<boolean> {
  const result = await store.db
    .updateTable('group_invitations')
    .set({ used_at: at })
    .where('secret_hash', '=', secretHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
