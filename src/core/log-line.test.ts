import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.js';
import { AppError, isAppError } from './errors.js';
import { channels, directions, interactionKinds } from './interaction.js';
import { parseLogLine, type ParsedLogLine } from './log-line.js';
import { tagSchema } from './person.js';

// 2026-11-25 is a Wednesday.
const today = '2026-11-25';
const parse = (line: string) => parseLogLine(line, { today });

function problemOf(line: string, options = { today }): { field: string; message: string } {
  try {
    parseLogLine(line, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('INVALID_INPUT');
    expect(appError.problems).toHaveLength(1);
    return appError.problems[0] ?? { field: '', message: '' };
  }
  throw new Error(`expected "${line}" to be rejected`);
}

describe('parseLogLine', () => {
  const cases: Array<[string, string, Omit<ParsedLogLine, 'problems' | 'people' | 'notes'>]> = [
    [
      'reads a coffee with a topic, a tag and "yesterday"',
      'coffee with Ana Lopez about data roles #jobsearch yesterday',
      {
        personNames: ['Ana Lopez'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-24',
        tags: ['jobsearch'],
        summary: 'Coffee — data roles',
      },
    ],
    [
      'resolves a bare weekday to the most recent past one',
      'call with Sam on Tuesday',
      {
        personNames: ['Sam'],
        channel: 'call',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-24',
        tags: [],
        summary: 'Call',
      },
    ],
    [
      'treats "re:" as the topic and keeps "to Acme" out of the names',
      'emailed Priya Shah re: intro to Acme #intro',
      {
        personNames: ['Priya Shah'],
        channel: 'email',
        kind: 'intro',
        direction: 'outbound',
        occurredOn: today,
        tags: ['intro'],
        summary: 'Emailed — intro to Acme',
      },
    ],
    [
      'reads a name before "reached out" as someone who got in touch with me',
      'Ben Ng reached out on LinkedIn about a contract',
      {
        personNames: ['Ben Ng'],
        channel: 'message',
        kind: 'give',
        direction: 'inbound',
        occurredOn: today,
        tags: [],
        summary: 'Reached out on LinkedIn — a contract',
      },
    ],
    [
      'finds every person in "Maria and Tom" and resolves "last Friday"',
      'lunch with Maria and Tom last Friday',
      {
        personNames: ['Maria', 'Tom'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-20',
        tags: [],
        summary: 'Lunch',
      },
    ],
    [
      'reads thanks sent to someone',
      'sent thanks to Ana',
      {
        personNames: ['Ana'],
        channel: 'other',
        kind: 'thanks',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Sent thanks',
      },
    ],
    [
      'reads "w/" as "with" and an ISO date',
      'video call w/ Jo Kim 2026-11-20 about portfolio review',
      {
        personNames: ['Jo Kim'],
        channel: 'video',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-20',
        tags: [],
        summary: 'Video call — portfolio review',
      },
    ],
    [
      'reads a meetup as an event and "3 days ago"',
      'met Lee at the PyData meetup 3 days ago',
      {
        personNames: ['Lee'],
        channel: 'event',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-22',
        tags: [],
        summary: 'Met at the PyData meetup',
      },
    ],
    [
      'reads a text message and defaults the date to today',
      'texted Ana',
      {
        personNames: ['Ana'],
        channel: 'message',
        kind: 'catch-up',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Texted',
      },
    ],
    [
      'reads asking for advice as an ask',
      'asked Ana for advice on data roles',
      {
        personNames: ['Ana'],
        channel: 'other',
        kind: 'ask',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Asked for advice on data roles',
      },
    ],
    [
      'names both people of an introduction and keeps them in the summary',
      'introduced Ana to Ben',
      {
        personNames: ['Ana', 'Ben'],
        channel: 'other',
        kind: 'intro',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Introduced Ana to Ben',
      },
    ],
    [
      'reads a follow-up',
      'followed up with Sam',
      {
        personNames: ['Sam'],
        channel: 'other',
        kind: 'follow-up',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Followed up',
      },
    ],
    [
      'reads giving feedback as a give',
      'gave Ana feedback on her CV',
      {
        personNames: ['Ana'],
        channel: 'other',
        kind: 'give',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Gave feedback on her CV',
      },
    ],
    [
      'finds a lower-case name after "with" and capitalises it',
      'coffee with ana lopez about data roles',
      {
        personNames: ['Ana Lopez'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
        tags: [],
        summary: 'Coffee — data roles',
      },
    ],
    [
      'reads an introduction made to me as inbound',
      'Ana introduced me to Ben',
      {
        personNames: ['Ana', 'Ben'],
        channel: 'other',
        kind: 'intro',
        direction: 'inbound',
        occurredOn: today,
        tags: [],
        summary: 'Ana introduced me to Ben',
      },
    ],
    [
      'reads "I called Sam" as a call I started',
      'I called Sam',
      {
        personNames: ['Sam'],
        channel: 'call',
        kind: 'catch-up',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Called',
      },
    ],
    [
      'keeps name particles and accents',
      'coffee with María José de la Cruz and Zoë',
      {
        personNames: ['María José de la Cruz', 'Zoë'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
        tags: [],
        summary: 'Coffee',
      },
    ],
    [
      'drops "talked" before the topic so the summary reads well',
      'coffee with Ana, talked about moving into product',
      {
        personNames: ['Ana'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
        tags: [],
        summary: 'Coffee — moving into product',
      },
    ],
    [
      'does not mistake "sat down" for Saturday',
      'sat down with Jan Novak',
      {
        personNames: ['Jan Novak'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
        tags: [],
        summary: 'Sat down',
      },
    ],
    [
      'does not mistake a person called May for a month',
      'met May at the conference',
      {
        personNames: ['May'],
        channel: 'event',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
        tags: [],
        summary: 'Met at the conference',
      },
    ],
    [
      'takes a month and day without a year as the most recent one in the past',
      'coffee with Ana Mar 3',
      {
        personNames: ['Ana'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-03-03',
        tags: [],
        summary: 'Coffee',
      },
    ],
    [
      'takes "in March" as the first of the most recent March',
      'coffee with Ana in March',
      {
        personNames: ['Ana'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-03-01',
        tags: [],
        summary: 'Coffee',
      },
    ],
    [
      'resolves a weekday named on that same weekday to a week ago',
      'call with Sam on Wednesday',
      {
        personNames: ['Sam'],
        channel: 'call',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-18',
        tags: [],
        summary: 'Call',
      },
    ],
    [
      'accepts a line that simply starts with a name',
      'Ana - quick chat',
      {
        personNames: ['Ana'],
        channel: 'other',
        kind: 'catch-up',
        direction: 'outbound',
        occurredOn: today,
        tags: [],
        summary: 'Quick chat',
      },
    ],
    [
      'reads "heard from" as inbound',
      'heard from Lee about the job',
      {
        personNames: ['Lee'],
        channel: 'other',
        kind: 'give',
        direction: 'inbound',
        occurredOn: today,
        tags: [],
        summary: 'Heard — the job',
      },
    ],
  ];

  it.each(cases)('%s', (_name, line, expected) => {
    expect(parse(line)).toEqual({ ...expected, people: expect.any(Array) as unknown, notes: [] });
  });

  it('reports a malformed tag as a problem and keeps the rest of the line', () => {
    const parsed = parse('messaged Ana on LinkedIn #Follow_Up #bad!tag');
    expect(parsed.tags).toEqual(['follow_up']);
    expect(parsed.problems).toEqual([
      { field: 'tags', message: expect.stringContaining('#bad!tag') as string },
    ]);
  });

  it('counts back from the given today, not from the clock', () => {
    expect(parseLogLine('call with Sam yesterday', { today: '2024-03-01' }).occurredOn).toBe(
      '2024-02-29',
    );
  });

  const rejected: Array<[string, string, RegExp]> = [
    ['rejects an empty line', '   ', /cannot be empty/],
    [
      'rejects an impossible ISO date',
      'met Ana on 2026-02-30',
      /"2026-02-30", which is not a real date/,
    ],
    [
      'rejects an impossible month-name date',
      'met Ana on Feb 30',
      /"Feb 30", which is not a real date/,
    ],
    ['rejects a date in the future', 'coffee with Ana tomorrow', /in the future/],
    [
      'rejects "next Friday" since a log records the past',
      'call with Sam next Friday',
      /in the future/,
    ],
    [
      'rejects a line longer than 2000 characters',
      `coffee with Ana ${'x'.repeat(2000)}`,
      /at most 2000 characters/,
    ],
  ];

  it.each(rejected)('%s', (_name, line, message) => {
    const problem = problemOf(line);
    expect(problem.field).toBe('line');
    expect(problem.message).toMatch(message);
    expect(problem.message).toContain('for example "coffee with Ana Lopez');
  });

  it('rejects a today that is not a date, naming the field', () => {
    expect(problemOf('texted Ana', { today: '25/11/2026' }).field).toBe('today');
  });

  it("answers a future day after the logged one as the line's problem", () => {
    const problem = problemOf('3 days ago — coffee tomorrow', { today: '2026-11-30' });
    expect(problem.message).toMatch(/"tomorrow" \(2026-12-01\)/);
  });

  it('reads a line without a person, naming nobody, for the caller to ask who', () => {
    expect(parseLogLine('coffee with the team about the roadmap', { today })).toMatchObject({
      personNames: [],
      people: [],
      channel: 'meeting',
    });
  });

  it('only ever throws AppError, and what it returns is a valid interaction draft', () => {
    const vocabulary = [
      'coffee',
      'with',
      'Ana',
      'ana',
      'w/',
      'about',
      're:',
      '#tag',
      '#',
      'yesterday',
      'Tuesday',
      'on',
      'last',
    ];
    const more = [
      '2026-02-30',
      'Feb 30',
      'May',
      'and',
      ',',
      '&',
      'me',
      'called',
      'reached out',
      'from',
      'heard',
      'intro',
      'to',
    ];
    const odd = [
      'de',
      'la',
      '3 days ago',
      'tomorrow',
      'in',
      'March',
      '1899-12-31',
      'at 5pm',
      'Sat',
      'I',
      '—',
      ':',
      '\n',
      'É',
    ];
    const words = fc
      .array(fc.constantFrom(...vocabulary, ...more, ...odd), { maxLength: 16 })
      .map((w) => w.join(' '));
    const line = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      words,
    );
    const day = fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2090-12-31'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(line, day, (text, date) => {
        const now = date.toISOString().slice(0, 10);
        let parsed: ParsedLogLine;
        try {
          parsed = parseLogLine(text, { today: now });
        } catch (error) {
          expect(isAppError(error)).toBe(true);
          return;
        }
        expect(parsed.personNames).toHaveLength(parsed.people.length);
        expect(isIsoDate(parsed.occurredOn) && parsed.occurredOn <= now).toBe(true);
        expect(channels).toContain(parsed.channel);
        expect(directions).toContain(parsed.direction);
        expect(interactionKinds).toContain(parsed.kind);
        for (const tag of parsed.tags) expect(tagSchema.parse(tag)).toBe(tag);
      }),
      { numRuns: 2000 },
    );
  });
});
