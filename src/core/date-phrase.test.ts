// Date rules for the one-line log and --date: the user's order, past days only, and a note
// whenever another reading was possible. `today` and the order are passed in every case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DatePhraseError,
  findDate,
  normaliseDateWords,
  readDateText,
  spellDate,
} from './date-phrase.js';
import { dateOrders, type DateOrder } from './date-order.js';
import { isIsoDate } from './dates.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';

describe('readDateText', () => {
  const cases: Array<[string, string, DateOrder, string, string | undefined]> = [
    [
      'reads day first in a DMY locale, saying so',
      '03/11/2026',
      'DMY',
      '2026-11-03',
      'Read 03/11/2026 as 3 November 2026 (day first, as your dates are set)',
    ],
    [
      'reads month first in an MDY locale, saying so',
      '03/11/2026',
      'MDY',
      '2026-03-11',
      'Read 03/11/2026 as 11 March 2026 (month first, as your dates are set)',
    ],
    [
      'reads the only valid order when the other has no such month',
      '13/11/2026',
      'MDY',
      '2026-11-13',
      'Read 13/11/2026 as 13 November 2026 (there is no month 13)',
    ],
    ['needs no note when both orders agree', '11/11/2026', 'DMY', '2026-11-11', undefined],
    [
      'needs no note when only the preferred order is a date',
      '25/11/2026',
      'DMY',
      '2026-11-25',
      undefined,
    ],
    ['reads an ISO date in any order', '2026-11-20', 'MDY', '2026-11-20', undefined],
    ['reads a year-first date with slashes', '2026/11/03', 'DMY', '2026-11-03', undefined],
    [
      'reads a two-digit year as this century',
      '3/11/26',
      'DMY',
      '2026-11-03',
      'Read 3/11/26 as 3 November 2026 (day first, as your dates are set)',
    ],
    [
      'reads dots as separators with a year',
      '3.11.2026',
      'DMY',
      '2026-11-03',
      'Read 3.11.2026 as 3 November 2026 (day first, as your dates are set)',
    ],
    [
      'reads a day and month without a year as this year when it has passed',
      '27/11',
      'DMY',
      '2026-11-27',
      undefined,
    ],
    [
      'takes a day that has not come yet this year as last year, saying so',
      '2 December',
      'DMY',
      '2025-12-02',
      'Read "2 December" as 2 December 2025: 2 December 2026 is still to come',
    ],
    [
      'takes a numeric day still to come this year as last year, saying so',
      '15/12',
      'DMY',
      '2025-12-15',
      'Read "15/12" as 15 December 2025: 15 December 2026 is still to come',
    ],
    ['reads today itself without a year', '30 Nov', 'DMY', today, undefined],
    ['reads yesterday', 'yesterday', 'DMY', '2026-11-29', undefined],
    ['reads a short form of yesterday', 'yday', 'DMY', '2026-11-29', undefined],
    ['reads last week as seven days back', 'last wk', 'DMY', '2026-11-23', undefined],
    ['reads days ago', '3 days ago', 'DMY', '2026-11-27', undefined],
    ['reads a bare weekday as the most recent past one', 'friday', 'DMY', '2026-11-27', undefined],
    ['reads the weekday of today as a week ago', 'on monday', 'DMY', '2026-11-23', undefined],
    ['reads a month name and day', 'Nov 3rd', 'MDY', '2026-11-03', undefined],
    ['reads a full date written out', '3 November 2025', 'DMY', '2025-11-03', undefined],
  ];

  it.each(cases)('%s', (_name, text, dateOrder, date, note) => {
    const read = readDateText(text, { today, dateOrder });
    expect(read).toEqual(note === undefined ? { date } : { date, note });
  });

  const refused: Array<[string, string, RegExp]> = [
    ['refuses words that are not a date', 'soonish', /"soonish" is not a date Kith can read/],
    [
      'refuses a date with more words around it',
      'yesterday at the pub',
      /is not a date Kith can read/,
    ],
    ['refuses a day that does not exist', '31/02/2026', /"31\/02\/2026", which is not a real date/],
    ['refuses a future date with its year', '03/12/2026', /in the future/],
    ['refuses tomorrow', 'tomorrow', /"tomorrow" \(2026-12-01\), which is in the future/],
    ['refuses next week on its own', 'next week', /in the future/],
  ];

  it.each(refused)('%s', (_name, text, message) => {
    expect(() => readDateText(text, { today, dateOrder: 'DMY' })).toThrow(DatePhraseError);
    expect(() => readDateText(text, { today, dateOrder: 'DMY' })).toThrow(message);
  });

  it('shows a sample in the user’s own order when it cannot read a date', () => {
    expect(() => readDateText('soonish', { today, dateOrder: 'MDY' })).toThrow('11/03/2026');
  });
});

