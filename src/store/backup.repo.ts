// Whole tables of one account, for backup and restore: read in key order a page at a time,
// cleared, and written back with their ids. Which tables and columns is the caller's to say.
import { sql } from 'kysely';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { rowToInteraction } from './interactions.repo.js';
import { personColumns, rowToPerson } from './people.repo.js';
import { inTransaction, type Store } from './store.js';

export type StoredRow = Record<string, unknown>;

/** A table as these functions need it: its name, the columns to read or write, and its order. */
export interface TableShape {
  name: string;
  columns: readonly string[];
  /** Key columns, in order; empty for a table with one row per account. */
  key: readonly string[];
  /** The key is the table's own id, which on SQLite is the rowid. */
  keyIsId?: boolean;
}

/** Up to 30,000 bound values a statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const maxValues = 30_000;

/**
 * Runs `work` on one consistent snapshot, so a backup read in many pages never sees half of a
 * write made meanwhile. SQLite's transaction in WAL mode is a snapshot already; PostgreSQL's
 * default isolation is not, so it asks for repeatable read.
 */
export async function inSnapshot<T>(store: Store, work: (tx: Store) => Promise<T>): Promise<T> {
  if (store.dialect === 'sqlite' || store.db.isTransaction) return inTransaction(store, work);
  return store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => work({ db: trx, dialect: store.dialect }));
}

/** The table's rows of one account in key order, `pageSize` at a time (keyset paging, never OFFSET). */
export async function* readTablePages(
  store: Store,
  accountId: string,
  table: TableShape,
  pageSize = 5000,
): AsyncGenerator<StoredRow[]> {
  const columns = sql.join(table.columns.map((column) => sql.ref(column)));
  const from = sql.table(table.name);
  if (table.key.length === 0) {
    const result = await sql<StoredRow>`select ${columns} from ${from}
      where account_id = ${accountId}`.execute(store.db);
    yield result.rows;
    return;
  }
  const key = sql.join(table.key.map((column) => sql.ref(column)));
  // SQLite would otherwise pick an index that leads with account_id (interactions' timeline) and
  // sort the whole account for every page; `+` keeps it walking the rowid, one page at a time.
  const account =
    table.keyIsId && store.dialect === 'sqlite' ? sql`+account_id` : sql.ref('account_id');
  for (let last: StoredRow | undefined; ;) {
    const after = last
      ? sql`and (${key}) > (${sql.join(table.key.map((column) => last?.[column]))})`
      : sql``;
    const result = await sql<StoredRow>`select ${columns} from ${from}
      where ${account} = ${accountId} ${after} order by ${key} limit ${pageSize}`.execute(store.db);
    if (result.rows.length > 0) yield result.rows;
    if (result.rows.length < pageSize) return;
    last = result.rows.at(-1);
  }
}

export async function countPeopleRows(store: Store, accountId: string): Promise<number> {
  const row = await store.db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The account's saved playbook templates, which a restore would replace too. */
export async function countTemplateRows(store: Store, accountId: string): Promise<number> {
  const row = await store.db
    .selectFrom('playbook_templates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes every row of one account from the given tables, in the order given (children first). */
export async function clearTables(
  store: Store,
  accountId: string,
  tables: readonly string[],
): Promise<void> {
  for (const table of tables) {
    await sql`delete from ${sql.table(table)} where account_id = ${accountId}`.execute(store.db);
  }
}

/**
 * Writes rows as they are, ids included, in multi-row statements. PostgreSQL's ids are identity
 * columns that refuse a given value unless told to take it (`overriding system value`).
 */
export async function insertRows(
  store: Store,
  table: { name: string; columns: readonly string[]; hasIdentity: boolean },
  rows: readonly StoredRow[],
): Promise<void> {
  const names = sql.join(table.columns.map((column) => sql.ref(column)));
  const override =
    table.hasIdentity && store.dialect === 'postgres' ? sql`overriding system value` : sql``;
  const perStatement = Math.max(1, Math.min(1000, Math.floor(maxValues / table.columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => sql`(${sql.join(table.columns.map((column) => row[column] ?? null))})`);
    await sql`insert into ${sql.table(table.name)} (${names}) ${override}
      values ${sql.join(values)}`.execute(store.db);
  }
}

/**
 * What to add to a backup's ids so they land on free ones: 0 when every id from `min` to `max`
 * is free, so ids are kept; otherwise the table's highest id, so all of them shift together.
 * On SQLite an id is a rowid shared by every account; on PostgreSQL keys lead with account_id.
 */
export async function freeIdOffset(
  store: Store,
  accountId: string,
  table: { name: string; idColumn: string },
  range: { min: number; max: number },
): Promise<number> {
  const id = sql.ref(table.idColumn);
  const from = sql.table(table.name);
  const account = store.dialect === 'postgres' ? sql`and account_id = ${accountId}` : sql``;
  const taken = await sql`select 1 from ${from}
    where ${id} between ${range.min} and ${range.max} ${account} limit 1`.execute(store.db);
  if (taken.rows.length === 0) return 0;
  const highest = await sql<{ n: number | null }>`select max(${id}) as n from ${from}`.execute(
    store.db,
  );
  return Number(highest.rows[0]?.n ?? 0);
}

/**
 * After ids were written by hand, moves PostgreSQL's id generator past them so the next person
 * added does not collide. SQLite's AUTOINCREMENT follows the highest rowid on its own.
 */
export async function syncIdGenerator(
  store: Store,
  table: { name: string; idColumn: string },
): Promise<void> {
  if (store.dialect !== 'postgres') return;
  const sequence = sql`pg_get_serial_sequence(${table.name}, ${table.idColumn})`;
  await sql`select setval(${sequence}, greatest(
      (select coalesce(max(${sql.ref(table.idColumn)}), 0) from ${sql.table(table.name)}),
      coalesce(pg_sequence_last_value(${sequence}::regclass), 0),
      1))`.execute(store.db);
}

/** Everyone's interactions for the given people, by person: what their aggregates are computed from. */
export async function readTimelines(
  store: Store,
  accountId: string,
  personIds: readonly number[],
): Promise<Map<number, Interaction[]>> {
  const byPerson = new Map<number, Interaction[]>();
  for (let start = 0; start < personIds.length; start += 500) {
    const rows = await store.db
      .selectFrom('interactions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('person_id', 'in', personIds.slice(start, start + 500))
      .execute();
    for (const row of rows) {
      const interaction = rowToInteraction(row);
      const timeline = byPerson.get(interaction.personId);
      if (timeline) timeline.push(interaction);
      else byPerson.set(interaction.personId, [interaction]);
    }
  }
  return byPerson;
}

/** Everyone in one account by id, `pageSize` at a time: for exports that read the whole network. */
export async function* readPeoplePages(
  store: Store,
  accountId: string,
  pageSize = 1000,
): AsyncGenerator<Person[]> {
  for (let after = 0; ;) {
    const rows = await store.db
      .selectFrom('people')
      .select(personColumns)
      .where('account_id', '=', accountId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map(rowToPerson);
    if (rows.length < pageSize) return;
    after = Number(last.id);
  }
}
