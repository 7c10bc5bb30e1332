// Frozen migration: person_tags, one row per tag a person carries, so filtering by tag uses an
// index instead of matching the JSON list with LIKE; filled from the tags of everyone already stored.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const pg = dialect === 'postgres';
  // Keys lead with account_id; (account_id, tag, person_id) answers "who carries this tag" from the key alone.
  let table = db.schema
    .createTable('person_tags')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('person_id', pg ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_tags_pk', ['account_id', 'tag', 'person_id'])
    .addForeignKeyConstraint(
      'person_tags_person_fk',
      ['account_id', 'person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    );
  // On SQLite the primary key is the table itself, rather than a rowid table plus a copy of every row in the key.
  if (!pg) table = table.modifyEnd(sql`without rowid`);
  await table.execute();
  // The cascade from people, and replacing one person's tags, look rows up by person.
  await db.schema
    .createIndex('person_tags_by_person')
    .on('person_tags')
    .columns(['account_id', 'person_id'])
    .execute();

  // Read the lists as the app reads them: strings only, anything but a list as no tags. PostgreSQL 15
  // has no safe cast, so text that is not JSON at all stops the migration there; the app writes only JSON.
  if (pg) {
    await sql`insert into person_tags (account_id, person_id, tag)
      select distinct p.account_id, p.id, t.value #>> '{}'
      from people p cross join lateral jsonb_array_elements(
        case when jsonb_typeof(p.tags::jsonb) = 'array' then p.tags::jsonb else '[]'::jsonb end
      ) as t(value)
      where jsonb_typeof(t.value) = 'string'`.execute(db);
  } else {
    await sql`insert into person_tags (account_id, person_id, tag)
      select distinct p.account_id, p.id, t.value
      from people p, json_each(case
        when not json_valid(p.tags) then '[]' when json_type(p.tags) = 'array' then p.tags else '[]'
      end) as t
      where t.type = 'text'`.execute(db);
  }
}
