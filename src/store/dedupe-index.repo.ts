// Reads for an import: the network's keys a page at a time (the dedupe index never holds whole
// people), then whole people only for those a record matched.
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
    onPage(rows.map((row) => ({ ...row, id: Number(row.id) })));
    after = Number(last.id);
  }
}

/** Whole people by id, 500 a statement: the stored people an import's records matched. */
export async function findPeopleByIds(
  store: Store,
  accountId: string,
  ids: readonly number[],
): Promise<Person[]> {
  const people: Person[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await store.db
      .selectFrom('people')
      .select(personColumns)
      .where('account_id', '=', accountId)
      .where('id', 'in', ids.slice(start, start + 500))
      .execute();
    for (const row of rows) people.push(rowToPerson(row));
  }
  return people;
}
