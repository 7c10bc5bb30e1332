// Frozen migration: groups for server mode. A group is a global row (a reference table when the
// schema is distributed by account); who belongs to it, and what each member lets it see of each
// person, lead with the member's account_id. Group invitations are a global lookup, like sign-up
// invitations, because the person holding the link may not have an account yet.
// Never import app code here; this file must keep describing the schema as it was on this date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const idType = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('group_members')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_members_pk', ['account_id', 'group_id'])
    .execute();
  await db.schema
    .createIndex('group_members_by_group')
    .on('group_members')
    .columns(['group_id', 'role'])
    .execute();

  await db.schema
    .createTable('group_invitations')
    .addColumn('secret_hash', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  // What a member lets their groups see of one person. No row means the default level.
  await db.schema
    .createTable('person_sharing')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('person_id', idType, (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_sharing_pk', ['account_id', 'person_id'])
    .addForeignKeyConstraint(
      'person_sharing_person_fk',
      ['account_id', 'person_id'],
      'people',
      ['account_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}
