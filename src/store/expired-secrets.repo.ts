// Sign-in secrets and one-time links that can never work again: expired sessions, and invitations
// and reset links that were used or have expired. Kept only as hashes, but kept for no reason.
import type { Store } from './store.js';

export interface ExpiredCounts {
  sessions: number;
  invitations: number;
  passwordResets: number;
}

/** Deletes every secret and link, of any account, that is used or expired at `at` (ISO). */
export async function deleteExpiredSecrets(store: Store, at: string): Promise<ExpiredCounts> {
  const secrets = await store.db
    .deleteFrom('account_secrets')
    .where('expires_at', 'is not', null)
    .where('expires_at', '<=', at)
    .executeTakeFirst();
  const invitations = await store.db
    .deleteFrom('invitations')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', at)]))
    .executeTakeFirst();
  const resets = await store.db
    .deleteFrom('password_resets')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', at)]))
    .executeTakeFirst();
  return {
    sessions: Number(secrets.numDeletedRows),
    invitations: Number(invitations.numDeletedRows),
    passwordResets: Number(resets.numDeletedRows),
  };
}
