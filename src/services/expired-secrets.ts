// Clears out sessions, invitations and reset links that can never work again, in one transaction.
import { deleteExpiredSecrets, type ExpiredCounts } from '../store/expired-secrets.repo.js';
import { inTransaction } from '../store/store.js';
import type { AccountDeps } from './secrets.js';

export type { ExpiredCounts } from '../store/expired-secrets.repo.js';

export function removeExpiredSecrets(deps: AccountDeps): Promise<ExpiredCounts> {
  const at = deps.now().toISOString();
  return inTransaction(deps.store, (store) => deleteExpiredSecrets(store, at));
}
