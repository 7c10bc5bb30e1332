// A burst of requests queues for PostgreSQL connections; one that waits too long is told Kith is
// busy (UNAVAILABLE, a 503 with Retry-After), never a 500. The pool's size is the operator's.
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { openPostgres, poolSize } from './open.js';

describe('the PostgreSQL pool size', () => {
  it('reads KITH_DB_POOL, and names the setting when it is not a whole number', () => {
    expect(poolSize(undefined)).toBeUndefined();
    expect(poolSize(' ')).toBeUndefined();
    expect(poolSize('40')).toBe(40);
    for (const bad of ['0', '-3', '2.5', 'many']) {
      expect(() => poolSize(bad)).toThrow(/KITH_DB_POOL must be a whole number/);
    }
  });
});

const postgresUrl = inject('postgresUrl');

(postgresUrl ? describe : describe.skip)('a request that finds every connection taken', () => {
  it('is answered 503 busy with Retry-After, and the next one goes through', async () => {
    const schema = `kith_test_busy_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const store = await openPostgres({
      url: postgresUrl,
      schema,
      maxConnections: 1,
      connectionWaitMs: 300,
    });
    const app = await buildApp({ store, webRoot: null });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const holding = store.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await held;
      });
      const busy = await app.inject({ method: 'GET', url: '/api/people' });
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['retry-after']).toBe('5');
      expect(busy.json()).toMatchObject({ code: 'UNAVAILABLE', detail: /busy/ });
      release();
      await holding;
      expect((await app.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    }
  });
});
