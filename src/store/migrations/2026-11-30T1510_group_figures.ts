// Frozen migration: interactions by account and day, so the coach's dashboard reads only the weeks
// it shows for each member, however long their history. Without it each member's whole timeline
// was read to count eight weeks (see bench/groups.bench.ts).
// Never import app code here; this file must keep describing the schema as it was on this date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('interactions_by_day')
    .on('interactions')
    .columns(['account_id', 'occurred_on'])
    .execute();
}
