// The duplicate review list: pairs that might be one person, kept until the user merges or rejects them.
import type { Insertable } from 'kysely';
import { findPeopleByIds } from './dedupe-index.repo.js';
import type { Person } from '../core/person.js';
import type { DuplicateReviewRow, DuplicateReviewTable } from './schema.js';
import { insertWithIds } from './insert-with-ids.js';
import type { Store } from './store.js';

export type ReviewStatus = 'open' | 'rejected';

export interface DuplicateReview {
  id: number;
  a: Person;
  b: Person;
  reason: string;
  status: ReviewStatus;
  createdAt: string;
}

/** Adds pairs (smaller id first); a pair already listed, in either status, is left as it is. */
export async function insertReviews(
  store: Store,
  rows: ReadonlyArray<Insertable<DuplicateReviewTable>>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    await store.db
      .insertInto('duplicate_reviews')
      .values(rows.slice(start, start + 2000))
      .onConflict((oc) => oc.columns(['account_id', 'person_a', 'person_b']).doNothing())
      .execute();
  }
}

/** Every pair ever listed, open or rejected, as "a:b", so an import does not ask again. */
export async function findReviewedPairs(store: Store, accountId: string): Promise<Set<string>> {
  const rows = await store.db
    .selectFrom('duplicate_reviews')
    .select(['person_a', 'person_b'])
    .where('account_id', '=', accountId)
    .execute();
  return new Set(rows.map((row) => `${Number(row.person_a)}:${Number(row.person_b)}`));
}

/** The open pairs, oldest first, with both people. */
export async function listOpenReviews(store: Store, accountId: string): Promise<DuplicateReview[]> {
  const rows = await store.db
    .selectFrom('duplicate_reviews')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  const ids = [...new Set(rows.flatMap((row) => [Number(row.person_a), Number(row.person_b)]))];
  const people = new Map((await findPeopleByIds(store, accountId, ids)).map((p) => [p.id, p]));
  return rows.flatMap((row) => {
    const a = people.get(Number(row.person_a));
    const b = people.get(Number(row.person_b));
    return a && b ? [toReview(row, a, b)] : [];
  });
}

function toReview(row: DuplicateReviewRow, a: Person, b: Person): DuplicateReview {
  return {
    id: Number(row.id),
    a,
    b,
    reason: row.reason,
    status: row.status === 'rejected' ? 'rejected' : 'open',
    createdAt: row.created_at,
  };
}

export async function findReviewRow(
  store: Store,
  accountId: string,
  id: number,
): Promise<DuplicateReviewRow | undefined> {
  return store.db
    .selectFrom('duplicate_reviews')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setReviewStatus(
  store: Store,
  accountId: string,
  id: number,
  status: ReviewStatus,
  now: string,
): Promise<void> {
  await store.db
    .updateTable('duplicate_reviews')
    .set({ status, decided_at: now })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute();
}

/** Every review row that names the person, in either place. */
export async function findReviewRowsOf(
  store: Store,
  accountId: string,
  personId: number,
): Promise<DuplicateReviewRow[]> {
  return store.db
    .selectFrom('duplicate_reviews')
    .selectAll()
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('person_a', '=', personId), eb('person_b', '=', personId)]))
    .orderBy('id')
    .execute();
}

/** Puts review rows back exactly as they were, ids included (after an undone merge). */
export async function restoreReviewRows(
  store: Store,
  rows: readonly DuplicateReviewRow[],
): Promise<void> {
  await insertWithIds(store, 'duplicate_reviews', rows);
}
