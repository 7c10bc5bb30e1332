// Reads every table's primary, unique and foreign keys from the live catalog, and checks that each
// leads with account_id (so the table can be distributed or partitioned by account) unless the
// table is one of the global reference tables.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';

export type KeyKind = 'primary key' | 'unique' | 'foreign key';

export interface Key {
  kind: KeyKind;
  name: string;
  /** Column names in key order; an expression in an index is named `(expression)`. */
  columns: string[];
  references?: { table: string; columns: string[] };
}

export interface TableKeys {
  table: string;
  keys: Key[];
  /** SQLite only: the key is the rowid alias `id integer primary key` (see rowidAllowed). */
  rowidKey: boolean;
}

const expression = '(expression)';

/** Every ordinary table in the store's schema (the one on its search_path), with its keys. */
export async function readPostgresKeys(db: Kysely<Database>): Promise<TableKeys[]> {
  const tables = await sql<{ table: string }>`
    select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
    order by 1`.execute(db);
  const constraints = await sql<{
    table: string;
    name: string;
    kind: 'p' | 'u' | 'f';
    columns: string[];
    ref_table: string | null;
    ref_columns: string[] | null;
  }>`
    select c.relname as table, con.conname as name, con.contype as kind,
      array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as columns,
      f.relname as ref_table,
      array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
        join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as ref_columns
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_class f on f.oid = con.confrelid
    where n.nspname = current_schema() and con.contype in ('p', 'u', 'f')`.execute(db);
  // Unique indexes made with CREATE UNIQUE INDEX rather than a constraint; key columns only, an
  // expression (attnum 0) named as such so it can never pass for account_id.
  const indexes = await sql<{ table: string; name: string; columns: string[] }>`
    select t.relname as table, i.relname as name,
      array(select coalesce(a.attname::text, ${expression})
        from unnest(x.indkey::int2[]) with ordinality k(n, i)
        left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n
        where k.i <= x.indnkeyatts order by k.i) as columns
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and x.indisunique and not exists (
      select 1 from pg_constraint con
      where con.conindid = x.indexrelid and con.conrelid = x.indrelid and con.contype in ('p', 'u'))
    `.execute(db);
  const kinds = { p: 'primary key', u: 'unique', f: 'foreign key' } as const;
  return tables.rows.map(({ table }) => ({
    table,
    rowidKey: false,
    keys: [
      ...constraints.rows
        .filter((row) => row.table === table)
        .map((row) => ({
          kind: kinds[row.kind],
          name: row.name,
          columns: row.columns,
          ...(row.ref_table
            ? { references: { table: row.ref_table, columns: row.ref_columns ?? [] } }
            : {}),
        })),
      ...indexes.rows
        .filter((row) => row.table === table)
        .map((row) => ({ kind: 'unique' as const, name: row.name, columns: row.columns })),
    ],
  }));
}

/**
 * Every ordinary SQLite table with its keys. Virtual tables (FTS5) and their shadow tables are
 * left out: they are search indexes rebuilt from `people` and `interactions`, keyed by rowid.
 */
export async function readSqliteKeys(db: Kysely<Database>): Promise<TableKeys[]> {
  const tables = await sql<{ name: string }>`
    select name from pragma_table_list where schema = 'main' and type = 'table'
    and substr(name, 1, 7) <> 'sqlite_' order by name`.execute(db);
  const read: TableKeys[] = [];
  for (const { name: table } of tables.rows) read.push(await readSqliteTable(db, table));
  return read;
}

