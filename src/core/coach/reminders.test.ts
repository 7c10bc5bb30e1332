import { describe, expect, it } from 'vitest';
import { personWith } from '../../../test/person.js';
import type { FollowUpStatus } from '../follow-up.js';
import type { CoachPerson } from './plan.js';
import { buildReminders, reminderWindowDays, type PlanItem, type Reminder } from './reminders.js';
import { emptySummary } from './tie-summary.js';
import { cadenceFor } from './tiers.js';

const today = '2026-11-25';

function coachPerson(
  id: number,
  name: string,
  options: Partial<{
    dueOn: string;
    followUp: FollowUpStatus;
    lastOn: string;
    holdUntil: string;
    unanswered: number;
    doNotContact: boolean;
    customDays: number;
  }> = {},
): CoachPerson {
  const person = personWith({
    id,
    name,
    doNotContact: options.doNotContact ?? false,
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-09-01T10:00:00.000Z',
  });
  return {
    person,
    summary: {
      ...emptySummary,
      lastOn: options.lastOn ?? null,
      unanswered: options.unanswered ?? 0,
      followUp: options.followUp ?? { state: 'none' },
    },
    tier: 2,
    cadence: cadenceFor(2, options.customDays ?? null),
    due: options.dueOn ? { dueOn: options.dueOn, overdueOn: options.dueOn } : null,
    holdUntil: options.holdUntil ?? null,
  };
}

const waiting = (step: 1 | 2, dueOn: string, sentOn: string): FollowUpStatus => ({
  state: 'waiting',
  step,
  dueOn,
  sentOn,
});

const planItem = (fields: Partial<PlanItem> & Pick<PlanItem, 'kind'>): PlanItem => ({
  personId: 1,
  personName: 'Ana Lopez',
  why: 'Close: you like to be in touch monthly. It has been 5 weeks.',
  status: 'open',
  ...fields,
});

const only = (reminders: Reminder[]) =>
  reminders.map((r) => ({ kind: r.kind, date: r.date, summary: r.summary }));

