// Merges and their undo: what a merge moved and replaced, kept as JSON snapshots beside its ids.
import type { Person } from '../core/person.js';
import type { PersonFields, ValueProvenance } from '../core/merge.js';
import type {
  DuplicateReviewRow,
  MergeRow,
  PersonRow,
  PersonTieRow,
  PlanActionRow,
} from './schema.js';
import { findReviewRowsOf } from './duplicate-reviews.repo.js';
import { insertWithIds } from './insert-with-ids.js';
import { readList } from './json-list.js';
import { personColumns } from './people.repo.js';
import { insertPersonTags, tagRows } from './person-tags.repo.js';
import type { Store } from './store.js';
import { findTieRow, insertTies } from './ties.repo.js';

/** Everything about the removed person that leaves the database with them, to be put back on undo. */
export interface RemovedSnapshot {
  person: PersonRow;
  tie: PersonTieRow | null;
  planActions: PlanActionRow[];
  reviews: DuplicateReviewRow[];
  /** Merges the removed person had kept, which go with them. */
  merges: MergeRow[];
  /** Their imported sources, moved to the kept person. */
  sourceKeys: string[];
}

export interface MergeRecord {
  id: number;
  keptPersonId: number;
  removedPersonId: number;
  removed: RemovedSnapshot;
  movedInteractionIds: number[];
  /** The kept person as they were, timestamps included. */
  keptBefore: Person;
  keptAfter: PersonFields;
  provenance: ValueProvenance[];
  createdAt: string;
  undoneAt: string | null;
}

export async function insertMerge(
  store: Store,
  accountId: string,
  merge: Omit<MergeRecord, 'id' | 'undoneAt'>,
): Promise<number> {
  const row = await store.db
    .insertInto('merges')
    .values({
      account_id: accountId,
      kept_person_id: merge.keptPersonId,
      removed_person_id: merge.removedPersonId,
      removed: JSON.stringify(merge.removed),
      moved_interaction_ids: JSON.stringify(merge.movedInteractionIds),
      kept_before: JSON.stringify(merge.keptBefore),
      kept_after: JSON.stringify(merge.keptAfter),
      provenance: JSON.stringify(merge.provenance),
      created_at: merge.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findMerge(
  store: Store,
  accountId: string,
  id: number,
): Promise<MergeRecord | undefined> {
  const row = await store.db
    .selectFrom('merges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && rowToMerge(row);
}

export function rowToMerge(row: MergeRow): MergeRecord {
  return {
    id: Number(row.id),
    keptPersonId: Number(row.kept_person_id),
    removedPersonId: Number(row.removed_person_id),
    removed: JSON.parse(row.removed) as RemovedSnapshot,
    movedInteractionIds: JSON.parse(row.moved_interaction_ids) as number[],
    keptBefore: JSON.parse(row.kept_before) as Person,
    keptAfter: JSON.parse(row.kept_after) as PersonFields,
    provenance: JSON.parse(row.provenance) as ValueProvenance[],
    createdAt: row.created_at,
    undoneAt: row.undone_at,
  };
}

/** The merges into one person that are still in force, newest first. */
export async function findActiveMergesInto(
  store: Store,
  accountId: string,
  keptPersonId: number,
): Promise<MergeRow[]> {
  return store.db
    .selectFrom('merges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('kept_person_id', '=', keptPersonId)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
}

/** All merges a person kept, undone or not: they leave with the person and come back with them. */
export async function findMergesKeptBy(
  store: Store,
  accountId: string,
  keptPersonId: number,
): Promise<MergeRow[]> {
  return store.db
    .selectFrom('merges')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('kept_person_id', '=', keptPersonId)
    .orderBy('id')
    .execute();
}

export async function markUndone(
  store: Store,
  accountId: string,
  id: number,
  now: string,
): Promise<void> {
  await store.db
    .updateTable('merges')
    .set({ undone_at: now })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute();
}

/** Reads everything about a person that would leave the database with them. */
export async function snapshotPerson(
  store: Store,
  accountId: string,
  personId: number,
): Promise<Omit<RemovedSnapshot, 'sourceKeys'> | undefined> {
  const [person, tie, planActions, reviews, merges] = await Promise.all([
    store.db
      // The columns by name: PostgreSQL's search vector is generated, so it is never written back.
      .selectFrom('people')
      .select(personColumns)
      .where('account_id', '=', accountId)
      .where('id', '=', personId)
      .executeTakeFirst(),
    findTieRow(store, accountId, personId),
    store.db
      .selectFrom('plan_actions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .execute(),
    findReviewRowsOf(store, accountId, personId),
    findMergesKeptBy(store, accountId, personId),
  ]);
  return person && { person, tie: tie ?? null, planActions, reviews, merges };
}

/** Puts a removed person back with their id, tags, aggregate, plan actions, reviews and merges. */
export async function restoreSnapshot(
  store: Store,
  accountId: string,
  snapshot: RemovedSnapshot,
): Promise<void> {
  // The snapshot may come from a backup restored into another account: every row goes back
  // into the account the undo is acting for, never the one the snapshot was taken in.
  const ours = <T extends { account_id: string }>(row: T): T => ({ ...row, account_id: accountId });
  const person = ours(snapshot.person);
  await insertWithIds(store, 'people', [person]);
  await insertPersonTags(store, tagRows(accountId, Number(person.id), readList(person.tags)));
  if (snapshot.tie) await insertTies(store, [ours(snapshot.tie)]);
  if (snapshot.planActions.length > 0) {
    await store.db
      .insertInto('plan_actions')
      .values(snapshot.planActions.map(ours))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await insertWithIds(store, 'duplicate_reviews', snapshot.reviews.map(ours));
  await insertWithIds(store, 'merges', snapshot.merges.map(ours));
}

/** Gives all of one person's interactions to another; returns their ids. */
export async function moveInteractions(
  store: Store,
  accountId: string,
  from: number,
  to: number,
): Promise<number[]> {
  const rows = await store.db
    .updateTable('interactions')
    .set({ person_id: to })
    .where('account_id', '=', accountId)
    .where('person_id', '=', from)
    .returning('id')
    .execute();
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

/** Gives the interactions named by `ids` back to `to`, where they are still with `from`. */
export async function returnInteractions(
  store: Store,
  accountId: string,
  ids: readonly number[],
  move: { from: number; to: number },
): Promise<void> {
  for (let start = 0; start < ids.length; start += 500) {
    await store.db
      .updateTable('interactions')
      .set({ person_id: move.to })
      .where('account_id', '=', accountId)
      .where('person_id', '=', move.from)
      .where('id', 'in', ids.slice(start, start + 500))
      .execute();
  }
}
