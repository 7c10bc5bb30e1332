// Advice after the user pins someone to a tier: caps are advice, so a layer past its usual size only warns.
import { assignTiers, type Tier } from '../core/coach/tiers.js';
import { findPins } from '../store/tier-pins.repo.js';
import type { Deps } from './deps.js';

/** The warnings the ranking rule gives for `tier` with the pins as they stand (none when it fits). */
export async function adviseTier(deps: Deps, input: { tier: Tier }): Promise<string[]> {
  const pins = await findPins(deps.store, deps.accountId);
  // Only pins can overfill a layer: ranked people fill what room is left, so scores do not matter.
  const pinned = pins
    .filter((pin) => pin.tier === input.tier)
    .map((pin) => ({ personId: pin.personId, score: 0, pinned: pin.tier }));
  return assignTiers(pinned).warnings;
}
