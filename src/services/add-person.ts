// Adds one person to the network.
import { newPersonSchema, type Person } from '../core/person.js';
import { parseInput } from '../core/validate.js';
import { insertPerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, type Deps } from './deps.js';

export async function addPerson(deps: Deps, input: unknown): Promise<Person> {
  const person = parseInput(newPersonSchema, input);
  return inTransaction(deps.store, async (tx) => {
    const added = await insertPerson(tx, deps.accountId, person, timestamp(deps));
    await refreshTie(tx, deps.accountId, added.id);
    return added;
  });
}
