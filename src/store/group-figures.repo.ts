// The coach's dashboard figures for many accounts at once: one query per figure, never one per
// member. Each reads only the accounts it is given (the group's members), and only counts.
import type { Store } from './store.js';

export interface DayCount {
  accountId: string;
  day: string;
  count: number;
}

/** Interactions logged per account and day since `fromDay`. */
export async function countInteractionsByDay(
  store: Store,
  accountIds: readonly string[],
  fromDay: string,
): Promise<DayCount[]> {
  if (accountIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('interactions')
    .select((eb) => ['account_id', 'occurred_on', eb.fn.countAll<number>().as('n')])
    .where('account_id', 'in', accountIds)
    .where('occurred_on', '>=', fromDay)
    .groupBy(['account_id', 'occurred_on'])
    .execute();
  return rows.map((row) => ({
    accountId: row.account_id,
    day: row.occurred_on,
    count: Number(row.n),
  }));
}

/** Plan actions marked done per account and day since `fromDay`: what a streak counts. */
export async function countDoneActionsByDay(
  store: Store,
  accountIds: readonly string[],
  fromDay: string,
): Promise<DayCount[]> {
  if (accountIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('plan_actions')
    .select((eb) => ['account_id', 'plan_on', eb.fn.countAll<number>().as('n')])
    .where('account_id', 'in', accountIds)
    .where('status', '=', 'done')
    .where('plan_on', '>=', fromDay)
    .groupBy(['account_id', 'plan_on'])
    .execute();
  return rows.map((row) => ({ accountId: row.account_id, day: row.plan_on, count: Number(row.n) }));
}
