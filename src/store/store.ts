// The store handle every repository takes: a Kysely instance (or transaction) and its dialect.
import { sql, type Kysely } from 'kysely';
import type { ReadCache } from './read-cache.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * Keeps reads that are asked again and again (the first page of the people list) until the
   * data changes; only where every write is seen (SQLite), and never inside a transaction.
   */
  readCache?: ReadCache;
}

/** Runs `work` in one transaction; everything it writes lands together or not at all. */
export async function inTransaction<T>(store: Store, work: (tx: Store) => Promise<T>): Promise<T> {
  if (store.db.isTransaction) return work(store);
  return store.db.transaction().execute((trx) => work({ db: trx, dialect: store.dialect }));
}

/**
 * Runs a read on PostgreSQL with some planner settings changed for it alone (`set_config`, local
 * to the transaction), in the caller's transaction or a new one, and puts them back to the
 * connection's own values once the read is done, for whatever else that transaction reads. A
 * failed read needs no reset: its transaction is rolled back, and the settings with it.
 */
export async function withLocalSettings<T>(
  store: Store,
  settings: Readonly<Record<string, string | number>>,
  read: (tx: Store) => Promise<T>,
): Promise<T> {
  const names = Object.keys(settings).map(settingName);
  return inTransaction(store, async (tx) => {
    const changes = names.map((name) => sql`set_config(${name}, ${String(settings[name])}, true)`);
    await sql`select ${sql.join(changes)}`.execute(tx.db);
    const result = await read(tx);
    for (const name of names) await sql`set local ${sql.raw(name)} to default`.execute(tx.db);
    return result;
  });
}

/** A setting's name, checked to be one before it is written into a statement. */
function settingName(name: string): string {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a PostgreSQL setting's name: ${name}`);
  return name;
}
