// Search and name lookups with names from many scripts, the same on SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { insertPerson } from './people.repo.js';
import { searchPeople } from './people-search.repo.js';

const account = 'many-scripts';
const names = [
  'Søren Kierkegaard',
  'Łukasz Nowak',
  'Zoë Ødegaard',
  'Ana López',
  'Dvořák Antonín',
  'İsmail Yılmaz',
  '王小明',
  'Ольга Петрова',
  'Γιώργος Παπαδόπουλος',
  'Zara Zoller',
];

describeEachDialect('search with names from many scripts', ({ store }) => {
  beforeAll(async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: account, name: account, created_at: '2026-11-30' })
      .execute();
    for (const name of names) {
      await insertPerson(store(), account, { name }, '2026-11-30T12:00:00Z');
    }
  });

  const find = async (query: string) =>
    (await searchPeople(store(), account, { query, limit: 20, offset: 0 })).people.map(
      (p) => p.name,
    );

  it.each([
    ['Søren', 'Søren Kierkegaard'],
    ['søren kierkegaard', 'Søren Kierkegaard'],
    ['Łukasz', 'Łukasz Nowak'],
    ['Ødegaard', 'Zoë Ødegaard'],
    ['zoë', 'Zoë Ødegaard'],
    ['lopez', 'Ana López'],
    ['López', 'Ana López'],
    ['dvořák', 'Dvořák Antonín'],
    ['Yılmaz', 'İsmail Yılmaz'],
    ['王小明', '王小明'],
    ['ольга', 'Ольга Петрова'],
    ['Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
  ])('finds %s typed as written', async (query, name) => {
    expect(await find(query)).toContain(name);
  });

  it('lists names by prefix in the same byte order on both databases', async () => {
    const page = await searchPeople(store(), account, { limit: 20, offset: 0 });
    expect(page.people.map((p) => p.name)).toEqual(
      [...names].sort((a, b) => {
        const [x, y] = [Buffer.from(a.toLowerCase()), Buffer.from(b.toLowerCase())];
        return Buffer.compare(x, y);
      }),
    );
  });
});
