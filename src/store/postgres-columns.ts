// PostgreSQL bulk writes: each column bound as one typed array and read back row by row with unnest.
import { CompiledQuery } from 'kysely';
import type { Store } from './store.js';

/** Rows one PostgreSQL statement takes: each column goes as one bound array. */
export const rowsPerArrayStatement = 5000;

/**
 * Each table's column types, read from the catalog once per connection handle (a transaction
 * is its own handle): unnest needs every array's type written in the statement, and the catalog
 * is the one place that knows them, so a column added later needs no list here.
 */
const typesByHandle = new WeakMap<object, Map<string, Map<string, string>>>();

async function columnTypes(store: Store, table: string): Promise<Map<string, string>> {
  let tables = typesByHandle.get(store.db);
  if (tables === undefined) {
    tables = new Map();
    typesByHandle.set(store.db, tables);
  }
  const known = tables.get(table);
  if (known !== undefined) return known;
  const result = await store.db.executeQuery<{ name: string; type: string }>(
    CompiledQuery.raw(
      `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped`,
      [`"${table}"`],
    ),
  );
  const types = new Map(result.rows.map((row) => [row.name, row.type]));
  tables.set(table, types);
  return types;
}

/**
 * `unnest($1::text[], $2::bigint[], …) as v ("a", "b", …)` over `columns` of `table`, and the
 * rows' values as one array per column (a missing value as null). `before` is how many parameters
 * the statement binds ahead of the arrays. One array a column costs PostgreSQL less to read than
 * the same rows as one JSON value (0.59 s against 0.73 s for 30,000 import sources), and Node
 * writes no object per row.
 */
export async function unnestColumns<C extends string>(
  store: Store,
  table: string,
  columns: readonly C[],
  rows: ReadonlyArray<Partial<Record<C, unknown>>>,
  before = 0,
): Promise<{ from: string; arrays: unknown[][] }> {
  const types = await columnTypes(store, table);
  const casts = columns.map((column, i) => {
    const type = types.get(column);
    if (type === undefined) throw new Error(`${table} has no column ${column}`);
    return `$${before + i + 1}::${type}[]`;
  });
  const arrays = columns.map((column) => {
    const values = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i += 1) values[i] = rows[i]?.[column] ?? null;
    return values;
  });
  const names = columns.map((c) => `"${c}"`).join(', ');
  return { from: `unnest(${casts.join(', ')}) as v (${names})`, arrays };
}
