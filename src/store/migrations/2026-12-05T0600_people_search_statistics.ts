// Frozen migration: on PostgreSQL, the planner keeps more of people's common words, and the most
// common titles and companies of each account as the words they hold, so a search that matches
// more people than can be ranked is known to be broad from statistics alone, before the index
// gathers every match. At 1,000,000 people a first name or a word in 1 person in 200 ("Owen",
// 5,105) was estimated as a word it had never seen (5,000, whatever the word), and "Talent
// Partner" as two independent words (2,750 where 37,747 hold it as their whole title).
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  // 400 keeps up to 4,000 of the search vector's most common words with their shares, and has
  // ANALYZE sample 120,000 rows: about 6 s at 1,000,000 people, against 1 s at the default 100.
  await sql`alter table people alter column search set statistics 400`.execute(db);
  // A title's words as the search reads them, in the search vector's order: "Petal & Stem" is
  // "petal stem", and everyone who holds exactly those words matches a search for them.
  const words = (column: string) =>
    sql`array_to_string(tsvector_to_array(to_tsvector('simple'::regconfig, ${sql.ref(column)})), ' ')`;
  for (const [name, column] of [
    ['people_title_words', 'title'],
    ['people_company_words', 'company'],
  ] as const) {
    await sql`create statistics if not exists ${sql.ref(name)} (mcv)
      on account_id, (${words(column)}) from people`.execute(db);
    await sql`alter statistics ${sql.ref(name)} set statistics 400`.execute(db);
  }
}
