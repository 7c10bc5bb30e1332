// How a one-line log reads an English learned after Arabic: "before two days" (two days ago),
// "The Monday I meet Dev" (last Monday), "Dear Rachel replied me", "said shukran to Chidi".
import { describe, expect, it } from 'vitest';
import { normaliseDateWords } from './date-phrase.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('an English learned after Arabic', () => {
  it.each([
    ['replied by email before two days', 'replied by email two days ago'],
    ['Before one week I sent a message', 'a week ago I sent a message'],
    ['The Monday I meet Dev', 'last Monday I meet Dev'],
  ])('"%s"', (line, dated) => {
    expect(normaliseDateWords(line).replace(/\s+/gu, ' ').trim()).toBe(dated);
  });

  it('leaves "before the event" as it was', () => {
    expect(normaliseDateWords('met Dev before the event')).toBe('met Dev before the event');
  });

  it.each([
    ['Dear Rachel replied me kindly by email before two days', ['Rachel'], '2026-11-28'],
    ['Before one week I sent LinkedIn message to Ben Ng from Google', ['Ben Ng'], '2026-11-23'],
    ['The Monday I meet Dev at Costa in city centre', ['Dev'], '2026-11-23'],
  ])('"%s"', (line, people, date) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.occurredOn]).toEqual([people, date]);
  });

  it('reads "said shukran to" as thanks, and "shukran" closing a note as said to it', () => {
    expect(read('I said shukran to Chidi on WhatsApp for his comments on my CV').kind).toBe(
      'thanks',
    );
    expect(read('Chidi sent me the spec, shukran').kind).toBe('give');
  });
});
