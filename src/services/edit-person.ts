// Changes some fields of one person; fields left out stay as they were.
import { notFound } from '../core/errors.js';
import { personPatchSchema, type Person } from '../core/person.js';
import { parseInput } from '../core/validate.js';
import { updatePerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, type Deps } from './deps.js';

export async function editPerson(
  deps: Deps,
  input: { id: number; patch: unknown },
): Promise<Person> {
  const patch = parseInput(personPatchSchema, input.patch);
  const person = await inTransaction(deps.store, async (tx) => {
    const updated = await updatePerson(tx, deps.accountId, input.id, patch, timestamp(deps));
    // Do-not-contact clears or restores the keep-in-touch dates.
    if (updated) await refreshTie(tx, deps.accountId, updated.id);
    return updated;
  });
  if (!person) throw notFound(`Person ${input.id}`);
  return person;
}
