// The capped follow-up sequence: a first nudge after about a week, a second two weeks later, then rest.
// Evidence: a third follow-up lowers replies and a fourth unanswered message harms trust
// (Belkins 2023/2024; see research/science-and-formats.md §A5), so Kith never suggests one.
import { addDays } from './dates.js';
import type { Interaction } from './interaction.js';

export const followUpDays = { first: 7, second: 14, rest: 90 } as const;

export type FollowUpStatus =
  | { state: 'none' }
  | { state: 'waiting'; step: 1 | 2; dueOn: string; sentOn: string }
  | { state: 'resting'; until: string; sentOn: string };

/**
 * What to do next about the newest message that expects an answer, given a timeline newest first.
 * Any reply (an inbound or mutual contact) after it ends the sequence.
 */
export function followUpStatus(timeline: readonly Interaction[]): FollowUpStatus {
  let followUpsSent = 0;
  for (const interaction of timeline) {
    if (interaction.direction !== 'outbound') return { state: 'none' };
    if (interaction.expectsReply && interaction.kind !== 'follow-up') {
      return nextStep(interaction.occurredOn, timeline, followUpsSent);
    }
    if (interaction.kind === 'follow-up') followUpsSent += 1;
    else return { state: 'none' };
  }
  return { state: 'none' };
}

function nextStep(
  sentOn: string,
  timeline: readonly Interaction[],
  followUpsSent: number,
): FollowUpStatus {
  const latest = timeline[0]?.occurredOn ?? sentOn;
  if (followUpsSent === 0)
    return { state: 'waiting', step: 1, dueOn: addDays(sentOn, followUpDays.first), sentOn };
  if (followUpsSent === 1)
    return { state: 'waiting', step: 2, dueOn: addDays(latest, followUpDays.second), sentOn };
  return { state: 'resting', until: addDays(latest, followUpDays.rest), sentOn };
}
