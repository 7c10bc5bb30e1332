// One-time links: invitations to sign up, and password resets. Each is kept as its SHA-256.
import type { Selectable } from 'kysely';
import type { InvitationTable, PasswordResetTable } from './schema.js';
import type { Store } from './store.js';

export type InvitationRow = Selectable<InvitationTable>;
export type PasswordResetRow = Selectable<PasswordResetTable>;

export async function insertInvitation(store: Store, row: InvitationRow): Promise<void> {
  await store.db.insertInto('invitations').values(row).execute();
}

/**
 * Marks the invitation used if it is unused and unexpired, and returns it; undefined otherwise.
 * The update is the check, so two sign-ups racing on one link cannot both win.
 */
export async function useInvitation(
  store: Store,
  secretHash: string,
  at: string,
): Promise<InvitationRow | undefined> {
  const result = await store.db
    .updateTable('invitations')
    .set({ used_at: at })
    .where('secret_hash', '=', secretHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return store.db
    .selectFrom('invitations')
    .selectAll()
    .where('secret_hash', '=', secretHash)
    .executeTakeFirst();
}

export async function insertPasswordReset(store: Store, row: PasswordResetRow): Promise<void> {
  await store.db.insertInto('password_resets').values(row).execute();
}

/** Marks the reset link used if it is unused and unexpired; true when this call used it. */
export async function usePasswordReset(
  store: Store,
  key: { accountId: string; secretHash: string; at: string },
): Promise<boolean> {
  const result = await store.db
    .updateTable('password_resets')
    .set({ used_at: key.at })
    .where('account_id', '=', key.accountId)
    .where('secret_hash', '=', key.secretHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', key.at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
