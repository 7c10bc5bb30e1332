import { describe, expect, it } from 'vitest';
import { findTooLong } from './check-length.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

/** A note of exactly `words` words, made of a repeated plain sentence. */
function noteOf(words: number, sentence: string): string {
  const pool = sentence.split(' ');
  return Array.from({ length: words }, (_, i) => pool[i % pool.length]).join(' ') + '.';
}

function severityOf(text: string, context: ToneContext): string | undefined {
  return findTooLong(text, analyseText(text), context)[0]?.severity;
}

describe('findTooLong', () => {
  it.each<[string, number, ToneContext, string | undefined]>([
    ['a follow-up at its limit', 90, { intent: 'follow-up' }, undefined],
    ['a follow-up a few words over', 95, { intent: 'follow-up' }, 'medium'],
    ['a first note to a stranger just over', 124, { stage: 'stranger' }, 'medium'],
    ['an introduction a little over', 190, { intent: 'introduce' }, 'medium'],
    ['a congratulation twice its limit', 170, { intent: 'congratulate' }, 'high'],
  ])('judges %s by the limit for its intent', (_case, words, context, expected) => {
    const text = noteOf(words, 'we could meet near the station and go over the plan together');
    expect(severityOf(text, context)).toBe(expected);
  });

  it('counts the times, dates and decades a reader reads as words', () => {
    // 80 plain words and 12 times or dates: over a follow-up's 90 only when the times count.
    const plain = noteOf(80, 'happy to meet whenever suits you best');
    const times =
      ' Free at 3pm, 4pm, 10:30am, 11am, 2pm, 5pm on the 1st, 2nd, 3rd, 4th, 5th or 6th.';
    expect(severityOf(plain + times, { intent: 'follow-up' })).toBe('medium');
    expect(severityOf(plain, { intent: 'follow-up' })).toBeUndefined();
  });
});
