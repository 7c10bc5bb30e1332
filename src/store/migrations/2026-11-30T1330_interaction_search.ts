// Frozen migration: interaction summaries become searchable, so "CV" finds the people a CV was sent to.
// SQLite: an FTS5 index over the summaries; PostgreSQL: a GIN index on the folded summary's tsvector.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') {
    // The same fold as the people search column; the query side must repeat this expression exactly.
    await sql`create index interactions_summary_search on interactions using gin (to_tsvector('simple', translate(lower(summary),
      'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž',
      'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz')))`.execute(db);
    return;
  }
  // An external-content index: the summaries stay in interactions alone. Prefixes of 2 and 3 letters
  // are indexed because every search word is a prefix; one letter would match most summaries anyway.
  await sql`create virtual table interactions_fts using fts5(summary, content='interactions',
    content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`.execute(db);
  await sql`insert into interactions_fts (interactions_fts) values ('rebuild')`.execute(db);
  await sql`create trigger interactions_fts_insert after insert on interactions begin
    insert into interactions_fts (rowid, summary) values (new.id, new.summary); end`.execute(db);
  await sql`create trigger interactions_fts_delete after delete on interactions begin
    insert into interactions_fts (interactions_fts, rowid, summary) values ('delete', old.id, old.summary); end`.execute(
    db,
  );
  await sql`create trigger interactions_fts_update after update of summary on interactions begin
    insert into interactions_fts (interactions_fts, rowid, summary) values ('delete', old.id, old.summary);
    insert into interactions_fts (rowid, summary) values (new.id, new.summary); end`.execute(db);
}
