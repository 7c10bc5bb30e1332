// Interactions: logging contact with a person and reading their timeline, newest first.
import type {
  Channel,
  Direction,
  Interaction,
  InteractionKind,
  NewInteraction,
} from '../core/interaction.js';
import { readList, writeList } from './json-list.js';
import type { InteractionRow, NewInteractionRow } from './schema.js';
import type { Store } from './store.js';

export function rowToInteraction(row: InteractionRow): Interaction {
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    occurredOn: row.occurred_on,
    channel: row.channel as Channel,
    direction: row.direction as Direction,
    kind: row.kind as InteractionKind,
    summary: row.summary,
    tags: readList(row.tags),
    expectsReply: Boolean(row.expects_reply),
    createdAt: row.created_at,
  };
}

/** What the store needs to write an interaction; a reply is not expected unless said. */
export type InteractionInput = Omit<NewInteraction, 'expectsReply'> & { expectsReply?: boolean };

export function interactionToRow(
  accountId: string,
  input: InteractionInput,
  now: string,
): NewInteractionRow {
  return {
    account_id: accountId,
    person_id: input.personId,
    occurred_on: input.occurredOn,
    channel: input.channel,
    direction: input.direction,
    kind: input.kind,
    summary: input.summary,
    tags: writeList([...new Set(input.tags)]),
    expects_reply: input.expectsReply ? 1 : 0,
    created_at: now,
  };
}

const columns = [
  'id',
  'account_id',
  'person_id',
  'occurred_on',
  'channel',
  'direction',
  'kind',
  'summary',
  'tags',
  'expects_reply',
  'created_at',
] as const;

export async function insertInteraction(
  store: Store,
  accountId: string,
  input: InteractionInput,
  now: string,
): Promise<Interaction> {
  const row = await store.db
    .insertInto('interactions')
    .values(interactionToRow(accountId, input, now))
    .returning(columns)
    .executeTakeFirstOrThrow();
  return rowToInteraction(row);
}

/** Inserts many interactions in multi-row statements. */
export async function insertInteractions(store: Store, rows: NewInteractionRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    await store.db
      .insertInto('interactions')
      .values(rows.slice(start, start + 2000))
      .execute();
  }
}

/** A person's interactions, newest first, one page at a time (served by the timeline index). */
export async function listTimeline(
  store: Store,
  accountId: string,
  personId: number,
  options: { limit: number; before?: { occurredOn: string; id: number } },
): Promise<Interaction[]> {
  let query = store.db
    .selectFrom('interactions')
    .select(columns)
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId);
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('occurred_on', '<', before.occurredOn),
        eb.and([eb('occurred_on', '=', before.occurredOn), eb('id', '<', before.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map(rowToInteraction);
}

/** Removes one interaction; returns whose timeline it was on, or null when there was none. */
export async function deleteInteraction(
  store: Store,
  accountId: string,
  id: number,
): Promise<number | null> {
  const row = await store.db
    .deleteFrom('interactions')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning('person_id')
    .executeTakeFirst();
  return row ? Number(row.person_id) : null;
}

export interface InteractionStats {
  count: number;
  /** Contacts they started or that went both ways. */
  twoWay: number;
  lastOn: string | null;
}

export async function interactionStats(
  store: Store,
  accountId: string,
  personId: number,
): Promise<InteractionStats> {
  const row = await store.db
    .selectFrom('interactions')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn
        .sum<number>(eb.case().when('direction', '!=', 'outbound').then(1).else(0).end())
        .as('two_way'),
      eb.fn.max('occurred_on').as('last_on'),
    ])
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), twoWay: Number(row.two_way ?? 0), lastOn: row.last_on ?? null };
}

export async function findInteraction(
  store: Store,
  accountId: string,
  id: number,
): Promise<Interaction | undefined> {
  const row = await store.db
    .selectFrom('interactions')
    .select(columns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowToInteraction(row) : undefined;
}

/** Puts one interaction on another person's timeline; everything else about it stays. */
export async function moveInteractionTo(
  store: Store,
  accountId: string,
  id: number,
  personId: number,
): Promise<Interaction | undefined> {
  const row = await store.db
    .updateTable('interactions')
    .set({ person_id: personId })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst();
  return row ? rowToInteraction(row) : undefined;
}
