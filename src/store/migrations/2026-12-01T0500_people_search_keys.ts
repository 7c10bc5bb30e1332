// Frozen migration: on SQLite, a small index holding each person's id, account and name key, so
// ranking a search's matches reads it instead of each matching person's whole row.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // PostgreSQL rechecks each match against its row's search vector, so it reads the row anyway.
  if (dialect !== 'sqlite') return;
  await sql`create index if not exists people_search_keys on people (id, account_id, name_key)`.execute(
    db,
  );
}
