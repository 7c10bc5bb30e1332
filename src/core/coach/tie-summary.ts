// The per-person aggregate the coach reads instead of the raw timeline: kept in the store on every write.
import { daysBetween } from '../dates.js';
import { countUnanswered, followUpStatus, type FollowUpStatus } from '../follow-up.js';
import type { Channel, Interaction, InteractionKind } from '../interaction.js';

/**
 * Channel weights from Gilbert & Karahalios (2009) as adapted in research §A6 and DESIGN.md:
 * meeting 3, call 2, message 1, reaction 0.25. Video counts as a call, an event as a meeting,
 * a social-media touch (a like or comment) as a reaction.
 */
export const channelWeights: Record<Channel, number> = {
  meeting: 3,
  event: 3,
  call: 2,
  video: 2,
  email: 1,
  message: 1,
  social: 0.25,
  // Nothing said how: counted as a message, the middle of the scale.
  other: 1,
};

/** Intensity halves every 90 days without contact (research §A6, "H = 90 days half-life"). */
export const halfLifeDays = 90;

/** Kinds that give to the other person, and kinds that ask of them (the give/get ledger). */
const givingKinds = new Set<InteractionKind>(['give', 'intro']);

export interface TieSummary {
  firstOn: string | null;
  lastOn: string | null;
  /** The last time they reached out or it went both ways (a meeting, a call they took). */
  lastTwoWayOn: string | null;
  outbound: number;
  inbound: number;
  mutual: number;
  /** Favours the user gave (shared, introduced, congratulated) and asks the user made. */
  given: number;
  asked: number;
  /** Favours and introductions they gave the user. */
  received: number;
  /** Recency-decayed intensity as of `lastOn`: Σ weight · 2^(−(lastOn − day)/H). */
  intensity: number;
  /** Outgoing messages since they last replied: never propose a fourth. */
  unanswered: number;
  followUp: FollowUpStatus;
}

export const emptySummary: TieSummary = {
  firstOn: null,
  lastOn: null,
  lastTwoWayOn: null,
  outbound: 0,
  inbound: 0,
  mutual: 0,
  given: 0,
  asked: 0,
  received: 0,
  intensity: 0,
  unanswered: 0,
  followUp: { state: 'none' },
};

/** Everything the coach keeps about one person, from their timeline (any order). */
export function summarizeTie(interactions: readonly Interaction[]): TieSummary {
  if (interactions.length === 0) return emptySummary;
  const timeline = [...interactions].sort(newestFirst);
  const lastOn = timeline[0]?.occurredOn ?? null;
  const summary: TieSummary = { ...emptySummary, lastOn };
  for (const interaction of timeline) {
    summary[interaction.direction] += 1;
    const day = interaction.occurredOn;
    summary.firstOn = day;
    if (interaction.direction !== 'outbound') {
      summary.lastTwoWayOn ??= day;
      if (givingKinds.has(interaction.kind)) summary.received += 1;
    } else if (givingKinds.has(interaction.kind)) summary.given += 1;
    else if (interaction.kind === 'ask') summary.asked += 1;
    const age = lastOn ? daysBetween(day, lastOn) : 0;
    summary.intensity += channelWeights[interaction.channel] * 2 ** (-age / halfLifeDays);
  }
  summary.intensity = Math.round(summary.intensity * 1e6) / 1e6;
  summary.unanswered = countUnanswered(timeline);
  summary.followUp = followUpStatus(timeline);
  return summary;
}

/** Newest first, the order of a timeline: by day, then by id for the same day. */
export function newestFirst(a: Interaction, b: Interaction): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? 1 : -1;
  return b.id - a.id;
}
