import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { plainFormalWords } from './log-line-formal-words.js';
import { readAppositiveName } from './log-line-appositive.js';
import { headTokens } from './log-line-tokens.js';

const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });
const known = ['Elizabeth Taylor', 'Chidi Eze', 'Mark Evans', 'Devendra Mistry'];
const knows = (name: string) =>
  known.some((person) =>
    person
      .toLowerCase()
      .split(' ')
      .concat(person.toLowerCase())
      .includes(name.toLowerCase().replace(/^(?:mr|mrs|ms|miss|dr)\.? /, '')),
  );

describe('plainFormalWords', () => {
  it.each([
    ['Telephoned Mrs Taylor', 'Phoned Mrs Taylor'],
    ['a word on the telephone', 'a word on the phone'],
    ['Luncheon with Mr Carter', 'Lunch with Mr Carter'],
    ['over luncheon on Thursday', 'over lunch on Thursday'],
    ['Wrote by email to Mr Granger', 'Emailed Mr Granger'],
    ['Mr Wright wrote by email on Saturday', 'Mr Wright emailed on Saturday'],
    ['Rung Mr Okoro this morning', 'Rang Mr Okoro this morning'],
  ])('puts "%s" plainly', (line, plain) => {
    expect(plainFormalWords(line)).toBe(plain);
  });

  it('leaves "wrote to" and a "rung" inside the line alone', () => {
    expect(plainFormalWords('wrote to Ana, the top rung of the ladder')).toBe(
      'wrote to Ana, the top rung of the ladder',
    );
  });
});

describe('a verb opening a line or a sentence is no name', () => {
  it.each([
    ['Telephoned Mrs Taylor a fortnight ago about Deloitte.', 'Mrs Taylor', 'call'],
    ['Telephned Mr Demir at 2.30pm re the depot.', 'Mr Demir', 'call'],
    ['Telefoned Miss Kelly at 11am to ask about roles.', 'Miss Kelly', 'call'],
    ['Telephonned Mr Evans on the 23rd to ask for a reference.', 'Mr Evans', 'call'],
    ['Emailled Dr. Reid on the 24th to thank her.', 'Dr Reid', 'email'],
    ['Got the design doc from Kowalski this morning.', 'Kowalski', 'other'],
  ])('reads "%s" as with %s', (line, person, channel) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual([person]);
    expect(parsed.channel).toBe(channel);
  });

  it('reads the first word of a second sentence as a verb', () => {
    const parsed = read(
      'Attended the Northampton Business Network breakfast on Friday 20th November. Had a word with Mr Evans of Tesco.',
    );
    expect(parsed.personNames).toEqual(['Mr Evans']);
    expect(parsed.occurredOn).toBe('2026-11-20');
    expect(parsed.channel).toBe('event');
  });

  it('keeps a name ending in -ed when a verb follows it', () => {
    expect(read('Khaled emailed me about the role').personNames).toEqual(['Khaled']);
  });
});

describe('honorifics, titles and places', () => {
  it.each([
    ['A Mr Stephen Hollis of Reed Recruitment telephoned at 12.30 today.', 'Stephen Hollis'],
    ['Katie Morris of the BBC telephoned at 3pm on Tuesday.', 'Katie Morris'],
    [
      'Mr Ravi Dhillon of the Federation of Small Businesses introduced me by email to their chairman.',
      'Ravi Dhillon',
    ],
    [
      'Wrote by email to Mr Philip Granger, Operations Director at Wincanton, enclosing my CV.',
      'Philip Granger',
    ],
    [
      'Mrs Patricia Hale, Head of People at Ocado, emailed asking for two references.',
      'Patricia Hale',
    ],
  ])('reads "%s" as with %s alone', (line, person) => {
    expect(read(line).personNames).toEqual([person]);
  });

  it('takes where someone works after "of" when a full name or a title comes first', () => {
    expect(read('Mr Okoro of Barclays asked me by email to speak.').people[0]?.company).toBe(
      'Barclays',
    );
  });

  it('marks "a Mr …" as someone new, in the middle of a line too', () => {
    const parsed = read(
      'At the business network breakfast on Friday a Mr Gordon Leckie told me his firm is hiring.',
    );
    expect(parsed.personNames).toEqual(['Gordon Leckie']);
    expect(parsed.people[0]?.fresh).toBe(true);
  });

  it('reads no body "of" a place as a person', () => {
    expect(read('Attended Ministry of Testing meetup, met Zoe Martin there').personNames).toEqual([
      'Zoe Martin',
    ]);
  });

  it('reads no "who" and no place moved to as a person', () => {
    expect(
      read('Emailed Lee Jordan to introduce him to my friend who’s moving up to Edinburgh.')
        .personNames,
    ).toEqual(['Lee Jordan']);
  });
});

