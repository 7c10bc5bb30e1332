// Removes one logged interaction.
import { notFound } from '../core/errors.js';
import { deleteInteraction } from '../store/interactions.repo.js';
import { inTransaction } from '../store/store.js';
import type { Deps } from './deps.js';

export async function removeInteraction(deps: Deps, input: { id: number }): Promise<void> {
  const removed = await inTransaction(deps.store, (tx) =>
    deleteInteraction(tx, deps.accountId, input.id),
  );
  if (!removed) throw notFound(`Interaction ${input.id}`);
}
