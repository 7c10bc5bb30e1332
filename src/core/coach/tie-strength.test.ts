import { describe, expect, it } from 'vitest';
import type { Channel, Direction, Interaction } from '../interaction.js';
import { explainTie, heatOf, intensityOn, scoreTie } from './tie-strength.js';
import { summarizeTie } from './tie-summary.js';

let id = 0;
function at(occurredOn: string, channel: Channel, direction: Direction): Interaction {
  id += 1;
  return {
    id,
    personId: 1,
    occurredOn,
    channel,
    direction,
    kind: 'catch-up',
    summary: '',
    tags: [],
    expectsReply: false,
    createdAt: '',
  };
}

function weekly(from: string, weeks: number, channel: Channel): Interaction[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) =>
    at(
      new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
      channel,
      i % 2 ? 'inbound' : 'mutual',
    ),
  );
}

const today = '2026-11-30';

describe('scoreTie', () => {
  it('scores no contact at all as 0', () => {
    expect(scoreTie(summarizeTie([]), today).score).toBe(0);
  });

  it.each([
    ['a weekly meeting for a year', weekly('2025-12-01', 52, 'meeting'), 90, 100],
    ['one unanswered email a year ago', [at('2025-11-30', 'email', 'outbound')], 1, 15],
    ['a close tie silent for three years', weekly('2021-01-04', 40, 'meeting').slice(0, 40), 5, 45],
  ])('places %s between %i and %i', (_name, timeline, low, high) => {
    const { score } = scoreTie(summarizeTie(timeline), today);
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it('ranks more recent contact higher, all else equal', () => {
    const recent = scoreTie(summarizeTie([at('2026-11-01', 'call', 'mutual')]), today).score;
    const older = scoreTie(summarizeTie([at('2026-05-01', 'call', 'mutual')]), today).score;
    expect(recent).toBeGreaterThan(older);
  });

  it('decays the kept intensity by the days since the last contact', () => {
    const s = summarizeTie([at('2026-09-01', 'meeting', 'mutual')]);
    expect(intensityOn(s, '2026-11-30')).toBeCloseTo(3 * 2 ** (-90 / 90), 5);
  });

  it('orders people by heat exactly as by today’s intensity', () => {
    const a = summarizeTie([at('2026-11-01', 'email', 'inbound')]);
    const b = summarizeTie([
      at('2026-06-01', 'meeting', 'mutual'),
      at('2026-05-01', 'meeting', 'mutual'),
    ]);
    const byHeat = heatOf(a) > heatOf(b);
    const byIntensity = intensityOn(a, today) > intensityOn(b, today);
    expect(byHeat).toBe(byIntensity);
  });
});

describe('explainTie', () => {
  it('says when they last heard from them and who reached out, in plain words', () => {
    const timeline = [
      ...Array.from({ length: 5 }, (_, i) => at(`2026-0${i + 1}-10`, 'email', 'outbound')),
      at('2026-03-20', 'email', 'inbound'),
    ];
    expect(explainTie(summarizeTie(timeline), 'Ana Lopez', today)).toBe(
      'You last heard from Ana 8 months ago. You reached out 5 times; Ana reached out once.',
    );
  });

  it('treats silence as normal when nothing came back', () => {
    expect(
      explainTie(summarizeTie([at('2026-11-01', 'email', 'outbound')]), 'Ben', today),
    ).toContain('that is common, and not a no');
  });
});
