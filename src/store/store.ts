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
 * Runs a read on PostgreSQL with one planner setting changed for it alone (`set local`), in the
 * caller's transaction or a new one, and sets it to `after` once the read is done, for whatever
 * else that transaction reads. A failed read needs no reset: its transaction is rolled back, and
 * the setting with it.
 */
export async function withLocalSetting<T>(
  store: Store,
  setting: { name: string; value: string | number; after: string | number },
  read: (tx: Store) => Promise<T>,
): Promise<T> {
  const name = sql.raw(setting.name);
  return inTransaction(store, async (tx) => {
    await sql`set local ${name} = ${sql.lit(setting.value)}`.execute(tx.db);
    const result = await read(tx);
    await sql`set local ${name} = ${sql.lit(setting.after)}`.execute(tx.db);
    return result;
  });
}
