// The kept people-list pages: every write shows at once, whoever makes it, on every dialect.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { openSqlite } from './open.js';
import {
  deletePerson,
  insertPeople,
  insertPerson,
  personToRow,
  updatePerson,
} from './people.repo.js';
import { searchPeople } from './people-search.repo.js';
import { createReadCache } from './read-cache.js';
import { inTransaction, type Store } from './store.js';

const now = '2026-11-30T12:00:00.000Z';
const page = { limit: 50, offset: 0 };

describeEachDialect('kept list pages', ({ dialect, store }) => {
  const account = 'kept';
  /** The page as kept, beside the same page read afresh: they must always be equal. */
  const both = async (accountId = account) => {
    const fresh: Store = { db: store().db, dialect: store().dialect };
    const [kept, read] = await Promise.all([
      searchPeople(store(), accountId, page),
      searchPeople(fresh, accountId, page),
    ]);
    expect(kept).toEqual(read);
    return kept.people.map((p) => p.name);
  };

  it('shows each add, edit and removal on the next read', async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: account, name: account, created_at: now })
      .execute();
    expect(await both()).toEqual([]);
    const ana = await insertPerson(store(), account, { name: 'Ana Lopez' }, now);
    expect(await both()).toEqual(['Ana Lopez']);
    await updatePerson(store(), account, ana.id, { name: 'Ana María López', tags: ['data'] }, now);
    expect(await both()).toEqual(['Ana María López']);
    await insertPeople(store(), [personToRow(account, { name: 'Ben Okafor' }, now)]);
    expect(await both()).toEqual(['Ana María López', 'Ben Okafor']);
    await sql`update people set do_not_contact = 1 where name = 'Ben Okafor'`.execute(store().db);
    expect((await searchPeople(store(), account, page)).people[1]?.doNotContact).toBe(true);
    await deletePerson(store(), account, ana.id);
    expect(await both()).toEqual(['Ben Okafor']);
  });

  it('keeps the page as it was when a transaction is rolled back, and shows one that commits', async () => {
    const before = await both();
    await expect(
      inTransaction(store(), async (tx) => {
        await insertPerson(tx, account, { name: 'Cleo Park' }, now);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await both()).toEqual(before);
    await inTransaction(store(), (tx) => insertPerson(tx, account, { name: 'Cleo Park' }, now));
    expect(await both()).toEqual([...before, 'Cleo Park']);
  });

  it('keeps each account’s pages apart', async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: 'other', name: 'other', created_at: now })
      .execute();
    await insertPerson(store(), 'other', { name: 'Una Other' }, now);
    expect(await both('other')).toEqual(['Una Other']);
    expect(await both()).not.toContain('Una Other');
  });

  if (dialect === 'sqlite') {
    it('shows what another connection to the same file commits', async () => {
      await both();
      const second = await openSqlite({ path: store().location });
      try {
        await insertPerson(second, account, { name: 'Dev Mistry' }, now);
      } finally {
        await second.close();
      }
      expect(await both()).toContain('Dev Mistry');
    });

    it('asks for a page while rows are streamed, and reads it once the stream ends', async () => {
      const expected = await both();
      let pending: Promise<unknown> | undefined;
      for await (const row of store().db.selectFrom('people').select('id').stream()) {
        // The version is taken as the call starts, while the stream holds the connection.
        pending ??= searchPeople(store(), account, page);
        expect(row.id).toBeGreaterThan(0);
      }
      expect(((await pending) as { people: { name: string }[] }).people.map((p) => p.name)).toEqual(
        expected,
      );
    });
  }
});

it('reads again once the version moves, and keeps only the most recent results', async () => {
  let version = 1;
  let reads = 0;
  const cache = createReadCache(() => String(version), 2);
  const read = (key: string) => cache.read(key, () => Promise.resolve(`${key}@${++reads}`));
  expect(await read('a')).toBe('a@1');
  expect(await read('a')).toBe('a@1');
  version += 1;
  expect(await read('a')).toBe('a@2');
  await read('b');
  await read('c');
  expect(await read('b')).toBe('b@3');
  expect(await read('a')).toBe('a@5');
});
