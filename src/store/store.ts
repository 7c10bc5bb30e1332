// The store handle every repository takes: a Kysely instance (or transaction) and its dialect.
import type { Kysely } from 'kysely';
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
