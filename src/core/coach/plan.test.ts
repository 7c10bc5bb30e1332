import { describe, expect, it } from 'vitest';
import { personWith } from '../../../test/person.js';
import type { Person } from '../person.js';
import {
  dailyBudget,
  planToday,
  reconnectValue,
  type CoachPerson,
  type PlanInput,
} from './plan.js';
import { emptySummary, type TieSummary } from './tie-summary.js';
import { cadenceFor, dueDates } from './tiers.js';

const today = '2026-11-30';

function coachPerson(
  id: number,
  summary: Partial<TieSummary>,
  fields: Partial<Person> = {},
  tier: 1 | 2 | 3 | 4 | 5 = 5,
): CoachPerson {
  const person = personWith({
    id,
    name: `Person ${id}`,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...fields,
  });
  const full = { ...emptySummary, ...summary };
  const cadence = cadenceFor(tier, null);
  return {
    person,
    summary: full,
    tier,
    cadence,
    due: dueDates({
      personId: id,
      cadence,
      lastOn: full.lastOn,
      addedOn: '2025-01-01',
      doNotContact: person.doNotContact,
    }),
    holdUntil: null,
  };
}

const input = (candidates: CoachPerson[], extra: Partial<PlanInput> = {}): PlanInput => ({
  today,
  budgetMinutes: 60,
  targets: { goal: 'grow-network', roles: [], companies: [], industries: [] },
  offers: [],
  dormantYears: 3,
  candidates,
  ...extra,
});

const waiting = { state: 'waiting', step: 1, dueOn: '2026-11-27', sentOn: '2026-11-20' } as const;

describe('planToday', () => {
  it('shares the weekly time over five working days', () => {
    expect(dailyBudget(60)).toBe(12);
    expect(dailyBudget(10)).toBe(5);
  });

  it('turns a due follow-up into an action with the follow-up draft', () => {
    const [action] = planToday(
      input([
        coachPerson(1, { lastOn: '2026-11-20', outbound: 1, unanswered: 1, followUp: waiting }),
      ]),
    );
    expect(action).toMatchObject({ kind: 'follow-up', intent: 'follow-up-1', minutes: 5 });
    expect(action?.why).toContain('Silence is normal');
  });

  it('puts a favour first and never lists a person twice', () => {
    const plan = planToday(
      input([
        coachPerson(
          1,
          { lastOn: '2026-11-20', outbound: 1, unanswered: 1, followUp: waiting },
          { interests: ['design'] },
        ),
        coachPerson(
          2,
          { lastOn: '2026-09-01', lastTwoWayOn: '2026-09-01', mutual: 1 },
          { interests: ['climate'] },
        ),
      ]),
    );
    expect(plan[0]?.kind).toBe('give');
    expect(new Set(plan.map((a) => a.personId)).size).toBe(plan.length);
  });

  it('skips do-not-contact people, people on hold and people owed three replies', () => {
    const plan = planToday(
      input([
        coachPerson(
          1,
          { lastOn: '2022-01-01', lastTwoWayOn: '2022-01-01', mutual: 3 },
          { doNotContact: true },
        ),
        {
          ...coachPerson(2, { lastOn: '2022-01-01', lastTwoWayOn: '2022-01-01', mutual: 3 }),
          holdUntil: '2026-12-10',
        },
        coachPerson(3, {
          lastOn: '2022-01-01',
          lastTwoWayOn: '2021-01-01',
          outbound: 3,
          mutual: 1,
          unanswered: 3,
        }),
      ]),
    );
    expect(plan).toEqual([]);
  });

  it('ranks dormant ties by likely value: fewer past contacts and an earlier answer beat old closeness', () => {
    const close = coachPerson(1, { lastOn: '2021-06-01', lastTwoWayOn: '2021-06-01', mutual: 40 });
    const novel = coachPerson(2, {
      lastOn: '2021-06-01',
      lastTwoWayOn: '2021-06-01',
      inbound: 1,
      outbound: 1,
    });
    const targets = input([]).targets;
    expect(reconnectValue(novel, targets)).toBeGreaterThan(reconnectValue(close, targets));
    expect(planToday(input([close, novel]))[0]).toMatchObject({ personId: 2, kind: 'reconnect' });
  });

  it('favours moderately weak ties for a job search', () => {
    const targets = { goal: 'job-search' as const, roles: [], companies: ['Acme'], industries: [] };
    const strong = coachPerson(
      1,
      {
        firstOn: '2020-01-01',
        lastOn: '2026-10-20',
        lastTwoWayOn: '2026-10-20',
        mutual: 60,
        intensity: 40,
      },
      { company: 'Acme' },
    );
    const moderate = coachPerson(
      2,
      {
        firstOn: '2024-01-01',
        lastOn: '2026-06-01',
        lastTwoWayOn: '2026-06-01',
        inbound: 2,
        outbound: 2,
        intensity: 3,
      },
      { company: 'Acme' },
    );
    const plan = planToday(input([strong, moderate], { targets, budgetMinutes: 15 }));
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ personId: 2, kind: 'goal' });
  });

  it('never goes over the budget', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      coachPerson(
        i + 1,
        { lastOn: '2026-01-01', lastTwoWayOn: '2026-01-01', mutual: 2 },
        { interests: ['data'] },
        3,
      ),
    );
    for (const budget of [5, 12, 18, 33, 60]) {
      const plan = planToday(input(many, { budgetMinutes: budget }));
      expect(plan.reduce((sum, a) => sum + a.minutes, 0)).toBeLessThanOrEqual(budget);
      expect(plan.length).toBeGreaterThan(0);
    }
  });
});
