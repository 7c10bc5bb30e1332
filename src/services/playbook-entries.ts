// A group's playbook as its members and coaches read it: the entries, one entry with its comments,
// posting after the stripping check, and deleting your own. Outside the group, nothing is there.
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import {
  isPlaybookKind,
  playbookEntryInputSchema,
  playbookSorts,
  type PlaybookKind,
} from '../core/playbook.js';
import { findLeftovers, type KnownPerson, type Leftover } from '../core/playbook-strip.js';
import { parseInput } from '../core/validate.js';
import {
  deleteEntry,
  findEntry,
  insertEntry,
  listComments,
  listEntries,
  type PlaybookEntryListRow,
} from '../store/playbook.repo.js';
import { listIdentifyingDetails } from '../store/person-names.repo.js';
import { findTemplateFrom } from '../store/playbook-templates.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';
import { requireGroupRole } from './groups.js';
import { newId } from './secrets.js';

export interface PlaybookEntry {
  id: string;
  groupId: string;
  kind: PlaybookKind;
  title: string;
  body: string;
  /** The author's name from their profile, or "A member". */
  author: string;
  mine: boolean;
  votes: number;
  voted: boolean;
  comments: number;
  createdAt: string;
}

export interface PlaybookComment {
  id: string;
  body: string;
  author: string;
  mine: boolean;
  createdAt: string;
}

export interface PlaybookEntryDetail {
  entry: PlaybookEntry;
  comments: PlaybookComment[];
  /** The reader's own template saved from this entry, if they kept one. */
  savedTemplateId: string | null;
}

const unnamedAuthor = 'A member';
const notThere = 'That playbook entry was not found, or it is in a group you are not in.';

export const playbookListSchema = z.object({
  sort: z.enum(playbookSorts).default('newest'),
  limit: z.number().int().min(1).max(200).default(100),
});

export async function listPlaybook(
  deps: Deps,
  input: { groupId: string; sort?: string; limit?: number },
): Promise<PlaybookEntry[]> {
  const { sort, limit } = parseInput(playbookListSchema, { sort: input.sort, limit: input.limit });
  await requireGroupRole(deps, input.groupId);
  const rows = await listEntries(deps.store, {
    groupId: input.groupId,
    readerId: deps.accountId,
    sort,
    limit,
  });
  return rows.map((row) => entryFrom(deps, row));
}

export async function showPlaybookEntry(
  deps: Deps,
  input: { entryId: string },
): Promise<PlaybookEntryDetail> {
  const row = await readableEntry(deps, input.entryId);
  const [comments, saved] = await Promise.all([
    listComments(deps.store, row.id),
    findTemplateFrom(deps.store, deps.accountId, row.id),
  ]);
  return {
    entry: entryFrom(deps, row),
    comments: comments.map((comment) => ({
      id: comment.id,
      body: comment.body,
      author: comment.author_name?.trim() || unnamedAuthor,
      mine: comment.account_id === deps.accountId,
      createdAt: comment.created_at,
    })),
    savedTemplateId: saved?.id ?? null,
  };
}

/**
 * Posts to the group's playbook. The text is read again here, whatever the page showed: a title or
 * body that still names one of the poster's people, or gives their email or phone, is refused.
 */
export async function postPlaybookEntry(
  deps: Deps,
  input: { groupId: string; entry: unknown },
): Promise<PlaybookEntry> {
  const entry = parseInput(playbookEntryInputSchema, input.entry);
  await requireGroupRole(deps, input.groupId, 'post');
  const known: KnownPerson[] = await listIdentifyingDetails(deps.store, deps.accountId);
  const problems = (['title', 'body'] as const).flatMap((field) => {
    const left = findLeftovers(entry[field], known);
    return left.length ? [{ field, message: leftoverMessage(left) }] : [];
  });
  if (problems.length) {
    throw new AppError('INVALID_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join(' '), {
      problems,
    });
  }
  const id = newId();
  await inTransaction(deps.store, (store) =>
    insertEntry(store, {
      account_id: deps.accountId,
      id,
      group_id: input.groupId,
      kind: entry.kind,
      title: entry.title,
      body: entry.body,
      created_at: timestamp(deps),
    }),
  );
  return (await showPlaybookEntry(deps, { entryId: id })).entry;
}

function leftoverMessage(left: Leftover[]): string {
  const quoted = left.map((item) => `"${item.text}"`).join(', ');
  return (
    `still has ${quoted} from your own contacts. ` +
    'Replace each with a placeholder such as [name], [email] or [phone], or leave it out.'
  );
}

export async function deletePlaybookEntry(deps: Deps, input: { entryId: string }): Promise<void> {
  const row = await readableEntry(deps, input.entryId);
  if (row.account_id !== deps.accountId) {
    throw new AppError('FORBIDDEN', 'You can delete only what you posted.');
  }
  await inTransaction(deps.store, (store) => deleteEntry(store, deps.accountId, row.id));
}

/** The entry, when the signed-in account is in its group; else NOT_FOUND, whether or not it exists. */
export async function readableEntry(deps: Deps, entryId: string): Promise<PlaybookEntryListRow> {
  const found = await findEntry(deps.store, entryId);
  if (!found) throw new AppError('NOT_FOUND', notThere);
  try {
    await requireGroupRole(deps, found.group_id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      throw new AppError('NOT_FOUND', notThere);
    throw error;
  }
  const [row] = await listEntries(deps.store, {
    entryId,
    readerId: deps.accountId,
    sort: 'newest',
    limit: 1,
  });
  if (!row) throw new AppError('NOT_FOUND', notThere);
  return row;
}

function entryFrom(deps: Deps, row: PlaybookEntryListRow): PlaybookEntry {
  return {
    id: row.id,
    groupId: row.group_id,
    kind: isPlaybookKind(row.kind) ? row.kind : 'tip',
    title: row.title,
    body: row.body,
    author: row.author_name?.trim() || unnamedAuthor,
    mine: row.account_id === deps.accountId,
    votes: row.votes,
    voted: row.voted > 0,
    comments: row.comments,
    createdAt: row.created_at,
  };
}