async function readSqliteTable(db: Kysely<Database>, table: string): Promise<TableKeys> {
  const primary = await primaryColumns(db, table);
  const info = await sql<{ name: string; type: string; pk: number }>`
    select name, type, pk from pragma_table_info(${table})`.execute(db);
  const only = info.rows.filter((c) => c.pk > 0);
  // Only a column declared exactly INTEGER PRIMARY KEY is the rowid itself.
  const rowidKey = only.length === 1 && only[0]?.type.toUpperCase() === 'INTEGER';
  const keys: Key[] = [];
  if (primary.length > 0 && !rowidKey) {
    keys.push({ kind: 'primary key', name: `${table} primary key`, columns: primary });
  }
  const indexes = await sql<{ name: string; origin: string }>`
    select name, origin from pragma_index_list(${table}) where "unique" = 1 and origin <> 'pk'`.execute(
    db,
  );
  for (const index of indexes.rows) {
    const columns = await sql<{ name: string | null }>`
      select name from pragma_index_xinfo(${index.name}) where key = 1 order by seqno`.execute(db);
    keys.push({
      kind: 'unique',
      name: index.name,
      columns: columns.rows.map((c) => c.name ?? expression),
    });
  }
  const foreign = await sql<{ id: number; table: string; from: string; to: string | null }>`
    select id, "table", "from", "to" from pragma_foreign_key_list(${table}) order by id, seq`.execute(
    db,
  );
  for (const id of new Set(foreign.rows.map((row) => row.id))) {
    const parts = foreign.rows.filter((row) => row.id === id);
    const target = parts[0]?.table ?? '';
    // A foreign key that names no columns points at the other table's primary key.
    const implicit = parts.some((row) => row.to === null) ? await primaryColumns(db, target) : [];
    keys.push({
      kind: 'foreign key',
      name: `${table} foreign key ${id}`,
      columns: parts.map((row) => row.from),
      references: { table: target, columns: parts.map((row, i) => row.to ?? implicit[i] ?? '') },
    });
  }
  return { table, keys, rowidKey };
}

async function primaryColumns(db: Kysely<Database>, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    select name from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
  return rows.rows.map((row) => row.name);
}

/**
 * What breaks the rule, one sentence each (empty when the schema complies):
 * - a distributed table needs a primary key, and it and every unique key lead with account_id;
 * - its foreign keys to distributed tables lead with account_id on both sides, so the row and the
 *   one it points at sit on the same shard; one to a reference table may name any columns, since
 *   a reference table is whole on every node (group_members.group_id points at groups);
 * - a reference table may point only at other reference tables (Citus replicates those to every
 *   node, so they cannot point into one shard);
 * - every listed reference table still exists, so the list cannot rot.
 * `rowidAllowed` accepts SQLite's `id integer primary key` (see the test for why).
 */
export function findViolations(
  tables: TableKeys[],
  reference: ReadonlyMap<string, string>,
  options: { rowidAllowed: boolean },
): string[] {
  const found: string[] = [];
  const names = new Set(tables.map((t) => t.table));
  for (const listed of reference.keys()) {
    if (!names.has(listed))
      found.push(`${listed} is listed as a reference table but does not exist`);
  }
  for (const table of tables) {
    if (reference.has(table.table)) found.push(...checkReference(table, reference));
    else found.push(...checkDistributed(table, reference, options));
  }
  return found;
}

function checkDistributed(
  table: TableKeys,
  reference: ReadonlyMap<string, string>,
  options: { rowidAllowed: boolean },
): string[] {
  const found: string[] = [];
  const hasPrimary = table.keys.some((key) => key.kind === 'primary key');
  if (!hasPrimary && !(table.rowidKey && options.rowidAllowed)) {
    found.push(`${table.table} has no primary key leading with account_id`);
  }
  for (const key of table.keys) {
    if (key.references && reference.has(key.references.table)) continue;
    if (key.columns[0] !== 'account_id') {
      found.push(
        `${table.table}: ${key.kind} ${key.name} (${key.columns.join(', ')}) does not lead with account_id`,
      );
    } else if (key.references && key.references.columns[0] !== 'account_id') {
      found.push(
        `${table.table}: foreign key ${key.name} points at ${key.references.table} (${key.references.columns.join(', ')}), which does not lead with account_id`,
      );
    }
  }
  return found;
}

function checkReference(table: TableKeys, reference: ReadonlyMap<string, string>): string[] {
  return table.keys
    .filter((key) => key.references && !reference.has(key.references.table))
    .map(
      (key) =>
        `${table.table} is a reference table but its foreign key ${key.name} points at ${key.references?.table ?? ''}, which is distributed`,
    );
}
