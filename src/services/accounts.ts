// Accounts as the operator and their owners see them: create, list, disable, change the password.
import { foldEmail, type Role } from '../core/account.js';
import { AppError, invalidInput } from '../core/errors.js';
import {
  findLogin,
  findLoginByEmail,
  insertLogin,
  listLogins,
  updateLogin,
  type LoginRow,
} from '../store/account-logins.repo.js';
import { deleteSecrets } from '../store/account-secrets.repo.js';
import { inTransaction } from '../store/store.js';
import { checkPassword, hashPassword, newId, type AccountDeps } from './secrets.js';

export interface AccountSummary {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export function rowToAccount(row: LoginRow): AccountSummary {
  return {
    id: row.account_id,
    email: row.email,
    role: row.role === 'owner' ? 'owner' : 'member',
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}

/** A new account with a login; the password is hashed before any transaction opens. */
export async function createAccount(
  deps: AccountDeps,
  input: { email: string; password: string; role: Role },
): Promise<AccountSummary> {
  const passwordHash = await hashPassword(input.password);
  return addLogin(deps, { email: input.email, passwordHash, role: input.role });
}

/** The account and its login, in the caller's transaction; an email already taken is a conflict. */
export async function addLogin(
  deps: AccountDeps,
  input: { email: string; passwordHash: string; role: Role },
): Promise<AccountSummary> {
  const email = foldEmail(input.email);
  const at = deps.now().toISOString();
  const accountId = newId();
  return inTransaction(deps.store, async (store) => {
    if (await findLoginByEmail(store, email)) {
      throw new AppError(
        'CONFLICT',
        `${email} already has an account. Sign in, or ask for a password reset link.`,
      );
    }
    const login = { accountId, name: email, email, passwordHash: input.passwordHash };
    await insertLogin(store, { ...login, role: input.role, at });
    return rowToAccount((await findLogin(store, accountId))!);
  });
}

export async function listAccounts(deps: AccountDeps): Promise<AccountSummary[]> {
  return (await listLogins(deps.store)).map(rowToAccount);
}

export async function getAccount(deps: AccountDeps, accountId: string): Promise<AccountSummary> {
  const row = await findLogin(deps.store, accountId);
  if (!row) throw new AppError('UNAUTHORIZED', 'This account no longer signs in here.');
  return rowToAccount(row);
}

/** Disables sign-in and ends every session, token and calendar key; the data stays. */
export async function disableAccount(deps: AccountDeps, email: string): Promise<AccountSummary> {
  const at = deps.now().toISOString();
  return inTransaction(deps.store, async (store) => {
    const row = await findLoginByEmail(store, foldEmail(email));
    if (!row) throw new AppError('NOT_FOUND', `No account signs in as ${foldEmail(email)}.`);
    await updateLogin(store, row.account_id, { disabledAt: row.disabled_at ?? at, at });
    await deleteSecrets(store, row.account_id, { kinds: ['session', 'token', 'calendar'] });
    return rowToAccount((await findLogin(store, row.account_id))!);
  });
}

/** Checks the current password, stores the new one, and ends every other session. */
export async function changePassword(
  deps: AccountDeps,
  input: { accountId: string; currentSessionId: string | null; current: string; next: string },
): Promise<void> {
  const row = await findLogin(deps.store, input.accountId);
  if (!row || !(await checkPassword(row.password_hash, input.current))) {
    throw invalidInput([
      { field: 'currentPassword', message: 'is not your current password; check it and try again' },
    ]);
  }
  const passwordHash = await hashPassword(input.next);
  await inTransaction(deps.store, async (store) => {
    await updateLogin(store, input.accountId, { passwordHash, at: deps.now().toISOString() });
    await deleteSecrets(store, input.accountId, {
      kinds: ['session'],
      ...(input.currentSessionId ? { exceptId: input.currentSessionId } : {}),
    });
  });
}
