// What the store holds, table by table, so a test can tell which tables a request wrote to.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../src/store/store.js';

/** One hash per table of everything in it, rows in any order. */
type Fingerprint = Map<string, string>;

export interface StoreWatch {
  /** The tables whose contents changed since the watch began or was last asked. */
  changes(): Promise<string[]>;
}

/**
 * Watches every table. Hashing them all is slow, so it is done only when the database says some
 * write happened: SQLite's total_changes() on the store's one connection, or on PostgreSQL the
 * next transaction id (which moves whenever any transaction writes, here or elsewhere).
 */
export async function watchStore(store: Store): Promise<StoreWatch> {
  let mark = await writeMark(store);
  let last = await fingerprint(store);
  return {
    async changes() {
      const now = await writeMark(store);
      if (now === mark) return [];
      mark = now;
      const next = await fingerprint(store);
      const changed = [...new Set([...last.keys(), ...next.keys()])].filter(
        (table) => last.get(table) !== next.get(table),
      );
      last = next;
      return changed.sort();
    },
  };
}

async function writeMark(store: Store): Promise<string> {
  const query =
    store.dialect === 'sqlite'
      ? sql<{ mark: unknown }>`select total_changes() as mark`
      : sql<{ mark: unknown }>`select txid_snapshot_xmax(txid_current_snapshot()) as mark`;
  const [row] = (await query.execute(store.db)).rows;
  return String(row?.mark);
}

async function fingerprint(store: Store): Promise<Fingerprint> {
  const result = new Map<string, string>();
  for (const table of await tablesOf(store)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      store.db,
    );
    const lines = rows.map((row) => JSON.stringify(row, bigintAsText)).sort();
    result.set(table, createHash('sha1').update(lines.join('\n')).digest('hex'));
  }
  return result;
}

/**
 * The store's own tables. On SQLite that leaves out its internal ones (sqlite_stat1, which
 * ANALYZE rewrites) and the full-text index with its shadow tables, which mirror `people`.
 */
async function tablesOf(store: Store): Promise<string[]> {
  const query =
    store.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master as t
          where type = 'table' and name not like 'sqlite_%' and sql not like 'create virtual%'
            and not exists (select 1 from sqlite_master as v where v.sql like 'create virtual%'
              and t.name like v.name || '\\_%' escape '\\')
          order by name`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`;
  return (await query.execute(store.db)).rows.map((row) => row.name);
}

function bigintAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
