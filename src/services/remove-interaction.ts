// Removes one logged interaction.
import { notFound } from '../core/errors.js';
import { deleteInteraction } from '../store/interactions.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import type { Deps } from './deps.js';

export async function removeInteraction(deps: Deps, input: { id: number }): Promise<void> {
  const removed = await inTransaction(deps.store, async (tx) => {
    const personId = await deleteInteraction(tx, deps.accountId, input.id);
    if (personId !== null) await refreshTie(tx, deps.accountId, personId);
    return personId !== null;
  });
  if (!removed) throw notFound(`Interaction ${input.id}`);
}
