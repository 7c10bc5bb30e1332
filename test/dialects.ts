// Runs one suite on every dialect: a fresh SQLite file and a fresh PostgreSQL schema per suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openPostgres, openSqlite, type OpenStore } from '../src/store/open.js';
import type { Dialect } from '../src/store/store.js';

export interface DialectHandle {
  dialect: Dialect;
  /** The open store for this suite; valid inside tests and hooks. */
  store: () => OpenStore;
}

/** Declares `suite` once per dialect; PostgreSQL is skipped with a notice when it is absent. */
export function describeEachDialect(name: string, suite: (handle: DialectHandle) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const postgresUrl = inject('postgresUrl');
    const run = dialect === 'sqlite' || postgresUrl !== '';
    (run ? describe : describe.skip)(`${name} [${dialect}]`, () => {
      let opened: OpenStore | undefined;
      let cleanup: () => Promise<void> = () => Promise.resolve();
      beforeAll(async () => {
        const made = dialect === 'sqlite' ? await makeSqlite() : await makePostgres(postgresUrl);
        opened = made.store;
        cleanup = made.cleanup;
      });
      afterAll(async () => cleanup());
      suite({
        dialect,
        store: () => {
          if (!opened) throw new Error('the store is opened in beforeAll');
          return opened;
        },
      });
    });
  }
}

export async function makeSqlite(): Promise<{ store: OpenStore; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-test-'));
  const store = await openSqlite({ path: join(dir, 'kith.db') });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function makePostgres(
  url: string,
): Promise<{ store: OpenStore; cleanup: () => Promise<void> }> {
  const schema = `kith_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = await openPostgres({ url, schema, maxConnections: 4 });
  return {
    store,
    cleanup: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    },
  };
}
