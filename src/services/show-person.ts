// One person with the newest page of their timeline.
import { notFound } from '../core/errors.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { countInteractions, listTimeline } from '../store/interactions.repo.js';
import { findPerson } from '../store/people.repo.js';
import type { Deps } from './deps.js';

export interface PersonPage {
  person: Person;
  timeline: Interaction[];
  interactionCount: number;
}

export async function showPerson(deps: Deps, input: { id: number; limit?: number }): Promise<PersonPage> {
  const person = await findPerson(deps.store, deps.accountId, input.id);
  if (!person) throw notFound(`Person ${input.id}`);
  const [timeline, interactionCount] = await Promise.all([
    listTimeline(deps.store, deps.accountId, person.id, { limit: input.limit ?? 50 }),
    countInteractions(deps.store, deps.accountId, person.id),
  ]);
  return { person, timeline, interactionCount };
}
