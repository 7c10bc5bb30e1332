import { describe, expect, it } from 'vitest';
import { addressYou, clipFact, composeBody, countWords, joinList, optional } from './prose.js';

describe('prose helpers', () => {
  it.each([
    ['Hi Ana,\n\nThanks — it was great.', 6],
    ["I'd value a 15-minute call.", 5],
    ['- [what you admire]', 3],
  ])('counts the words a reader sees in %j', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('clips a fact to its first clause and a word limit, never adding words', () => {
    expect(clipFact('Runs the data team. Also plays chess.', 10)).toBe('Runs the data team');
    expect(clipFact('one two three four five', 3)).toBe('one two three');
  });

  it('joins lists the way people write them', () => {
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('turns a note about them into words spoken to them', () => {
    expect(addressYou("they're hiring for their team")).toBe("you're hiring for your team");
  });

  it('drops optional sentences, lowest rank first, until the body fits its budget', () => {
    const body = composeBody([['one two three', optional('four five', 2), optional('six', 1)]], 5);
    expect(body).toBe('one two three four five');
  });
});
