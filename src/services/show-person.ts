// One person with the newest page of their timeline and what the coach knows about them.
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { followUpStatus, type FollowUpStatus } from '../core/follow-up.js';
import type { Deps } from './deps.js';
import { readPersonCoach, type PersonCoach } from './person-coach.js';

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
  const { person, timeline, interactionCount, coach } = await readPersonCoach(deps, {
    id: input.id,
    timelineLimit: input.limit ?? 50,
  });
  return { person, timeline, interactionCount, ...coach, followUp: followUpStatus(timeline) };
}
