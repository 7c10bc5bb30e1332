// The write detector the API fuzz relies on: it must see every write, and report none when there was none.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../dialects.js';
import { watchStore } from './store-fingerprint.js';

describeEachDialect('watching the store for writes', ({ store }) => {
  it('sees nothing when nothing is written, then names each table a write touched', async () => {
    const watch = await watchStore(store());
    await sql`select count(*) from people`.execute(store().db);
    expect(await watch.changes()).toEqual([]);

    await sql`insert into accounts (id, name, created_at) values ('watched', 'A', '2026-11-30')`.execute(
      store().db,
    );
    expect(await watch.changes()).toEqual(['accounts']);
    expect(await watch.changes()).toEqual([]);

    await sql`update accounts set name = 'B' where id = 'watched'`.execute(store().db);
    expect(await watch.changes()).toEqual(['accounts']);

    await sql`delete from accounts where id = 'watched'`.execute(store().db);
    expect(await watch.changes()).toEqual(['accounts']);
  });
});
