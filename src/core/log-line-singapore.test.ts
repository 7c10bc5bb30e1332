// How a one-line log reads Singapore English ("makan with Dev", "kopi", "jio me", "he say Monzo got
// opening") and a Canadian's ("grabbed a double-double with", "hit up", "circled back").
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendSingapore } from './log-line-singapore.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Singapore English put plainly', () => {
  it.each([
    ['makan with Dev and Chidi on Fri', 'lunch with Dev and Chidi on Fri'],
    ['kopi with Dev just now', 'coffee with Dev just now'],
    ['Maria jio me for the Canva meetup', 'Maria invited me for the Canva meetup'],
    ['he say Northwind got opening', 'he said Northwind got opening'],
  ])('"%s"', (line, plain) => {
    expect(mendSingapore(line)).toBe(plain);
  });

  it.each(['coffee with Dev, he said yes', 'Kate says hi'])(
    'leaves English as it was: "%s"',
    (line) => {
      expect(mendSingapore(line)).toBe(line);
    },
  );
});

describe('what those lines mean', () => {
  it.each([
    ['makan with Gareth and Owen from Admiral 20/11', ['meeting', '2026-11-20']],
    ['kopi with Dev just now, he say Northwind got opening for junior analyst', ['meeting', today]],
    ['grabbed a double-double with Dev this past Thursday', ['meeting', '2026-11-26']],
  ])('"%s" is a meeting', (line, [channel, date]) => {
    const parsed = read(line);
    expect([parsed.channel, parsed.occurredOn]).toEqual([channel, date]);
  });

  it.each([
    'kopi with Dev just now, he say Northwind got opening for junior analyst',
    'Mark Evans Tesco coffee Sat, he say Tesco BI got 2 openings',
    "grabbed lunch w Liz from Deloitte 24/11, she's going to loop me in with their UX practice lead",
    'video call w Yusuf on the 24th, he went through my case studies line by line, super helpful',
  ])('"%s" is a give', (line) => {
    expect(read(line).kind).toBe('give');
  });

  it('reads a nudge and a message by their Canadian names', () => {
    expect(read('circled back w Olivia at Hays re the fintech contract').kind).toBe('follow-up');
    const hit = read('hit up Lee Jordan on WhatsApp to ask who runs design at Skyscanner');
    expect([hit.personNames, hit.channel, hit.direction]).toEqual([
      ['Lee Jordan'],
      'message',
      'outbound',
    ]);
  });

  it('reads "went the" as went to, but not an extra mile', () => {
    expect(read('went the Wise data meetup Thurs, met Chidi').channel).toBe('event');
    expect(read('coffee with Dev, he went the extra mile').channel).toBe('meeting');
  });

  it('reads a plain reply after a name as done', () => {
    expect(read('Marcus Bell reply on LinkedIn, Starling not hiring analysts now').direction).toBe(
      'inbound',
    );
  });
});
