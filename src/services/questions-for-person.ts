// The questions and conversation starters that fit one person.
import { notFound } from '../core/errors.js';
import { suggestQuestions, type SuggestedQuestions } from '../core/words/questions.js';
import { findPerson } from '../store/people.repo.js';
import { findProfile } from '../store/profile.repo.js';
import type { Deps } from './deps.js';
import { readRelationship } from './relationship.js';

export async function questionsForPerson(
  deps: Deps,
  input: { id: number },
): Promise<SuggestedQuestions> {
  const person = await findPerson(deps.store, deps.accountId, input.id);
  if (!person) throw notFound(`Person ${input.id}`);
  const [profile, relationship] = await Promise.all([
    findProfile(deps.store, deps.accountId),
    readRelationship(deps, person),
  ]);
  return suggestQuestions({
    person,
    profile,
    stage: relationship.stage,
    lastInteraction: relationship.lastInteraction,
  });
}
