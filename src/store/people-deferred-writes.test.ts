import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { insertPeople, insertPerson, personToRow } from './people.repo.js';
import { writePeopleDeferred } from './people-deferred-writes.js';
import { searchPeople } from './people-search.repo.js';
import { inTransaction } from './store.js';

const now = '2026-11-30T12:00:00.000Z';
const account = 'deferred-writes';

describeEachDialect('people written with deferred triggers', ({ dialect, store }) => {
  beforeAll(async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: account, name: 'Deferred', created_at: now })
      .execute();
  });
  const search = (query: string) =>
    searchPeople(store(), account, { query, limit: 10, offset: 0 }).then((page) =>
      page.people.map((p) => p.name),
    );
  const count = async () =>
    (
      await store()
        .db.selectFrom('accounts')
        .select('people_count')
        .where('id', '=', account)
        .executeTakeFirstOrThrow()
    ).people_count;

  it('indexes and counts the people it inserts and re-indexes the people it updates', async () => {
    const before = await count();
    const stored = await insertPerson(store(), account, { name: 'Orla Finch' }, now);
    await inTransaction(store(), (tx) =>
      writePeopleDeferred(tx, account, [stored.id], async () => {
        await tx.db
          .updateTable('people')
          .set({ title: 'Lighthouse keeper' })
          .where('id', '=', stored.id)
          .execute();
        return insertPeople(tx, [
          personToRow(account, { name: 'Pavel Grue', company: 'Saltmarsh' }, now),
        ]);
      }),
    );
    expect(await search('lighthouse')).toEqual(['Orla Finch']);
    expect(await search('saltmarsh')).toEqual(['Pavel Grue']);
    expect(await count()).toBe(before + 2);
  });

  it('leaves nothing deferred, indexed or counted when the writing fails', async () => {
    const before = await count();
    await expect(
      inTransaction(store(), (tx) =>
        writePeopleDeferred(tx, account, [], async () => {
          await insertPeople(tx, [personToRow(account, { name: 'Quentin Vale' }, now)]);
          throw new Error('the disk is full');
        }),
      ),
    ).rejects.toThrow('the disk is full');
    expect(await search('quentin')).toEqual([]);
    expect(await count()).toBe(before);
    // The triggers work again for the next person written the ordinary way.
    await insertPerson(store(), account, { name: 'Rhea Quill' }, now);
    expect(await search('rhea')).toEqual(['Rhea Quill']);
    expect(await count()).toBe(before + 1);
    if (dialect === 'sqlite') {
      await sql`insert into people_fts (people_fts, rank) values ('integrity-check', 1)`.execute(
        store().db,
      );
    }
  });

  it.runIf(dialect === 'sqlite')('refuses to run outside a transaction', async () => {
    await expect(
      writePeopleDeferred(store(), account, [], () => Promise.resolve([])),
    ).rejects.toThrow('needs a transaction');
  });
});
