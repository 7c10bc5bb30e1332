// The coach's per-person aggregates: recomputed from one person's timeline on every write, read by index.
import type { CoachPerson } from '../core/coach/plan.js';
import { heatOf } from '../core/coach/tie-strength.js';
import { summarizeTie, type TieSummary } from '../core/coach/tie-summary.js';
import { cadenceFor, isTier, type Tier, scheduleFor } from '../core/coach/tiers.js';
import type { FollowUpStatus } from '../core/follow-up.js';
import { everyColumn, insertRows } from './bulk-write.js';
import { rowToInteraction } from './interactions.repo.js';
import { personColumns, rowToPerson } from './people.repo.js';
import type { PersonRow, PersonTieRow, PersonTieTable } from './schema.js';
import type { Store } from './store.js';

/** What the user set by hand for one person, kept across recomputation. */
export interface TieSettings {
  tier: Tier;
  tierPin: Tier | null;
  cadenceDays: number | null;
  holdUntil: string | null;
}

export const defaultTieSettings: TieSettings = {
  tier: 5,
  tierPin: null,
  cadenceDays: null,
  holdUntil: null,
};

export function rowToSummary(row: PersonTieRow): TieSummary {
  return {
    firstOn: row.first_on,
    lastOn: row.last_on,
    lastTwoWayOn: row.last_two_way_on,
    outbound: Number(row.outbound_count),
    inbound: Number(row.inbound_count),
    mutual: Number(row.mutual_count),
    given: Number(row.given_count),
    asked: Number(row.asked_count),
    received: Number(row.received_count),
    intensity: Number(row.intensity),
    unanswered: Number(row.unanswered),
    followUp: readFollowUp(row.follow_up),
  };
}

const settingColumns = [
  'person_ties.tier',
  'person_ties.tier_pin',
  'person_ties.cadence_days',
  'person_ties.hold_until',
] as const;

export function rowToSettings(
  row: Pick<PersonTieRow, 'tier' | 'tier_pin' | 'cadence_days' | 'hold_until'>,
): TieSettings {
  const tier = Number(row.tier);
  const pin = row.tier_pin === null ? null : Number(row.tier_pin);
  return {
    tier: isTier(tier) ? tier : 5,
    tierPin: pin !== null && isTier(pin) ? pin : null,
    cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
    holdUntil: row.hold_until,
  };
}

function readFollowUp(text: string): FollowUpStatus {
  try {
    const value = JSON.parse(text) as FollowUpStatus;
    return typeof value === 'object' && value !== null && 'state' in value
      ? value
      : { state: 'none' };
  } catch {
    return { state: 'none' };
  }
}

/** The full row for one person, from the summary and the user's settings. */
export function tieToRow(options: {
  accountId: string;
  person: { id: number; createdAt: string; doNotContact: boolean };
  summary: TieSummary;
  settings: TieSettings;
}): PersonTieTable {
  const { summary, settings, person } = options;
  const tier = settings.tierPin ?? settings.tier;
  const due = scheduleFor({
    personId: person.id,
    tier,
    cadenceDays: settings.cadenceDays,
    lastOn: summary.lastOn,
    addedOn: person.createdAt.slice(0, 10),
    doNotContact: person.doNotContact,
  });
  return {
    account_id: options.accountId,
    person_id: person.id,
    first_on: summary.firstOn,
    last_on: summary.lastOn,
    last_two_way_on: summary.lastTwoWayOn,
    outbound_count: summary.outbound,
    inbound_count: summary.inbound,
    mutual_count: summary.mutual,
    given_count: summary.given,
    asked_count: summary.asked,
    received_count: summary.received,
    unanswered: summary.unanswered,
    intensity: summary.intensity,
    heat: heatOf(summary),
    follow_up: JSON.stringify(summary.followUp),
    follow_up_due_on: summary.followUp.state === 'waiting' ? summary.followUp.dueOn : null,
    tier,
    tier_pin: settings.tierPin,
    cadence_days: settings.cadenceDays,
    due_on: due?.dueOn ?? null,
    overdue_on: due?.overdueOn ?? null,
    hold_until: settings.holdUntil,
  };
}

