// The Progress figures: actions per week, reply rate over time, give/get balance, people per tier and stage.
import { giveGetBalance, type GiveGet } from '../core/coach/give-get.js';
import { tierInfo, tierNumbers, type Tier } from '../core/coach/tiers.js';
import { addDays, localDate, machineTimeZone } from '../core/dates.js';
import { inferStage } from '../core/stage.js';
import { relationshipStages, type RelationshipStage } from '../core/words/stages.js';
import { findProfile } from '../store/profile.repo.js';
import { countByTier, replyHistory, stageEvidence, sumGiveGet } from '../store/stats.repo.js';
import type { Deps } from './deps.js';
import { readProgress, type Progress } from './progress.js';

/** One keep-in-touch tier as the user reads it: its name, its cadence and the layer's usual size. */
export interface TierChoice {
  tier: Tier;
  label: string;
  cadence: string;
  /** How many people the layer usually holds; null for the wider network. */
  usual: number | null;
}

export interface Stats {
  date: string;
  progress: Progress;
  /** Asks that expected an answer, month by month for the last twelve months, oldest first. */
  replies: Array<{ month: string; asked: number; answered: number }>;
  /** Over the same twelve months: the share of asks that got an answer, or null with none. */
  replyRate: number | null;
  giveGet: GiveGet;
  tiers: Array<TierChoice & { people: number }>;
  stages: Array<{ stage: RelationshipStage; people: number }>;
}

export async function getStats(deps: Deps): Promise<Stats> {
  const profile = await findProfile(deps.store, deps.accountId);
  const date = localDate(deps.now(), profile.timeZone || machineTimeZone());
  const firstMonth = replyWindowStart(date);
  const [progress, history, ledger, byTier] = await Promise.all([
    readProgress(deps.store, deps.accountId, { profile, today: date }),
    replyHistory(deps.store, deps.accountId, firstMonth),
    sumGiveGet(deps.store, deps.accountId),
    countByTier(deps.store, deps.accountId),
  ]);
  const stages = new Map<RelationshipStage, number>(relationshipStages.map((s) => [s, 0]));
  for await (const evidence of stageEvidence(deps.store, deps.accountId)) {
    const stage = inferStage({
      interactionCount: evidence.count,
      twoWayCount: evidence.twoWay,
      lastOn: evidence.lastOn,
      howWeMet: evidence.howWeMet,
      today: date,
    });
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
  }
  const replies = monthsFrom(firstMonth, 12).map((month) => {
    const inMonth = history.filter((h) => h.occurredOn.startsWith(month));
    return { month, asked: inMonth.length, answered: inMonth.filter((h) => h.answered).length };
  });
  const asked = history.length;
  return {
    date,
    progress,
    replies,
    replyRate: replyRateOf(asked, history.filter((h) => h.answered).length),
    giveGet: giveGetBalance(ledger),
    tiers: listTiers().map((choice) => ({ ...choice, people: byTier.get(choice.tier) ?? 0 })),
    stages: relationshipStages.map((stage) => ({ stage, people: stages.get(stage) ?? 0 })),
  };
}

/** The first day of the twelve months of replies counted up to `date`: this month and eleven before. */
export function replyWindowStart(date: string): string {
  return `${addDays(`${date.slice(0, 7)}-01`, -335).slice(0, 7)}-01`;
}

/** The share of asks that got an answer, to two places; null when nothing was asked. */
export function replyRateOf(asked: number, answered: number): number | null {
  return asked === 0 ? null : Math.round((answered / asked) * 100) / 100;
}

/** The five tiers, innermost first: for a tier picker and the Progress page. */
export function listTiers(): TierChoice[] {
  return tierNumbers.map((tier) => ({
    tier,
    label: tierInfo[tier].label,
    cadence: tierInfo[tier].cadenceLabel,
    usual: Number.isFinite(tierInfo[tier].size) ? tierInfo[tier].size : null,
  }));
}

/** `count` months as YYYY-MM from the month of `firstDay`. */
function monthsFrom(firstDay: string, count: number): string[] {
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
