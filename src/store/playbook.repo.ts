// A group's playbook: entries (keyed by the author's account), their comments and votes (keyed by
// whoever wrote or cast them). Reads across accounts go by group or entry, never by account alone.
import type { Selectable } from 'kysely';
import type { PlaybookCommentTable, PlaybookEntryTable, PlaybookVoteTable } from './schema.js';
import type { Store } from './store.js';

export type PlaybookEntryRow = Selectable<PlaybookEntryTable>;
export type PlaybookCommentRow = Selectable<PlaybookCommentTable>;

/** An entry as a reader sees it: counts, whether the reader voted, and the author's profile name. */
export interface PlaybookEntryListRow extends PlaybookEntryRow {
  author_name: string | null;
  votes: number;
  comments: number;
  voted: number;
}

export async function insertEntry(store: Store, row: PlaybookEntryRow): Promise<void> {
  await store.db.insertInto('playbook_entries').values(row).execute();
}

/** The entry with this id, whoever wrote it; undefined when there is none. */
export async function findEntry(
  store: Store,
  entryId: string,
): Promise<PlaybookEntryRow | undefined> {
  return store.db
    .selectFrom('playbook_entries')
    .selectAll()
    .where('id', '=', entryId)
    .executeTakeFirst();
}

/** A group's entries as `readerId` sees them, newest or most voted first. */
export async function listEntries(
  store: Store,
  options: {
    groupId?: string;
    entryId?: string;
    readerId: string;
    sort: 'newest' | 'votes';
    limit: number;
  },
): Promise<PlaybookEntryListRow[]> {
  let query = store.db
    .selectFrom('playbook_entries as e')
    .leftJoin('profiles as p', 'p.account_id', 'e.account_id')
    .select((eb) => [
      'e.account_id',
      'e.id',
      'e.group_id',
      'e.kind',
      'e.title',
      'e.body',
      'e.created_at',
      'p.name as author_name',
      eb
        .selectFrom('playbook_votes as v')
        .whereRef('v.entry_id', '=', 'e.id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('votes'),
      eb
        .selectFrom('playbook_comments as c')
        .whereRef('c.entry_id', '=', 'e.id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('comments'),
      eb
        .selectFrom('playbook_votes as mine')
        .whereRef('mine.entry_id', '=', 'e.id')
        .where('mine.account_id', '=', options.readerId)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('voted'),
    ]);
  if (options.groupId !== undefined) query = query.where('e.group_id', '=', options.groupId);
  if (options.entryId !== undefined) query = query.where('e.id', '=', options.entryId);
  if (options.sort === 'votes') query = query.orderBy('votes', 'desc');
  const rows = await query
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({
    ...row,
    votes: Number(row.votes),
    comments: Number(row.comments),
    voted: Number(row.voted),
  }));
}

/** Deletes an author's own entry with its comments and votes; false when it is not theirs. */
export async function deleteEntry(
  store: Store,
  accountId: string,
  entryId: string,
): Promise<boolean> {
  const gone = await store.db
    .deleteFrom('playbook_entries')
    .where('account_id', '=', accountId)
    .where('id', '=', entryId)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) return false;
  await store.db.deleteFrom('playbook_comments').where('entry_id', '=', entryId).execute();
  await store.db.deleteFrom('playbook_votes').where('entry_id', '=', entryId).execute();
  return true;
}

export async function insertComment(store: Store, row: PlaybookCommentRow): Promise<void> {
  await store.db.insertInto('playbook_comments').values(row).execute();
}

export async function findComment(
  store: Store,
  commentId: string,
): Promise<PlaybookCommentRow | undefined> {
  return store.db
    .selectFrom('playbook_comments')
    .selectAll()
    .where('id', '=', commentId)
    .executeTakeFirst();
}

/** An entry's comments, oldest first, with each commenter's profile name. */
export async function listComments(
  store: Store,
  entryId: string,
): Promise<Array<PlaybookCommentRow & { author_name: string | null }>> {
  return store.db
    .selectFrom('playbook_comments as c')
    .leftJoin('profiles as p', 'p.account_id', 'c.account_id')
    .select([
      'c.account_id',
      'c.id',
      'c.entry_id',
      'c.body',
      'c.created_at',
      'p.name as author_name',
    ])
    .where('c.entry_id', '=', entryId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .limit(500)
    .execute();
}

export async function deleteComment(
  store: Store,
  accountId: string,
  commentId: string,
): Promise<boolean> {
  const gone = await store.db
    .deleteFrom('playbook_comments')
    .where('account_id', '=', accountId)
    .where('id', '=', commentId)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}

/** Casts the account's vote; a second vote for the same entry changes nothing. */
export async function insertVote(store: Store, row: Selectable<PlaybookVoteTable>): Promise<void> {
  await store.db
    .insertInto('playbook_votes')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'entry_id']).doNothing())
    .execute();
}

export async function deleteVote(store: Store, accountId: string, entryId: string): Promise<void> {
  await store.db
    .deleteFrom('playbook_votes')
    .where('account_id', '=', accountId)
    .where('entry_id', '=', entryId)
    .execute();
}
