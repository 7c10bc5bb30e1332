// Frozen migration: what server mode needs to sign people in — a login per account (case-folded
// email, argon2id hash), sessions, personal API tokens and calendar keys, invitations, and
// password-reset links. Every secret is stored only as its SHA-256; the secret itself is shown once.
// Keys lead with account_id (secrets are `<account id>.<random>`), except the two global lookups
// a sign-in and a sign-up need before any account is known: the email and the invitation.
// Never import app code here; this file must keep describing the schema as it was on this date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('account_logins')
    .addColumn('account_id', 'text', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_logins_email_uq')
    .unique()
    .on('account_logins')
    .column('email')
    .execute();

  // One table for every secret that stands for an account: a browser session, an API token or a
  // calendar feed key. They differ in where they are accepted (kind) and how long they live.
  await db.schema
    .createTable('account_secrets')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addPrimaryKeyConstraint('account_secrets_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('account_secrets_hash_uq')
    .unique()
    .on('account_secrets')
    .columns(['account_id', 'secret_hash'])
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('secret_hash', 'text', (c) => c.primaryKey())
    .addColumn('invited_by', 'text')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('password_resets_pk', ['account_id', 'secret_hash'])
    .execute();
}
