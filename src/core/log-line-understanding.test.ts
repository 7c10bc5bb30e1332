// How a one-line log reads people, plans, things sent and events as people write them: one table
// per class of misreading the held-out sets found, each in several wordings.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { withoutPlans } from './log-line-plans.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('lower-case full names after a verb done to someone', () => {
  it.each([
    ['sent priya shah my portfolio', 'Priya Shah'],
    ['sent ana lopez the slides from my talk', 'Ana Lopez'],
    ['gave mark evans some pointers on tableau', 'Mark Evans'],
    ['asked priya desai about the data team', 'Priya Desai'],
  ])('finds the name in "%s"', (line, name) => {
    expect(read(line).personNames).toEqual([name]);
  });

  it('reads no name from a lone lower-case word or a time after such a verb', () => {
    expect(read('sent invoices yesterday').personNames).toEqual([]);
    expect(read('call with Maria Gonzalez, follow-up call next week').personNames).toEqual([
      'Maria Gonzalez',
    ]);
  });
});

describe('a name with where they work', () => {
  it.each([
    [
      'Olivia from Hays called, two contract roles',
      'Olivia',
      'Hays',
      'call',
      'Called, two contract roles',
    ],
    ['Priya from Monzo called', 'Priya', 'Monzo', 'call', 'Called'],
    ['Emma at Lloyds texted me', 'Emma', 'Lloyds', 'message', 'At Lloyds texted me'],
    ['phoned Sam (Deliveroo)', 'Sam', 'Deliveroo', 'call', 'Phoned'],
    ['lunch with Aisha from Cazoo', 'Aisha', 'Cazoo', 'meeting', 'Lunch'],
  ])('reads "%s" as %s at %s, inbound or as said', (line, name, company, channel, summary) => {
    const parsed = read(line);
    expect(parsed.people).toEqual([{ text: name, alternatives: [], company }]);
    expect(parsed.channel).toBe(channel);
    expect(parsed.summary).toBe(summary);
  });

  it('keeps an event named after "at" in the summary', () => {
    const parsed = read('bumped into Devendra at Manchester Tech Festival');
    expect(parsed.summary).toBe('Bumped into at Manchester Tech Festival');
    expect(parsed.channel).toBe('event');
  });
});

describe('a person described, then named after a comma', () => {
  it.each([
    [
      'discovery call with a new client, Imogen Hart',
      'Imogen Hart',
      'call',
      'Discovery call with a new client',
    ],
    [
      'zoom with a founder, Lena Hoffmann, about a contract',
      'Lena Hoffmann',
      'video',
      'Zoom with a founder — a contract',
    ],
    ['coffee with my old manager, Sam Patel', 'Sam Patel', 'meeting', 'Coffee with my old manager'],
  ])('reads "%s" as %s', (line, name, channel, summary) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual([name]);
    expect(parsed.channel).toBe(channel);
    expect(parsed.summary).toBe(summary);
  });

  it('keeps where the named person works', () => {
    expect(read('call with a recruiter, Georgia Banks from Harnham').people).toEqual([
      { text: 'Georgia Banks', alternatives: [], company: 'Harnham' },
    ]);
  });

  it('reads no name from a description followed by a remark', () => {
    expect(read('lunch with a new client, awkward').personNames).toEqual([]);
  });
});

describe('"into" leads to a person only when someone was met', () => {
  it('reads "moving into analytics" as no person, "bumped into Dev" as one', () => {
    expect(
      read('Aisha from Cazoo asked me for advice on moving into analytics').personNames,
    ).toEqual(['Aisha']);
    expect(read('bumped into Dev at the meetup').personNames).toEqual(['Dev']);
  });
});

