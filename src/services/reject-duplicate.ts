// Says two people on the review list are different: the pair leaves the list and is never asked again.
import { notFound } from '../core/errors.js';
import { findReviewRow, setReviewStatus } from '../store/duplicate-reviews.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';

export async function rejectDuplicate(
  deps: Deps,
  input: { id: number },
): Promise<{ id: number; status: 'rejected' }> {
  return inTransaction(deps.store, async (tx) => {
    const row = await findReviewRow(tx, deps.accountId, input.id);
    if (!row) throw notFound(`Duplicate ${input.id}`);
    // Rejecting twice is the same answer twice: the first decision's date stands.
    if (row.status !== 'rejected') {
      await setReviewStatus(tx, deps.accountId, input.id, 'rejected', timestamp(deps));
    }
    return { id: input.id, status: 'rejected' as const };
  });
}
