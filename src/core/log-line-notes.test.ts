// How a one-line log reads who a note names: a name first, names joined, people described, one
// lower-case word after a verb.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('a note with no verb: a name first, then a break or what happened', () => {
  it.each([
    ['maggie okafor - video call - 3 weeks ago', 'Maggie Okafor', 'video', '2026-11-09'],
    ['niamh kelly zoom 25/11', 'Niamh Kelly', 'video', '2026-11-25'],
    ['wei chen - call - last tues', 'Wei Chen', 'call', '2026-11-24'],
    ['hannah schmidt video call about data architecture', 'Hannah Schmidt', 'video', today],
    ['Ana: call re the data team', 'Ana', 'call', today],
    ['w/ ana lopez - lunch', 'Ana Lopez', 'meeting', today],
  ])('reads "%s" as %s, %s, on %s', (line, name, channel, date) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual([name]);
    expect(parsed.channel).toBe(channel);
    expect(parsed.direction).toBe('mutual');
    expect(parsed.occurredOn).toBe(date);
  });

  it.each([
    ['Kate from Sky - coffee 12/11', 'Kate', [], 'Sky', 'meeting'],
    ['Sam (Deliveroo) coffee', 'Sam', [], 'Deliveroo', 'meeting'],
    ['emily clarke from ONS - coffee - 6 days ago', 'Emily Clarke', ['Emily'], 'ONS', 'meeting'],
  ])('reads "%s" as %s at %s', (line, name, alternatives, company, channel) => {
    const parsed = read(line);
    expect(parsed.people).toEqual([{ text: name, alternatives, company }]);
    expect(parsed.channel).toBe(channel);
  });

  it('takes the longest start of lower-case words that the people know, else nobody', () => {
    const known = (name: string) => name === 'Robert Singh';
    expect(read('robert singh kpmg lunch on 6 Nov', known).personNames).toEqual(['Robert Singh']);
    // Nobody known: a given name and a surname Kith knows open the note, as someone new.
    expect(read('robert singh kpmg lunch on 6 Nov', () => false).personNames).toEqual([
      'Robert Singh',
    ]);
    expect(read('kpmg lunch on 6 Nov', () => false).personNames).toEqual([]);
    // With nobody to ask, the shape alone is a guess with its shorter readings.
    expect(read('robert singh kpmg lunch').people).toEqual([
      { text: 'Robert Singh Kpmg', alternatives: ['Robert Singh', 'Robert'] },
    ]);
  });

  it.each([
    ['zoom - ben ng', 'Ben Ng', 'video', 'Zoom'],
    ['Coffee: Ana Lopez, useful', 'Ana Lopez', 'meeting', 'Coffee, useful'],
    ['quick call — Ana', 'Ana', 'call', 'Quick call'],
  ])('reads what happened, a break, then the name: "%s"', (line, name, channel, summary) => {
    const parsed = read(line, (written) => ['Ben Ng', 'Ana'].includes(written));
    expect(parsed).toMatchObject({ personNames: [name], channel, summary, direction: 'mutual' });
  });

  it('never reads a name across a spaced dash', () => {
    expect(read('Interview - Deloitte').personNames).toEqual(['Interview']);
    expect(read('coffee - interview prep', () => false).personNames).toEqual([]);
  });

  it('reads no name from words that are not followed by a break or what happened', () => {
    expect(read('tidied up the cv for the Sky role').personNames).toEqual([]);
    expect(read('quick call - roles').personNames).toEqual([]);
  });
});

describe('days as notes write them', () => {
  it.each([
    ['alex morgan video call fri', '2026-11-27'],
    ['Marcus from Starling - zoom - fri', '2026-11-27'],
    ['met katie morris at the Media City meetup sat', '2026-11-28'],
    ['call with Ana wed, useful', '2026-11-25'],
    ['lunch w Emma Clark on Tues 17th', '2026-11-17'],
    ['call with Ana on Wed 18th', '2026-11-18'],
    ['coffee w Chidi a fortnight ago', '2026-11-16'],
  ])('reads "%s" as %s', (line, date) => {
    expect(read(line).occurredOn).toBe(date);
  });

  it.each([
    ['lunch with Sun', ['Sun']],
    ['sat down with Ana Lopez', ['Ana Lopez']],
  ])('reads no day from a short weekday that is a name or a verb: "%s"', (line, names) => {
    const parsed = read(line);
    expect(parsed.occurredOn).toBe(today);
    expect(parsed.personNames).toEqual(names);
  });

  it('takes neither a deadline nor a plan after a dash as the day', () => {
    const deadline = read('emailed Ben Carter re the audit, he wants a proposal by fri');
    expect(deadline.occurredOn).toBe(today);
    const plan = read('Ben Ng replied - free tomorrow for a call');
    expect(plan).toMatchObject({ occurredOn: today, channel: 'other', direction: 'inbound' });
  });
});