describe('a day in a later clause that is a plan is not the day logged', () => {
  it.each([
    ['Liz T emailed back, interview with Deloitte on 8 Dec', ['Liz T']],
    ['Priya S replied to my email, can chat thurs', ['Priya S']],
    ['rachel lowe rang, 2nd stage interview booked for next wed', ['Rachel Lowe']],
    ['Gareth replied, call booked for friday', ['Gareth']],
    ['Alexandra Reid invited me to their data open day on 10 Dec', ['Alexandra Reid']],
  ])('logs "%s" today, on the person who was in touch', (line, names) => {
    const parsed = read(line);
    expect(parsed.occurredOn).toBe(today);
    expect(parsed.personNames).toEqual(names);
  });

  it('still reads a past day in a later clause, and an ordinal that closes a clause', () => {
    expect(read('Gareth replied, we spoke on thursday').occurredOn).toBe('2026-11-26');
    expect(read('emailed Ana on 8 Dec').occurredOn).toBe('2025-12-08');
    expect(read('call with Niamh, 24th').occurredOn).toBe('2026-11-24');
    expect(read('chased Rob re the referral, 3rd time').occurredOn).toBe(today);
  });
});

describe('a channel, then "from" someone', () => {
  it.each([
    ['whatsapp from Zoe about a growth analyst opening', 'message', 'give'],
    ['linkedin message from Hannah', 'message', 'catch-up'],
    ['slack message from Sam Patel', 'message', 'catch-up'],
    ['call from Joanne about the data lead job', 'call', 'give'],
  ])('reads "%s" as inbound', (line, channel, kind) => {
    const parsed = read(line);
    expect(parsed.personNames).toHaveLength(1);
    expect(parsed).toMatchObject({ channel, direction: 'inbound', kind });
  });
});

describe('plans inside a line are not what happened', () => {
  it.each([
    ["lunch with Ana Lopez on Friday, she'll intro me to her lead", 'meeting', 'mutual', 'give'],
    ["coffee with Joanne, she'll introduce me to her director", 'meeting', 'mutual', 'give'],
    ["emailed Chidi, he'll intro me next week", 'email', 'inbound', 'give'],
    ["lunch with Kate on friday, she's going to refer me", 'meeting', 'mutual', 'give'],
    ['call with Wei Chen, he will send me the job spec', 'call', 'mutual', 'give'],
    ["coffee with Ana, she'll put me in touch with Ben Ng", 'meeting', 'mutual', 'intro'],
    ['emailed Alexandra, will follow up next week', 'email', 'outbound', 'catch-up'],
    ['Sam replied on linkedin, wants to grab a coffee next week', 'message', 'inbound', 'catch-up'],
  ])('reads "%s" with what they offered as a give', (line, channel, direction, kind) => {
    expect(read(line)).toMatchObject({ kind, channel, direction });
  });

  it.each([
    ['emailed Alexandra, will follow up next week', 'email', 'outbound'],
    ['Sam replied on linkedin, wants to grab a coffee next week', 'message', 'inbound'],
  ])('reads "%s" as a catch-up', (line, channel, direction) => {
    expect(read(line)).toMatchObject({ kind: 'catch-up', channel, direction });
  });

  it('keeps what happened and drops what will', () => {
    expect(withoutPlans("lunch with Ana, she'll intro me")).toBe('lunch with Ana');
    expect(withoutPlans('call with Maria, follow-up call next week')).toBe('call with Maria');
    expect(withoutPlans('Chidi is going to refer me')).toBe('Chidi is');
  });

  it('leaves a person called Will alone, and an offer made now is still a give', () => {
    expect(withoutPlans('coffee with Ana and Will')).toBe('coffee with Ana and Will');
    expect(read('Marcus Bell offered to introduce me to his CTO').kind).toBe('give');
    expect(read("Chidi intro'd me to her manager").kind).toBe('intro');
  });
});

