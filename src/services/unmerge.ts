// Undoes a merge: both people back as they were, each with their own interactions.
import { AppError, notFound } from '../core/errors.js';
import { fieldsOf, unmergeFields } from '../core/merge.js';
import type { Person } from '../core/person.js';
import {
  findActiveMergesInto,
  findMerge,
  markUndone,
  restoreSnapshot,
  returnInteractions,
} from '../store/merges.repo.js';
import { findPerson, updatePerson } from '../store/people.repo.js';
import { returnSources } from '../store/person-sources.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, type Deps } from './deps.js';

export interface UnmergeOutcome {
  mergeId: number;
  kept: Person;
  restored: Person;
}

/**
 * Puts the removed person back with their own id, fields, tags, aggregate settings, plan actions
 * and review rows, and gives them back the interactions the merge moved. The kept person loses
 * what the merge brought; anything edited since the merge stays. Later merges into the same
 * person must be undone first, newest first, so each undo sees the person it recorded.
 */
export async function unmerge(deps: Deps, input: { mergeId: number }): Promise<UnmergeOutcome> {
  const now = timestamp(deps);
  return inTransaction(deps.store, async (tx) => {
    const { accountId } = deps;
    const merge = await findMerge(tx, accountId, input.mergeId);
    if (!merge) throw notFound(`Merge ${input.mergeId}`);
    if (merge.undoneAt) {
      throw new AppError(
        'CONFLICT',
        `Merge ${merge.id} was already undone on ${merge.undoneAt.slice(0, 10)}.`,
      );
    }
    const later = (await findActiveMergesInto(tx, accountId, merge.keptPersonId)).filter(
      (row) => Number(row.id) > merge.id,
    );
    if (later.length > 0) {
      const ids = later.map((row) => Number(row.id));
      throw new AppError(
        'CONFLICT',
        `Person ${merge.keptPersonId} was merged with someone else after merge ${merge.id}; undo ${ids.map((id) => `merge ${id}`).join(', then ')} first.`,
      );
    }
    const current = await findPerson(tx, accountId, merge.keptPersonId);
    if (!current) throw notFound(`Person ${merge.keptPersonId}`);
    const fields = fieldsOf(current);
    const before = fieldsOf(merge.keptBefore);
    const untouched = JSON.stringify(fields) === JSON.stringify(merge.keptAfter);
    // Untouched since the merge, the kept person gets back their old fields and timestamp exactly.
    const kept = await updatePerson(
      tx,
      accountId,
      current.id,
      unmergeFields(fields, before, merge.keptAfter),
      untouched ? merge.keptBefore.updatedAt : now,
    );
    await restoreSnapshot(tx, accountId, merge.removed);
    await returnInteractions(tx, accountId, merge.movedInteractionIds, {
      from: current.id,
      to: merge.removedPersonId,
    });
    await returnSources(tx, accountId, merge.removed.sourceKeys, merge.removedPersonId);
    await markUndone(tx, accountId, merge.id, now);
    await refreshTie(tx, accountId, current.id);
    await refreshTie(tx, accountId, merge.removedPersonId);
    const restored = await findPerson(tx, accountId, merge.removedPersonId);
    if (!kept || !restored) throw new Error(`merge ${merge.id} could not be undone`);
    return { mergeId: merge.id, kept, restored };
  });
}
