// How a one-line log reads Birmingham English ("tararabit", "bostin", "sez ta", "Friday last",
// "me CV") and an English learned after Brazilian Portuguese ("passed me the contact of", "going
// to indicate me for the role", "we combined to meet", "in the meetup").
import { describe, expect, it } from 'vitest';
import { normaliseDateWords } from './date-phrase.js';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Birmingham English', () => {
  it.each([
    ['tararabit Mr Chidi, lunch was bostin', 'Mr Chidi, lunch was great'],
    ['Aisha texted back, sez ta', 'Aisha texted back, sez thanks'],
    ['Tuesday last week Claire reviewed my CV', 'Tuesday last week Claire reviewed my CV'],
    ['Emailed me CV to Marcus', 'Emailed my CV to Marcus'],
    ['whether Sarah got me email', 'whether Sarah got my email'],
    ['a link to that article he asked after', 'a link to that article he asked for'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it.each([
    ['Aisha texted back, sez ta', 'thanks', 'inbound'],
    ['Emailed Mr Eze a link to that article on running sprints he asked after', 'give', 'outbound'],
    ['Emailed me CV to Marcus Bell for the Starling ops coordinator job', 'ask', 'outbound'],
    [
      'tararabit Mr Chidi, lunch was bostin, he gave me the low-down on how Wise hire',
      'catch-up',
      'mutual',
    ],
  ])('"%s"', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it.each([
    ['Mr Ng rang Friday last', 'Mr Ng rang last Friday'],
    ['Tuesday last week Claire reviewed my CV', 'last Tuesday Claire reviewed my CV'],
  ])('reads the day in "%s"', (line, dated) => {
    expect(normaliseDateWords(line)).toBe(dated);
  });

  it('dates "Friday last" as last Friday', () => {
    expect(read('Mr Ng from Google rang Friday last').occurredOn).toBe('2026-11-27');
  });
});

describe('an English learned after Brazilian Portuguese', () => {
  it.each([
    [
      'Ben Carter passed me the contact of Lara Mendes in their design studio',
      ['Ben Carter', 'Lara Mendes'],
      'intro',
    ],
    [
      "Sam O'Neil passed me the contact of Rosie, design manager at deliveroo",
      ["Sam O'Neil", 'Rosie'],
      'intro',
    ],
    ['Jose from Glovo passed me the contact of the recruiter of Glovo', ['Jose'], 'give'],
    [
      'Anna K is going to indicate me for the senior product designer role at revolut',
      ['Anna K'],
      'give',
    ],
    ['Dev called me at saturday to practice the whiteboard challenge', ['Dev'], 'give'],
  ])('"%s"', (line, people, kind) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.kind]).toEqual([people, kind]);
  });

  it('reads "in the meetup" as at it, and "we combined to meet" as arranged', () => {
    const parsed = read('Owen and Gareth from Admiral in the meetup yesterday, we talked a lot');
    expect([parsed.personNames, parsed.channel, parsed.occurredOn]).toEqual([
      ['Owen', 'Gareth'],
      'event',
      '2026-11-29',
    ]);
    expect(mendDialects('we combined to meet next week')).toBe('we arranged to meet next week');
    expect(mendDialects('we talked also about the app')).toBe('we also talked about the app');
  });
});
