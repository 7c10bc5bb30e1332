// Making and checking secrets: random tokens kept as SHA-256, passwords kept as argon2id.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { joinSecret, splitSecret } from '../core/account.js';
import type { Store } from '../store/store.js';

/** What the account services need: the store and the clock, for any account. */
export interface AccountDeps {
  store: Store;
  now: () => Date;
}

/** The OWASP minimum for argon2id (19 MiB, 2 passes): each guess costs memory and time. */
const argon2id = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2id);
}

/** A hash of nothing anyone knows, checked when the email has no account so both answers take as long. */
let decoy: Promise<string> | undefined;

/** True only for the right password of a real hash; an unknown account still pays for one check. */
export async function checkPassword(passwordHash: string | null, password: string) {
  if (passwordHash === null) {
    decoy ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A fresh secret for the account, and the hash to store; 32 random bytes, base64url. */
export function makeSecret(accountId: string): { secret: string; secretHash: string } {
  const secret = joinSecret(accountId, randomBytes(32).toString('base64url'));
  return { secret, secretHash: hashSecret(secret) };
}

/** The account a presented secret claims, and its hash; null when it is not a Kith secret at all. */
export function readSecret(secret: string): { accountId: string; secretHash: string } | null {
  const parts = splitSecret(secret);
  return parts ? { accountId: parts.accountId, secretHash: hashSecret(secret) } : null;
}

/** Ids for new accounts and secrets: no dots (they separate a secret's parts), nothing guessable. */
export function newId(): string {
  return randomUUID().replaceAll('-', '');
}

export function isoPlus(now: Date, ms: number): string {
  return new Date(now.getTime() + ms).toISOString();
}
