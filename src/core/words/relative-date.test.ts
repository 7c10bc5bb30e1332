import { describe, expect, it } from 'vitest';
import { describeWhen } from './relative-date.js';

describe('describeWhen', () => {
  it.each([
    ['2026-03-20', '2026-03-20', 'today'],
    ['2026-03-19', '2026-03-20', 'yesterday'],
    ['2026-03-16', '2026-03-20', 'a few days ago'],
    ['2026-03-10', '2026-03-20', 'last week'],
    ['2026-02-20', '2026-03-20', 'a few weeks ago'],
    ['2026-01-02', '2026-03-20', 'in January'],
    ['2025-11-02', '2026-03-20', 'last November'],
    ['2023-05-02', '2026-03-20', 'back in 2023'],
    ['2026-04-02', '2026-03-20', 'on 2 April 2026'],
  ])('says %s seen from %s is "%s"', (day, today, phrase) => {
    expect(describeWhen(day, today)).toBe(phrase);
  });

  it('spells the date out when today is not given', () => {
    expect(describeWhen('2026-03-02')).toBe('on 2 March 2026');
  });
});
