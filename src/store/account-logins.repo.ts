// Server mode's logins: one per account, found by case-folded email.
import type { Selectable } from 'kysely';
import type { AccountLoginTable } from './schema.js';
import type { Store } from './store.js';

export type LoginRow = Selectable<AccountLoginTable>;

export interface NewLogin {
  accountId: string;
  name: string;
  email: string;
  passwordHash: string;
  role: string;
  at: string;
}

export function findLoginByEmail(store: Store, email: string): Promise<LoginRow | undefined> {
  return store.db
    .selectFrom('account_logins')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
}

export function findLogin(store: Store, accountId: string): Promise<LoginRow | undefined> {
  return store.db
    .selectFrom('account_logins')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function countLogins(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('account_logins')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listLogins(store: Store): Promise<LoginRow[]> {
  return store.db.selectFrom('account_logins').selectAll().orderBy('email').execute();
}

/** The account and its login together; the caller checks the email is free first. */
export async function insertLogin(store: Store, login: NewLogin): Promise<void> {
  await store.db
    .insertInto('accounts')
    .values({ id: login.accountId, name: login.name, created_at: login.at })
    .execute();
  await store.db
    .insertInto('account_logins')
    .values({
      account_id: login.accountId,
      email: login.email,
      password_hash: login.passwordHash,
      role: login.role,
      created_at: login.at,
      updated_at: login.at,
    })
    .execute();
}

export async function updateLogin(
  store: Store,
  accountId: string,
  patch: { passwordHash?: string; disabledAt?: string | null; at: string },
): Promise<void> {
  await store.db
    .updateTable('account_logins')
    .set({
      updated_at: patch.at,
      ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
      ...(patch.disabledAt === undefined ? {} : { disabled_at: patch.disabledAt }),
    })
    .where('account_id', '=', accountId)
    .execute();
}
