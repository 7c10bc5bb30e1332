// Personal API tokens for scripts (Bearer), and the calendar feed's key: shown once, kept hashed.
import { AppError } from '../core/errors.js';
import { deleteSecrets, insertSecret, listSecrets } from '../store/account-secrets.repo.js';
import { inTransaction } from '../store/store.js';
import { makeSecret, newId, type AccountDeps } from './secrets.js';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function createApiToken(
  deps: AccountDeps,
  input: { accountId: string; name: string },
): Promise<ApiToken & { token: string }> {
  const at = deps.now().toISOString();
  const { secret, secretHash } = makeSecret(input.accountId);
  const id = newId();
  await insertSecret(deps.store, {
    accountId: input.accountId,
    id,
    kind: 'token',
    secretHash,
    name: input.name,
    at,
    expiresAt: null,
  });
  return { id, name: input.name, createdAt: at, lastUsedAt: null, token: secret };
}

export async function listApiTokens(deps: AccountDeps, accountId: string): Promise<ApiToken[]> {
  const rows = await listSecrets(deps.store, accountId, 'token');
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }));
}

export async function revokeApiToken(
  deps: AccountDeps,
  input: { accountId: string; id: string },
): Promise<void> {
  const removed = await deleteSecrets(deps.store, input.accountId, {
    kinds: ['token'],
    id: input.id,
  });
  if (removed === 0) throw new AppError('NOT_FOUND', `There is no token ${input.id} to revoke.`);
}

/** A new calendar key; the old one stops working, so a leaked feed address can be replaced. */
export async function renewCalendarKey(deps: AccountDeps, accountId: string): Promise<string> {
  const { secret, secretHash } = makeSecret(accountId);
  await inTransaction(deps.store, async (store) => {
    await deleteSecrets(store, accountId, { kinds: ['calendar'] });
    await insertSecret(store, {
      accountId,
      id: newId(),
      kind: 'calendar',
      secretHash,
      name: 'calendar',
      at: deps.now().toISOString(),
      expiresAt: null,
    });
  });
  return secret;
}

export async function revokeCalendarKey(deps: AccountDeps, accountId: string): Promise<void> {
  await deleteSecrets(deps.store, accountId, { kinds: ['calendar'] });
}