describe('someone described, then named', () => {
  it.each([
    ['A bootcamp mate, Tariq Hussain, messaged me on Slack asking for feedback.', 'Tariq Hussain'],
    ['My old PGCE mentor, Mrs Janet Hollis, rang me on Sunday.', 'Janet Hollis'],
  ])('reads "%s" as from %s', (line, person) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual([person]);
    expect(parsed.direction).toBe('inbound');
  });

  it('marks someone "a …" describes as new', () => {
    expect(
      read('An old colleague, Sarah Whitcombe, rang asking for a reference.').people[0]?.fresh,
    ).toBe(true);
  });

  it.each([
    [
      'Had a chat with Dev and a friend of his, Kwame Asante, at the open evening.',
      ['Dev', 'Kwame Asante'],
    ],
    [
      'Lunch with Sam O’Neil and his manager, a Mr Declan Roche, on Wednesday.',
      ['Sam O’Neil', 'Declan Roche'],
    ],
  ])('reads both people in "%s"', (line, people) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual(people);
    expect(parsed.people[1]?.fresh).toBe(true);
  });

  it.each([
    [
      'Luncheon with two former colleagues, Mr Wright and Mr Evans, at the Swan.',
      ['Mr Wright', 'Mr Evans'],
    ],
    [
      'Coffee with Mr Singh and his associate Mr Martin Pryce this morning.',
      ['Mr Singh', 'Martin Pryce'],
    ],
    [
      'Luncheon with Dr. Reid and a Mrs Gillian Ashby from the Bupa team.',
      ['Dr Reid', 'Gillian Ashby'],
    ],
  ])('reads everyone in "%s"', (line, people) => {
    expect(read(line).personNames).toEqual(people);
  });

  it('reads whose post was liked on LinkedIn', () => {
    const parsed = read(
      'Liked a post on LinkedIn by Mrs Sheila Marsh of the Road Haulage Association.',
    );
    expect(parsed.personNames).toEqual(['Sheila Marsh']);
    expect(parsed.channel).toBe('social');
  });

  it('reads two people who took the user out', () => {
    const parsed = read('Gareth Price and Owen Davies took me for lunch in Cardiff on Saturday.');
    expect(parsed.personNames).toEqual(['Gareth Price', 'Owen Davies']);
    expect(parsed.channel).toBe('meeting');
    expect(parsed.direction).toBe('mutual');
  });

  it('sets aside someone new an intro "by email" was made to', () => {
    expect(
      read('Chidi Eze introduced me by email to Amara Obi, who leads learning at Wise.', knows)
        .personNames,
    ).toEqual(['Chidi Eze']);
  });

  it('reads a description opening with an acronym', () => {
    const tokens = headTokens('my old PGCE mentor, Mrs Janet Hollis, rang');
    expect(readAppositiveName(tokens, 0)).toEqual({ at: 5, fresh: false });
  });
});

describe('kinds and channels of formal notes', () => {
  it.each([
    'Rachel Lowe rang to say the learning designer role at Booking.com has already been filled.',
    'Mrs Khan rang to say the logistics post in her insight team has been withdrawn.',
  ])('reads a role gone in "%s" as a catch-up', (line) => {
    expect(read(line).kind).toBe('catch-up');
  });

  it.each([
    'Dev rang to tell me Northwind are after a warehouse manager in Wakefield.',
    "Owen Davies left me a voicemail saying Admiral's L&D team are recruiting in January.",
  ])('reads news of a role in "%s" as a give', (line) => {
    expect(read(line).kind).toBe('give');
  });

  it('keeps a hiring manager no role', () => {
    expect(read('tom reeve, hiring manager at monzo, emailed me back').kind).toBe('catch-up');
  });

  it.each([
    'Went to the Chamber of Commerce lunch on Thursday. Met Mr Bell of Starling there.',
    'Attended the Institute of Directors dinner. Spoke at length with Mr Alvarez.',
  ])('reads a named gathering in "%s" as an event', (line) => {
    expect(read(line).channel).toBe('event');
  });

  it.each([
    'Left a voicemail for Ms Desai reminding her of the referral she promised.',
    'Sent Mr Carter a LinkedIn message to remind him about the partner he mentioned.',
  ])('reads a reminder in "%s" as a follow-up', (line) => {
    expect(read(line).kind).toBe('follow-up');
  });

  it('keeps lunch at the pub a meeting', () => {
    expect(read('went to the pub for lunch with ana').channel).toBe('meeting');
  });
});

describe('a formal note in the passive', () => {
  it.each([
    [
      'A telephone call was received from a recruiter, Tom Ashworth of Robert Walters, regarding an interim branch manager role in Reigate.',
      [['Tom Ashworth'], 'call', 'give', 'inbound'],
    ],
    [
      'Correspondence received from Mrs Okafor by email this afternoon, enclosing the job description for the post she mentioned.',
      [['Mrs Okafor'], 'email', 'give', 'inbound'],
    ],
    [
      'Ms Desai at Monzo was contacted by text to ask if she might share the job description.',
      [['Ms Desai'], 'message', 'ask', 'outbound'],
    ],
    [
      "Received Emily Clarke's comments on my covering letter by email this morning; very thorough indeed.",
      [['Emily Clarke'], 'email', 'give', 'inbound'],
    ],
  ])('"%s" is read as done by whoever did it', (line, expected) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.channel, parsed.kind, parsed.direction]).toEqual(expected);
  });
});

describe('a formal note of favours and openings', () => {
  it.each([
    ['Joanne Bennett replied that she would be glad to refer me.', 'give'],
    ['Sarah Jennings replied by email, agreeing to act as a referee. Most kind.', 'give'],
    [
      "Alexandra Reid emailed to say that Bupa's head of member services is retiring and the post will be advertised in January.",
      'give',
    ],
    [
      'Email from Daniel Okoro this morning putting me in touch with Fiona Grant, who heads operational risk at Barclays.',
      'intro',
    ],
    [
      'Deborah Lang of the Surrey Chambers telephoned to invite me to speak at their February breakfast.',
      'ask',
    ],
  ])('"%s" is %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it('reads a named briefing as a gathering', () => {
    expect(
      read(
        'Met Mr Wright and Mrs Okafor together at the Institute of Directors briefing on Monday.',
      ).channel,
    ).toBe('event');
    expect(read('Met Mark Evans at the team briefing').channel).not.toBe('event');
  });
});
