// Sessions, API tokens and calendar keys of an account, each kept as the SHA-256 of its secret.
import type { Selectable } from 'kysely';
import type { SecretKind } from '../core/account.js';
import type { AccountSecretTable } from './schema.js';
import type { Store } from './store.js';

export type SecretRow = Selectable<AccountSecretTable>;

export interface NewSecret {
  accountId: string;
  id: string;
  kind: SecretKind;
  secretHash: string;
  name: string;
  at: string;
  expiresAt: string | null;
}

export async function insertSecret(store: Store, secret: NewSecret): Promise<void> {
  await store.db
    .insertInto('account_secrets')
    .values({
      account_id: secret.accountId,
      id: secret.id,
      kind: secret.kind,
      secret_hash: secret.secretHash,
      name: secret.name,
      created_at: secret.at,
      expires_at: secret.expiresAt,
    })
    .execute();
}

/** The live secret of this kind with this hash whose account may still sign in, if any. */
export function findLiveSecret(
  store: Store,
  key: { accountId: string; secretHash: string; kind: SecretKind; at: string },
): Promise<SecretRow | undefined> {
  return store.db
    .selectFrom('account_secrets as s')
    .innerJoin('account_logins as l', 'l.account_id', 's.account_id')
    .selectAll('s')
    .where('s.account_id', '=', key.accountId)
    .where('s.secret_hash', '=', key.secretHash)
    .where('s.kind', '=', key.kind)
    .where('l.disabled_at', 'is', null)
    .where((eb) => eb.or([eb('s.expires_at', 'is', null), eb('s.expires_at', '>', key.at)]))
    .executeTakeFirst();
}

export async function touchSecret(store: Store, accountId: string, id: string, at: string) {
  await store.db
    .updateTable('account_secrets')
    .set({ last_used_at: at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute();
}

export function listSecrets(store: Store, accountId: string, kind: SecretKind) {
  return store.db
    .selectFrom('account_secrets')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .orderBy('created_at')
    .execute();
}

/** Deletes the account's secrets of these kinds, or only the one with `id`; returns how many. */
export async function deleteSecrets(
  store: Store,
  accountId: string,
  filter: { kinds: SecretKind[]; id?: string; exceptId?: string },
): Promise<number> {
  let query = store.db
    .deleteFrom('account_secrets')
    .where('account_id', '=', accountId)
    .where('kind', 'in', filter.kinds);
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.exceptId !== undefined) query = query.where('id', '!=', filter.exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSecretByHash(
  store: Store,
  key: { accountId: string; secretHash: string; kind: SecretKind },
): Promise<void> {
  await store.db
    .deleteFrom('account_secrets')
    .where('account_id', '=', key.accountId)
    .where('secret_hash', '=', key.secretHash)
    .where('kind', '=', key.kind)
    .execute();
}
