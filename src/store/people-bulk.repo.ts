// Many people updated at once: an import that adds details to thousands of stored people.
import { CompiledQuery } from 'kysely';
import type { PersonFields } from '../core/merge.js';
import { rowsPerStatement, valuesList } from './bulk-write.js';
import { writeList } from './json-list.js';
import { detailColumns } from './people.repo.js';
import { replacePersonTags } from './person-tags.repo.js';
import type { Store } from './store.js';

/** The columns an update writes, in the order of each row's values after the id. */
const fieldColumns = ['name', 'name_key', ...detailColumns] as const;

/**
 * Writes each person's whole set of fields, as many people a statement as the dialect's
 * bound-value limit allows (`update … from (values …)`), and rewrites the tag index only for
 * people whose tags changed. One statement per person cost about ten times as much on SQLite,
 * where each one also pays for its full-text index update.
 */
export async function updatePeopleFields(
  store: Store,
  accountId: string,
  updates: ReadonlyArray<{ id: number; before: PersonFields; fields: PersonFields }>,
  now: string,
): Promise<void> {
  const columns = fieldColumns.length + 1;
  const size = rowsPerStatement(store.dialect, columns);
  const set = fieldColumns.map((column, i) => `"${column}" = v.column${i + 2}`).join(', ');
  for (let start = 0; start < updates.length; start += size) {
    const chunk = updates.slice(start, start + size);
    const parameters: unknown[] = [now];
    for (const { id, fields: f } of chunk) {
      parameters.push(
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
      );
    }
    parameters.push(accountId);
    // Casts give PostgreSQL the types its VALUES list cannot infer from bound parameters.
    const values = valuesList(
      store.dialect,
      { rows: chunk.length, columns, before: 1 },
      (placeholder, column) =>
        column === 0
          ? `cast(${placeholder} as bigint)`
          : column === columns - 1
            ? `cast(${placeholder} as integer)`
            : placeholder,
    );
    const [first, last] =
      store.dialect === 'postgres' ? ['$1', `$${parameters.length}`] : ['?', '?'];
    await store.db.executeQuery(
      CompiledQuery.raw(
        `update people set ${set}, updated_at = ${first}
        from (select * from (values ${values}) as rows) as v
        where people.account_id = ${last} and people.id = v.column1`,
        parameters,
      ),
    );
  }
  for (const update of updates) {
    if (JSON.stringify(update.before.tags) !== JSON.stringify(update.fields.tags)) {
      await replacePersonTags(store, accountId, update.id, update.fields.tags);
    }
  }
}
