// A count of days, weeks or months ago, said in Swedish, Norwegian or Danish: one shared rule
// (`countAgo` in log-line-tokens.ts) given each language's count words and units.
import { describe, expect, it } from 'vitest';
import { readsAs } from '../../test/log-line-table.js';
import { applySwaps, countAgo, keyboardLetters } from './log-line-tokens.js';
import { mendDanish } from './log-line-danish.js';
import { mendNorwegian } from './log-line-norwegian.js';
import { mendSwedish } from './log-line-swedish.js';

describe('a count ago, the shared rule', () => {
  const ago = countAgo(keyboardLetters({ å: ['a', 'aa'] }), {
    before: 'för',
    after: 'sen',
    counts: { en: '1', två: '2' },
    units: { veckor: 'weeks', vecka: 'weeks', dagar: 'days' },
  });

  it.each([
    ['för två veckor sen', '2 weeks ago'],
    ['för tva veckor sen', '2 weeks ago'],
    ['för 10 dagar sen', '10 days ago'],
    ['för en vecka sen', 'a week ago'],
    ['FÖR TVÅ VECKOR SEN', '2 weeks ago'],
  ])('"%s" is "%s"', (said, english) => {
    expect(applySwaps(said, [ago])).toBe(english);
  });

  it('leaves a count it does not know, and a longer word, as written', () => {
    expect(applySwaps('för sju veckor sen', [ago])).toBe('för sju veckor sen');
    expect(applySwaps('för två veckor senare', [ago])).toBe('för två veckor senare');
  });
});

describe('a count ago in each language', () => {
  it.each([
    ['Swedish', mendSwedish, 'Ana ringde för två veckor sen', 'Ana rang 2 weeks ago'],
    ['Swedish', mendSwedish, 'Dev ringde för en vecka sedan', 'Dev rang a week ago'],
    ['Norwegian', mendNorwegian, 'Kate ringte for to uker siden', 'Kate rang 2 weeks ago'],
    ['Norwegian', mendNorwegian, 'Kate ringte for en uke siden', 'Kate rang a week ago'],
    ['Norwegian', mendNorwegian, 'Kate ringte for tre dager siden', 'Kate rang 3 days ago'],
    ['Danish', mendDanish, 'Kate ringede for to uger siden', 'Kate rang 2 weeks ago'],
    ['Danish', mendDanish, 'Kate ringede for 3 dage siden', 'Kate rang 3 days ago'],
  ])('%s: "%s"', (_language, mend, line, english) => {
    expect(mend(line)).toBe(english);
  });

  readsAs([
    [
      'Kate Morrison ringde för två veckor sen',
      ['Kate Morrison'],
      '2026-11-16',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Kate Morrison ringte for tre dager siden',
      ['Kate Morrison'],
      '2026-11-27',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Kate Morrison ringede for en uge siden',
      ['Kate Morrison'],
      '2026-11-23',
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});
