import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { summarizeTie } from '../core/coach/tie-summary.js';
import { rowToInteraction } from './interactions.repo.js';
import { runPendingTasks } from './tasks.js';
import { findTieRow, rowToSummary } from './ties.repo.js';

describeEachDialect('data tasks', ({ store }) => {
  it('gives people stored before the coach their aggregates from their timelines, once', async () => {
    const db = store().db;
    await db
      .insertInto('accounts')
      .values({ id: 'before-coach', name: 'x', created_at: '2026-01-01' })
      .execute();
    // Rows written straight to the tables, as a database from before the coach holds them.
    const [ana] = await db
      .insertInto('people')
      .values({
        account_id: 'before-coach',
        name: 'Ana Lopez',
        name_key: 'ana lopez',
        emails: '[]',
        phones: '[]',
        tags: '[]',
        interests: '[]',
        do_not_contact: 0,
        created_at: '2025-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
      })
      .returning('id')
      .execute();
    const personId = Number(ana?.id);
    const contact = (occurred_on: string, direction: string, kind: string) => ({
      account_id: 'before-coach',
      person_id: personId,
      occurred_on,
      channel: 'email',
      direction,
      kind,
      summary: '',
      tags: '[]',
      created_at: '2025-01-01T00:00:00Z',
    });
    await db
      .insertInto('interactions')
      .values([
        contact('2025-03-01', 'outbound', 'ask'),
        contact('2025-03-04', 'inbound', 'catch-up'),
        contact('2025-06-01', 'outbound', 'give'),
      ])
      .execute();
    expect(await findTieRow(store(), 'before-coach', personId)).toBeUndefined();

    await sql`insert into kith_tasks (name, queued_at) values ('backfill-ties', '2026-11-30')`.execute(
      db,
    );
    expect(await runPendingTasks(store())).toEqual(['backfill-ties']);
    const tie = await findTieRow(store(), 'before-coach', personId);
    const timeline = await db
      .selectFrom('interactions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('account_id', '=', 'before-coach')
      .execute();
    expect(tie && rowToSummary(tie)).toEqual(summarizeTie(timeline.map(rowToInteraction)));
    expect(await runPendingTasks(store())).toEqual([]);
  });
});
