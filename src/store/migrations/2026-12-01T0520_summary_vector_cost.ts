// Frozen migration: on PostgreSQL, the planner is told what summary_search_vector costs, so a
// search by what was said reads its GIN index instead of working out the vector of every row.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  // At the default cost (100) a common word ("lunch", in 1 summary in 35) made a scan of the table
  // that stops after 200 matches look cheaper than the index; each row it read cost about 60 µs
  // for the vector, 300 to 500 ms in all at 2,000,000 interactions. Parallel workers, which the
  // higher cost would otherwise bring in, only add their start-up to a search that reads 200 rows.
  await sql`alter function summary_search_vector(text) cost 10000 parallel restricted`.execute(db);
}
