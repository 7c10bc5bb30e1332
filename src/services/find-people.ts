// Lists the network a page at a time, or searches it by any field, notes included.
import { z } from 'zod';
import { parseInput } from '../core/validate.js';
import type { Person } from '../core/person.js';
import { readPeoplePages } from '../store/backup.repo.js';
import { searchPeople, type PeoplePage } from '../store/people-search.repo.js';
import type { Deps } from './deps.js';

export const findPeopleSchema = z.object({
  query: z.string().max(200, 'must be at most 200 characters').optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(50),
  offset: z.coerce.number().int().min(0, 'cannot be negative').default(0),
});

export async function findPeople(deps: Deps, input: unknown): Promise<PeoplePage> {
  const options = parseInput(findPeopleSchema, input);
  return searchPeople(deps.store, deps.accountId, options);
}

/** Everyone in the network, by id, a page at a time: for scripts that want the whole list. */
export function streamPeople(deps: Deps): AsyncGenerator<Person[]> {
  return readPeoplePages(deps.store, deps.accountId);
}
