import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makePostgres } from '../../test/dialects.js';
import { dialectSearch } from './search-dialects.js';
import { searchWords } from './search-text.js';
import type { OpenStore } from './open.js';

const postgresUrl = inject('postgresUrl');

(postgresUrl ? describe : describe.skip)('searching what was said on PostgreSQL', () => {
  let store: OpenStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await makePostgres(postgresUrl));
  });
  afterAll(async () => cleanup());

  it('reads the summary index for a common word, not every summary in turn', async () => {
    await sql`insert into people (account_id, name, name_key, created_at, updated_at)
      values ('local', 'Ana Ruiz', 'ana ruiz', '2026-11-30', '2026-11-30')`.execute(store.db);
    // One summary in 5 says "lunch": common enough that a scan stopping at 200 matches once
    // looked cheaper than the index, when each row's vector was taken to cost almost nothing.
    await sql`insert into interactions (account_id, person_id, occurred_on, channel, direction,
        kind, summary, tags, expects_reply, created_at)
      select 'local', (select id from people limit 1), '2026-11-30', 'call', 'mutual', 'catch-up',
        case when n % 5 = 0 then 'lunch near the office' else 'call about roles ' || n end,
        '[]', 0, '2026-11-30'
      from generate_series(1, 20000) n`.execute(store.db);
    await sql`analyze interactions`.execute(store.db);
    const search = dialectSearch('postgres', searchWords('lunch'));
    const query = search.summaryMatches('local', 200).compile(store.db);
    const plan = await store.db.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('interactions_summary_search');
    expect(text).not.toContain('Gather');
    const found = await search.summaryMatches('local', 200).execute(store.db);
    expect(found.rows).toHaveLength(200);
  });
});
