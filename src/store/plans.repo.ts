// Today's plan, kept per day so a reload shows the same actions, and their done / skipped / snoozed marks.
import {
  actionKinds,
  actionKindLabels,
  actionStatuses,
  type ActionKind,
  type ActionStatus,
  type PlannedAction,
} from '../core/coach/plan.js';
import type { DraftIntent } from '../core/words/drafts.js';
import type { PlanActionRow } from './schema.js';
import type { Store } from './store.js';

export type { ActionStatus };

export interface StoredAction extends PlannedAction {
  /** The action's number in the day's plan: what `kith done 2` refers to. */
  n: number;
  /** The kind as the user reads it: "Give first", "Follow up"… */
  kindLabel: string;
  status: ActionStatus;
  /** When it was marked, as an ISO timestamp. */
  statusAt: string | null;
  /** The interaction that "done" logged. */
  interactionId: number | null;
}

function rowToAction(row: PlanActionRow): StoredAction {
  const kind = (actionKinds as readonly string[]).includes(row.kind)
    ? (row.kind as ActionKind)
    : 'keep-in-touch';
  return {
    n: Number(row.n),
    personId: Number(row.person_id),
    personName: '',
    kind,
    kindLabel: actionKindLabels[kind],
    why: row.why,
    minutes: Number(row.minutes),
    intent: row.intent as DraftIntent,
    offer: row.offer,
    status: (actionStatuses as readonly string[]).includes(row.status)
      ? (row.status as ActionStatus)
      : 'open',
    statusAt: row.status_on,
    interactionId: row.interaction_id === null ? null : Number(row.interaction_id),
  };
}

/** The day's actions in order, with each person's current name. */
export async function findPlan(
  store: Store,
  accountId: string,
  planOn: string,
): Promise<StoredAction[]> {
  const rows = await store.db
    .selectFrom('plan_actions')
    .innerJoin('people', (join) =>
      join
        .onRef('people.account_id', '=', 'plan_actions.account_id')
        .onRef('people.id', '=', 'plan_actions.person_id'),
    )
    .selectAll('plan_actions')
    .select('people.name as person_name')
    .where('plan_actions.account_id', '=', accountId)
    .where('plan_actions.plan_on', '=', planOn)
    .orderBy('plan_actions.n')
    .execute();
  return rows.map((row) => ({ ...rowToAction(row), personName: row.person_name }));
}

/** True when a plan was made for the day (even if every action has since been removed with its person). */
export async function hasPlan(store: Store, accountId: string, planOn: string): Promise<boolean> {
  const row = await store.db
    .selectFrom('plan_actions')
    .select('n')
    .where('account_id', '=', accountId)
    .where('plan_on', '=', planOn)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertActions(
  store: Store,
  accountId: string,
  planOn: string,
  actions: readonly PlannedAction[],
  options: { firstN: number; now: string },
): Promise<void> {
  if (actions.length === 0) return;
  await store.db
    .insertInto('plan_actions')
    .values(
      actions.map((action, i) => ({
        account_id: accountId,
        plan_on: planOn,
        n: options.firstN + i,
        person_id: action.personId,
        kind: action.kind,
        why: action.why,
        minutes: action.minutes,
        intent: action.intent,
        offer: action.offer,
        status_on: null,
        interaction_id: null,
        created_at: options.now,
      })),
    )
    .execute();
}

/** Drops the day's open actions (a fresh plan replaces them); done, skipped and snoozed stay. */
export async function deleteOpenActions(
  store: Store,
  accountId: string,
  planOn: string,
): Promise<void> {
  await store.db
    .deleteFrom('plan_actions')
    .where('account_id', '=', accountId)
    .where('plan_on', '=', planOn)
    .where('status', '=', 'open')
    .execute();
}

/** The highest action number used that day, so a fresh plan never reuses a number. */
export async function maxActionNumber(
  store: Store,
  accountId: string,
  planOn: string,
): Promise<number> {
  const row = await store.db
    .selectFrom('plan_actions')
    .select((eb) => eb.fn.max('n').as('n'))
    .where('account_id', '=', accountId)
    .where('plan_on', '=', planOn)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function markAction(
  store: Store,
  accountId: string,
  key: { planOn: string; n: number },
  mark: { status: ActionStatus; at: string; interactionId?: number | null },
): Promise<void> {
  await store.db
    .updateTable('plan_actions')
    .set({ status: mark.status, status_on: mark.at, interaction_id: mark.interactionId ?? null })
    .where('account_id', '=', accountId)
    .where('plan_on', '=', key.planOn)
    .where('n', '=', key.n)
    .execute();
}

/** The days on which actions were done since `fromDay` (inclusive), one entry per action. */
export async function doneActionDays(
  store: Store,
  accountId: string,
  fromDay: string,
): Promise<string[]> {
  const rows = await store.db
    .selectFrom('plan_actions')
    .select('plan_on')
    .where('account_id', '=', accountId)
    .where('status', '=', 'done')
    .where('plan_on', '>=', fromDay)
    .execute();
  return rows.map((row) => row.plan_on);
}
