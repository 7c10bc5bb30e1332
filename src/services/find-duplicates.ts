// The duplicate review list: pairs that might be one person, waiting for the user to merge or reject.
import { listOpenReviews, type DuplicateReview } from '../store/duplicate-reviews.repo.js';
import type { Deps } from './deps.js';

export type { DuplicateReview };

export async function findDuplicates(deps: Deps): Promise<{ reviews: DuplicateReview[] }> {
  return { reviews: await listOpenReviews(deps.store, deps.accountId) };
}