export async function findTieRow(
  store: Store,
  accountId: string,
  personId: number,
): Promise<PersonTieRow | undefined> {
  return store.db
    .selectFrom('person_ties')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/**
 * Recomputes one person's aggregate from their whole timeline and writes it. Call it inside the
 * transaction of every write that touches the person or their timeline. A person's timeline is
 * read through the timeline index, so this stays quick however large the network grows.
 */
export async function refreshTie(
  store: Store,
  accountId: string,
  personId: number,
  change: Partial<TieSettings> = {},
): Promise<PersonTieTable | null> {
  const [personRow, interactionRows] = await Promise.all([
    // The person and the settings kept on their aggregate, in one round trip.
    store.db
      .selectFrom('people')
      .leftJoin('person_ties', (join) =>
        join
          .onRef('person_ties.account_id', '=', 'people.account_id')
          .onRef('person_ties.person_id', '=', 'people.id'),
      )
      .select(['people.id', 'people.created_at', 'people.do_not_contact'])
      .select(settingColumns)
      .where('people.account_id', '=', accountId)
      .where('people.id', '=', personId)
      .executeTakeFirst(),
    store.db
      .selectFrom('interactions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .execute(),
  ]);
  if (!personRow) return null;
  // tier is never null on a kept aggregate, so a null one means there is none yet.
  const { tier } = personRow;
  const kept = tier === null ? defaultTieSettings : rowToSettings({ ...personRow, tier });
  const settings = { ...kept, ...change };
  const row = tieToRow({
    accountId,
    person: {
      id: Number(personRow.id),
      createdAt: personRow.created_at,
      doNotContact: Boolean(personRow.do_not_contact),
    },
    summary: summarizeTie(interactionRows.map(rowToInteraction)),
    settings,
  });
  const changes: Partial<PersonTieTable> = { ...row };
  delete changes.account_id;
  delete changes.person_id;
  await store.db
    .insertInto('person_ties')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'person_id']).doUpdateSet(changes))
    .execute();
  return row;
}

/** Writes many aggregates in multi-row statements (the demo loader, the backfill). */
export async function insertTies(store: Store, rows: PersonTieTable[]): Promise<void> {
  await insertRows(store, 'person_ties', tieColumns, rows, { onConflictDoNothing: true });
}

const tieColumns = everyColumn<PersonTieTable>()([
  'account_id',
  'person_id',
  'first_on',
  'last_on',
  'last_two_way_on',
  'outbound_count',
  'inbound_count',
  'mutual_count',
  'given_count',
  'asked_count',
  'received_count',
  'unanswered',
  'intensity',
  'heat',
  'follow_up',
  'follow_up_due_on',
  'tier',
  'tier_pin',
  'cadence_days',
  'due_on',
  'overdue_on',
  'hold_until',
]);

/** Ids of the people each index serves for today's plan. */
export interface CandidateQuery {
  today: string;
  dormantBefore: string;
  limits: { due: number; followUp: number; dormant: number; strongest: number };
}

export async function findCandidateIds(
  store: Store,
  accountId: string,
  query: CandidateQuery,
): Promise<number[]> {
  const base = () =>
    store.db.selectFrom('person_ties').select('person_id').where('account_id', '=', accountId);
  const lists = await Promise.all([
    base()
      .where('due_on', 'is not', null)
      .where('due_on', '<=', query.today)
      .orderBy('due_on')
      .limit(query.limits.due)
      .execute(),
    base()
      .where('follow_up_due_on', 'is not', null)
      .where('follow_up_due_on', '<=', query.today)
      .orderBy('follow_up_due_on')
      .limit(query.limits.followUp)
      .execute(),
    base()
      .where('last_two_way_on', 'is not', null)
      .where('last_two_way_on', '<=', query.dormantBefore)
      .orderBy('last_two_way_on', 'desc')
      .limit(query.limits.dormant)
      .execute(),
    findHottestIds(store, accountId, query.limits.strongest),
  ]);
  return [...new Set(lists.flat().map((row) => Number(row.person_id)))];
}

