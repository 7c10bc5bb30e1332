// Turns what a user typed ("12", "Ana", "Ana Lopez") into exactly one person, or says why not.
import { AppError, notFound } from '../core/errors.js';
import type { Person } from '../core/person.js';
import { findPeopleByName, findPerson } from '../store/people.repo.js';
import type { Deps } from './deps.js';

export async function resolvePerson(deps: Deps, input: { ref: string }): Promise<Person> {
  const ref = input.ref.trim();
  if (ref === '')
    throw new AppError('INVALID_INPUT', 'person: give a name or an id, such as "Ana Lopez" or 12.');
  if (/^\d+$/.test(ref)) {
    const person = await findPerson(deps.store, deps.accountId, Number(ref));
    if (!person) throw notFound(`Person ${ref}`);
    return person;
  }
  const matches = await findPeopleByName(deps.store, deps.accountId, ref);
  const [only] = matches;
  if (matches.length === 1 && only) return only;
  if (matches.length === 0)
    throw new AppError('NOT_FOUND', `Nobody called "${ref}" is in your network yet.`);
  const names = matches
    .map((p) => `${p.name} (#${p.id}${p.company ? `, ${p.company}` : ''})`)
    .join('; ');
  throw new AppError(
    'CONFLICT',
    `"${ref}" matches ${matches.length} people: ${names}. Use the id or the full name.`,
  );
}
