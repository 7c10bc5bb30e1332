// The calendar feed's reads: who has a follow-up or keep-in-touch date coming up, from the date indexes.
import type { Store } from './store.js';

export interface DateWindow {
  /** First day of the window (inclusive), YYYY-MM-DD. */
  from: string;
  /** Last day of the window (inclusive). */
  to: string;
  /** Most people per kind of date; the nearest dates are kept. */
  limit: number;
}

/**
 * Ids of people whose follow-up or keep-in-touch date falls in the window, nearest first. Each
 * half is a range scan of its partial index, (account_id, follow_up_due_on) or (account_id,
 * due_on). Do-not-contact people have no due_on; a follow-up still pending for one is left out here.
 */
export async function findUpcomingIds(
  store: Store,
  accountId: string,
  window: DateWindow,
): Promise<number[]> {
  const [followUps, due] = await Promise.all([
    store.db
      .selectFrom('person_ties')
      .innerJoin('people', (join) =>
        join
          .onRef('people.account_id', '=', 'person_ties.account_id')
          .onRef('people.id', '=', 'person_ties.person_id'),
      )
      .select('person_ties.person_id')
      .where('person_ties.account_id', '=', accountId)
      .where('person_ties.follow_up_due_on', 'is not', null)
      .where('person_ties.follow_up_due_on', '>=', window.from)
      .where('person_ties.follow_up_due_on', '<=', window.to)
      .where('people.do_not_contact', '=', 0)
      .orderBy('person_ties.follow_up_due_on')
      .limit(window.limit)
      .execute(),
    store.db
      .selectFrom('person_ties')
      .select('person_id')
      .where('account_id', '=', accountId)
      .where('due_on', 'is not', null)
      .where('due_on', '>=', window.from)
      .where('due_on', '<=', window.to)
      .orderBy('due_on')
      .limit(window.limit)
      .execute(),
  ]);
  return [...new Set([...followUps, ...due].map((row) => Number(row.person_id)))];
}
