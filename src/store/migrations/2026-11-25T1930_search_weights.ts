// Frozen migration: on PostgreSQL, weight the search vector so a hit in a name outranks one in the notes
// (name A, title and company B, tags and location C, the rest D). SQLite weights columns in bm25().
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'postgres') return;
  // translate() folds the common Latin accents ("lopez" finds "López"); unaccent() is not immutable.
  const fold = (column: string) =>
    sql`translate(lower(${sql.raw(column)}), 'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž', 'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz')`;
  const part = (weight: string, columns: string) =>
    sql`setweight(to_tsvector('simple', ${fold(columns)}), ${sql.lit(weight)})`;
  await sql`drop index if exists people_search`.execute(db);
  await sql`alter table people drop column search`.execute(db);
  await sql`alter table people add column search tsvector generated always as (
    ${part('A', "coalesce(name, '')")} ||
    ${part('B', "coalesce(title, '') || ' ' || coalesce(company, '')")} ||
    ${part('C', "tags || ' ' || coalesce(location, '') || ' ' || emails || ' ' || phones")} ||
    ${part('D', "coalesce(how_we_met, '') || ' ' || interests || ' ' || coalesce(needs, '') || ' ' || coalesce(offers, '') || ' ' || coalesce(notes, '')")}
  ) stored`.execute(db);
  await sql`create index people_search on people using gin (search)`.execute(db);
}
