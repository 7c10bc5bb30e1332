import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { fieldsOf } from '../core/merge.js';
import { localAccountId } from './open.js';
import { updatePeopleFields } from './people-bulk.repo.js';
import { findPeopleByName, findPerson, insertPerson, updatePerson } from './people.repo.js';
import { searchPeople } from './people-search.repo.js';
import type { Store } from './store.js';

const now = '2026-12-01T10:00:00.000Z';
const later = '2026-12-01T11:00:00.000Z';

async function found(store: Store, query: string): Promise<string[]> {
  const page = await searchPeople(store, localAccountId, { query, limit: 20, offset: 0 });
  return page.people.map((person) => person.name).sort();
}

/** On SQLite, whether the search index holds exactly what the people table says. */
async function searchIndexIsExact(store: Store): Promise<void> {
  if (store.dialect !== 'sqlite') return;
  await sql`insert into people_fts (people_fts, rank) values ('integrity-check', 1)`.execute(
    store.db,
  );
}

describeEachDialect('updating many people at once', ({ store }) => {
  it('writes each person what changed, and the search finds them by what they hold now', async () => {
    const ana = await insertPerson(
      store(),
      localAccountId,
      { name: 'Ana Quillon', company: 'Acme', title: 'Data Lead' },
      now,
    );
    const bruno = await insertPerson(
      store(),
      localAccountId,
      { name: 'Bruno Quillon', title: 'Analyst', tags: ['alumni'] },
      now,
    );
    const carla = await insertPerson(store(), localAccountId, { name: 'Carla Quillon' }, now);
    const dario = await insertPerson(store(), localAccountId, { name: 'Dario Quillon' }, now);
    const edit = (person: typeof ana, change: Partial<ReturnType<typeof fieldsOf>>) => ({
      id: person.id,
      before: fieldsOf(person),
      fields: { ...fieldsOf(person), ...change },
    });

    await updatePeopleFields(
      store(),
      localAccountId,
      [
        edit(ana, { linkedinUrl: 'https://www.linkedin.com/in/ana-quillon' }),
        edit(bruno, { name: 'Bruno Quillon-Vaz', title: 'Staff Engineer', tags: ['alumni', 'ml'] }),
        edit(carla, { doNotContact: true, notes: 'Met at Zephyrcon' }),
        edit(dario, { linkedinUrl: 'https://www.linkedin.com/in/dario-q', doNotContact: true }),
      ],
      later,
    );

    expect(await findPerson(store(), localAccountId, ana.id)).toEqual({
      ...ana,
      linkedinUrl: 'https://www.linkedin.com/in/ana-quillon',
      updatedAt: later,
    });
    expect(await findPerson(store(), localAccountId, bruno.id)).toEqual({
      ...bruno,
      name: 'Bruno Quillon-Vaz',
      title: 'Staff Engineer',
      tags: ['alumni', 'ml'],
      updatedAt: later,
    });
    expect(await findPerson(store(), localAccountId, carla.id)).toEqual({
      ...carla,
      doNotContact: true,
      notes: 'Met at Zephyrcon',
      updatedAt: later,
    });
    expect(await findPerson(store(), localAccountId, dario.id)).toEqual({
      ...dario,
      linkedinUrl: 'https://www.linkedin.com/in/dario-q',
      doNotContact: true,
      updatedAt: later,
    });
    expect(await found(store(), 'data lead')).toEqual(['Ana Quillon']);
    expect(await found(store(), 'staff engineer')).toEqual(['Bruno Quillon-Vaz']);
    expect(await found(store(), 'analyst')).toEqual([]);
    expect(await found(store(), 'zephyrcon')).toEqual(['Carla Quillon']);
    expect(await found(store(), 'dario')).toEqual(['Dario Quillon']);
    expect(
      (await findPeopleByName(store(), localAccountId, 'bruno quillon-vaz')).map((p) => p.id),
    ).toEqual([bruno.id]);
    await searchIndexIsExact(store());
  });

  it('keeps a person findable when an edit changes only what the search does not read', async () => {
    const person = await insertPerson(
      store(),
      localAccountId,
      { name: 'Filipa Ostrander', title: 'Product Designer' },
      now,
    );
    await updatePerson(
      store(),
      localAccountId,
      person.id,
      { linkedinUrl: 'https://www.linkedin.com/in/filipa-o', doNotContact: true },
      later,
    );
    expect(await found(store(), 'ostrander designer')).toEqual(['Filipa Ostrander']);
    await updatePerson(store(), localAccountId, person.id, { title: 'Illustrator' }, later);
    expect(await found(store(), 'ostrander designer')).toEqual([]);
    expect(await found(store(), 'ostrander illustrator')).toEqual(['Filipa Ostrander']);
    await searchIndexIsExact(store());
  });
});
