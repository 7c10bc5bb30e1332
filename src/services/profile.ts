// Reads and saves the user's own profile (the onboarding answers).
import { effectiveDateOrder, type DateOrder } from '../core/date-order.js';
import { localDate, machineTimeZone } from '../core/dates.js';
import { profileInputSchema, type Profile } from '../core/profile.js';
import { parseInput } from '../core/validate.js';
import { findProfile, saveProfile as writeProfile } from '../store/profile.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';

/** The profile as the web app reads it: with the user's own date, for the dates it fills in. */
export interface ProfileView extends Profile {
  /** Today where the user is (YYYY-MM-DD), by the profile's time zone or the machine's. */
  today: string;
  /** The date order dates are read in: the profile's, else the one the machine's locale implies. */
  dateOrderInUse: DateOrder;
}

export async function getProfile(deps: Deps): Promise<Profile> {
  return findProfile(deps.store, deps.accountId);
}

export async function saveProfile(deps: Deps, input: unknown): Promise<Profile> {
  const profile = parseInput(profileInputSchema, input);
  return inTransaction(deps.store, (tx) =>
    writeProfile(tx, deps.accountId, profile, timestamp(deps)),
  );
}

export async function getProfileView(deps: Deps): Promise<ProfileView> {
  return withToday(deps, await getProfile(deps));
}

export async function saveProfileView(deps: Deps, input: unknown): Promise<ProfileView> {
  return withToday(deps, await saveProfile(deps, input));
}

function withToday(deps: Deps, profile: Profile): ProfileView {
  return {
    ...profile,
    today: localDate(deps.now(), profile.timeZone || machineTimeZone()),
    dateOrderInUse: effectiveDateOrder(profile.dateOrder, deps.machineLocale ?? null),
  };
}
