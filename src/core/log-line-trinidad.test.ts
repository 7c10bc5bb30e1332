// How a one-line log reads Trinidadian English: "ah" for I, "meh" for my, "de" for the, "check
// back wid" for a follow-up, and a plain verb after "she" or "he" ("she tell me").
import { describe, expect, it } from 'vitest';
import { mendPatois } from './log-line-patois.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Trinidadian English', () => {
  it.each([
    ['friday ah thank chidi for de mock interview', 'friday I thank chidi for the mock interview'],
    ['ask fi meh cv', 'ask for my cv'],
    ['check back wid rachel lowe', 'followed up with rachel lowe'],
    [
      'coffee wid owen, he tell me admiral need somebody',
      'coffee with owen, he told me admiral need somebody',
    ],
    ['chased olivia on de 9th', 'chased olivia on the 9th'],
  ])('"%s"', (line, mended) => {
    expect(mendPatois(line)).toBe(mended);
  });

  it.each([
    // No Trinidadian word: English is left as it is.
    'coffee with Ana de Souza',
    'the interview was meh so whatever',
    'ah well, coffee with Dev',
  ])('leaves "%s" as it is', (line) => {
    expect(mendPatois(line)).toBe(line);
  });

  it('reads "ah thank" as the user thanking', () => {
    expect(read('friday ah thank chidi on whatsapp for de mock interview')).toMatchObject({
      personNames: ['Chidi'],
      channel: 'message',
      kind: 'thanks',
      direction: 'outbound',
      occurredOn: '2026-11-27',
    });
  });

  it('reads "check back wid" as a follow-up', () => {
    expect(read('check back wid rachel lowe bout de booking interview feedback')).toMatchObject({
      personNames: ['Rachel Lowe'],
      kind: 'follow-up',
      direction: 'outbound',
    });
  });
});