describe('buildReminders', () => {
  const cases: Array<{
    name: string;
    plan?: PlanItem[];
    upcoming?: CoachPerson[];
    expected: Array<Pick<Reminder, 'kind' | 'date' | 'summary'>>;
  }> = [
    {
      name: "puts each open action of today's plan on today, in words that fit its kind",
      plan: [
        planItem({ kind: 'follow-up' }),
        planItem({ kind: 'give', personId: 2, personName: 'Ben Okafor' }),
        planItem({ kind: 'reconnect', personId: 3, personName: 'Cleo Park' }),
      ],
      expected: [
        { kind: 'plan', date: today, summary: 'Kith: follow up with Ana Lopez' },
        { kind: 'plan', date: today, summary: 'Kith: offer something to Ben Okafor' },
        { kind: 'plan', date: today, summary: 'Kith: reconnect with Cleo Park' },
      ],
    },
    {
      name: 'leaves out actions already done, skipped or snoozed',
      plan: [
        planItem({ kind: 'goal', status: 'done' }),
        planItem({ kind: 'goal', personId: 2, status: 'skipped' }),
        planItem({ kind: 'goal', personId: 3, status: 'snoozed' }),
        planItem({ kind: 'goal', personId: 4, personName: 'Dan Wu' }),
      ],
      expected: [{ kind: 'plan', date: today, summary: 'Kith: reach out to Dan Wu' }],
    },
    {
      name: 'puts a waiting follow-up on its due day',
      upcoming: [coachPerson(1, 'Ana Lopez', { followUp: waiting(1, '2026-12-02', '2026-11-25') })],
      expected: [
        { kind: 'follow-up', date: '2026-12-02', summary: 'Kith: follow up with Ana Lopez' },
      ],
    },
    {
      name: 'puts a keep-in-touch date on its due day',
      upcoming: [coachPerson(1, 'Ana Lopez', { dueOn: '2026-12-10', lastOn: '2026-11-05' })],
      expected: [
        {
          kind: 'keep-in-touch',
          date: '2026-12-10',
          summary: 'Kith: keep in touch with Ana Lopez',
        },
      ],
    },
    {
      name: 'gives a person with both dates only the follow-up, as the plan does',
      upcoming: [
        coachPerson(1, 'Ana Lopez', {
          dueOn: '2026-12-10',
          followUp: waiting(2, '2026-12-20', '2026-11-20'),
        }),
      ],
      expected: [
        { kind: 'follow-up', date: '2026-12-20', summary: 'Kith: follow up with Ana Lopez' },
      ],
    },
    {
      name: 'gives no keep-in-touch date while a follow-up sequence rests',
      upcoming: [
        coachPerson(1, 'Ana Lopez', {
          dueOn: '2026-12-10',
          followUp: { state: 'resting', until: '2027-02-01', sentOn: '2026-10-01' },
        }),
      ],
      expected: [],
    },
    {
      name: 'moves a date inside a skip or snooze to the day the hold ends',
      upcoming: [coachPerson(1, 'Ana Lopez', { dueOn: '2026-12-01', holdUntil: '2026-12-08' })],
      expected: [
        {
          kind: 'keep-in-touch',
          date: '2026-12-08',
          summary: 'Kith: keep in touch with Ana Lopez',
        },
      ],
    },
    {
      name: 'never reminds about a do-not-contact person or a fourth unanswered message',
      upcoming: [
        coachPerson(1, 'Ana Lopez', {
          doNotContact: true,
          followUp: waiting(1, '2026-12-02', '2026-11-25'),
        }),
        coachPerson(2, 'Ben Okafor', { dueOn: '2026-12-02', unanswered: 3 }),
      ],
      expected: [],
    },
    {
      name: 'keeps to the days after today, up to the window',
      upcoming: [
        coachPerson(1, 'Ana Lopez', { dueOn: today }),
        coachPerson(2, 'Ben Okafor', { dueOn: '2027-01-24' }),
        coachPerson(3, 'Cleo Park', { dueOn: '2027-01-25' }),
      ],
      expected: [
        {
          kind: 'keep-in-touch',
          date: '2027-01-24',
          summary: 'Kith: keep in touch with Ben Okafor',
        },
      ],
    },
    {
      name: 'orders by date, then by person',
      plan: [planItem({ kind: 'keep-in-touch', personId: 9, personName: 'Ivo Ng' })],
      upcoming: [
        coachPerson(5, 'Eve Sato', { dueOn: '2026-12-03' }),
        coachPerson(4, 'Dan Wu', { dueOn: '2026-12-03' }),
        coachPerson(6, 'Fay Lim', { dueOn: '2026-11-30' }),
      ],
      expected: [
        { kind: 'plan', date: today, summary: 'Kith: keep in touch with Ivo Ng' },
        { kind: 'keep-in-touch', date: '2026-11-30', summary: 'Kith: keep in touch with Fay Lim' },
        { kind: 'keep-in-touch', date: '2026-12-03', summary: 'Kith: keep in touch with Dan Wu' },
        { kind: 'keep-in-touch', date: '2026-12-03', summary: 'Kith: keep in touch with Eve Sato' },
      ],
    },
  ];

  it.each(cases)('$name', ({ plan = [], upcoming = [], expected }) => {
    expect(only(buildReminders({ accountId: 'local', today, plan, upcoming }))).toEqual(expected);
  });

  it('looks two months ahead', () => {
    expect(reminderWindowDays).toBe(60);
  });

  it('gives each reminder a UID made of its kind, account, person and day', () => {
    const [planned, dated] = buildReminders({
      accountId: 'local',
      today,
      plan: [planItem({ kind: 'give' })],
      upcoming: [coachPerson(7, 'Gus Hale', { followUp: waiting(1, '2026-12-02', '2026-11-25') })],
    });
    expect(planned?.uid).toBe('kith-plan-local-1-2026-11-25@kith');
    expect(dated?.uid).toBe('kith-follow-up-local-7-2026-12-02@kith');
  });

  it('words dated reminders against their own day, so the text is the same on every download', () => {
    const ana = coachPerson(1, 'Ana Lopez', { dueOn: '2026-12-10', lastOn: '2026-11-05' });
    const ben = coachPerson(2, 'Ben Okafor', { followUp: waiting(2, '2026-12-20', '2026-11-20') });
    const early = buildReminders({ accountId: 'local', today, plan: [], upcoming: [ana, ben] });
    const later = buildReminders({
      accountId: 'local',
      today: '2026-12-01',
      plan: [],
      upcoming: [ana, ben],
    });
    expect(later).toEqual(early);
    expect(early.map((r) => r.description)).toEqual([
      'Close: you like to be in touch monthly. Last in touch on 5 Nov.',
      'Still no reply to your note from 20 Nov. This is the last nudge; after it Kith lets Ben rest for a quarter.',
    ]);
  });

  it('says when the cadence is the user’s own, and when they have never been in touch', () => {
    const [mine, fresh] = buildReminders({
      accountId: 'local',
      today,
      plan: [],
      upcoming: [
        coachPerson(1, 'Ana Lopez', { dueOn: '2026-12-10', lastOn: '2026-11-20', customDays: 20 }),
        coachPerson(2, 'Ben Okafor', { dueOn: '2026-12-11' }),
      ],
    });
    expect(mine?.description).toBe(
      'You chose to be in touch every 20 days (your choice). Last in touch on 20 Nov.',
    );
    expect(fresh?.description).toBe(
      "You added Ben and haven't been in touch yet. A short hello keeps it warm.",
    );
  });
});
