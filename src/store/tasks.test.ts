import { sql } from 'kysely';
import { expect, inject, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { summarizeTie } from '../core/coach/tie-summary.js';
import { rowToInteraction } from './interactions.repo.js';
import { openPostgres } from './open.js';
import { runPendingTasks } from './tasks.js';
import { findTieRow, rowToSummary } from './ties.repo.js';

describeEachDialect('data tasks', ({ dialect, store }) => {
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

  // Two processes on one SQLite file are tested in test/serve/concurrent-start.test.ts: two
  // connections in one thread would wait on each other.
  it.runIf(dialect === 'postgres')(
    'runs a task once when two processes start at once',
    async () => {
      const shown = await sql<{ schema: string }>`select current_schema() as schema`.execute(
        store().db,
      );
      const other = await openPostgres({
        url: inject('postgresUrl'),
        schema: shown.rows[0]?.schema,
        maxConnections: 2,
      });
      try {
        await sql`insert into kith_tasks (name, queued_at) values ('backfill-ties', '2026-12-01')`.execute(
          store().db,
        );
        const [first, second] = await Promise.all([
          runPendingTasks(store()),
          runPendingTasks(other),
        ]);
        expect([...first, ...second]).toEqual(['backfill-ties']);
      } finally {
        await other.close();
      }
    },
  );
});
