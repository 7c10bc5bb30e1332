// Signing in and out: a password buys a session; a session, API token or calendar key names an account.
import { AppError } from '../core/errors.js';
import { foldEmail, lifetimes, type SecretKind } from '../core/account.js';
import { findLoginByEmail } from '../store/account-logins.repo.js';
import {
  deleteSecretByHash,
  deleteSecrets,
  findLiveSecret,
  insertSecret,
  touchSecret,
} from '../store/account-secrets.repo.js';
import {
  checkPassword,
  isoPlus,
  makeSecret,
  newId,
  readSecret,
  type AccountDeps,
} from './secrets.js';

export interface SignedIn {
  accountId: string;
  /** The session secret for the cookie; shown to this response only. */
  secret: string;
  expiresAt: string;
}

/** The one answer to any failed sign-in, so it never tells whether an email has an account. */
export function signInRefused(): AppError {
  return new AppError(
    'UNAUTHORIZED',
    'That email and password do not match an account. Check both, or ask for a reset link.',
  );
}

export async function signIn(
  deps: AccountDeps,
  input: { email: string; password: string },
): Promise<SignedIn> {
  const login = await findLoginByEmail(deps.store, foldEmail(input.email));
  const matches = await checkPassword(login?.password_hash ?? null, input.password);
  if (!login || !matches || login.disabled_at !== null) throw signInRefused();
  return startSession(deps, login.account_id);
}

export async function startSession(deps: AccountDeps, accountId: string): Promise<SignedIn> {
  const now = deps.now();
  const { secret, secretHash } = makeSecret(accountId);
  const expiresAt = isoPlus(now, lifetimes.session);
  await insertSecret(deps.store, {
    accountId,
    id: newId(),
    kind: 'session',
    secretHash,
    name: '',
    at: now.toISOString(),
    expiresAt,
  });
  return { accountId, secret, expiresAt };
}

/** The account a presented secret of this kind stands for, or null if it is unknown, expired or revoked. */
export async function authenticate(
  deps: AccountDeps,
  secret: string,
  kind: SecretKind,
): Promise<{ accountId: string; secretId: string } | null> {
  const read = readSecret(secret);
  if (!read) return null;
  const at = deps.now().toISOString();
  const row = await findLiveSecret(deps.store, { ...read, kind, at });
  if (!row) return null;
  // Sessions are checked on every request; only tokens and keys record their last use.
  if (kind !== 'session') await touchSecret(deps.store, row.account_id, row.id, at);
  return { accountId: row.account_id, secretId: row.id };
}

/** Ends the one session this secret belongs to; an unknown secret is already signed out. */
export async function signOut(deps: AccountDeps, secret: string): Promise<void> {
  const read = readSecret(secret);
  if (!read) return;
  await deleteSecretByHash(deps.store, { ...read, kind: 'session' });
}

/** Ends every session of the account, in every browser; API tokens and calendar keys stay. */
export async function signOutEverywhere(deps: AccountDeps, accountId: string): Promise<number> {
  return deleteSecrets(deps.store, accountId, { kinds: ['session'] });
}
