// Frozen migration: on SQLite, a person is taken out of and put back into the search index only
// when an update sets a column the search reads, not when it sets only a LinkedIn address, the
// do-not-contact flag or the update time. PostgreSQL's search column is generated, so it has no trigger.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect !== 'sqlite') return;
  const searched = [
    'name',
    'emails',
    'phones',
    'company',
    'title',
    'location',
    'tags',
    'how_we_met',
    'interests',
    'needs',
    'offers',
    'notes',
  ];
  const list = (prefix: string) => sql.raw(searched.map((c) => `${prefix}${c}`).join(', '));
  const columns = list('');
  const newColumns = list('new.');
  const oldColumns = list('old.');
  await sql`drop trigger people_fts_update`.execute(db);
  await sql`create trigger people_fts_update after update of ${columns} on people begin
    insert into people_fts(people_fts, rowid, ${columns}) values ('delete', old.id, ${oldColumns});
    insert into people_fts(rowid, ${columns}) values (new.id, ${newColumns}); end`.execute(db);
}
