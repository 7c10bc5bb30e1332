// Frozen migration: on PostgreSQL, the statistics 2026-12-05T0600_people_search_statistics asked
// for are gathered at once. Autovacuum analyzes a table only after a tenth of its rows have
// changed, so a settled network would otherwise keep searching without them; at 1,000,000
// people this takes about 6 s, once.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`analyze people`.execute(db);
}
