// Frozen migration: accounts, profiles, people (with full-text search) and interactions.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const pg = dialect === 'postgres';

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('account_id', 'text', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('target_roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_companies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('target_industries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('weekly_minutes', 'integer', (c) => c.notNull())
    .addColumn('onboarded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Keys lead with account_id so PostgreSQL can later partition or distribute by account.
  let people: Table = db.schema.createTable('people');
  people = pg
    ? people
        .addColumn('account_id', 'text', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
        .addPrimaryKeyConstraint('people_pk', ['account_id', 'id'])
    : people
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('account_id', 'text', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        );
  await people
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('emails', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('phones', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('company', 'text')
    .addColumn('title', 'text')
    .addColumn('location', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('how_we_met', 'text')
    .addColumn('interests', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('needs', 'text')
    .addColumn('offers', 'text')
    .addColumn('notes', 'text')
    .addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  if (!pg) {
    await db.schema
      .createIndex('people_account_id_uq')
      .unique()
      .on('people')
      .columns(['account_id', 'id'])
      .execute();
  }
  await db.schema
    .createIndex('people_by_name')
    .on('people')
    .columns(['account_id', 'name_key', 'id'])
    .execute();

  let interactions: Table = db.schema.createTable('interactions');
  interactions = pg
    ? interactions
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
        .addPrimaryKeyConstraint('interactions_pk', ['account_id', 'id'])
        .addColumn('person_id', 'bigint', (c) => c.notNull())
    : interactions
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.notNull());
  await interactions
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'interactions_person_fk',
      ['account_id', 'person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('interactions_timeline')
    .on('interactions')
    .columns(['account_id', 'person_id', 'occurred_on desc', 'id desc'])
    .execute();

  if (pg) {
    // 'simple' keeps names intact (no English stemming of "Lopez" or "Ng"); translate() folds the
    // common Latin accents so "lopez" finds "López" (unaccent() is not immutable, so it cannot be used here).
    await sql`alter table people add column search tsvector generated always as (to_tsvector('simple', translate(lower(
      coalesce(name,'') || ' ' || emails || ' ' || phones || ' ' || coalesce(company,'') || ' ' ||
      coalesce(title,'') || ' ' || coalesce(location,'') || ' ' || tags || ' ' || coalesce(how_we_met,'') || ' ' ||
      interests || ' ' || coalesce(needs,'') || ' ' || coalesce(offers,'') || ' ' || coalesce(notes,'')),
      'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž',
      'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz'))) stored`.execute(db);
    await sql`create index people_search on people using gin (search)`.execute(db);
  } else {
    const columns = sql.raw(
      'name, emails, phones, company, title, location, tags, how_we_met, interests, needs, offers, notes',
    );
    const newColumns = sql.raw(
      'new.name, new.emails, new.phones, new.company, new.title, new.location, new.tags, new.how_we_met, new.interests, new.needs, new.offers, new.notes',
    );
    const oldColumns = sql.raw(
      'old.name, old.emails, old.phones, old.company, old.title, old.location, old.tags, old.how_we_met, old.interests, old.needs, old.offers, old.notes',
    );
    await sql`create virtual table people_fts using fts5(${columns}, content='people', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')`.execute(db);
    await sql`create trigger people_fts_insert after insert on people begin
      insert into people_fts(rowid, ${columns}) values (new.id, ${newColumns}); end`.execute(db);
    await sql`create trigger people_fts_delete after delete on people begin
      insert into people_fts(people_fts, rowid, ${columns}) values ('delete', old.id, ${oldColumns}); end`.execute(
      db,
    );
    await sql`create trigger people_fts_update after update on people begin
      insert into people_fts(people_fts, rowid, ${columns}) values ('delete', old.id, ${oldColumns});
      insert into people_fts(rowid, ${columns}) values (new.id, ${newColumns}); end`.execute(db);
  }
}
