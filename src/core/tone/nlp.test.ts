import { describe, expect, it } from 'vitest';
import { analyseText } from './nlp.js';

describe('analyseText', () => {
  it.each<[string, number]>([
    ['Hi Ana, could we talk?', 5],
    ["You're great and I can't wait.", 6],
    ['A 15-minute call, e.g. on Tuesday.', 6],
    ['  Leading and trailing spaces  ', 4],
    ['Free at 3pm or 10:30am on the 1st?', 8],
    ['Music of the 1990s and 80s', 6],
    ['See https://example.com/a-b?c=1 by Friday', 4],
    ['£450–£600 a day, 2,000 words', 6],
  ])('counts the words in %j as %i', (text, count) => {
    expect(analyseText(text).wordCount).toBe(count);
  });

  it('gives each sentence the offsets of its own text', () => {
    const text = 'Hi Ana,\n\nI loved your talk!! Could we talk next week? Thanks, Sam';
    const sentences = analyseText(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain('I loved your talk!!');
    expect(sentences).toContain('Could we talk next week?');
  });

  it('gives each word the offsets of its own text, even after emoji and odd spacing', () => {
    const text = 'Thanks 🙏  Zainab —\tsee   you soon';
    for (const word of analyseText(text).words) {
      expect(text.slice(word.start, word.end).toLowerCase()).toBe(word.normal);
    }
  });
});
