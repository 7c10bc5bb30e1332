// One person with the newest page of their timeline.
import { notFound } from '../core/errors.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { followUpStatus, type FollowUpStatus } from '../core/follow-up.js';
import type { RelationshipStage } from '../core/words/stages.js';
import { findPerson } from '../store/people.repo.js';
import type { Deps } from './deps.js';
import { readRelationship } from './relationship.js';

export interface PersonPage {
  person: Person;
  timeline: Interaction[];
  interactionCount: number;
  stage: RelationshipStage;
  /** Where the newest unanswered ask stands in the capped follow-up sequence. */
  followUp: FollowUpStatus;
}

export async function showPerson(
  deps: Deps,
  input: { id: number; limit?: number },
): Promise<PersonPage> {
  const person = await findPerson(deps.store, deps.accountId, input.id);
  if (!person) throw notFound(`Person ${input.id}`);
  const { timeline, stage, interactionCount } = await readRelationship(deps, person, {
    timelineLimit: input.limit ?? 50,
  });
  return { person, timeline, interactionCount, stage, followUp: followUpStatus(timeline) };
}
