// Data tasks a migration queues and the app runs right after migrating, with the app's own rules.
import { sql } from 'kysely';
import { summarizeTie } from '../core/coach/tie-summary.js';
import { rowToInteraction } from './interactions.repo.js';
import type { Interaction } from '../core/interaction.js';
import type { PersonTieTable } from './schema.js';
import { refreshStatistics } from './statistics.js';
import { exclusively } from './migrate.js';
import type { Store } from './store.js';
import { defaultTieSettings, insertTies, tieToRow } from './ties.repo.js';

const batchSize = 1000;

const tasks: Record<string, (store: Store) => Promise<void>> = {
  'backfill-ties': backfillTies,
};

/**
 * Runs every queued task once, each in one transaction with its removal from the queue. Two
 * processes may start at once on a new database: each task runs under the migrations' lock and is
 * looked for again once the lock is held, so one process runs it and the other finds it gone. In
 * a plain transaction on SQLite both would read, and the second to write would be refused at once
 * ("database is locked"), its read being older than the first one's write.
 */
export async function runPendingTasks(store: Store): Promise<string[]> {
  const queued = await sql<{
    name: string;
  }>`select name from kith_tasks order by queued_at`.execute(store.db);
  const ran: string[] = [];
  for (const { name } of queued.rows) {
    const task = tasks[name];
    if (!task) continue;
    const didRun = await exclusively(store.db, store.dialect, async (db) => {
      const still = await sql`select 1 from kith_tasks where name = ${name}`.execute(db);
      if (still.rows.length === 0) return false;
      await task({ db: db as Store['db'], dialect: store.dialect });
      await sql`delete from kith_tasks where name = ${name}`.execute(db);
      return true;
    });
    if (didRun) ran.push(name);
  }
  // A task may write a whole table (the backfill does): let the planner see it before it is read.
  if (ran.length > 0) await refreshStatistics(store);
  return ran;
}

/** Gives every person who has none the coach's aggregate, computed from their timeline. */
async function backfillTies(store: Store): Promise<void> {
  const accounts = await store.db.selectFrom('accounts').select('id').execute();
  for (const { id: accountId } of accounts) {
    for (let after = 0; ;) {
      const people = await store.db
        .selectFrom('people')
        .select(['id', 'created_at', 'do_not_contact'])
        .where('account_id', '=', accountId)
        .where('id', '>', after)
        .orderBy('id')
        .limit(batchSize)
        .execute();
      const last = people.at(-1);
      if (!last) break;
      after = Number(last.id);
      const ids = people.map((p) => Number(p.id));
      const rows = await store.db
        .selectFrom('interactions')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('person_id', 'in', ids)
        .execute();
      const byPerson = new Map<number, Interaction[]>();
      for (const row of rows) {
        const interaction = rowToInteraction(row);
        const list = byPerson.get(interaction.personId) ?? [];
        list.push(interaction);
        byPerson.set(interaction.personId, list);
      }
      const ties: PersonTieTable[] = people.map((person) =>
        tieToRow({
          accountId,
          person: {
            id: Number(person.id),
            createdAt: person.created_at,
            doNotContact: Boolean(person.do_not_contact),
          },
          summary: summarizeTie(byPerson.get(Number(person.id)) ?? []),
          settings: defaultTieSettings,
        }),
      );
      await insertTies(store, ties);
    }
  }
}
