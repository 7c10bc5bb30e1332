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
  /** Messages that expected an answer, and how many got one (the person's reply history). */
  replies: { asked: number; answered: number };
}

export async function personCoach(deps: Deps, input: { id: number }): Promise<PersonCoach> {
  const [person, rows, today] = await Promise.all([
    findPerson(deps.store, deps.accountId, input.id),
    loadCoachRows(deps.store, deps.accountId, [input.id]),
    userToday(deps),
  ]);
  if (!person) throw notFound(`Person ${input.id}`);
  const timeline = await listTimeline(deps.store, deps.accountId, person.id, { limit: 500 });
  const [row] = rows;
  const coach = row ? toCoachPerson(row) : null;
  const summary = coach?.summary ?? summarizeTie(timeline);
  const tier = coach?.tier ?? 5;
  const evidence = {
    interactionCount: summary.outbound + summary.inbound + summary.mutual,
    twoWayCount: summary.inbound + summary.mutual,
    lastOn: summary.lastOn,
    howWeMet: person.howWeMet,
    today,
  };
  const stage = inferStage(evidence);
  return {
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
  };
}

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
