// Puts rows back with the ids they had: undoing a merge restores the removed person as they were.
import { sql } from 'kysely';
import type { Store } from './store.js';

/**
 * Inserts whole rows, ids included, leaving out any that clash with a row already there (a pair
 * listed again since, say). PostgreSQL's ids are identity columns that refuse a given
 * value unless told to take it (`overriding system value`); SQLite takes any free rowid, and an
 * AUTOINCREMENT id is never handed out twice, so a removed person's id is still free.
 */
export async function insertWithIds(
  store: Store,
  table: 'people' | 'duplicate_reviews' | 'merges',
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const names = sql.join(columns.map((column) => sql.ref(column)));
  const override = store.dialect === 'postgres' ? sql`overriding system value` : sql``;
  const values = rows.map(
    (row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`,
  );
  await sql`insert into ${sql.table(table)} (${names}) ${override} values ${sql.join(values)}
    on conflict do nothing`.execute(store.db);
}
