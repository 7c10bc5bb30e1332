// Many people written in one transaction: on SQLite the search index and the people count catch up
// in a few set-based statements at the end, instead of a trigger per row (docs/decisions/0006).
import { CompiledQuery } from 'kysely';
import type { Store } from './store.js';

/** The columns of people_fts, in its order; the triggers of the foundation migration list the same. */
const indexed =
  'name, emails, phones, company, title, location, tags, how_we_met, interests, needs, offers, notes';
const indexedOf = (alias: string) =>
  indexed
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');

/**
 * Runs `write`, which inserts people (returning their ids) and updates the people in `updating`,
 * with SQLite's per-row insert and update triggers of people deferred, then indexes every one of
 * them for search and counts the new ones, all in the caller's transaction: nothing else ever sees
 * the deferral, and a failure anywhere rolls it back with the rest. `write` must not delete people
 * (their delete triggers still run, against an index that does not hold them yet). On PostgreSQL
 * the search vector is a generated column and the count trigger runs once per statement, so
 * `write` simply runs.
 */
export async function writePeopleDeferred(
  store: Store,
  accountId: string,
  updating: readonly number[],
  write: () => Promise<readonly number[]>,
): Promise<void> {
  if (store.dialect !== 'sqlite') {
    await write();
    return;
  }
  if (!store.db.isTransaction) throw new Error('writePeopleDeferred needs a transaction');
  await run(store, 'insert into people_writes_deferred (id) values (1)');
  // An external-content index removes a row given the values it indexed: the stored ones, before the update.
  await run(
    store,
    `insert into people_fts (people_fts, rowid, ${indexed})
      select 'delete', p.id, ${indexedOf('p')} from people p
      where p.account_id = ? and p.id in (select value from json_each(?))`,
    [accountId, JSON.stringify(updating)],
  );
  const added = await write();
  await run(
    store,
    `insert into people_fts (rowid, ${indexed})
      select p.id, ${indexedOf('p')} from people p
      where p.account_id = ? and p.id in (select value from json_each(?))`,
    [accountId, JSON.stringify([...added, ...updating])],
  );
  await run(store, 'update accounts set people_count = people_count + ? where id = ?', [
    added.length,
    accountId,
  ]);
  await run(store, 'delete from people_writes_deferred');
}

async function run(store: Store, text: string, parameters: unknown[] = []): Promise<void> {
  await store.db.executeQuery(CompiledQuery.raw(text, parameters));
}
