// Frozen migration: where each person came from (person_sources), merges that can be undone (merges),
// the duplicate review list (duplicate_reviews), and the profile's region for reading phone numbers.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const pg = dialect === 'postgres';
  const idType = pg ? 'bigint' : 'integer';

  // One row per imported record and the person it became or joined. The key is the record's
  // fingerprint, so importing the same file again finds every row already here and adds nothing.
  let sources = db.schema
    .createTable('person_sources')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('person_id', idType, (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    // JSON: the values this record brought, by field, so each value's source can be named later.
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_sources_pk', ['account_id', 'source_key'])
    .addForeignKeyConstraint(
      'person_sources_person_fk',
      ['account_id', 'person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    );
  if (!pg) sources = sources.modifyEnd(sql`without rowid`);
  await sources.execute();
  await db.schema
    .createIndex('person_sources_by_person')
    .on('person_sources')
    .columns(['account_id', 'person_id'])
    .execute();

  // A merge keeps what it needs to be undone: the removed person as they were (with their
  // aggregate settings, plan actions and review rows), the interactions it moved, and the kept
  // person's fields before and after. The removed person has no foreign key: they are gone.
  await createWithId(db, 'merges', pg)
    .addColumn('kept_person_id', idType, (c) => c.notNull())
    .addColumn('removed_person_id', idType, (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('moved_interaction_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('kept_before', 'text', (c) => c.notNull())
    .addColumn('kept_after', 'text', (c) => c.notNull())
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addForeignKeyConstraint(
      'merges_kept_fk',
      ['account_id', 'kept_person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  if (!pg) await uniqueId(db, 'merges');
  await db.schema
    .createIndex('merges_by_kept')
    .on('merges')
    .columns(['account_id', 'kept_person_id', 'id'])
    .execute();

  // Pairs that might be one person, for the user to merge or reject; person_a < person_b.
  // A rejected pair stays, so the next import does not ask again.
  await createWithId(db, 'duplicate_reviews', pg)
    .addColumn('person_a', idType, (c) => c.notNull())
    .addColumn('person_b', idType, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addForeignKeyConstraint(
      'duplicate_reviews_a_fk',
      ['account_id', 'person_a'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'duplicate_reviews_b_fk',
      ['account_id', 'person_b'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  if (!pg) await uniqueId(db, 'duplicate_reviews');
  await db.schema
    .createIndex('duplicate_reviews_pair')
    .unique()
    .on('duplicate_reviews')
    .columns(['account_id', 'person_a', 'person_b'])
    .execute();
  await db.schema
    .createIndex('duplicate_reviews_by_b')
    .on('duplicate_reviews')
    .columns(['account_id', 'person_b'])
    .execute();
  await db.schema
    .createIndex('duplicate_reviews_open')
    .on('duplicate_reviews')
    .columns(['account_id', 'status', 'id'])
    .execute();

  // ISO 3166 alpha-2 for reading phone numbers written without a country code; '' means the machine's.
  await db.schema
    .alterTable('profiles')
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

/** A table with account_id and id, keyed as 0001 describes: (account_id, id) on PostgreSQL, the rowid on SQLite. */
function createWithId(db: Kysely<any>, name: string, pg: boolean): Table {
  const table = db.schema.createTable(name);
  return pg
    ? table
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
        .addPrimaryKeyConstraint(`${name}_pk`, ['account_id', 'id'])
    : table
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('account_id', 'text', (c) => c.notNull());
}

async function uniqueId(db: Kysely<any>, table: string): Promise<void> {
  await db.schema
    .createIndex(`${table}_account_id_uq`)
    .unique()
    .on(table)
    .columns(['account_id', 'id'])
    .execute();
}
