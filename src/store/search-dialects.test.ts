import { CompiledQuery, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from './open.js';
import { dialectSearch } from './search-dialects.js';
import { searchWords } from './search-text.js';
import type { OpenStore } from './open.js';

describe('ranking a search on SQLite', () => {
  let store: OpenStore;
  beforeEach(async () => {
    store = await openSqlite({ path: ':memory:' });
  });
  afterEach(async () => {
    await store.close();
  });

  async function planOf(query: { sql: string; parameters: readonly unknown[] }): Promise<string> {
    const rows = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return rows.rows.map((row) => row.detail).join('; ');
  }

  it('reads each match from the small key index, never the whole person', async () => {
    const search = dialectSearch('sqlite', searchWords('sustainability lead'));
    const ranking = search.fieldMatches('local', 1001).compile(store.db);
    expect(await planOf(ranking)).toContain('COVERING INDEX people_search_keys');
    const counting = sql`select count(*) from ${search.keysFrom} where ${search.match}
      and p.account_id = ${'local'}`.compile(store.db);
    expect(await planOf(counting)).toContain('COVERING INDEX people_search_keys');
  });

  it('still finds and ranks people through that index, in their own account only', async () => {
    await store.db
      .insertInto('accounts')
      .values({ id: 'other', name: 'other', created_at: '2026-11-30' })
      .execute();
    await sql`insert into people (account_id, name, name_key, created_at, updated_at, title)
      values ('local', 'Ana Ruiz', 'ana ruiz', '2026-11-30', '2026-11-30', 'Sustainability Lead'),
             ('other', 'Bo Li', 'bo li', '2026-11-30', '2026-11-30', 'Sustainability Lead')`.execute(
      store.db,
    );
    const search = dialectSearch('sqlite', searchWords('sustainability lead'));
    const found = await search.fieldMatches('local', 10).execute(store.db);
    expect(found.rows.map((row) => row.name_key)).toEqual(['ana ruiz']);
  });
});
