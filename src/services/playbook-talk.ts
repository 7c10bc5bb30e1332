// Talking about a playbook entry: comments (delete your own) and votes (one per member, taken back
// at will). Only members and coaches of the entry's group can do either.
import { AppError } from '../core/errors.js';
import { playbookCommentInputSchema } from '../core/playbook.js';
import { parseInput } from '../core/validate.js';
import {
  deleteComment,
  deleteVote,
  findComment,
  insertComment,
  insertVote,
} from '../store/playbook.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';
import { requireGroupRole } from './groups.js';
import { readableEntry, showPlaybookEntry, type PlaybookComment } from './playbook-entries.js';
import { newId } from './secrets.js';

export interface VoteState {
  votes: number;
  voted: boolean;
}

export async function commentOnEntry(
  deps: Deps,
  input: { entryId: string; comment: unknown },
): Promise<PlaybookComment> {
  const { body } = parseInput(playbookCommentInputSchema, input.comment);
  const entry = await readableEntry(deps, input.entryId);
  await requireGroupRole(deps, entry.group_id, 'post');
  const id = newId();
  await inTransaction(deps.store, (store) =>
    insertComment(store, {
      account_id: deps.accountId,
      id,
      entry_id: entry.id,
      body,
      created_at: timestamp(deps),
    }),
  );
  const { comments } = await showPlaybookEntry(deps, { entryId: entry.id });
  const made = comments.find((comment) => comment.id === id);
  if (!made) throw new AppError('NOT_FOUND', 'That comment was not found.');
  return made;
}

export async function deletePlaybookComment(
  deps: Deps,
  input: { commentId: string },
): Promise<void> {
  const comment = await findComment(deps.store, input.commentId);
  // A comment on an entry in a group you are not in is "not found", like the entry.
  if (!comment) throw new AppError('NOT_FOUND', 'That comment was not found.');
  await readableEntry(deps, comment.entry_id);
  if (comment.account_id !== deps.accountId) {
    throw new AppError('FORBIDDEN', 'You can delete only your own comments.');
  }
  await inTransaction(deps.store, (store) => deleteComment(store, deps.accountId, comment.id));
}

export async function voteForEntry(deps: Deps, input: { entryId: string }): Promise<VoteState> {
  const entry = await readableEntry(deps, input.entryId);
  await inTransaction(deps.store, (store) =>
    insertVote(store, {
      account_id: deps.accountId,
      entry_id: entry.id,
      created_at: timestamp(deps),
    }),
  );
  return voteState(deps, entry.id);
}

export async function takeBackVote(deps: Deps, input: { entryId: string }): Promise<VoteState> {
  const entry = await readableEntry(deps, input.entryId);
  await inTransaction(deps.store, (store) => deleteVote(store, deps.accountId, entry.id));
  return voteState(deps, entry.id);
}

async function voteState(deps: Deps, entryId: string): Promise<VoteState> {
  const { votes, voted } = await readableEntry(deps, entryId);
  return { votes, voted: voted > 0 };
}
