import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels, directions, interactionKinds, type Interaction } from '../interaction.js';
import { maxUnanswered } from '../follow-up.js';
import { summarizeTie } from './tie-summary.js';

const interaction = fc.record({
  id: fc.nat({ max: 10_000 }),
  personId: fc.constant(1),
  occurredOn: fc
    .integer({ min: 0, max: 3000 })
    .map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
  channel: fc.constantFrom(...channels),
  direction: fc.constantFrom(...directions),
  kind: fc.constantFrom(...interactionKinds),
  summary: fc.constant(''),
  tags: fc.constant([] as string[]),
  expectsReply: fc.boolean(),
  createdAt: fc.constant('2026-01-01T00:00:00Z'),
}) satisfies fc.Arbitrary<Interaction>;

const history = fc.uniqueArray(interaction, { selector: (i) => i.id, maxLength: 40 });

describe('summarizeTie', () => {
  it('counts every interaction once, by direction', () => {
    fc.assert(
      fc.property(history, (timeline) => {
        const s = summarizeTie(timeline);
        expect(s.outbound + s.inbound + s.mutual).toBe(timeline.length);
      }),
    );
  });

  it('does not depend on the order the interactions arrive in', () => {
    fc.assert(
      fc.property(history, fc.integer(), (timeline, seed) => {
        const shuffled = [...timeline].sort(
          (a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101),
        );
        expect(summarizeTie(shuffled)).toEqual(summarizeTie(timeline));
      }),
    );
  });

  it('never proposes a follow-up that would be a fourth unanswered message', () => {
    fc.assert(
      fc.property(history, (timeline) => {
        const s = summarizeTie(timeline);
        if (s.unanswered >= maxUnanswered) expect(s.followUp.state).not.toBe('waiting');
      }),
    );
  });

  it('keeps the last two-way contact no later than the last contact, and intensity positive', () => {
    fc.assert(
      fc.property(history, (timeline) => {
        const s = summarizeTie(timeline);
        if (timeline.length === 0) {
          expect(s.lastOn).toBeNull();
          return;
        }
        expect(s.intensity).toBeGreaterThan(0);
        if (s.lastTwoWayOn && s.lastOn) expect(s.lastTwoWayOn <= s.lastOn).toBe(true);
        if (s.firstOn && s.lastOn) expect(s.firstOn <= s.lastOn).toBe(true);
      }),
    );
  });

  it('weighs a meeting three times an email, halving every 90 days', () => {
    const base = { personId: 1, summary: '', tags: [], expectsReply: false, createdAt: '' };
    const s = summarizeTie([
      {
        ...base,
        id: 1,
        occurredOn: '2026-11-30',
        channel: 'meeting',
        direction: 'mutual',
        kind: 'catch-up',
      },
      {
        ...base,
        id: 2,
        occurredOn: '2026-09-01',
        channel: 'email',
        direction: 'outbound',
        kind: 'ask',
      },
    ]);
    expect(s.intensity).toBeCloseTo(3 + 2 ** (-90 / 90), 5);
    expect(s.asked).toBe(1);
    expect(s.lastTwoWayOn).toBe('2026-11-30');
  });
});
