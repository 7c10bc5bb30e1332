// The capped follow-up sequence: a first nudge after about a week, a second two weeks later, then rest.
// Evidence: a third follow-up lowers replies and a fourth unanswered message harms trust
// (Belkins 2023/2024; see research/science-and-formats.md §A5), so Kith never suggests one.
import { addDays } from './dates.js';
import type { Interaction } from './interaction.js';

export const followUpDays = { first: 7, second: 14, rest: 90 } as const;

/** Messages in a row without an answer after which Kith proposes nothing more until they reply. */
export const maxUnanswered = 3;

export type FollowUpStatus =
  | { state: 'none' }
  | { state: 'waiting'; step: 1 | 2; dueOn: string; sentOn: string }
  | { state: 'resting'; until: string; sentOn: string }
  | { state: 'quiet'; unanswered: number; sentOn: string };

/**
 * Outgoing messages since they last reached out or met, whatever their kind or however they were
 * logged: the count that must never reach a fourth. Takes the timeline newest first.
 */
export function countUnanswered(timeline: readonly Pick<Interaction, 'direction'>[]): number {
  let count = 0;
  for (const interaction of timeline) {
    if (interaction.direction !== 'outbound') break;
    count += 1;
  }
  return count;
}

/**
 * What to do next about the newest message that expects an answer, given a timeline newest first.
 * Any reply (an inbound or mutual contact) after it ends the sequence.
 */
export function followUpStatus(timeline: readonly Interaction[]): FollowUpStatus {
  const unanswered = countUnanswered(timeline);
  let followUpsSent = 0;
  for (const interaction of timeline.slice(0, unanswered)) {
    if (interaction.expectsReply && interaction.kind !== 'follow-up') {
      return nextStep(interaction.occurredOn, timeline, followUpsSent, unanswered);
    }
    if (interaction.kind === 'follow-up') followUpsSent += 1;
  }
  const newest = timeline[0];
  if (newest && unanswered >= maxUnanswered) {
    return { state: 'quiet', unanswered, sentOn: newest.occurredOn };
  }
  return { state: 'none' };
}

function nextStep(
  sentOn: string,
  timeline: readonly Interaction[],
  followUpsSent: number,
  unanswered: number,
): FollowUpStatus {
  const latest = timeline[0]?.occurredOn ?? sentOn;
  const rest: FollowUpStatus = {
    state: 'resting',
    until: addDays(latest, followUpDays.rest),
    sentOn,
  };
  // A follow-up is only proposed when it would not be the fourth message without an answer.
  if (unanswered >= maxUnanswered)
    return followUpsSent >= 2 ? rest : { state: 'quiet', unanswered, sentOn };
  if (followUpsSent === 0)
    return { state: 'waiting', step: 1, dueOn: addDays(sentOn, followUpDays.first), sentOn };
  if (followUpsSent === 1)
    return { state: 'waiting', step: 2, dueOn: addDays(latest, followUpDays.second), sentOn };
  return rest;
}
