import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import {
  assignTiers,
  cadenceFor,
  dueDates,
  dueState,
  spread,
  tierInfo,
  type Ranked,
} from './tiers.js';

const ranked = (count: number, score: (i: number) => number): Ranked[] =>
  Array.from({ length: count }, (_, i) => ({ personId: i + 1, score: score(i), pinned: null }));

describe('assignTiers', () => {
  it('fills the layers 5 / 10 / 35 / 100 by rank, then the wider network', () => {
    const { tiers } = assignTiers(ranked(300, (i) => 100 - i / 3));
    const counts = [1, 2, 3, 4, 5].map((t) => [...tiers.values()].filter((v) => v === t).length);
    expect(counts).toEqual([5, 10, 35, 100, 150]);
    expect(tiers.get(1)).toBe(1);
    expect(tiers.get(300)).toBe(5);
  });

  it('keeps ties with no real contact out of the inner circle and close layers', () => {
    const { tiers } = assignTiers(ranked(30, () => 0));
    expect(new Set(tiers.values())).toEqual(new Set([3]));
  });

  it('keeps pinned people where the user put them and only warns when a layer overflows', () => {
    const people = ranked(8, () => 10).map((p) => ({ ...p, pinned: 1 as const }));
    const { tiers, warnings } = assignTiers(people);
    expect([...tiers.values()].every((t) => t === 1)).toBe(true);
    expect(warnings[0]).toContain('usually holds about 5');
  });
});

describe('cadence and due dates', () => {
  it('has two thresholds: due at the ideal span, overdue at the worst', () => {
    const cadence = cadenceFor(2, null);
    expect(cadence).toMatchObject({ idealDays: 30, maxDays: 42 });
    const due = dueDates({
      personId: 4,
      cadence,
      lastOn: '2026-11-01',
      addedOn: '2026-01-01',
      doNotContact: false,
    });
    expect(due?.overdueOn).toBe('2026-12-13');
    expect(dueState(due, addDays(due?.dueOn ?? '', -1))).toBe('not-due');
    expect(dueState(due, due?.dueOn ?? '')).toBe('due');
    expect(dueState(due, '2026-12-13')).toBe('overdue');
  });

  it('lets a custom cadence of 4 weeks run to 6 at worst', () => {
    expect(cadenceFor(5, 28)).toMatchObject({ idealDays: 28, maxDays: 42, custom: true });
  });

  it('gives the wider network and do-not-contact people no due date', () => {
    expect(cadenceFor(5, null)).toBeNull();
    expect(
      dueDates({
        personId: 1,
        cadence: cadenceFor(1, null),
        lastOn: null,
        addedOn: '2026-11-30',
        doNotContact: true,
      }),
    ).toBeNull();
  });

  it('spreads consecutive ids over distinct days', () => {
    const offsets = Array.from({ length: 75 }, (_, i) => spread(1000 + i, 75));
    expect(new Set(offsets).size).toBe(75);
  });

  it('does not flood next month when 3,000 people arrive on one day', () => {
    const { tiers } = assignTiers(ranked(3000, () => 0));
    const perDay = new Map<string, number>();
    for (const [personId, tier] of tiers) {
      const due = dueDates({
        personId,
        cadence: cadenceFor(tier, null),
        lastOn: null,
        addedOn: '2026-11-30',
        doNotContact: false,
      });
      if (due && due.dueOn <= '2026-12-31') perDay.set(due.dueOn, (perDay.get(due.dueOn) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);
    expect([...perDay.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      tierInfo[3].size + 30,
    );
  });
});
