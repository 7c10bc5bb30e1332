import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { migrate } from './migrate.js';
import { insertPerson } from './people.repo.js';
import { findKnownSourceKeys, findSourcesOf, insertSources } from './person-sources.repo.js';

const now = '2026-11-30T12:00:00.000Z';
const rowidMigration = '2026-11-30T1401_person_sources_rowid';

describeEachDialect('person_sources', ({ dialect, store }) => {
  const source = (key: string, personId: number, line: number) => ({
    account_id: 'local',
    source_key: key,
    person_id: personId,
    format: 'google-csv',
    file: 'contacts.csv',
    line,
    fields: JSON.stringify({ emails: [`${key}@example.org`] }),
    imported_at: now,
  });

  it('tells which of many keys were imported before, in one question however many', async () => {
    const ana = await insertPerson(store(), 'local', { name: 'Ana Lopez' }, now);
    await insertSources(store(), [source('k1', ana.id, 2), source('k2', ana.id, 3)]);
    const asked = ['k2', ...Array.from({ length: 1500 }, (_, i) => `unknown-${i}`), 'k1'];
    expect([...(await findKnownSourceKeys(store(), 'local', asked))].sort()).toEqual(['k1', 'k2']);
    expect(await findKnownSourceKeys(store(), 'other-account', asked)).toEqual(new Set());
    expect(await findKnownSourceKeys(store(), 'local', [])).toEqual(new Set());
  });

  it.runIf(dialect === 'sqlite')(
    'keeps every source when the table becomes a rowid table',
    async () => {
      const db = store().db;
      const ben = await insertPerson(store(), 'local', { name: 'Ben Okafor' }, now);
      // The table as the imports migration made it, holding a source, before this migration ran.
      await sql`drop table person_sources`.execute(db);
      await sql`create table person_sources (account_id text not null, source_key text not null,
        person_id integer not null, format text not null, file text not null, line integer not null,
        fields text default '{}' not null, imported_at text not null,
        constraint person_sources_pk primary key (account_id, source_key),
        constraint person_sources_person_fk foreign key (account_id, person_id)
          references people (account_id, id) on delete cascade) without rowid`.execute(db);
      await insertSources(store(), [source('b1', ben.id, 7)]);
      await sql`delete from kith_migrations where name = ${rowidMigration}`.execute(db);
      expect(await migrate(db, 'sqlite')).toEqual([rowidMigration]);

      const table = await sql<{
        wr: number;
      }>`select wr from pragma_table_list where name = 'person_sources'`.execute(db);
      expect(table.rows[0]?.wr).toBe(0);
      expect((await findSourcesOf(store(), 'local', [ben.id])).get(ben.id)).toEqual([
        {
          source: { format: 'google-csv', file: 'contacts.csv', line: 7 },
          values: { emails: ['b1@example.org'] },
        },
      ]);
      await expect(insertSources(store(), [source('b1', ben.id, 8)])).rejects.toThrow(/UNIQUE/);
      // Removing the person still removes their sources.
      await db.deleteFrom('people').where('id', '=', ben.id).execute();
      expect(await findKnownSourceKeys(store(), 'local', ['b1'])).toEqual(new Set());
    },
  );
});
