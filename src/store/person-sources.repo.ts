// Where each person came from: one row per imported record, keyed by the record's fingerprint.
import type { FieldValues, MergeSide } from '../core/merge.js';
import { sql, type Insertable } from 'kysely';
import type { PersonSourceTable } from './schema.js';
import { everyColumn, insertRows } from './bulk-write.js';
import type { Store } from './store.js';

const sourceColumns = everyColumn<PersonSourceTable>()([
  'account_id',
  'source_key',
  'person_id',
  'format',
  'file',
  'line',
  'fields',
  'imported_at',
]);

export async function insertSources(
  store: Store,
  rows: ReadonlyArray<Insertable<PersonSourceTable>>,
): Promise<void> {
  await insertRows(store, 'person_sources', sourceColumns, rows);
}

/**
 * Which of `keys` were imported before, in one statement: the keys go as one bound value (a JSON
 * list on SQLite, an array on PostgreSQL), so 30,000 of them cost one query, not sixty.
 */
export async function findKnownSourceKeys(
  store: Store,
  accountId: string,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const asked =
    store.dialect === 'sqlite'
      ? sql<boolean>`source_key in (select value from json_each(${JSON.stringify(keys)}))`
      : sql<boolean>`source_key = any(cast(${[...keys]} as text[]))`;
  const rows = await store.db
    .selectFrom('person_sources')
    .select('source_key')
    .where('account_id', '=', accountId)
    .where(asked)
    .execute();
  return new Set(rows.map((row) => row.source_key));
}

/** Each person's imported sources and the values each brought, for naming sources in a merge. */
export async function findSourcesOf(
  store: Store,
  accountId: string,
  personIds: readonly number[],
): Promise<Map<number, MergeSide['sources']>> {
  const byPerson = new Map<number, MergeSide['sources']>();
  for (let start = 0; start < personIds.length; start += 500) {
    const rows = await store.db
      .selectFrom('person_sources')
      .select(['person_id', 'format', 'file', 'line', 'fields'])
      .where('account_id', '=', accountId)
      .where('person_id', 'in', personIds.slice(start, start + 500))
      .orderBy('imported_at')
      .orderBy('file')
      .orderBy('line')
      .execute();
    for (const row of rows) {
      const id = Number(row.person_id);
      const list = byPerson.get(id) ?? [];
      list.push({
        source: { format: row.format, file: row.file, line: Number(row.line) },
        values: readValues(row.fields),
      });
      byPerson.set(id, list);
    }
  }
  return byPerson;
}

function readValues(text: string): FieldValues {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

/** Moves every source of one person to another; returns the keys moved, to move them back on undo. */
export async function moveSources(
  store: Store,
  accountId: string,
  from: number,
  to: number,
): Promise<string[]> {
  const rows = await store.db
    .updateTable('person_sources')
    .set({ person_id: to })
    .where('account_id', '=', accountId)
    .where('person_id', '=', from)
    .returning('source_key')
    .execute();
  return rows.map((row) => row.source_key);
}

/** Gives the sources named by `keys` back to `to`. */
export async function returnSources(
  store: Store,
  accountId: string,
  keys: readonly string[],
  to: number,
): Promise<void> {
  for (let start = 0; start < keys.length; start += 500) {
    await store.db
      .updateTable('person_sources')
      .set({ person_id: to })
      .where('account_id', '=', accountId)
      .where('source_key', 'in', keys.slice(start, start + 500))
      .execute();
  }
}