/** The people with the highest decayed intensity today, through the heat index. */
export async function findHottestIds(
  store: Store,
  accountId: string,
  limit: number,
): Promise<Array<{ person_id: number }>> {
  return store.db
    .selectFrom('person_ties')
    .select('person_id')
    .where('account_id', '=', accountId)
    .orderBy('heat', 'desc')
    .limit(limit)
    .execute();
}

export type CoachRow = PersonRow & PersonTieRow;

/** People and their aggregates for the given ids, as the coach's pure rules take them. */
export async function loadCoachPeople(
  store: Store,
  accountId: string,
  ids: readonly number[],
): Promise<CoachPerson[]> {
  return (await loadCoachRows(store, accountId, ids)).map(toCoachPerson);
}

/** The joined person and aggregate rows for the given ids. */
export async function loadCoachRows(
  store: Store,
  accountId: string,
  ids: readonly number[],
): Promise<CoachRow[]> {
  return inChunks(ids, (slice) =>
    store.db
      .selectFrom('people')
      .innerJoin('person_ties', (join) =>
        join
          .onRef('person_ties.account_id', '=', 'people.account_id')
          .onRef('person_ties.person_id', '=', 'people.id'),
      )
      // The person's columns by name: `people.*` would also bring PostgreSQL's search vector.
      .select(personColumns.map((column) => `people.${column}` as const))
      .selectAll('person_ties')
      .where('people.account_id', '=', accountId)
      .where('people.id', 'in', slice)
      .execute(),
  );
}

/** What re-ranking reads of a person: the aggregate and two facts from people, not the whole person. */
export type RankingRow = PersonTieRow & Pick<PersonRow, 'created_at' | 'do_not_contact'>;

/**
 * The aggregates of the given ids for re-ranking. Each value read costs time, and half of a
 * coach row is the person's contact details, which ranking never looks at.
 */
export async function loadRankingRows(
  store: Store,
  accountId: string,
  ids: readonly number[],
): Promise<RankingRow[]> {
  return inChunks(ids, (slice) =>
    store.db
      .selectFrom('person_ties')
      .innerJoin('people', (join) =>
        join
          .onRef('people.account_id', '=', 'person_ties.account_id')
          .onRef('people.id', '=', 'person_ties.person_id'),
      )
      .selectAll('person_ties')
      .select(['people.created_at', 'people.do_not_contact'])
      .where('person_ties.account_id', '=', accountId)
      .where('person_ties.person_id', 'in', slice)
      .execute(),
  );
}

/** Runs `read` on the ids 500 at a time (under every dialect's limit on bound values) and joins the rows. */
async function inChunks<T>(
  ids: readonly number[],
  read: (slice: number[]) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(...(await read(ids.slice(start, start + 500))));
  }
  return rows;
}

export function toCoachPerson(row: CoachRow): CoachPerson {
  const settings = rowToSettings(row);
  const tier = settings.tierPin ?? settings.tier;
  return {
    person: rowToPerson(row),
    summary: rowToSummary(row),
    tier,
    cadence: cadenceFor(tier, settings.cadenceDays),
    due: row.due_on && row.overdue_on ? { dueOn: row.due_on, overdueOn: row.overdue_on } : null,
    holdUntil: settings.holdUntil,
  };
}

/** People in an inner tier (1–4), pinned or not: the ones a re-ranking must look at again. */
export async function findTieredIds(store: Store, accountId: string): Promise<number[]> {
  const rows = await store.db
    .selectFrom('person_ties')
    .select('person_id')
    .where('account_id', '=', accountId)
    .where('tier', '<', 5)
    .execute();
  return rows.map((row) => Number(row.person_id));
}

export async function updateTieSchedule(
  store: Store,
  accountId: string,
  personId: number,
  values: { tier: Tier; due_on: string | null; overdue_on: string | null },
): Promise<void> {
  await store.db
    .updateTable('person_ties')
    .set(values)
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .execute();
}
