// A read run with planner settings of its own: they hold for that read alone, on PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makePostgres } from '../../test/dialects.js';
import type { OpenStore } from './open.js';
import { inTransaction, withLocalSettings, type Store } from './store.js';

const postgresUrl = inject('postgresUrl');

async function setting(store: Store, name: string): Promise<string> {
  const { rows } = await sql<{ value: string }>`select current_setting(${name}) as value`.execute(
    store.db,
  );
  return rows[0]?.value ?? '';
}

(postgresUrl ? describe : describe.skip)('withLocalSettings [postgres]', () => {
  let store: OpenStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ store, cleanup } = await makePostgres(postgresUrl)));
  afterAll(async () => cleanup());

  it('changes the settings for the read alone, then gives the transaction back the connection’s own', async () => {
    const seen = await inTransaction(store, async (tx) => {
      const during = await withLocalSettings(
        tx,
        { enable_bitmapscan: 'off', max_parallel_workers_per_gather: 0 },
        async (inner) => [
          await setting(inner, 'enable_bitmapscan'),
          await setting(inner, 'max_parallel_workers_per_gather'),
        ],
      );
      // jit is off for every connection Kith opens; a setting put back must not undo that.
      const jit = await withLocalSettings(tx, { jit: 'on' }, (inner) => setting(inner, 'jit'));
      return {
        during,
        jit,
        after: [
          await setting(tx, 'enable_bitmapscan'),
          await setting(tx, 'max_parallel_workers_per_gather'),
          await setting(tx, 'jit'),
        ],
      };
    });
    expect(seen.during).toEqual(['off', '0']);
    expect(seen.jit).toBe('on');
    expect(seen.after).toEqual(['on', '2', 'off']);
  });

  it('leaves nothing changed when the read fails', async () => {
    await expect(
      withLocalSettings(store, { enable_bitmapscan: 'off' }, () =>
        Promise.reject(new Error('the read failed')),
      ),
    ).rejects.toThrow('the read failed');
    expect(await setting(store, 'enable_bitmapscan')).toBe('on');
  });

  it('refuses a name that is no setting’s before it reaches a statement', async () => {
    await expect(
      withLocalSettings(store, { 'enable_bitmapscan = on; drop table people; --': 'x' }, () =>
        Promise.resolve(1),
      ),
    ).rejects.toThrow(/Not a PostgreSQL setting/);
  });
});
