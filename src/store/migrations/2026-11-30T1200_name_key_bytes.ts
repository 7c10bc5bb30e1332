// Frozen migration: on PostgreSQL, the name key compares byte by byte (collation "C"), as on SQLite.
// Name-prefix lookups are ranges (name_key >= 'ana' and < 'ana\uffff'); under a language collation
// such as en_US those ranges can skip names, and the order of the list differs from SQLite's.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  // Rebuilds people_by_name with the new collation, so the ranges stay index lookups.
  await sql`alter table people alter column name_key type text collate "C"`.execute(db);
}
