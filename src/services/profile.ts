// Reads and saves the user's own profile (the onboarding answers).
import { profileInputSchema, type Profile } from '../core/profile.js';
import { parseInput } from '../core/validate.js';
import { findProfile, saveProfile as writeProfile } from '../store/profile.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';

export async function getProfile(deps: Deps): Promise<Profile> {
  return findProfile(deps.store, deps.accountId);
}

export async function saveProfile(deps: Deps, input: unknown): Promise<Profile> {
  const profile = parseInput(profileInputSchema, input);
  return inTransaction(deps.store, (tx) =>
    writeProfile(tx, deps.accountId, profile, timestamp(deps)),
  );
}
