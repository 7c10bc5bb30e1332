// Server mode's rules for accounts: how emails are compared, what a password must be, how long
// each secret lives, and the shape of a secret (`<account id>.<random>`). Pure: no clock, no crypto.
import { z } from 'zod';

export const roles = ['owner', 'member'] as const;
export type Role = (typeof roles)[number];

/** Who may create an account: anyone with the address, or only people holding an invitation. */
export const signUpModes = ['invitation', 'open'] as const;
export type SignUpMode = (typeof signUpModes)[number];

export const secretKinds = ['session', 'token', 'calendar'] as const;
export type SecretKind = (typeof secretKinds)[number];

const day = 24 * 60 * 60 * 1000;
/** How long each kind of secret works; API tokens and calendar keys last until revoked. */
export const lifetimes = {
  session: 30 * day,
  invitation: 7 * day,
  ownerInvitation: 1 * day,
  passwordReset: 60 * 60 * 1000,
} as const;

export const passwordLength = { min: 10, max: 200 } as const;

/** One spelling per address: `Ana@Example.COM ` and `ana@example.com` are the same account. */
export function foldEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

export const emailSchema = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address such as ana@example.com')
  .describe('the email address you sign in with; case does not matter');

export const passwordSchema = z
  .string()
  .min(passwordLength.min, `must be at least ${passwordLength.min} characters`)
  .max(passwordLength.max, `must be at most ${passwordLength.max} characters`)
  .describe(`at least ${passwordLength.min} characters; a few unrelated words make a good one`);

/** A secret as handed out: the account it belongs to, a dot, then the random part. */
export function joinSecret(accountId: string, random: string): string {
  return `${accountId}.${random}`;
}

/** `acc.xyz` → { accountId: 'acc', random: 'xyz' }; null for anything not of that shape. */
export function splitSecret(secret: string): { accountId: string; random: string } | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{20,128})$/.exec(secret);
  return match?.[1] && match[2] ? { accountId: match[1], random: match[2] } : null;
}
