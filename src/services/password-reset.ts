// Password reset by a one-time link that expires within the hour, emailed or written in the server's log.
import { foldEmail, lifetimes, passwordLength } from '../core/account.js';
import { AppError } from '../core/errors.js';
import { findLoginByEmail, updateLogin } from '../store/account-logins.repo.js';
import { deleteSecrets } from '../store/account-secrets.repo.js';
import { insertPasswordReset, usePasswordReset } from '../store/invitations.repo.js';
import { inTransaction } from '../store/store.js';
import { hashPassword, isoPlus, makeSecret, readSecret, type AccountDeps } from './secrets.js';

/**
 * A reset link's secret for the email's account, or null when there is none (or it is disabled).
 * The caller answers the same either way, so the request does not reveal who has an account.
 */
export async function requestPasswordReset(
  deps: AccountDeps,
  email: string,
): Promise<{ email: string; secret: string; expiresAt: string } | null> {
  const login = await findLoginByEmail(deps.store, foldEmail(email));
  if (!login || login.disabled_at !== null) return null;
  const now = deps.now();
  const { secret, secretHash } = makeSecret(login.account_id);
  const expiresAt = isoPlus(now, lifetimes.passwordReset);
  await insertPasswordReset(deps.store, {
    account_id: login.account_id,
    secret_hash: secretHash,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { email: login.email, secret, expiresAt };
}

/** Uses the link once: sets the password and ends every session, since someone may know the old one. */
export async function resetPassword(
  deps: AccountDeps,
  input: { token: string; password: string },
): Promise<void> {
  if (input.password.length < passwordLength.min) {
    throw new AppError(
      'INVALID_INPUT',
      `password: must be at least ${passwordLength.min} characters`,
    );
  }
  const read = readSecret(input.token);
  if (!read) throw resetRefused();
  const passwordHash = await hashPassword(input.password);
  const at = deps.now().toISOString();
  await inTransaction(deps.store, async (store) => {
    if (!(await usePasswordReset(store, { ...read, at }))) throw resetRefused();
    await updateLogin(store, read.accountId, { passwordHash, at });
    await deleteSecrets(store, read.accountId, { kinds: ['session'] });
  });
}

function resetRefused(): AppError {
  return new AppError(
    'FORBIDDEN',
    'This reset link has expired or was already used. Ask for a new one from the sign-in page.',
  );
}
