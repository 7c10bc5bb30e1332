// Many people updated at once: an import that adds details to thousands of stored people.
import { CompiledQuery } from 'kysely';
import type { PersonFields } from '../core/merge.js';
import { jsonRowsPerStatement, rowsJson, rowsPerStatement, valuesList } from './bulk-write.js';
import { writeList } from './json-list.js';
import { detailColumns } from './people.repo.js';
import { replacePersonTags } from './person-tags.repo.js';
import type { Store } from './store.js';

/** The columns an update may write, in the order of `valuesOf`. */
const fieldColumns = ['name', 'name_key', ...detailColumns] as const;

/**
 * Writes what changed of each person, many people a statement (`update … from (values …)` on
 * SQLite, `update … from json_populate_recordset(…)` on PostgreSQL), and rewrites the tag index
 * only for people whose tags changed. People are grouped by which columns changed, and each
 * statement sets only those: on SQLite the search index is rewritten only when a searched column
 * is set, and the name index only when the name is. One statement per person cost about ten times
 * as much on SQLite, where each one also pays for its full-text index update.
 */
export async function updatePeopleFields(
  store: Store,
  accountId: string,
  updates: ReadonlyArray<{ id: number; before: PersonFields; fields: PersonFields }>,
  now: string,
): Promise<void> {
  for (const group of byChangedColumns(updates)) {
    if (store.dialect === 'postgres') {
      await updateFromJson(store, accountId, group, now);
    } else {
      await updateFromValues(store, accountId, group, now);
    }
  }
  for (const update of updates) {
    if (JSON.stringify(update.before.tags) !== JSON.stringify(update.fields.tags)) {
      await replacePersonTags(store, accountId, update.id, update.fields.tags);
    }
  }
}

/** People whose same columns changed: the column indexes in `fieldColumns`, and each one's id and values. */
interface Group {
  columns: number[];
  rows: unknown[][];
}

/**
 * The updates grouped by which columns' values differ from what is stored, each row its id and
 * then the values of those columns. An update that changes nothing still sets the update time.
 */
function byChangedColumns(
  updates: ReadonlyArray<{ id: number; before: PersonFields; fields: PersonFields }>,
): Group[] {
  const groups = new Map<string, Group>();
  for (const update of updates) {
    const after = valuesOf(update.fields);
    const before = valuesOf(update.before);
    const columns: number[] = [];
    for (let i = 0; i < after.length; i += 1) if (after[i] !== before[i]) columns.push(i);
    const key = columns.join(',');
    let group = groups.get(key);
    if (group === undefined) {
      group = { columns, rows: [] };
      groups.set(key, group);
    }
    const row: unknown[] = [update.id];
    for (const i of columns) row.push(after[i]);
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** A person's values in the order of `fieldColumns`, as they are stored. */
function valuesOf(f: PersonFields): unknown[] {
  return [
    f.name,
    f.name.toLowerCase(),
    writeList(f.emails),
    writeList(f.phones),
    f.company,
    f.title,
    f.location,
    f.linkedinUrl,
    writeList(f.tags),
    f.howWeMet,
    writeList(f.interests),
    f.needs,
    f.offers,
    f.notes,
    f.doNotContact ? 1 : 0,
  ];
}

/** PostgreSQL: thousands of people a statement, as one JSON value read into people's row type. */
async function updateFromJson(
  store: Store,
  accountId: string,
  group: Group,
  now: string,
): Promise<void> {
  const names = group.columns.map((i) => fieldColumns[i] ?? '');
  const columns = ['id', ...names];
  const set = names.map((column) => `"${column}" = v."${column}", `).join('');
  for (let start = 0; start < group.rows.length; start += jsonRowsPerStatement) {
    const rows = group.rows
      .slice(start, start + jsonRowsPerStatement)
      .map((values) => Object.fromEntries(columns.map((column, i) => [column, values[i]])));
    await store.db.executeQuery(
      CompiledQuery.raw(
        `update people set ${set}updated_at = $1
        from json_populate_recordset(null::people, $2::json) as v
        where people.account_id = $3 and people.id = v.id`,
        [now, rowsJson(rows, columns), accountId],
      ),
    );
  }
}

/** SQLite: as many people a statement as its bound-value limit allows. */
async function updateFromValues(
  store: Store,
  accountId: string,
  group: Group,
  now: string,
): Promise<void> {
  const columns = group.columns.length + 1;
  const size = rowsPerStatement(store.dialect, columns);
  const set = group.columns
    .map((i, n) => `"${fieldColumns[i] ?? ''}" = v.column${n + 2}, `)
    .join('');
  const flag = group.columns.indexOf(fieldColumns.indexOf('do_not_contact')) + 1;
  for (let start = 0; start < group.rows.length; start += size) {
    const chunk = group.rows.slice(start, start + size);
    const parameters: unknown[] = [now];
    for (const row of chunk) parameters.push(...row);
    parameters.push(accountId);
    // Bound numbers are floating point: the casts keep the id a rowid lookup and the flag an integer.
    const values = valuesList(
      store.dialect,
      { rows: chunk.length, columns, before: 1 },
      (placeholder, column) =>
        column === 0 || (flag > 0 && column === flag)
          ? `cast(${placeholder} as integer)`
          : placeholder,
    );
    await store.db.executeQuery(
      CompiledQuery.raw(
        `update people set ${set}updated_at = ?
        from (select * from (values ${values}) as rows) as v
        where people.account_id = ? and people.id = v.column1`,
        parameters,
      ),
    );
  }
}
