// Many rows in few statements whose text is built once: an import writes tens of thousands of rows.
import { CompiledQuery } from 'kysely';
import type { Database } from './schema.js';
import type { Dialect, Store } from './store.js';

/** Bound values a statement may carry: SQLite's limit is 32,766, PostgreSQL's 65,535. */
const maxParameters: Record<Dialect, number> = { sqlite: 32_000, postgres: 65_000 };

/** More rows than this a statement buy nothing more, and make each statement's text long. */
const maxRows = 2000;

/** How many rows of `columns` values go in one statement on this dialect. */
export function rowsPerStatement(dialect: Dialect, columns: number): number {
  return Math.max(1, Math.min(maxRows, Math.floor(maxParameters[dialect] / columns)));
}

/**
 * `(?, ?), (?, ?)` on SQLite, `($1, $2), ($3, $4)` on PostgreSQL; `before` is how many parameters
 * the statement binds ahead of the list, and `cell` may wrap a placeholder (in a cast, say).
 */
export function valuesList(
  dialect: Dialect,
  shape: { rows: number; columns: number; before?: number },
  cell?: (placeholder: string, column: number) => string,
): string {
  // Every full batch of an import has the same shape: its list is written once, not per batch.
  if (cell) return writeValuesList(dialect, shape, cell);
  const key = `${dialect} ${shape.rows} ${shape.columns} ${shape.before ?? 0}`;
  let list = valuesLists.get(key);
  if (list === undefined) {
    list = writeValuesList(dialect, shape, (placeholder) => placeholder);
    if (valuesLists.size >= 64) valuesLists.clear();
    valuesLists.set(key, list);
  }
  return list;
}

const valuesLists = new Map<string, string>();

function writeValuesList(
  dialect: Dialect,
  shape: { rows: number; columns: number; before?: number },
  cell: (placeholder: string, column: number) => string,
): string {
  const { rows, columns } = shape;
  const tuples: string[] = [];
  let n = shape.before ?? 0;
  for (let row = 0; row < rows; row += 1) {
    const cells: string[] = [];
    for (let column = 0; column < columns; column += 1) {
      n += 1;
      cells.push(cell(dialect === 'postgres' ? `$${n}` : '?', column));
    }
    tuples.push(`(${cells.join(', ')})`);
  }
  return tuples.join(', ');
}

/**
 * Inserts rows in few statements: on SQLite as many rows a statement as its bound-value limit
 * allows, on PostgreSQL thousands of rows as one JSON value. The SQL is written here rather than
 * by the query builder, whose compiling each statement cost more than SQLite's running it; on
 * SQLite the same text is also the same kept compiled statement every batch. Returns the new ids
 * in input order when asked (`returning: 'id'`).
 */
export async function insertRows<T extends keyof Database, C extends string>(
  store: Store,
  table: T,
  columns: readonly C[],
  rows: ReadonlyArray<Partial<Record<C, unknown>>>,
  options: { returning?: 'id'; onConflictDoNothing?: boolean } = {},
): Promise<number[]> {
  const ids: number[] = [];
  const names = columns.map((c) => `"${c}"`).join(', ');
  const tail =
    (options.onConflictDoNothing ? ' on conflict do nothing' : '') +
    (options.returning ? ' returning "id"' : '');
  if (store.dialect === 'postgres') {
    // One bound value per statement: the rows as a JSON list, read into the table's own row type,
    // so PostgreSQL neither parses nor plans a list of 65,000 placeholders.
    for (let start = 0; start < rows.length; start += jsonRowsPerStatement) {
      const chunk = rows.slice(start, start + jsonRowsPerStatement);
      const result = await store.db.executeQuery<{ id: number | string | bigint }>(
        CompiledQuery.raw(
          `insert into "${table}" (${names}) select ${names}
          from json_populate_recordset(null::"${table}", $1::json)${tail}`,
          [rowsJson(chunk, columns)],
        ),
      );
      for (const row of result.rows) ids.push(Number(row.id));
    }
    return ids;
  }
  const size = rowsPerStatement(store.dialect, columns.length);
  const head = `insert into "${table}" (${names}) values `;
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const parameters: unknown[] = [];
    for (const row of chunk) for (const column of columns) parameters.push(row[column] ?? null);
    const text =
      head + valuesList(store.dialect, { rows: chunk.length, columns: columns.length }) + tail;
    const result = await store.db.executeQuery<{ id: number | string | bigint }>(
      CompiledQuery.raw(text, parameters),
    );
    for (const row of result.rows) ids.push(Number(row.id));
  }
  return ids;
}

/** Rows a PostgreSQL statement takes as one JSON value. */
export const jsonRowsPerStatement = 5000;

/**
 * The rows' values of `columns` as a JSON list, a missing value as null (as a placeholder binds it).
 * A lone UTF-16 surrogate becomes U+FFFD, as it does in a bound text value: PostgreSQL's JSON
 * refuses the escape JSON.stringify writes for it.
 */
export function rowsJson<C extends string>(
  rows: ReadonlyArray<Partial<Record<C, unknown>>>,
  columns: readonly C[],
): string {
  const picked = rows.map((row) => {
    const values: Record<string, unknown> = {};
    for (const column of columns) values[column] = row[column] ?? null;
    return values;
  });
  const json = JSON.stringify(picked);
  if (!/\\ud[89a-f]/i.test(json)) return json;
  return JSON.stringify(picked, (_, value: unknown) =>
    typeof value === 'string' ? value.replace(loneSurrogate, '\ufffd') : value,
  );
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A list of every column of `Row`, checked by the compiler: a column added to the table later
 * cannot be left out of the statements written from the list.
 */
export function everyColumn<Row>() {
  return <const C extends ReadonlyArray<keyof Row & string>>(
    columns: C &
      ([Exclude<keyof Row, C[number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof Row, C[number]> }),
  ): C => columns;
}