describe('what was sent, and who began a talk', () => {
  it('reads a CV described on the way as the user asking', () => {
    expect(read('sent rachel lowe my updated cv 3 days ago').kind).toBe('ask');
  });

  it('reads nothing sent from a topic that names a thing ("about the analytics lead")', () => {
    expect(read('emailed kate morrison about the analytics lead opening').kind).toBe('catch-up');
  });

  it('leaves a catch-up suggested for the new year out of who began', () => {
    const parsed = read('emailed Alexandra Reid, she suggested catching up in the new year');
    expect(parsed).toMatchObject({ channel: 'email', direction: 'outbound' });
  });
});

describe('names joined and led in as notes write them', () => {
  it.each([
    ['zoom w Emily Clarke + Fatima Zahra re public sector data', ['Emily Clarke', 'Fatima Zahra']],
    ['heard back from Hannah Schmidt', ['Hannah Schmidt']],
  ])('reads "%s"', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });

  it('reads "@" as "at" and a capitalised verb as no part of a company', () => {
    const at = read('Emily Clarke @ the ONS stats conference on 6 Nov');
    expect(at).toMatchObject({ personNames: ['Emily Clarke'], channel: 'event' });
    const sam = read("Sam from Ocado DM'd me on linkedin");
    expect(sam.people).toEqual([{ text: 'Sam', alternatives: [], company: 'Ocado' }]);
    expect(sam).toMatchObject({ channel: 'message', direction: 'inbound' });
  });

  it('takes one word before what happened as a name only when the people know it', () => {
    expect(read('Networking lunch yesterday').personNames).toEqual([]);
    expect(read('Meetup at Google', () => false).personNames).toEqual([]);
    expect(read('Keynote at the conference', () => false).personNames).toEqual([]);
    expect(read('Greta at the Women in Data conf, 2 weeks ago', () => false)).toMatchObject({
      personNames: ['Greta'],
      channel: 'event',
    });
    expect(read('Ana coffee yesterday', (name) => name === 'Ana').personNames).toEqual(['Ana']);
  });
});

describe('a person described by "the", where they work and what they are', () => {
  it.each([
    ['lunch with the Booking.com Priya on 19 Nov', 'Priya', 'Booking.com'],
    ['called the Hays recruiter Olivia back', 'Olivia', 'Hays'],
  ])('reads "%s" as %s at %s', (line, name, company) => {
    expect(read(line).people).toEqual([{ text: name, alternatives: [], company }]);
  });

  it('reads a name after a described group', () => {
    expect(read('drinks with the Sky team and Kate').personNames).toEqual(['Kate']);
  });

  it('takes a last capitalised word for a name only when the people know it', () => {
    expect(read('lunch with the Leeds Data Co', () => false).personNames).toEqual([]);
    expect(read('lunch with the Leeds Data Co team').personNames).toEqual([]);
  });
});

describe('one lower-case word after a verb done to someone', () => {
  it('is a name when the people know it, and not otherwise', () => {
    const parsed = read('sent rachel my updated cv', (name) => name === 'Rachel');
    expect(parsed).toMatchObject({ personNames: ['Rachel'], kind: 'ask', direction: 'outbound' });
    expect(read('sent invoices yesterday', () => false).personNames).toEqual([]);
    expect(read('asked loads of questions', () => false).personNames).toEqual([]);
    expect(read('sent invoices the same day', () => false).personNames).toEqual([]);
    expect(read('asked permission for the project', () => false).personNames).toEqual([]);
  });

  it.each([
    ['sent georgia the freelance brief template', 'Georgia'],
    ['sent rachel my updated cv', 'Rachel'],
    ['asked aisha for a referral', 'Aisha'],
    ['asked pete if his company takes on freelancers', 'Pete'],
  ])('is a name before what the verb gave or asked: "%s"', (line, name) => {
    expect(read(line, () => false).personNames).toEqual([name]);
  });
});
