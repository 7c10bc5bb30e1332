// What the store holds, table by table, so a test can tell whether a request wrote anything.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../src/store/store.js';

/** One hash per table of everything in it, rows in any order. */
export type Fingerprint = Map<string, string>;

export async function fingerprint(store: Store): Promise<Fingerprint> {
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

/** The tables whose contents differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

async function tablesOf(store: Store): Promise<string[]> {
  const query =
    store.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' order by name`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`;
  return (await query.execute(store.db)).rows.map((row) => row.name);
}

function bigintAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
