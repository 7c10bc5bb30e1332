// What the coach knows about one person: strength explained, tier and cadence, due dates, stage, give/get.
import { giveGetBalance, type GiveGet } from '../core/coach/give-get.js';
import { explainTie, scoreTie, type TieStrength } from '../core/coach/tie-strength.js';
import { summarizeTie } from '../core/coach/tie-summary.js';
import { dueState, tierInfo, type DueState, type Tier } from '../core/coach/tiers.js';
import { notFound } from '../core/errors.js';
import { inferStage, nextStageStep } from '../core/stage.js';
import type { RelationshipStage } from '../core/words/stages.js';
import { findPerson } from '../store/people.repo.js';
import { listTimeline } from '../store/interactions.repo.js';
import { loadCoachRows, rowToSettings, toCoachPerson } from '../store/ties.repo.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { userToday, type Deps } from './deps.js';

export interface PersonCoach {
  strength: TieStrength;
  /** The score in plain words: "You last heard from Ana 8 months ago. …" */
  explanation: string;
  tier: Tier;
  tierLabel: string;
  tierPinned: boolean;
  cadence: { idealDays: number; maxDays: number; label: string; custom: boolean } | null;
  nextDueOn: string | null;
  overdueOn: string | null;
  dueState: DueState;
  /** Skipped or snoozed until this day. */
  holdUntil: string | null;
  stage: RelationshipStage;
  stageNext: string;
  giveGet: GiveGet;
  /** Among the newest interactions, messages that expected an answer and how many got one. */
  replies: { asked: number; answered: number };
}

export interface PersonWithCoach {
  person: Person;
  /** The newest interactions, newest first. */
  timeline: Interaction[];
  interactionCount: number;
  coach: PersonCoach;
}

/** One person, their newest interactions and the coach's view, in three reads that run together. */
export async function readPersonCoach(
  deps: Deps,
  input: { id: number; timelineLimit: number },
): Promise<PersonWithCoach> {
  const [rows, timeline, today] = await Promise.all([
    loadCoachRows(deps.store, deps.accountId, [input.id]),
    listTimeline(deps.store, deps.accountId, input.id, { limit: input.timelineLimit }),
    userToday(deps),
  ]);
  const [row] = rows;
  // Every person has an aggregate row; reading the person alone covers one written another way.
  const person = row
    ? toCoachPerson(row).person
    : await findPerson(deps.store, deps.accountId, input.id);
  if (!person) throw notFound(`Person ${input.id}`);
  const coach = row ? toCoachPerson(row) : null;
  const summary = coach?.summary ?? summarizeTie(timeline);
  const tier = coach?.tier ?? 5;
  const interactionCount = summary.outbound + summary.inbound + summary.mutual;
  const evidence = {
    interactionCount,
    twoWayCount: summary.inbound + summary.mutual,
    lastOn: summary.lastOn,
    howWeMet: person.howWeMet,
    today,
  };
  const stage = inferStage(evidence);
  return {
    person,
    timeline,
    interactionCount,
    coach: {
      strength: scoreTie(summary, today),
      explanation: explainTie(summary, person.name, today),
      tier,
      tierLabel: tierInfo[tier].label,
      tierPinned: row ? rowToSettings(row).tierPin !== null : false,
      cadence: coach?.cadence ?? null,
      nextDueOn: coach?.due?.dueOn ?? null,
      overdueOn: coach?.due?.overdueOn ?? null,
      dueState: dueState(coach?.due ?? null, today),
      holdUntil: coach?.holdUntil ?? null,
      stage,
      stageNext: nextStageStep(stage, evidence),
      giveGet: giveGetBalance(summary),
      replies: countReplies(timeline),
    },
  };
}

export async function personCoach(deps: Deps, input: { id: number }): Promise<PersonCoach> {
  return (await readPersonCoach(deps, { id: input.id, timelineLimit: replyWindow })).coach;
}

/** Replies are counted over the newest interactions: the recent reply history, read with the page. */
const replyWindow = 50;

/** Asks that expected an answer (timeline newest first), and how many had a reply after them. */
function countReplies(timeline: ReadonlyArray<{ direction: string; expectsReply: boolean }>): {
  asked: number;
  answered: number;
} {
  let asked = 0;
  let answered = 0;
  let replySeen = false;
  for (const interaction of timeline) {
    if (interaction.direction !== 'outbound') replySeen = true;
    else if (interaction.expectsReply) {
      asked += 1;
      if (replySeen) answered += 1;
    }
  }
  return { asked, answered };
}
