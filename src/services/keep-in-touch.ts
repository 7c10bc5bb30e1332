// The user's own keep-in-touch choices for one person: pin a tier, or set a cadence in days.
import { z } from 'zod';
import { tierInfo, type Tier } from '../core/coach/tiers.js';
import { notFound } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { inTransaction } from '../store/store.js';
import { findTieRow, refreshTie } from '../store/ties.repo.js';
import { userToday, type Deps } from './deps.js';
import { retier } from './retier.js';
import { personCoach, type PersonCoach } from './person-coach.js';

export const keepInTouchSchema = z
  .object({
    /** 1–5 pins the person to a tier; null lets Kith rank them again. */
    tier: z
      .number({ error: 'must be a tier from 1 to 5, or null for automatic' })
      .int('must be a whole number from 1 to 5')
      .min(1, 'must be from 1 (inner circle) to 5 (wider network)')
      .max(5, 'must be from 1 (inner circle) to 5 (wider network)')
      .nullable()
      .optional(),
    /** Days between contacts, 1–730; null goes back to the tier's cadence. */
    cadenceDays: z
      .number({ error: 'must be a number of days, or null for the tier’s own' })
      .int('must be whole days')
      .min(1, 'must be at least 1 day')
      .max(730, 'must be at most 730 days (two years)')
      .nullable()
      .optional(),
  })
  .refine((value) => value.tier !== undefined || value.cadenceDays !== undefined, {
    message: 'give a tier or a cadence to change',
    path: ['tier'],
  });
export type KeepInTouchInput = z.input<typeof keepInTouchSchema>;

export async function setKeepInTouch(
  deps: Deps,
  input: { id: number; change: KeepInTouchInput },
): Promise<PersonCoach> {
  const change = parseInput(keepInTouchSchema, input.change);
  await inTransaction(deps.store, async (tx) => {
    const existing = await findTieRow(tx, deps.accountId, input.id);
    const written = await refreshTie(tx, deps.accountId, input.id, {
      ...(change.tier !== undefined ? { tierPin: change.tier as Tier | null } : {}),
      ...(change.cadenceDays !== undefined ? { cadenceDays: change.cadenceDays } : {}),
      ...(change.tier === null && existing ? { tier: Number(existing.tier) as Tier } : {}),
    });
    if (!written) throw notFound(`Person ${input.id}`);
    // Unpinned, the person is ranked again at once, so their page shows where they now stand.
    if (change.tier === null)
      await retier(tx, deps.accountId, await userToday({ ...deps, store: tx }));
  });
  return personCoach(deps, { id: input.id });
}

/** "Inner circle (every 1–2 weeks)": a tier as the user reads it. */
export function describeTier(tier: Tier): string {
  return `${tierInfo[tier].label} (${tierInfo[tier].cadenceLabel})`;
}
