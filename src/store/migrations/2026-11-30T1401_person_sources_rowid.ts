// Frozen migration: on SQLite, person_sources becomes an ordinary rowid table. Without a rowid its
// rows (a few hundred bytes of JSON each) were stored inside the key's b-tree in fingerprint order,
// so every import wrote them at random places, at twice the cost of appending them and indexing the
// key. The key and the columns stay the same; PostgreSQL's table is a heap already.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`create table person_sources_rowid (
    account_id text not null,
    source_key text not null,
    person_id integer not null,
    format text not null,
    file text not null,
    line integer not null,
    fields text not null default '{}',
    imported_at text not null,
    constraint person_sources_pk primary key (account_id, source_key),
    constraint person_sources_person_fk foreign key (account_id, person_id)
      references people (account_id, id) on delete cascade
  )`.execute(db);
  await sql`insert into person_sources_rowid
      (account_id, source_key, person_id, format, file, line, fields, imported_at)
    select account_id, source_key, person_id, format, file, line, fields, imported_at
    from person_sources order by account_id, person_id`.execute(db);
  await sql`drop table person_sources`.execute(db);
  await sql`alter table person_sources_rowid rename to person_sources`.execute(db);
  await sql`create index person_sources_by_person on person_sources (account_id, person_id)`.execute(
    db,
  );
}