describe('a job spec, a CV or a portfolio sent', () => {
  it.each([
    ['Rachel Lowe emailed me the job spec for the senior analyst role', 'give', 'inbound'],
    ['Olivia Brown sent me the job description', 'give', 'inbound'],
    ['Rachel forwarded the job description for the analyst role', 'give', 'inbound'],
    ["Liz sent over deloitte's senior consultant job description", 'give', 'inbound'],
    ['Fatima sent me the ofcom grad economist scheme link', 'give', 'inbound'],
    ['sent rachel (booking recruiter) updated cv', 'ask', 'outbound'],
    ['Lee - whatsapp - sent him my portfolio link bc he asked', 'give', 'outbound'],
    ['sent priya shah my portfolio', 'ask', 'outbound'],
    ['sent Kate Morrison my resume', 'ask', 'outbound'],
    ['sent Mark Evans my cover letter', 'ask', 'outbound'],
    ['Emma Clark forwarded my CV to her manager', 'give', 'inbound'],
    ['sent Maria Gonzalez the survey article', 'give', 'outbound'],
  ])('reads "%s" as %s', (line, kind, direction) => {
    expect(read(line)).toMatchObject({ kind, direction });
  });
});

describe('an event is the channel only when the line went to it', () => {
  it.each([
    ['emailed Niamh and Siobhan about the Dublin meetup', 'email'],
    ['emailed Kate about the London analytics meetup', 'email'],
    ['messaged Wei Chen re the hackathon', 'message'],
    ['call with Ana about the Spotify conference', 'call'],
    ['met Tom at the Bristol analytics meetup on 12 Nov', 'event'],
    ['saw Chidi at the London fintech meetup', 'event'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });
});

describe('a capitalised word closing a line after a comma', () => {
  const knows = (names: string[]) => (name: string) => names.includes(name.toLowerCase());

  it.each([
    ['coffee with Dev, Tricky', ['Dev']],
    ['coffee with Devendra Mistry, Awkward but useful', ['Devendra Mistry']],
    ['call with Priya Shah, Helpful', ['Priya Shah']],
  ])('is a remark in "%s" when nobody is called that', (line, names) => {
    const parsed = read(line, knows(['dev']));
    expect(parsed.personNames).toEqual(names);
  });

  it('is a name when someone could be called that, and a list still names everyone', () => {
    expect(read('coffee with Dan Fletcher, Wei', knows(['wei'])).personNames).toEqual([
      'Dan Fletcher',
      'Wei',
    ]);
    expect(read('lunch with Ana, Ben Ng and Wei', knows([])).personNames).toEqual([
      'Ana',
      'Ben Ng',
      'Wei',
    ]);
  });
});

describe('who the line starts with', () => {
  it.each([
    ['Devendra whatsapped me about a contract gig', ['Devendra'], 'message', 'give'],
    ["Alex Morgan dm'd me on insta", ['Alex Morgan'], 'message', 'catch-up'],
    ['Tom W liked my post about career changes', ['Tom W'], 'social', 'catch-up'],
    ['linkedin: Aisha Karim accepted my connection request', ['Aisha Karim'], 'social', 'catch-up'],
    ['Nat from the bootcamp messaged me about a junior role', ['Nat'], 'message', 'give'],
  ])('reads "%s"', (line, names, channel, kind) => {
    expect(read(line)).toMatchObject({ personNames: names, channel, direction: 'inbound', kind });
  });
});

describe('names after more verbs, in any case', () => {
  it.each([
    ['bumped into siobhan murphy at the stripe meetup', ['Siobhan Murphy']],
    ["commented on hannah schmidt's post about data mesh", ['Hannah Schmidt']],
    ["intro'd Lucy Patel to Zoe Martin", ['Lucy Patel', 'Zoe Martin']],
  ])('reads "%s"', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });
});

describe('channels and directions said in passing', () => {
  it.each([
    ['messaged Aisha Khan on teams', 'message', 'outbound'],
    ['Yusuf Demir connected with me on LinkedIn', 'social', 'inbound'],
    ['Daniel Okoro invited me to the Barclays data open day', 'other', 'inbound'],
    ['met yusuf at the Trainline open evening', 'event', 'mutual'],
    ["spoke to Chidi, he's going to intro me", 'other', 'mutual'],
    ['met a recruiter called Hollie Price at the careers fair', 'event', 'mutual'],
  ])('reads "%s" as %s, %s', (line, channel, direction) => {
    expect(read(line)).toMatchObject({ channel, direction });
  });
});
