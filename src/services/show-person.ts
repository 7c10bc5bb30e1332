// One person with the newest page of their timeline.
import { notFound } from '../core/errors.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { followUpStatus, type FollowUpStatus } from '../core/follow-up.js';
import { inferStage } from '../core/stage.js';
import type { RelationshipStage } from '../core/words/stages.js';
import { interactionStats, listTimeline } from '../store/interactions.repo.js';
import { findPerson } from '../store/people.repo.js';
import { today, type Deps } from './deps.js';

export interface PersonPage {
  person: Person;
  timeline: Interaction[];
  interactionCount: number;
  stage: RelationshipStage;
  /** Where the newest unanswered ask stands in the capped follow-up sequence. */
  followUp: FollowUpStatus;
}

export async function showPerson(deps: Deps, input: { id: number; limit?: number }): Promise<PersonPage> {
  const person = await findPerson(deps.store, deps.accountId, input.id);
  if (!person) throw notFound(`Person ${input.id}`);
  const [timeline, stats] = await Promise.all([
    listTimeline(deps.store, deps.accountId, person.id, { limit: input.limit ?? 50 }),
    interactionStats(deps.store, deps.accountId, person.id),
  ]);
  const stage = inferStage({
    interactionCount: stats.count,
    twoWayCount: stats.twoWay,
    lastOn: stats.lastOn,
    howWeMet: person.howWeMet,
    today: today(deps),
  });
  return { person, timeline, interactionCount: stats.count, stage, followUp: followUpStatus(timeline) };
}
