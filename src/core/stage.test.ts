import { describe, expect, it } from 'vitest';
import { inferStage } from './stage.js';

const today = '2026-11-25';

describe('inferStage', () => {
  it.each([
    ['someone never contacted and met nowhere is a stranger', 0, 0, null, null, 'stranger'],
    [
      'someone met once but never contacted is an acquaintance',
      0,
      0,
      null,
      'PyData 2025',
      'acquaintance',
    ],
    ['one-way contact stays an acquaintance', 3, 1, '2026-11-01', null, 'acquaintance'],
    ['a little two-way contact makes a contact', 4, 2, '2026-11-01', null, 'contact'],
    ['frequent, recent two-way contact makes an ally', 12, 9, '2026-10-01', null, 'ally'],
    [
      'frequent but long-dormant contact is a contact, not an ally',
      12,
      9,
      '2022-01-01',
      null,
      'contact',
    ],
  ] as const)('%s', (_name, interactionCount, twoWayCount, lastOn, howWeMet, expected) => {
    expect(inferStage({ interactionCount, twoWayCount, lastOn, howWeMet, today })).toBe(expected);
  });
});
