// Frozen migration: on SQLite, an import may keep the search index and the people count in step
// with a few set-based statements instead of a trigger per row. While a row of people_writes_deferred
// exists (only ever inside the writing transaction), the insert and update triggers of people stand
// aside; the delete triggers always run. PostgreSQL has nothing to defer: its search vector is a
// generated column and its people count trigger already runs once per statement.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`create table people_writes_deferred (id integer primary key check (id = 1))`.execute(
    db,
  );
  const columns = sql.raw(
    'name, emails, phones, company, title, location, tags, how_we_met, interests, needs, offers, notes',
  );
  const newColumns = sql.raw(
    'new.name, new.emails, new.phones, new.company, new.title, new.location, new.tags, new.how_we_met, new.interests, new.needs, new.offers, new.notes',
  );
  const oldColumns = sql.raw(
    'old.name, old.emails, old.phones, old.company, old.title, old.location, old.tags, old.how_we_met, old.interests, old.needs, old.offers, old.notes',
  );
  const unlessDeferred = sql`when not exists (select 1 from people_writes_deferred)`;
  await sql`drop trigger people_fts_insert`.execute(db);
  await sql`drop trigger people_fts_update`.execute(db);
  await sql`drop trigger people_count_insert`.execute(db);
  await sql`create trigger people_fts_insert after insert on people ${unlessDeferred} begin
    insert into people_fts(rowid, ${columns}) values (new.id, ${newColumns}); end`.execute(db);
  await sql`create trigger people_fts_update after update on people ${unlessDeferred} begin
    insert into people_fts(people_fts, rowid, ${columns}) values ('delete', old.id, ${oldColumns});
    insert into people_fts(rowid, ${columns}) values (new.id, ${newColumns}); end`.execute(db);
  await sql`create trigger people_count_insert after insert on people ${unlessDeferred} begin
    update accounts set people_count = people_count + 1 where id = new.account_id; end`.execute(db);
}