describe('findDate in a line', () => {
  it.each([
    'lucy at astrazeneca emailed back - the data lead role closed last fri',
    'sam messaged - deliveroo froze hiring last mon',
    "heard back from rachel lowe, interview's on thurs",
    'kate morrison replied to my email, free for a call 8 jan',
  ])('takes no day from news or a plan in a later clause: "%s"', (text) => {
    expect(findDate(text, { today, dateOrder: 'DMY' })).toBeUndefined();
  });

  it("ends a short weekday's clause at a full stop before a plan", () => {
    const text = normaliseDateWords('Ben Ng - lunch Weds. Offered to intro me to their lead');
    expect(findDate(text, { today, dateOrder: 'DMY' })?.occurredOn).toBe('2026-11-25');
  });

  it('takes the number, not the weekday, when a weekday comes before a day and month', () => {
    const text = normaliseDateWords('vid 1800 Thurs 19/11, ops analytics');
    expect(findDate(text, { today, dateOrder: 'DMY' })?.occurredOn).toBe('2026-11-19');
  });

  it('keeps a day before the news in the first clause', () => {
    expect(
      findDate('teams call last week re ds interview loops', { today, dateOrder: 'DMY' })
        ?.occurredOn,
    ).toBe('2026-11-23');
  });

  it('skips a plan in another clause and finds the day it happened', () => {
    const text = 'call with Sam on friday, will meet next week';
    expect(findDate(text, { today, dateOrder: 'DMY' })?.occurredOn).toBe('2026-11-27');
  });

  it('keeps a line with only a plan in another clause undated', () => {
    expect(
      findDate('replied, happy to chat next week', { today, dateOrder: 'DMY' }),
    ).toBeUndefined();
  });

  it('reports a later date it kept as text', () => {
    const found = findDate('met Ana on 3 Nov and again on 10 Nov', { today, dateOrder: 'DMY' });
    expect(found).toMatchObject({ occurredOn: '2026-11-03', laterText: '10 Nov' });
  });

  it('leaves counts and times that look like numbers alone', () => {
    expect(
      findDate('coffee with Ana for 5-10 minutes', { today, dateOrder: 'DMY' }),
    ).toBeUndefined();
    expect(findDate('lunch with Ana at 12.30', { today, dateOrder: 'DMY' })?.occurredOn).toBe(
      today,
    );
  });

  it('covers the leading "on" so the summary reads without it', () => {
    const text = 'called Sam on 03/11/2026';
    const found = findDate(text, { today, dateOrder: 'DMY' });
    expect(text.slice(0, found?.start)).toBe('called Sam ');
  });

  it('never returns a day after today, whatever the order and numbers', () => {
    const parts = fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }));
    const year = fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined });
    fc.assert(
      fc.property(parts, year, fc.constantFrom(...dateOrders), ([a, b], y, dateOrder) => {
        const text = `met Ana on ${a}/${b}${y === undefined ? '' : `/${y}`}`;
        try {
          const found = findDate(text, { today, dateOrder });
          if (found) expect(isIsoDate(found.occurredOn) && found.occurredOn <= today).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DatePhraseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('spellDate', () => {
  it('writes a date as the notes say it', () => {
    expect(spellDate('2026-03-11')).toBe('11 March 2026');
  });
});

describe('dates as notes write them', () => {
  const dmy = { today, dateOrder: 'DMY' as const };
  const day = (text: string) => findDate(text, dmy)?.occurredOn;

  it.each([
    ['Gareth Price emailed 20.11', '2026-11-20'],
    ['20.11 rang Olivia back', '2026-11-20'],
    ['wei chen - arm - teams call - 2nd', '2026-11-02'],
    ['Alexandra Reid (Bupa) - coffee - 19th', '2026-11-19'],
    ['Mark (Tesco) - teams - friday before last', '2026-11-20'],
    ['the tues before last', '2026-11-17'],
    ['Schmidt - call - 12 Dec - data architecture career path', '2025-12-12'],
    ['asked kate for 15 mins on analytics leadership - 2 Nov', '2026-11-02'],
    ['Gareth sent a follow up email fri after our chat', '2026-11-27'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('reads "day before yesterday" as two days back', () => {
    expect(readDateText('day before yesterday', dmy).date).toBe('2026-11-28');
    expect(readDateText('the day before yday', dmy).date).toBe('2026-11-28');
  });

  it('reads a dotted clock time as a time of today, never as a day and month', () => {
    expect(day('coffee at 10.30')).toBe(today);
    expect(day('call at 9.11')).toBe(today);
    expect(day('call 9.11am')).toBe(today);
  });

  it('keeps a stage, a plan and a period something came from out of the date', () => {
    expect(day('sent me their take-home from last yr')).toBeUndefined();
    expect(day('Kate, 2nd stage interview')).toBeUndefined();
    expect(day('lunch with Sun after the talk')).toBeUndefined();
    expect(day('emailed back, interview with Deloitte on 8 Dec')).toBeUndefined();
  });

  it('keeps a deadline and the start of a silence out of the date', () => {
    expect(day('emailed a brief for 6 spot illos, due the 18th')).toBeUndefined();
    expect(day('sent the tender docs, submissions due 15th dec')).toBeUndefined();
    expect(day('whatsapped a brief for a sting, deadline the 11th')).toBeUndefined();
    expect(day('follow up email re the animation, nothing since the 20th')).toBeUndefined();
    expect(day('prodded him re the feedback, radio silence since tues')).toBeUndefined();
    expect(day('rang, her sister wants me to shoot her wedding in june')).toBeUndefined();
    expect(day('coffee on the 18th')).toBe('2026-11-18');
  });
});

describe('findDate: a month still to come and a weekday before "!!"', () => {
  const context = { today, dateOrder: 'DMY' as const };

  it.each([
    'Niamh saying intercom might open a role in jan',
    'dan wants me to start with 5 interviews in jan',
    'messaged Alex to ask for 15 mins of her time in dec',
  ])('reads no date from what may come: %s', (text) => {
    expect(findDate(text, context)).toBeUndefined();
  });

  it('reads a weekday before an exclamation as the day', () => {
    expect(findDate('Liz rang back sat!! she is going to email', context)?.occurredOn).toBe(
      '2026-11-28',
    );
  });

  it('takes the day named, not a time of day before it or the weekday around it', () => {
    const on = (text: string) => findDate(text, { today, dateOrder: 'DMY' })?.occurredOn;
    expect(on('Coffee at 10:30 on 2026-11-14 with Lee Jordan')).toBe('2026-11-14');
    expect(on('Thanked Zoe by text at 15:10 on 21/11/2026')).toBe('2026-11-21');
    expect(on('Video call with Siobhan on Friday 20/11/2026 at 11:00')).toBe('2026-11-20');
    expect(on('call with Ana at 10:30')).toBe(today);
  });
});

describe('a day and month written with a hyphen and no "on"', () => {
  const dmy = { today, dateOrder: 'DMY' as const };
  const mdy = { today, dateOrder: 'MDY' as const };
  const day = (text: string, context: { today: string; dateOrder: DateOrder } = dmy) =>
    findDate(text, context)?.occurredOn;

  it.each([
    ['networking night 19-11 with Dev', '2026-11-19'],
    ['loop 24-11, Dev', '2026-11-24'],
    ['sent her the slides she wanted, 27-11', '2026-11-27'],
    ['coffee w Ana 14-11 (Sat)', '2026-11-14'],
    ['met Ana on 24-11', '2026-11-24'],
    ['met Ana on 3-11', '2026-11-03'],
    ['met Ana 24/11', '2026-11-24'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it("reads it in the user's own order", () => {
    expect(day('drinks with Ana 11-19, good chat', mdy)).toBe('2026-11-19');
    expect(day('drinks with Ana 19-11, good chat', mdy)).toBeUndefined();
  });

  it.each([
    'coffee with Ana 9-11',
    'a 1-1 with Ana about the role',
    'Ana says 3-4 roles going at Monzo',
    'coffee with Ana for 5-10 minutes',
    'won 21-10 at the quiz with Ana',
    'Ana beat us 14-3 at the pub quiz',
    'call with Ana from 14-11',
    "Ana's mobile 07700 900 14-11",
    'Ana was stuck on the M6 at J19-11',
    'Ana says 13-12 people turned up',
    'coffee with Ana 31-11',
  ])('reads no date from a look-alike: %s', (text) => {
    expect(day(text) ?? today).toBe(today);
  });
});
