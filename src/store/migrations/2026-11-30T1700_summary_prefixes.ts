// Frozen migration: on PostgreSQL, the summary search index also holds the first 2 and 3 letters
// of every word, so a short prefix ("co" in "Thornbury co") is one index entry, not a merge of
// every word it starts. SQLite's FTS5 table keeps the same prefixes already (prefix='2 3').
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  // The words as before (folded the same way), with positions, and beside them each word's
  // 2- and 3-letter starts, without positions: a start is there when some word begins with it.
  await sql`create or replace function summary_search_vector(summary text) returns tsvector
    language sql immutable parallel safe as $$
      select words || array_to_tsvector(array(
        select distinct left(word, size) from unnest(tsvector_to_array(words)) word,
          (values (2), (3)) sizes (size)
        where length(word) > size))
      from (select to_tsvector('simple'::regconfig, translate(lower(summary),
        'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž',
        'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz')) as words) folded
    $$`.execute(db);
  await sql`drop index if exists interactions_summary_search`.execute(db);
  await sql`create index interactions_summary_search on interactions
    using gin (summary_search_vector(summary))`.execute(db);
}
