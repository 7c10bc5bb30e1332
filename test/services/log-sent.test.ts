// Logging a sent message is one action: an introduction lands on both timelines, or on neither.
import { expect, it } from 'vitest';
import { logSent } from '../../src/services/log-sent.js';
import { showPerson } from '../../src/services/show-person.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

describeEachDialect('log as sent', ({ store }) => {
  it('logs an introduction on both people’s timelines in one request', async () => {
    const deps = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const ana = await person(deps, 'Ana Lopez');
    const ben = await person(deps, 'Ben Okafor');
    await logSent(deps, { personId: ana.id, intent: 'introduce', otherPersonId: ben.id });
    const [anaPage, benPage] = await Promise.all([
      showPerson(deps, { id: ana.id }),
      showPerson(deps, { id: ben.id }),
    ]);
    expect(anaPage.timeline.map((i) => i.summary)).toEqual([
      'Offered to introduce them to Ben Okafor',
    ]);
    expect(benPage.timeline.map((i) => i.summary)).toEqual([
      'Offered to introduce them to Ana Lopez',
    ]);
  });

  it('logs nothing when the other person of an introduction is not there', async () => {
    const deps = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const ana = await person(deps, 'Ana Lopez');
    await expect(
      logSent(deps, { personId: ana.id, intent: 'introduce', otherPersonId: 999_999 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await showPerson(deps, { id: ana.id })).timeline).toEqual([]);
    await expect(
      logSent(deps, { personId: ana.id, intent: 'thank-you', otherPersonId: ana.id }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
