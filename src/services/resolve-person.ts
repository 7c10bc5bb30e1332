// Turns what a user typed ("12", "Ana", "Ana Lopez") into exactly one person, or says why not.
import { AppError, notFound } from '../core/errors.js';
import { candidatesOf, matchPerson, matchReasonLabels } from '../core/person-match.js';
import type { Person } from '../core/person.js';
import { findPeopleByName, findPerson } from '../store/people.repo.js';
import { listNamedPeople } from '../store/person-names.repo.js';
import type { Deps } from './deps.js';

export async function resolvePerson(deps: Deps, input: { ref: string }): Promise<Person> {
  const ref = input.ref.trim();
  if (ref === '')
    throw new AppError('INVALID_INPUT', 'person: give a name or an id, such as "Ana Lopez" or 12.');
  if (/^\d+$/.test(ref)) {
    const id = Number(ref);
    // No person has an id past the largest exact number; PostgreSQL would refuse it as a bigint.
    const person = Number.isSafeInteger(id)
      ? await findPerson(deps.store, deps.accountId, id)
      : undefined;
    if (!person) throw notFound(`Person ${ref}`);
    return person;
  }
  const matches = await findPeopleByName(deps.store, deps.accountId, ref);
  const [only] = matches;
  if (matches.length === 1 && only) return only;
  if (matches.length === 0) throw await nobodyCalled(deps, ref);
  const names = matches
    .map((p) => `${p.name} (#${p.id}${p.company ? `, ${p.company}` : ''})`)
    .join('; ');
  throw new AppError(
    'CONFLICT',
    `"${ref}" matches ${matches.length} people: ${names}. Use the id or the full name.`,
  );
}

/**
 * "Nobody called "Cidi" is in your network yet. Closest: Chidi Eze (#5, similar name)." The
 * closest people come from the same matcher as the one-line log, but are only offered: a command
 * such as `edit` or `rm` must never act on a guess.
 */
async function nobodyCalled(deps: Deps, ref: string): Promise<AppError> {
  const people = await listNamedPeople(deps.store, deps.accountId);
  const result = matchPerson(ref, people);
  const offered = candidatesOf(result).slice(0, 5);
  const nobody = `Nobody called "${ref}" is in your network yet.`;
  if (offered.length === 0) return new AppError('NOT_FOUND', nobody);
  const list = offered
    .map(({ person, reason }) => `${person.name} (#${person.id}, ${matchReasonLabels[reason]})`)
    .join('; ');
  const [first] = offered;
  return new AppError(
    'NOT_FOUND',
    `${nobody} Closest: ${list}. If you meant ${offered.length === 1 ? 'them' : 'one of them'}, use the id, such as ${first?.person.id ?? ''}.`,
  );
}
