// People already in the network who look like the one about to be added: same name, same company.
import { looksLikeSamePerson } from '../core/name-match.js';
import type { Person } from '../core/person.js';
import { findPeopleByName } from '../store/people.repo.js';
import type { Store } from '../store/store.js';
import type { Deps } from './deps.js';

export async function findSamePeople(
  deps: Deps,
  input: { name: string; company?: string | null },
): Promise<Person[]> {
  return samePeopleIn(deps.store, deps.accountId, input);
}

export async function samePeopleIn(
  store: Store,
  accountId: string,
  input: { name: string; company?: string | null },
): Promise<Person[]> {
  if (input.name.trim() === '') return [];
  const named = await findPeopleByName(store, accountId, input.name);
  return named.filter((person) => looksLikeSamePerson(person, input));
}
