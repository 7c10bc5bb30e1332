// docs/scaling.md's hash-partitioning script, run as printed on a migrated PostgreSQL database with
// data: every distributed table becomes partitioned, keeps its rows, and Kith carries on using it.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedAccounts, type LoadUser } from '../../bench/accounts-load.js';
import { addPerson } from '../../src/services/add-person.js';
import { findPeople } from '../../src/services/find-people.js';
import type { OpenStore } from '../../src/store/open.js';
import { makePostgres } from '../dialects.js';
import { findViolations, readPostgresKeys } from './distribution-keys.js';
import { referenceTables } from './reference-tables.js';

const doc = readFileSync(new URL('../../docs/scaling.md', import.meta.url), 'utf8');
const script = /<!-- partition-script -->\s*```sql\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
const postgresUrl = inject('postgresUrl');

(postgresUrl ? describe : describe.skip)('the partitioning script in docs/scaling.md', () => {
  let store: OpenStore;
  let cleanup: () => Promise<void>;
  let users: LoadUser[];
  let before: Map<string, number>;
  beforeAll(async () => {
    ({ store, cleanup } = await makePostgres(postgresUrl));
    users = await seedAccounts(store, { accounts: 2, people: 40, now: () => new Date() });
    before = await countRows(store);
    expect(script).toContain('PARTITION BY HASH (account_id)');
    await sql.raw(script).execute(store.db);
  });
  afterAll(async () => cleanup());

  it('partitions every distributed table by account, and no reference table', async () => {
    const kinds = await sql<{ relname: string; relkind: string }>`
      select relname, relkind from pg_class
      where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p')
      and not relispartition`.execute(store.db);
    const partitioned = kinds.rows.filter((r) => r.relkind === 'p').map((r) => r.relname);
    const plain = kinds.rows.filter((r) => r.relkind === 'r').map((r) => r.relname);
    expect(plain.sort()).toEqual([...referenceTables.keys()].sort());
    expect(partitioned).toContain('people');
    expect(partitioned).toContain('interactions');
  });

  it('keeps every row and every key rule', async () => {
    expect(await countRows(store)).toEqual(before);
    expect(before.get('interactions')).toBeGreaterThan(0);
    expect(
      findViolations(await readPostgresKeys(store.db), referenceTables, { rowidAllowed: false }),
    ).toEqual([]);
  });

  it('refuses a second run, changing nothing', async () => {
    await expect(sql.raw(script).execute(store.db)).rejects.toThrow(/partitioned already/);
    expect(await countRows(store)).toEqual(before);
  });

  it('lets Kith add and find a person afterwards, counted, with an id after the kept ones', async () => {
    const user = users[0];
    if (!user) throw new Error('seeded no accounts');
    const deps = { store, accountId: user.accountId, now: () => new Date() };
    const added = await addPerson(deps, { name: 'Quillon Partridge', company: 'Hashwell' });
    expect(added.id).toBeGreaterThan(Math.max(...users.flatMap((u) => [...u.personIds])));
    const found = await findPeople(deps, { query: 'Quillon', limit: 5, offset: 0 });
    expect(found.people.map((p) => p.id)).toEqual([added.id]);
    // The people count the triggers keep, made again on the partitioned table, still counts.
    const listed = await findPeople(deps, { limit: 1, offset: 0 });
    expect(listed.total).toBe(user.personIds.size + 1);
  });
});

async function countRows(store: OpenStore): Promise<Map<string, number>> {
  const tables = await readPostgresKeys(store.db);
  const counts = new Map<string, number>();
  for (const { table } of tables) {
    const row = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(
      store.db,
    );
    counts.set(table, Number(row.rows[0]?.n ?? 0));
  }
  return counts;
}
