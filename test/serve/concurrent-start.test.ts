// Two `kith` processes starting at once on the same fresh database (two servers behind one proxy,
// a deploy that overlaps the old one): one migrates, the other waits and finds the work done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openSqlite } from '../../src/store/open.js';
import { runKith, type KithPlace } from './process.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kith-two-starts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh, empty place: a SQLite home with no file yet, or a PostgreSQL schema with no tables. */
async function emptyPlace(dialect: 'sqlite' | 'postgres') {
  const home = join(dir, 'home');
  if (dialect === 'sqlite') {
    return {
      place: { home } satisfies KithPlace,
      migrations: async () => {
        const store = await openSqlite({ path: join(home, 'kith.db') });
        const rows = await sql<{ name: string }>`select name from kith_migrations`.execute(
          store.db,
        );
        await store.close();
        return rows.rows.map((row) => row.name);
      },
      cleanup: () => Promise.resolve(),
    };
  }
  const url = inject('postgresUrl');
  const schema = `kith_test_two_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const db = new Kysely<never>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  await sql`create schema ${sql.id(schema)}`.execute(db);
  return {
    place: {
      home,
      databaseUrl: `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    } satisfies KithPlace,
    migrations: async () => {
      const rows = await sql<{
        name: string;
      }>`select name from ${sql.id(schema)}.kith_migrations`.execute(db);
      return rows.rows.map((row) => row.name);
    },
    cleanup: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    },
  };
}

describe.each(['sqlite', 'postgres'] as const)(
  'two kith processes starting at once [%s]',
  (dialect) => {
    const run = dialect === 'sqlite' || inject('postgresUrl') !== '';
    it.runIf(run)(
      'both start, and every migration runs exactly once',
      async () => {
        const { place, migrations, cleanup } = await emptyPlace(dialect);
        try {
          const [first, second] = await Promise.all([
            runKith(place, ['people', '--json']),
            runKith(place, ['people', '--json']),
          ]);
          expect(first.stderr).toBe('');
          expect(second.stderr).toBe('');
          expect([first.code, second.code]).toEqual([0, 0]);
          expect(JSON.parse(first.stdout)).toMatchObject({ total: 0 });
          const names = await migrations();
          expect(new Set(names).size).toBe(names.length);
          expect(names).toContain('2026-11-25T1200_foundation');
        } finally {
          await cleanup();
        }
      },
      120_000,
    );
  },
);
