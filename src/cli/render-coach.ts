// Turns what the coach knows about one person into lines: for `kith show`, `kith tier` and `kith cadence`.
import { shortDate } from '../core/dates.js';
import { stageLabels } from '../core/words/stages.js';
import type { PersonCoach } from '../services/person-coach.js';

/** "now (since 28 Nov), overdue from 20 Feb 2027": when they are due, or why there is no date. */
export function describeDue(coach: PersonCoach, today: string): string {
  const day = (date: string) => shortDate(date, today);
  if (coach.holdUntil !== null && coach.holdUntil > today) {
    return `back in your plans from ${day(coach.holdUntil)} (skipped or snoozed)`;
  }
  if (coach.nextDueOn === null) {
    return coach.cadence === null
      ? 'no due date: Kith suggests them when something happens'
      : 'no due date while they are marked do-not-contact';
  }
  const overdue = coach.overdueOn === null ? '' : `, overdue from ${day(coach.overdueOn)}`;
  switch (coach.dueState) {
    case 'overdue':
      return `overdue since ${day(coach.overdueOn ?? coach.nextDueOn)}: a short hello is enough`;
    case 'due':
      return `now (since ${day(coach.nextDueOn)})${overdue}`;
    case 'not-due':
      return `next on ${day(coach.nextDueOn)}${overdue}`;
  }
}

/** "2 · Close (pinned by you)": the tier as the user reads it. */
export function describeTierOf(coach: PersonCoach): string {
  return `${coach.tier} · ${coach.tierLabel} (${coach.tierPinned ? 'pinned by you' : 'ranked by Kith'})`;
}

export function describeCadence(coach: PersonCoach): string {
  if (coach.cadence === null) return 'when something happens';
  const { label, idealDays, maxDays } = coach.cadence;
  return coach.cadence.custom
    ? `${label}, overdue after ${maxDays} days`
    : `${label} (ideally every ${idealDays} days, at most ${maxDays})`;
}

function describeReplies(replies: PersonCoach['replies']): string {
  if (replies.asked === 0) return 'no asks that expected an answer yet';
  const asks = replies.asked === 1 ? '1 ask' : `${replies.asked} asks`;
  return `${replies.answered} of ${asks} got an answer. Silence is normal, not a no.`;
}

/** The coach block of the person page: label and text, never clipped, since each is one thought. */
export function renderCoachBlock(coach: PersonCoach, today: string): string[] {
  const rows: Array<[string, string]> = [
    ['Strength', `${coach.strength.score}/100. ${coach.explanation}`],
    ['Tier', describeTierOf(coach)],
    ['Cadence', describeCadence(coach)],
    ['Due', describeDue(coach, today)],
    ['Stage', `${stageLabels[coach.stage]}. ${coach.stageNext}`],
    ['Give/get', coach.giveGet.summary],
    ['Replies', describeReplies(coach.replies)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, text]) => `${label.padEnd(width)}  ${text}`);
}

/** What `kith tier` and `kith cadence` print after a change, with any advice about the layer's size. */
export function renderKeepInTouch(
  name: string,
  coach: PersonCoach,
  options: { today: string; warnings: readonly string[]; unpinned: boolean },
): string[] {
  return [
    `${name}: tier ${describeTierOf(coach)}.`,
    ...(options.unpinned
      ? [
          "Kith ranks them again by how close you are with tomorrow's plan, or now with kith today --refresh.",
        ]
      : []),
    `Keep in touch: ${describeCadence(coach)}.`,
    `Due: ${describeDue(coach, options.today)}.`,
    ...options.warnings.map((warning) => `Note: ${warning}`),
  ];
}
