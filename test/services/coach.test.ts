// Scenario tests for the coach, each named for the rule it guards; real SQLite and PostgreSQL, fixed clock.
import { expect, it } from 'vitest';
import { logLine } from '../../src/services/log-line.js';
import { logInteraction } from '../../src/services/log-interaction.js';
import { editPerson } from '../../src/services/edit-person.js';
import { markPlanAction } from '../../src/services/plan-action.js';
import { personCoach } from '../../src/services/person-coach.js';
import { setKeepInTouch } from '../../src/services/keep-in-touch.js';
import { showPerson } from '../../src/services/show-person.js';
import { getToday } from '../../src/services/today.js';
import { saveOffers } from '../../src/store/profile.repo.js';
import { describeEachDialect } from '../dialects.js';
import { contact, freshAccount, on, onboard, person } from './coach-builders.js';

const now = '2026-11-30T15:00:00Z';
const roomy = { weeklyMinutes: 600 };

describeEachDialect('coach scenarios', ({ store }) => {
  const planFor = async (deps: Parameters<typeof getToday>[0]) =>
    (await getToday(deps, { refresh: true })).actions;
  const idsIn = (actions: Array<{ personId: number }>) => actions.map((a) => a.personId);

  it('a reply cancels pending follow-ups', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const ben = await person(deps, 'Ben Okafor');
    await contact(deps, ben, { on: '2026-11-20', kind: 'ask' });
    expect((await planFor(deps)).find((a) => a.personId === ben.id)).toMatchObject({
      kind: 'follow-up',
      intent: 'follow-up-1',
    });
    await contact(deps, ben, { on: '2026-11-30', direction: 'inbound' });
    expect(idsIn(await planFor(deps))).not.toContain(ben.id);
    expect((await showPerson(deps, { id: ben.id })).followUp).toEqual({ state: 'none' });
  });

  it('no fourth unanswered message, ever', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const ben = await person(deps, 'Ben Okafor', { interests: ['climate data'] });
    await contact(
      deps,
      ben,
      { on: '2026-09-01', kind: 'ask' },
      { on: '2026-09-08', kind: 'follow-up' },
      { on: '2026-09-22', kind: 'follow-up' },
    );
    const quiet = await person(deps, 'Cleo Park', { interests: ['design'] });
    await contact(deps, quiet, { on: '2026-06-01' }, { on: '2026-07-01' }, { on: '2026-08-01' });
    for (const day of ['2026-11-30', '2027-03-01', '2027-09-01', '2029-01-01']) {
      const later = on(deps, `${day}T12:00:00Z`);
      const planned = idsIn(await planFor(later));
      expect(planned).not.toContain(ben.id);
      expect(planned).not.toContain(quiet.id);
    }
    await contact(deps, ben, { on: '2026-11-30', direction: 'inbound' });
    expect((await personCoach(deps, { id: ben.id })).replies).toEqual({ asked: 1, answered: 1 });
  });

  it('nobody is suggested again before their cadence allows', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const ana = await person(deps, 'Ana Lopez', { interests: ['product analytics'] });
    await contact(deps, ana, { on: '2026-11-20', channel: 'call', direction: 'mutual' });
    const pinned = await setKeepInTouch(deps, { id: ana.id, change: { tier: 2 } });
    const dueOn = pinned.nextDueOn ?? '';
    expect(dueOn > '2026-12-10' && dueOn <= '2026-12-20').toBe(true);
    for (const day of ['2026-11-30', '2026-12-05', '2026-12-10']) {
      if (day >= dueOn) continue;
      expect(idsIn(await planFor(on(deps, `${day}T12:00:00Z`)))).not.toContain(ana.id);
    }
    const duePlan = await planFor(on(deps, `${dueOn}T12:00:00Z`));
    expect(['keep-in-touch', 'give']).toContain(duePlan.find((a) => a.personId === ana.id)?.kind);
  });

  it('do-not-contact people never appear', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, { ...roomy, goal: 'job-search', targetCompanies: ['Stripe'] });
    const ana = await person(deps, 'Ana Lopez', {
      company: 'Stripe',
      interests: ['payments'],
      doNotContact: true,
    });
    await contact(deps, ana, { on: '2021-01-10', direction: 'mutual', channel: 'meeting' });
    for (const day of ['2026-11-30', '2027-02-01']) {
      expect(idsIn(await planFor(on(deps, `${day}T12:00:00Z`)))).not.toContain(ana.id);
    }
    await editPerson(deps, { id: ana.id, patch: { doNotContact: false } });
    expect(idsIn(await planFor(deps))).toContain(ana.id);
  });

  it('the plan fits the budget', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, { weeklyMinutes: 60, goal: 'job-search', targetCompanies: ['Acme'] });
    for (let i = 0; i < 12; i += 1) {
      const p = await person(deps, `Person ${i}`, { company: 'Acme', interests: ['data'] });
      await contact(
        deps,
        p,
        { on: '2026-10-01', kind: i % 2 ? 'ask' : 'catch-up' },
        { on: '2026-10-05', direction: 'inbound' },
      );
    }
    const today = await getToday(deps, { refresh: true });
    expect(today.budgetMinutes).toBe(12);
    expect(today.actions.reduce((sum, a) => sum + a.minutes, 0)).toBeLessThanOrEqual(12);
    expect(today.actions.length).toBeGreaterThan(0);
    const tight = await getToday(deps, { minutes: 5 });
    expect(
      tight.actions.filter((a) => a.status === 'open').reduce((s, a) => s + a.minutes, 0),
    ).toBeLessThanOrEqual(5);
    expect(new Set(idsIn(tight.actions)).size).toBe(tight.actions.length);
  });

  it('a dormant tie appears in the reconnect queue', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const old = await person(deps, 'Marta Silva');
    await contact(deps, old, { on: '2022-05-01', channel: 'meeting', direction: 'mutual' });
    const action = (await planFor(deps)).find((a) => a.personId === old.id);
    expect(action).toMatchObject({ kind: 'reconnect', intent: 'reconnect' });
    expect(action?.why).toContain('4 years ago');
  });

  it('a person at a target company is surfaced with that reason', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, { ...roomy, goal: 'job-search', targetCompanies: ['Stripe'] });
    const lee = await person(deps, 'Lee Chen', { company: 'Stripe', title: 'Product Analyst' });
    await contact(deps, lee, { on: '2026-03-01', direction: 'inbound' });
    const action = (await planFor(deps)).find((a) => a.personId === lee.id);
    expect(action?.kind).toBe('goal');
    expect(action?.why).toMatch(/at Stripe, one of your target companies/i);
  });

  it('a plan contains a give-first action whenever one is possible', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, { weeklyMinutes: 25 });
    await saveOffers(
      store(),
      deps.accountId,
      [{ category: 'feedback', detail: 'CV reviews' }],
      now,
    );
    const asker = await person(deps, 'Ben Okafor');
    await contact(deps, asker, { on: '2026-11-15', kind: 'ask' });
    const ana = await person(deps, 'Ana Lopez', { needs: 'feedback on her CV before applying' });
    await contact(deps, ana, { on: '2026-08-01', direction: 'mutual', channel: 'call' });
    const plan = await planFor(deps);
    expect(plan.reduce((s, a) => s + a.minutes, 0)).toBeLessThanOrEqual(5);
    expect(plan.find((a) => a.kind === 'give')).toMatchObject({
      personId: ana.id,
      offer: 'CV reviews',
    });
  });

  it('done logs the interaction and updates the aggregates', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const ben = await person(deps, 'Ben Okafor');
    await contact(deps, ben, { on: '2026-11-20', kind: 'ask' });
    const action = (await planFor(deps)).find((a) => a.personId === ben.id);
    const result = await markPlanAction(deps, { n: action?.n ?? 0, mark: 'done' });
    expect(result.interaction).toMatchObject({
      personId: ben.id,
      occurredOn: '2026-11-30',
      kind: 'follow-up',
    });
    const page = await showPerson(deps, { id: ben.id });
    expect(page.timeline[0]?.id).toBe(result.interaction?.id);
    expect(page.followUp).toMatchObject({ state: 'waiting', step: 2 });
    const kept = await getToday(deps);
    expect(kept.actions.find((a) => a.n === action?.n)?.status).toBe('done');
    expect(kept.progress.doneThisWeek).toBe(1);
    await expect(markPlanAction(deps, { n: action?.n ?? 0, mark: 'done' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('"yesterday" near midnight lands on the user\'s local date', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, { timeZone: 'America/New_York' });
    const evening = on(deps, '2026-12-01T03:30:00Z'); // 22:30 on 30 November in New York
    const logged = await logLine(evening, { line: 'coffee with Ana Lopez yesterday' });
    expect(logged).toMatchObject({
      status: 'logged',
      interactions: [{ occurredOn: '2026-11-29' }],
    });
    expect((await getToday(evening)).date).toBe('2026-11-30');
  });

  it("an inbound call logged today resets that person's due date", async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const ana = await person(deps, 'Ana Lopez');
    await contact(deps, ana, { on: '2026-09-01', channel: 'meeting', direction: 'mutual' });
    const before = await setKeepInTouch(deps, { id: ana.id, change: { tier: 2 } });
    expect(before.dueState).toBe('overdue');
    expect(idsIn(await planFor(deps))).toContain(ana.id);
    await logInteraction(deps, { personId: ana.id, channel: 'call', direction: 'inbound' });
    const after = await personCoach(deps, { id: ana.id });
    expect(after.dueState).toBe('not-due');
    expect((after.nextDueOn ?? '') > '2026-12-20').toBe(true);
    expect(idsIn(await planFor(deps))).not.toContain(ana.id);
  });

  it('thirty people added on one day come due on different days', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const added = [];
    for (let i = 0; i < 30; i += 1) added.push(await person(deps, `Guest ${i}`));
    await getToday(deps);
    const dues = await Promise.all(
      added.map(async (p) => (await personCoach(deps, { id: p.id })).nextDueOn),
    );
    expect(dues.every((d) => d !== null)).toBe(true);
    expect(new Set(dues).size).toBe(30);
  });

  it('keeps the day’s plan on reload and makes a fresh one on request, keeping what was done', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, { weeklyMinutes: 50 });
    for (let i = 0; i < 6; i += 1) {
      const p = await person(deps, `Friend ${i}`, { interests: ['running'] });
      await contact(deps, p, { on: '2026-09-01', direction: 'mutual', channel: 'call' });
    }
    const first = await getToday(deps);
    expect((await getToday(deps)).actions).toEqual(first.actions);
    await markPlanAction(deps, { n: 1, mark: 'done' });
    await markPlanAction(deps, { n: 2, mark: 'skip' });
    const fresh = await getToday(deps, { refresh: true });
    expect(fresh.actions.filter((a) => a.status !== 'open').map((a) => a.n)).toEqual([1, 2]);
    expect(fresh.actions.every((a) => a.n <= 2 || a.status === 'open')).toBe(true);
    expect(new Set(idsIn(fresh.actions)).size).toBe(fresh.actions.length);
  });

  it('refuses bad marks and keep-in-touch values and changes nothing', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps, roomy);
    const ben = await person(deps, 'Ben Okafor');
    await contact(deps, ben, { on: '2026-11-20', kind: 'ask' });
    const before = await getToday(deps);
    await expect(markPlanAction(deps, { n: 99, mark: 'done' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(markPlanAction(deps, { n: 1, mark: 'snooze', days: -3 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      setKeepInTouch(deps, { id: ben.id, change: { cadenceDays: 0 } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(setKeepInTouch(deps, { id: ben.id, change: { tier: 9 } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await getToday(deps)).toEqual(before);
    expect((await personCoach(deps, { id: ben.id })).tierPinned).toBe(false);
  });

  it('makes a plan with the defaults, and says so, when there is no profile', async () => {
    const deps = await freshAccount(store(), now);
    const ben = await person(deps, 'Ben Okafor');
    await contact(deps, ben, { on: '2026-11-20', kind: 'ask' });
    const today = await getToday(deps);
    expect(today.notices[0]).toContain('No profile yet');
    expect(today.budgetMinutes).toBe(12);
    expect(today.actions[0]?.personId).toBe(ben.id);
  });
});
