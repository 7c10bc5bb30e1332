// Reads for an import: the network's keys a page at a time (the dedupe index never holds whole
// people), then whole people only for those a record matched.
import { sql } from 'kysely';
import type { Person } from '../core/person.js';
import { personColumns, rowToPerson } from './people.repo.js';
import type { Store } from './store.js';

export interface IndexRow {
  id: number;
  name: string;
  emails: string;
  phones: string;
  linkedin_url: string | null;
  company: string | null;
}

/**
 * Calls `onPage` with each page of people's identifying columns, in id order (keyset paging
 * on the primary key, so every page costs the same however far in it is).
 */
export async function streamIndexRows(
  store: Store,
  accountId: string,
  onPage: (rows: IndexRow[]) => void,
  pageSize = 5000,
): Promise<void> {
  for (let after = 0; ;) {
    const rows = await store.db
      .selectFrom('people')
      .select(['id', 'name', 'emails', 'phones', 'linkedin_url', 'company'])
      .where('account_id', '=', accountId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    const last = rows.at(-1);
    if (!last) return;
    // Each page's rows are new objects: the id is made a number in place, not by a copy of each.
    for (const row of rows) row.id = Number(row.id);
    onPage(rows);
    after = Number(last.id);
  }
}

/**
 * Whole people by id, in one statement: the ids go as one bound value (a JSON list on SQLite, an
 * array on PostgreSQL), so the stored people an import's records matched cost one query, not one
 * per 500, and no query text as long as the list.
 */
export async function findPeopleByIds(
  store: Store,
  accountId: string,
  ids: readonly number[],
): Promise<Person[]> {
  if (ids.length === 0) return [];
  const wanted =
    store.dialect === 'sqlite'
      ? sql<boolean>`id in (select value from json_each(${JSON.stringify(ids)}))`
      : sql<boolean>`id = any(cast(${[...ids]} as bigint[]))`;
  const rows = await store.db
    .selectFrom('people')
    .select(personColumns)
    .where('account_id', '=', accountId)
    .where(wanted)
    .execute();
  return rows.map(rowToPerson);
}
