// Takes the demo network out again: its people, their timelines, and the sample profile if unchanged.
import { countPeopleTagged, deletePeopleTagged } from '../store/people.repo.js';
import { findProfile, resetOnboarding } from '../store/profile.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';
import { demoProfile, demoTag } from './load-demo.js';

export interface DemoStatus {
  /** Demo people still in the network. */
  people: number;
}

export async function demoStatus(deps: Deps): Promise<DemoStatus> {
  return { people: await countPeopleTagged(deps.store, deps.accountId, demoTag) };
}

/** Removes only people tagged #demo; anyone the user added stays. */
export async function removeDemo(deps: Deps): Promise<{ removed: number; profileReset: boolean }> {
  return inTransaction(deps.store, async (tx) => {
    const removed = await deletePeopleTagged(tx, deps.accountId, demoTag);
    const profile = await findProfile(tx, deps.accountId);
    const untouched =
      profile.name === demoProfile.name && profile.headline === demoProfile.headline;
    if (untouched) {
      // Onboarding comes back, so the user can tell Kith about themselves.
      await resetOnboarding(tx, deps.accountId, timestamp(deps));
    }
    return { removed, profileReset: untouched };
  });
}
