// Frozen migration: a group's shared playbook. Entries, comments and votes lead with the account of
// whoever wrote or cast them, and templates with the account that saved them, so the schema can be
// distributed by account. An entry also carries its group. Comments and votes point at an entry in
// another account, so no foreign key joins them: deleting an entry deletes its comments and votes
// in the same transaction. A saved template is a copy, and outlives the entry it came from.
// Never import app code here; this file must keep describing the schema as it was on this date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('playbook_entries')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('playbook_entries_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('playbook_entries_by_group')
    .on('playbook_entries')
    .columns(['group_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('playbook_entries_by_id')
    .on('playbook_entries')
    .column('id')
    .execute();

  await db.schema
    .createTable('playbook_comments')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('playbook_comments_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('playbook_comments_by_entry')
    .on('playbook_comments')
    .columns(['entry_id', 'created_at'])
    .execute();

  // One vote per account per entry: the key is the vote.
  await db.schema
    .createTable('playbook_votes')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('playbook_votes_pk', ['account_id', 'entry_id'])
    .execute();
  await db.schema
    .createIndex('playbook_votes_by_entry')
    .on('playbook_votes')
    .column('entry_id')
    .execute();

  await db.schema
    .createTable('playbook_templates')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // Where it came from, kept as it was when saved: the entry and group may be gone later.
    .addColumn('source_entry_id', 'text')
    .addColumn('source_group_id', 'text')
    .addColumn('source_group_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('playbook_templates_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('playbook_templates_by_source')
    .on('playbook_templates')
    .columns(['account_id', 'source_entry_id'])
    .execute();
}
