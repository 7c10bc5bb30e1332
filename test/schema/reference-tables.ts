// The only tables whose keys need not lead with account_id, each with the reason it is global.
// Every other table, present or future, is distributed by account; docs/scaling.md names each one.

/**
 * With Citus these become reference tables (a full copy on every node); with declarative
 * partitioning they stay ordinary tables. Add a table here only when a request must find its row
 * before it knows whose account it is, or when the row belongs to the database, not to an account.
 */
export const referenceTables: ReadonlyMap<string, string> = new Map([
  [
    'accounts',
    'the account itself: one row per account, the target of every account_id foreign key',
  ],
  [
    'account_logins',
    'sign-in finds a login by its email before any account is known, so the email is unique across accounts',
  ],
  ['invitations', 'a sign-up link is looked up by its secret before the account it creates exists'],
  ['groups', 'a group belongs to all its members, not to one account'],
  [
    'group_invitations',
    'a group invitation link is looked up by its secret, and its holder may not have an account yet',
  ],
  ['kith_migrations', 'the schema’s own history: one list per database'],
  ['kith_tasks', 'chores a migration queues for the whole database, such as a backfill'],
]);
