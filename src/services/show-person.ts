// One person with the newest page of their timeline and what the coach knows about them.
import { notFound } from '../core/errors.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { followUpStatus, type FollowUpStatus } from '../core/follow-up.js';
import { findPerson } from '../store/people.repo.js';
import type { Deps } from './deps.js';
import { personCoach, type PersonCoach } from './person-coach.js';
import { readRelationship } from './relationship.js';

export interface PersonPage extends PersonCoach {
  person: Person;
  timeline: Interaction[];
  interactionCount: number;
  /** Where the newest unanswered ask stands in the capped follow-up sequence. */
  followUp: FollowUpStatus;
}

export async function showPerson(
  deps: Deps,
  input: { id: number; limit?: number },
): Promise<PersonPage> {
  const person = await findPerson(deps.store, deps.accountId, input.id);
  if (!person) throw notFound(`Person ${input.id}`);
  const [{ timeline, interactionCount }, coach] = await Promise.all([
    readRelationship(deps, person, { timelineLimit: input.limit ?? 50 }),
    personCoach(deps, { id: person.id }),
  ]);
  return { person, timeline, interactionCount, ...coach, followUp: followUpStatus(timeline) };
}
