// Keep-in-touch tiers (Dunbar's layers) and their cadences: who to stay close to, and how often.
// Layer sizes 5 / 15 / 50 / 150 are cumulative (research §A3; Dunbar 2018): top 5, next 10,
// next 35, next 100, then the wider network. Cadences follow the layers' contact frequencies and
// Ferrazzi's rules (a developing tie monthly, a secondary one two or three times a year).
import { addDays, daysBetween } from '../dates.js';

export const tierNumbers = [1, 2, 3, 4, 5] as const;
export type Tier = (typeof tierNumbers)[number];

export interface TierInfo {
  tier: Tier;
  label: string;
  /** How many people the layer holds (not cumulative); Infinity for the wider network. */
  size: number;
  /** "Ideally every N days, at worst every M" (users of other tools ask for both thresholds). */
  idealDays: number | null;
  maxDays: number | null;
  cadenceLabel: string;
  /** Inner layers are for ties with real contact: a score below this never ranks into them. */
  minScore: number;
}

export const tierInfo: Record<Tier, TierInfo> = {
  1: {
    tier: 1,
    label: 'Inner circle',
    size: 5,
    idealDays: 10,
    maxDays: 14,
    cadenceLabel: 'every 1–2 weeks',
    minScore: 50,
  },
  2: {
    tier: 2,
    label: 'Close',
    size: 10,
    idealDays: 30,
    maxDays: 42,
    cadenceLabel: 'monthly',
    minScore: 30,
  },
  3: {
    tier: 3,
    label: 'Regular',
    size: 35,
    idealDays: 75,
    maxDays: 100,
    cadenceLabel: 'every 2–3 months',
    minScore: 0,
  },
  4: {
    tier: 4,
    label: 'Active network',
    size: 100,
    idealDays: 150,
    maxDays: 200,
    cadenceLabel: '2–3 times a year',
    minScore: 0,
  },
  5: {
    tier: 5,
    label: 'Wider network',
    size: Infinity,
    idealDays: null,
    maxDays: null,
    cadenceLabel: 'when something happens',
    minScore: 0,
  },
};

/** How far past the ideal a custom cadence may run before it counts as overdue (4 weeks → 6). */
const customSlack = 1.5;

export interface Cadence {
  idealDays: number;
  maxDays: number;
  label: string;
  custom: boolean;
}

/** The cadence for a tier, or the user's own number of days; the wider network has none. */
export function cadenceFor(tier: Tier, customDays: number | null): Cadence | null {
  if (customDays !== null) {
    return {
      idealDays: customDays,
      maxDays: Math.round(customDays * customSlack),
      label: `every ${customDays} days (your choice)`,
      custom: true,
    };
  }
  const info = tierInfo[tier];
  if (info.idealDays === null || info.maxDays === null) return null;
  return {
    idealDays: info.idealDays,
    maxDays: info.maxDays,
    label: info.cadenceLabel,
    custom: false,
  };
}

export interface Ranked {
  personId: number;
  score: number;
  /** A tier the user chose for this person; caps do not move them. */
  pinned: Tier | null;
}

export interface TierAssignment {
  tiers: Map<number, Tier>;
  /** Plain-words advice when the user pinned more people into a layer than it usually holds. */
  warnings: string[];
}

/**
 * Tiers by strength rank: the strongest fill the inner layers up to their sizes, pinned people
 * keep their tier. Caps are advice: pinning more than a layer holds only adds a warning.
 */
export function assignTiers(people: readonly Ranked[]): TierAssignment {
  const tiers = new Map<number, Tier>();
  const used: Record<Tier, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const person of people) {
    if (person.pinned === null) continue;
    tiers.set(person.personId, person.pinned);
    used[person.pinned] += 1;
  }
  const warnings = tierNumbers
    .filter((tier) => used[tier] > tierInfo[tier].size)
    .map(
      (tier) =>
        `You pinned ${used[tier]} people to ${tierInfo[tier].label}, which usually holds about ${tierInfo[tier].size}. That is fine if you have the time; Kith will suggest them all.`,
    );
  const ranked = people
    .filter((p) => p.pinned === null)
    .sort((a, b) => b.score - a.score || a.personId - b.personId);
  for (const person of ranked) {
    const fit = firstOpenTier(person.score, used);
    tiers.set(person.personId, fit);
    used[fit] += 1;
  }
  return { tiers, warnings };
}

/** The innermost layer with room that the score qualifies for; the wider network has no limit. */
function firstOpenTier(score: number, used: Record<Tier, number>): Tier {
  for (const tier of tierNumbers) {
    if (tier === 5) return 5;
    if (used[tier] < tierInfo[tier].size && score >= tierInfo[tier].minScore) return tier;
  }
  return 5;
}

export interface DueDates {
  /** From this day the person is due; from `overdueOn` overdue. */
  dueOn: string;
  overdueOn: string;
}

/**
 * When a person next comes due. Any contact, in either direction and however it was logged,
 * restarts the clock from the last contact. Someone never contacted is due within the first
 * cadence after being added, at a day spread by their id, so thirty people added together come
 * due over the weeks that follow, not all on one day (Monica #3102). Contacted people are spread
 * over the last quarter of the ideal span for the same reason (an import that shares one date).
 */
export function dueDates(options: {
  personId: number;
  cadence: Cadence | null;
  lastOn: string | null;
  addedOn: string;
  doNotContact: boolean;
}): DueDates | null {
  const { cadence } = options;
  if (!cadence || options.doNotContact) return null;
  const slack = cadence.maxDays - cadence.idealDays;
  if (options.lastOn === null) {
    const dueOn = addDays(options.addedOn, 1 + spread(options.personId, cadence.idealDays));
    return { dueOn, overdueOn: addDays(dueOn, slack) };
  }
  const early = spread(options.personId, Math.max(1, Math.round(cadence.idealDays / 4)));
  const dueOn = addDays(options.lastOn, cadence.idealDays - early);
  return { dueOn, overdueOn: addDays(options.lastOn, cadence.maxDays) };
}

/**
 * A day offset in [0, span) that differs for consecutive ids: multiplying by a stride coprime to
 * the span visits every offset once before repeating.
 */
export function spread(personId: number, span: number): number {
  if (span <= 1) return 0;
  let stride = Math.max(1, Math.round(span * 0.618));
  while (gcd(stride, span) !== 1) stride += 1;
  return ((((personId % span) * stride) % span) + span) % span;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Due dates from a tier (or the user's own cadence in days): what the store keeps per person. */
export function scheduleFor(options: {
  personId: number;
  tier: Tier;
  cadenceDays: number | null;
  lastOn: string | null;
  addedOn: string;
  doNotContact: boolean;
}): DueDates | null {
  const { tier, cadenceDays, ...rest } = options;
  return dueDates({ ...rest, cadence: cadenceFor(tier, cadenceDays) });
}

export type DueState = 'not-due' | 'due' | 'overdue';

export function dueState(due: DueDates | null, today: string): DueState {
  if (!due) return 'not-due';
  if (daysBetween(due.overdueOn, today) >= 0) return 'overdue';
  if (daysBetween(due.dueOn, today) >= 0) return 'due';
  return 'not-due';
}

export function isTier(value: number): value is Tier {
  return (tierNumbers as readonly number[]).includes(value);
}
