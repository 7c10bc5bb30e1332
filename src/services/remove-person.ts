// Removes one person and their timeline.
import { notFound } from '../core/errors.js';
import { deletePerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import type { Deps } from './deps.js';

export async function removePerson(deps: Deps, input: { id: number }): Promise<void> {
  const removed = await inTransaction(deps.store, (tx) =>
    deletePerson(tx, deps.accountId, input.id),
  );
  if (!removed) throw notFound(`Person ${input.id}`);
}
