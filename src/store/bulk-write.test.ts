import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { insertPeople, personToRow } from './people.repo.js';

const now = '2026-11-30T12:00:00.000Z';
const account = 'bulk-write';

describeEachDialect('bulk inserts', ({ dialect, store }) => {
  beforeAll(async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: account, name: 'Bulk', created_at: now })
      .execute();
  });

  it('gives the new ids in the order of the rows, over several statements', async () => {
    const rows = Array.from({ length: 5003 }, (_, i) =>
      personToRow(account, { name: `Person ${i}`, company: i % 2 ? 'Acme' : null }, now),
    );
    const ids = await insertPeople(store(), rows);
    expect(ids).toHaveLength(rows.length);
    const stored = await store()
      .db.selectFrom('people')
      .select(['id', 'name', 'company', 'do_not_contact'])
      .where('account_id', '=', account)
      .execute();
    const byId = new Map(stored.map((row) => [Number(row.id), row]));
    ids.forEach((id, i) => {
      expect(byId.get(id)).toMatchObject({
        name: `Person ${i}`,
        company: i % 2 ? 'Acme' : null,
        do_not_contact: 0,
      });
    });
  });

  const insertOne = async (fields: { name: string; notes: string }) => {
    const [id] = await insertPeople(store(), [personToRow(account, fields, now)]);
    return store()
      .db.selectFrom('people')
      .select(['name', 'notes'])
      .where('id', '=', id ?? 0)
      .executeTakeFirstOrThrow();
  };

  it('stores quotes, backslashes, line breaks and emoji exactly as written', async () => {
    const fields = { name: 'Zoë "Quote" \\ back', notes: 'line\nnext\ttab 😀 \\u0041' };
    expect(await insertOne(fields)).toEqual(fields);
  });

  it.runIf(dialect === 'postgres')(
    'stores a lone UTF-16 surrogate as U+FFFD, as a bound text value would be',
    async () => {
      expect(await insertOne({ name: 'Zoë \ud800 Ng', notes: 'ok' })).toEqual({
        name: 'Zoë \ufffd Ng',
        notes: 'ok',
      });
    },
  );
});
