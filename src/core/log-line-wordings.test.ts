// How a one-line log reads wordings the rules once did not know: ranks and family before a name,
// whom an intro joined the user to, "caught" someone, slips of talking verbs, lengths of time,
// gatherings opening a note, and things passed on with new verbs and nouns. One table per class.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendVerbSlips } from './log-line-verb-slips.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });
const known = (...names: string[]) => {
  const lower = names.map((name) => name.toLowerCase());
  return (name: string) => lower.includes(name.toLowerCase());
};

describe('a rank or a family word before a name', () => {
  it.each([
    ['my old sergeant dave rang', ['Dave']],
    ['coffee with my old captain tom reeves fri', ['Tom Reeves']],
    ['my former major sarah blake messaged me', ['Sarah Blake']],
    ['my old platoon sergeant mick - pint - sat', ['Mick']],
    ['my old CO colonel james hart emailed', ['James Hart']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });

  it.each([
    ['drinks w chidi eze and his partner tom, fri', ['Chidi Eze', 'Tom']],
    ['lunch with lucy patel and her husband raj', ['Lucy Patel', 'Raj']],
    ['dinner with ben ng and his wife mei', ['Ben Ng', 'Mei']],
  ])('reads the one met with a contact in "%s"', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });
});

describe('whom a contact introduced the user to', () => {
  const people = known('Emma Clark', 'Robert Singh', 'Katie Morris', 'Niamh Kelly');

  it.each([
    'Emma Clark introduced me to Paul Hughes from her team',
    'robert singh intro’d me to a partner at kpmg called Fiona',
    'katie morris put me in touch w a producer called Amy Shaw',
    'emma clark connected me with Leo Grant from accenture',
  ])('is no contact of "%s" when nobody known has that name', (line) => {
    expect(read(line, people).personNames).toHaveLength(1);
  });

  it('is still a contact when the user knows them', () => {
    expect(read('katie morris put me in touch with niamh kelly', people).personNames).toEqual([
      'Katie Morris',
      'Niamh Kelly',
    ]);
  });

  it('reads a named colleague as whom an offered intro is to', () => {
    expect(read('emma clark offered to introduce me to her colleague Tom Barnes').kind).toBe(
      'intro',
    );
    expect(read('emma clark offered to introduce me to her manager at lloyds').kind).toBe('give');
  });

  it('leaves out whose details were passed on to someone named', () => {
    expect(read('passed Emma Clark’s details on to Katie Morris').personNames).toEqual([
      'Katie Morris',
    ]);
  });
});

describe('meeting words and gatherings', () => {
  it.each([
    ['caught owen davies at the fintech demo night thurs', 'Owen Davies', 'event'],
    ['caught priya desai at monzo’s hack day', 'Priya Desai', 'event'],
    ['caught dev after work for a pint', 'Dev', 'meeting'],
  ])('reads "%s" as %s, %s, both sides', (line, name, channel) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual([name]);
    expect(parsed.channel).toBe(channel);
    expect(parsed.direction).toBe('mutual');
  });

  it.each([
    'data leaders breakfast - chatted to kate morrison',
    'women in product brunch - met niamh kelly',
  ])('reads a gathering opening the note in "%s" as an event', (line) => {
    expect(read(line).channel).toBe('event');
  });

  it.each(['kate morrison - lunch - thurs', 'quick lunch - kate morrison', 'ana - drinks - fri'])(
    'reads a meal in "%s" as a meeting',
    (line) => {
      expect(read(line).channel).toBe('meeting');
    },
  );

  it('reads "called" that names someone after a long description as no call', () => {
    expect(read('ana lopez connected me w a data lead at spotify called phil').channel).toBe(
      'other',
    );
  });
});

describe('slips of talking verbs and short words', () => {
  it.each([
    ['tlked to rachel lowe', 'talked to rachel lowe'],
    ['tlaked to gareth', 'talked to gareth'],
    ['chated with ana', 'chatted with ana'],
    ['he reviewd my cv', 'he reviewed my cv'],
    ['rang her on teh phone', 'rang her on the phone'],
  ])('mends "%s"', (line, mended) => {
    expect(mendVerbSlips(line)).toBe(mended);
  });
});

describe('a length of time is no date', () => {
  it.each([
    'marcus said starling need a designer for 6 wks',
    'dan fletcher has a contract for 3 months, said hed refer me',
    'zoom w alex morgan, meta has frozen hiring for two weeks',
  ])('logs "%s" today', (line) => {
    expect(read(line).occurredOn).toBe(today);
  });

  it('still reads a time ago', () => {
    expect(read('coffee with ana lopez 2 weeks ago').occurredOn).toBe('2026-11-16');
  });
});

describe('things passed on in new words', () => {
  it.each([
    ['whatsapp’d zoe martin a link to the meetup', 'outbound'],
    ['whatsapp’d niamh kelly the intercom job ad', 'outbound'],
    ['passed gareth price a lead on a pricing contract', 'outbound'],
    ['dropped robert singh the slides from my talk', 'outbound'],
    ['sent the cipd pay benchmark to emily clarke', 'outbound'],
    ['lee jordan passed me a lead for a contract', 'inbound'],
    ['marcus bell wants a quote for a new logo', 'inbound'],
    ['ben ng wants us to quote for their onboarding revamp', 'inbound'],
    ['my old major sarah blake emailed offering to be a referee', 'inbound'],
  ])('reads "%s" as a give, %s', (line, direction) => {
    const parsed = read(line);
    expect(parsed.kind).toBe('give');
    expect(parsed.direction).toBe(direction);
  });

  it.each([
    'whatsapp’d fatima zahra congrats on the new job',
    'emailed ben carter re the audit, he wants a proposal by fri',
  ])('reads "%s" as no give', (line) => {
    expect(read(line).kind).not.toBe('give');
  });
});
