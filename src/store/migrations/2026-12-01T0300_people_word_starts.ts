// Frozen migration: on PostgreSQL, people's search vector also holds the first 1, 2 and 3 letters
// of every word, so a short word in a search ("sa" in "Sa Riv") is one index entry, not a merge of
// every word it starts. SQLite's FTS5 table for people keeps the same starts already
// (prefix='1 2 3').
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  // The starts carry no position, so they add nothing to a phrase and little to ts_rank.
  await sql`create or replace function with_word_starts(words tsvector) returns tsvector
    language sql immutable parallel safe as $$
      select words || array_to_tsvector(array(
        select distinct left(word, size) from unnest(tsvector_to_array(words)) word,
          (values (1), (2), (3)) sizes (size)
        where length(word) > size))
    $$`.execute(db);
  // The same weighted, folded text as 2026-11-25T1930_search_weights, with the starts beside it.
  const fold = (column: string) =>
    sql`translate(lower(${sql.raw(column)}), 'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž', 'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz')`;
  const part = (weight: string, columns: string) =>
    sql`setweight(to_tsvector('simple', ${fold(columns)}), ${sql.lit(weight)})`;
  await sql`drop index if exists people_search`.execute(db);
  await sql`alter table people drop column search`.execute(db);
  await sql`alter table people add column search tsvector generated always as (with_word_starts(
    ${part('A', "coalesce(name, '')")} ||
    ${part('B', "coalesce(title, '') || ' ' || coalesce(company, '')")} ||
    ${part('C', "tags || ' ' || coalesce(location, '') || ' ' || emails || ' ' || phones")} ||
    ${part('D', "coalesce(how_we_met, '') || ' ' || interests || ' ' || coalesce(needs, '') || ' ' || coalesce(offers, '') || ' ' || coalesce(notes, '')")}
  )) stored`.execute(db);
  await sql`create index people_search on people using gin (search)`.execute(db);
}
