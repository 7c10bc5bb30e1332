// Search right after an import, on SQLite and PostgreSQL: the index an import keeps in bulk finds
// every person it added and every value it added to someone stored, and the count stays exact.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { findPeople } from '../../src/services/find-people.js';
import { importRecords } from '../../src/services/import-records.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, onboard, person } from './coach-builders.js';
import { contact, parsed } from './import-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('search after an import', ({ dialect, store }) => {
  const setUp = async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    return deps;
  };
  const found = async (deps: Awaited<ReturnType<typeof setUp>>, query: string) =>
    (await findPeople(deps, { query, limit: 50 })).people.map((p) => p.name).sort();

  it('finds every person an import added, and what it added to people already stored, at once', async () => {
    const deps = await setUp();
    await person(deps, 'Ana Lopez', { emails: ['ana@acme.com'], company: 'Acme' });
    const contacts = Array.from({ length: 120 }, (_, i) =>
      contact(`Quillon Person${i}`, {
        emails: [`quillon${i}@globex.com`],
        company: `Zephyrcorp ${i % 3}`,
      }),
    );
    const result = await importRecords(deps, {
      parsed: parsed({
        contacts: [
          ...contacts,
          contact('Ana Lopez', { emails: ['ana@acme.com'], title: 'Cartographer' }),
        ],
      }),
    });
    expect(result.people).toMatchObject({ new: 120, updated: 1 });
    expect(await found(deps, 'Person37')).toEqual(['Quillon Person37']);
    expect(await found(deps, 'quillon119')).toEqual(['Quillon Person119']);
    expect(await findPeople(deps, { query: 'zephyrcorp', limit: 1 })).toMatchObject({ total: 120 });
    // The stored person is found by the value the import added and by what they held before.
    expect(await found(deps, 'cartographer')).toEqual(['Ana Lopez']);
    expect(await found(deps, 'acme')).toEqual(['Ana Lopez']);
    expect(await findPeople(deps, { limit: 1 })).toMatchObject({ total: 121 });
    // Someone added by hand after the import is indexed as always.
    await person(deps, 'Brindle Oakes');
    expect(await found(deps, 'brindle')).toEqual(['Brindle Oakes']);
    expect(await findPeople(deps, { limit: 1 })).toMatchObject({ total: 122 });
  });

  it('leaves the search index exactly in step with the people it indexes', async () => {
    const deps = await setUp();
    await person(deps, 'Ana Lopez', { emails: ['ana@acme.com'] });
    await importRecords(deps, {
      parsed: parsed({
        contacts: [
          contact('Ana Lopez', { emails: ['ana@acme.com'], company: 'Acme' }),
          contact('Ben Okafor', { company: 'Globex' }),
        ],
      }),
    });
    if (dialect === 'sqlite') {
      // FTS5 compares every indexed entry with the people table; it raises on any difference.
      await sql`insert into people_fts (people_fts, rank) values ('integrity-check', 1)`.execute(
        deps.store.db,
      );
    }
    expect(await found(deps, 'globex')).toEqual(['Ben Okafor']);
  });
});
