import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { newPersonSchema } from '../core/person.js';
import { findUpcomingIds } from './calendar.repo.js';
import { insertPerson } from './people.repo.js';
import type { Store } from './store.js';
import { refreshTie } from './ties.repo.js';

const now = '2026-11-25T12:00:00.000Z';
const window = { from: '2026-11-26', to: '2027-01-24', limit: 100 };

describeEachDialect('calendar repository', ({ store }) => {
  const account = `calendar-${process.pid}`;
  const other = `calendar-other-${process.pid}`;

  beforeAll(async () => {
    for (const id of [account, other]) {
      await store().db.insertInto('accounts').values({ id, name: id, created_at: now }).execute();
    }
  });

  /** A person whose aggregate row carries exactly the given dates. */
  async function personWith(
    accountId: string,
    dates: { due_on?: string; follow_up_due_on?: string },
    doNotContact = false,
  ): Promise<number> {
    const s: Store = store();
    const person = await insertPerson(
      s,
      accountId,
      newPersonSchema.parse({ name: `P ${Math.random()}`, doNotContact }),
      now,
    );
    await refreshTie(s, accountId, person.id);
    await s.db
      .updateTable('person_ties')
      .set({ due_on: null, follow_up_due_on: null, ...dates })
      .where('account_id', '=', accountId)
      .where('person_id', '=', person.id)
      .execute();
    return person.id;
  }

  it('finds follow-up and keep-in-touch dates inside the window, both ends included, once each', async () => {
    const first = await personWith(account, { due_on: '2026-11-26' });
    const last = await personWith(account, { follow_up_due_on: '2027-01-24' });
    const both = await personWith(account, {
      due_on: '2026-12-01',
      follow_up_due_on: '2026-12-02',
    });
    await personWith(account, { due_on: '2026-11-25' });
    await personWith(account, { follow_up_due_on: '2027-01-25' });
    await personWith(account, {});
    await personWith(other, { due_on: '2026-12-01' });
    const found = await findUpcomingIds(store(), account, window);
    expect(found.sort((a, b) => a - b)).toEqual([first, last, both].sort((a, b) => a - b));
  });

  it('leaves out a pending follow-up with a do-not-contact person', async () => {
    const quiet = await personWith(account, { follow_up_due_on: '2026-12-03' }, true);
    expect(await findUpcomingIds(store(), account, window)).not.toContain(quiet);
  });

  it('keeps the nearest dates when there are more than the limit', async () => {
    const from = '2030-01-01';
    const near = await personWith(account, { due_on: '2030-01-02' });
    const nearer = await personWith(account, { due_on: '2030-01-01' });
    await personWith(account, { due_on: '2030-01-03' });
    const found = await findUpcomingIds(store(), account, { from, to: '2030-02-01', limit: 2 });
    expect(found).toEqual([nearer, near]);
  });
});
