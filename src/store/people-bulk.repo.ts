// Many people updated at once: an import that adds details to thousands of stored people.
import { CompiledQuery } from 'kysely';
import type { PersonFields } from '../core/merge.js';
import { jsonRowsPerStatement, rowsJson, rowsPerStatement, valuesList } from './bulk-write.js';
import { writeList } from './json-list.js';
import { detailColumns } from './people.repo.js';
import { replacePersonTags } from './person-tags.repo.js';
import type { Store } from './store.js';

/** The columns an update writes, in the order of each row's values after the id. */
const fieldColumns = ['name', 'name_key', ...detailColumns] as const;

/**
 * Writes each person's whole set of fields, many people a statement (`update … from (values …)`
 * on SQLite, `update … from json_populate_recordset(…)` on PostgreSQL), and rewrites the tag
 * index only for people whose tags changed. One statement per person cost about ten times as much on SQLite,
 * where each one also pays for its full-text index update.
 */
export async function updatePeopleFields(
  store: Store,
  accountId: string,
  updates: ReadonlyArray<{ id: number; before: PersonFields; fields: PersonFields }>,
  now: string,
): Promise<void> {
  if (store.dialect === 'postgres') {
    await updateFromJson(store, accountId, updates, now);
  } else {
    await updateFromValues(store, accountId, updates, now);
  }
  for (const update of updates) {
    if (JSON.stringify(update.before.tags) !== JSON.stringify(update.fields.tags)) {
      await replacePersonTags(store, accountId, update.id, update.fields.tags);
    }
  }
}

type Update = { id: number; fields: PersonFields };

/** An update's values in the order of `id` and then `fieldColumns`. */
function valuesOf({ id, fields: f }: Update): unknown[] {
  return [
    id,
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
  updates: readonly Update[],
  now: string,
): Promise<void> {
  const columns = ['id', ...fieldColumns] as const;
  const set = fieldColumns.map((column) => `"${column}" = v."${column}"`).join(', ');
  for (let start = 0; start < updates.length; start += jsonRowsPerStatement) {
    const rows = updates.slice(start, start + jsonRowsPerStatement).map((update) => {
      const values = valuesOf(update);
      return Object.fromEntries(columns.map((column, i) => [column, values[i]]));
    });
    await store.db.executeQuery(
      CompiledQuery.raw(
        `update people set ${set}, updated_at = $1
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
  updates: readonly Update[],
  now: string,
): Promise<void> {
  const columns = fieldColumns.length + 1;
  const size = rowsPerStatement(store.dialect, columns);
  const set = fieldColumns.map((column, i) => `"${column}" = v.column${i + 2}`).join(', ');
  for (let start = 0; start < updates.length; start += size) {
    const chunk = updates.slice(start, start + size);
    const parameters: unknown[] = [now];
    for (const update of chunk) parameters.push(...valuesOf(update));
    parameters.push(accountId);
    // Bound numbers are floating point: the casts keep the id a rowid lookup and the flag an integer.
    const values = valuesList(
      store.dialect,
      { rows: chunk.length, columns, before: 1 },
      (placeholder, column) =>
        column === 0 || column === columns - 1 ? `cast(${placeholder} as integer)` : placeholder,
    );
    await store.db.executeQuery(
      CompiledQuery.raw(
        `update people set ${set}, updated_at = ?
        from (select * from (values ${values}) as rows) as v
        where people.account_id = ? and people.id = v.column1`,
        parameters,
      ),
    );
  }
}
