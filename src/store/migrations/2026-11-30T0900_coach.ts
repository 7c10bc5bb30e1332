// Frozen migration: the coach's per-person aggregates (person_ties), today's kept plan (plan_actions),
// and the profile's time zone, dormant threshold and weekly goal. Existing people get their
// aggregates from the timeline once, by the 'backfill-ties' task this migration queues.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const pg = dialect === 'postgres';
  const idType = pg ? 'bigint' : 'integer';
  const real = pg ? 'double precision' : 'real';

  let ties: Table = db.schema
    .createTable('person_ties')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('person_id', idType, (c) => c.notNull());
  for (const column of ['first_on', 'last_on', 'last_two_way_on']) {
    ties = ties.addColumn(column, 'text');
  }
  for (const column of [
    'outbound_count',
    'inbound_count',
    'mutual_count',
    'given_count',
    'asked_count',
    'received_count',
    'unanswered',
  ]) {
    ties = ties.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  }
  await ties
    .addColumn('intensity', real, (c) => c.notNull().defaultTo(0))
    // A rank key that does not change with the date: log2(intensity) plus days since 2000 over the half-life.
    .addColumn('heat', real, (c) => c.notNull().defaultTo(-1e9))
    .addColumn('follow_up', 'text', (c) => c.notNull().defaultTo('{"state":"none"}'))
    .addColumn('follow_up_due_on', 'text')
    .addColumn('tier', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('tier_pin', 'integer')
    .addColumn('cadence_days', 'integer')
    .addColumn('due_on', 'text')
    .addColumn('overdue_on', 'text')
    .addColumn('hold_until', 'text')
    .addPrimaryKeyConstraint('person_ties_pk', ['account_id', 'person_id'])
    .addForeignKeyConstraint(
      'person_ties_person_fk',
      ['account_id', 'person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('person_ties_due')
    .on('person_ties')
    .columns(['account_id', 'due_on'])
    .where(sql.ref('due_on'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('person_ties_follow_up')
    .on('person_ties')
    .columns(['account_id', 'follow_up_due_on'])
    .where(sql.ref('follow_up_due_on'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('person_ties_dormant')
    .on('person_ties')
    .columns(['account_id', 'last_two_way_on'])
    .where(sql.ref('last_two_way_on'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('person_ties_heat')
    .on('person_ties')
    .columns(['account_id', 'heat desc'])
    .execute();
  await db.schema
    .createIndex('person_ties_tiered')
    .on('person_ties')
    .columns(['account_id', 'tier'])
    .where(sql.ref('tier'), '<', 5)
    .execute();

  await db.schema
    .createTable('plan_actions')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('plan_on', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('person_id', idType, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('offer', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('status_on', 'text')
    .addColumn('interaction_id', idType)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_actions_pk', ['account_id', 'plan_on', 'n'])
    .addForeignKeyConstraint(
      'plan_actions_person_fk',
      ['account_id', 'person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('plan_actions_done')
    .on('plan_actions')
    .columns(['account_id', 'status', 'plan_on'])
    .execute();

  await db.schema
    .alterTable('profiles')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('profiles')
    .addColumn('dormant_years', 'integer', (c) => c.notNull().defaultTo(3))
    .execute();
  // 0 means "from the weekly minutes".
  await db.schema
    .alterTable('profiles')
    .addColumn('weekly_goal', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Data tasks run by the app after migrating, with the app's own rules (here: every person's aggregate).
  await sql`create table if not exists kith_tasks (name text primary key, queued_at text not null)`.execute(
    db,
  );
  await sql`insert into kith_tasks (name, queued_at) values ('backfill-ties', ${new Date().toISOString()})`.execute(
    db,
  );
}
