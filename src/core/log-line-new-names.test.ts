// How a one-line log keeps words from becoming new people: initials, counted plurals, remarks
// standing as sentences, and where someone the user knows works. A line left with nobody asks.
import { describe, expect, it } from 'vitest';
import { isNoNewName } from './log-line-new-names.js';
import { parseLogLine } from './log-line.js';
import { setAsideSlipElsewhere } from './person-company.js';
import { matchPerson } from './person-match.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const known = ['wei chen', 'lee jordan', 'emily clarke', 'rachel lowe', 'chidi eze', 'ben ng'];
const read = (line: string) =>
  parseLogLine(line, {
    today,
    mayBePerson: (name) => known.includes(name.toLowerCase()),
    isWorkplace: (name) => name.toLowerCase() === 'wise',
  });
const names = (line: string) => read(line).people.map((person) => person.text);

describe('words that are never a new person', () => {
  it.each([
    ['JD', 'sent JD on whatsapp'],
    ['ONS', 'replied w ONS apprenticeship info'],
    ['Founders', 'met 2 founders, nobody useful'],
    ['Comments', 'returned it with comments.'],
    ['Unpaid', 'for the careers blog. Unpaid, naturally.'],
    ['Legend', 'Thanked Daniel for the referral. Legend.'],
  ])('"%s" in "%s"', (name, head) => {
    expect(isNoNewName(name, head)).toBe(true);
  });

  it.each([
    // Given names ending in "s", and a one-word name the line writes as a name.
    ['Jess', 'coffee with jess'],
    ['Inés', 'call with josé and his colleague inés yday'],
    ['Rhys', 'met rhys at the meetup'],
    ['Tariq', 'Met a PM called Tariq at the meetup'],
    // Initials inside a full name are part of it.
    ['JD Salinger', 'lunch with JD Salinger'],
  ])('"%s" in "%s" may be someone new', (name, head) => {
    expect(isNoNewName(name, head)).toBe(false);
  });
});

describe('lines whose only name is a word', () => {
  it.each([
    'seedcamp mixer last night - met 2 founders, nobody useful',
    'Attended IET lecture 19/11',
  ])('reads nobody from "%s", for the caller to ask who it was with', (line) => {
    expect(read(line).personNames).toEqual([]);
  });

  it.each([
    [
      'Rachel Lowe asked whether I would write a guest post for the careers blog. Unpaid, naturally.',
      ['Rachel Lowe'],
    ],
    ['Thanked Rachel Lowe for the referral. Legend.', ['Rachel Lowe']],
    ['Sent Ben Ng PM portfolio + case studies', ['Ben Ng']],
    ['Chidi Eze offered to intro me to Wise’s content lead', ['Chidi Eze']],
  ])('keeps only the person in "%s"', (line, people) => {
    expect(names(line)).toEqual(people);
  });
});

describe('a slip of a name said with another company', () => {
  const people = [
    { id: 1, name: 'Emma Clark', company: 'Lloyds' },
    { id: 2, name: 'Katie Morris', company: 'BBC' },
  ];

  it('makes "Gemma Clark from Greene King" someone new, not Emma Clark at Lloyds', () => {
    const weighed = setAsideSlipElsewhere(matchPerson('Gemma Clark', people), 'Greene King');
    expect(weighed).toMatchObject({ kind: 'none', close: false });
  });

  it('keeps Emma Clark when the company is hers or none is given', () => {
    expect(setAsideSlipElsewhere(matchPerson('Gemma Clark', people), 'Lloyds').kind).toBe('one');
    expect(setAsideSlipElsewhere(matchPerson('Gemma Clark', people), undefined).kind).toBe('one');
  });
});

describe('a day, a pronoun phrase, a title or a firm left is never someone new', () => {
  it.each([
    ['Sat', 'Sat 28th: wrote to Jo'],
    ['Thurs', 'Thurs, coffee'],
    ['Each', 'spoke to each of them briefly'],
    ['Them', 'rang them'],
    ['Thank-You Msg', 'Sent thank-you msg to Daniel'],
  ])('"%s" in "%s"', (name, head) => {
    expect(isNoNewName(name, head)).toBe(true);
  });

  it('keeps a day or month people are named, and a given name', () => {
    expect(isNoNewName('June', 'coffee with June')).toBe(false);
    expect(isNoNewName('Sun', 'lunch with Sun')).toBe(false);
    expect(isNoNewName('Tom', 'rang Tom')).toBe(false);
  });

  it('reads two people named in a note, then "both" and where they were', () => {
    expect(
      names(
        'Emily Clarke and Rachel Lowe both on the recruiters panel at the careers evening Tues 17th, spoke to each of them briefly',
      ),
    ).toEqual(['Emily Clarke', 'Rachel Lowe']);
  });

  it('reads the end of a programme title as no one', () => {
    expect(names('Emily sent me the NHS Agenda for Change pay guide on Weds')).toEqual(['Emily']);
    expect(names('Ben Ng told me about the Access to Work scheme')).toEqual(['Ben Ng']);
  });

  it('still reads someone introduced after a name and "to"', () => {
    expect(names('introduced Ben Ng to Kemi')).toEqual(['Ben Ng', 'Kemi']);
  });

  it('reads a firm someone left or joined as no one, and someone left a voicemail as a person', () => {
    expect(
      names(
        'tea with Wei Chen on Thurs, she is an HR consultant who left Boots store management 5 yrs ago',
      ),
    ).toEqual(['Wei Chen']);
    expect(names('coffee with Lee Jordan, he quit Asda in 2019')).toEqual(['Lee Jordan']);
    expect(names('rang Lee Jordan and left Kemi Ade a voicemail')).toEqual([
      'Lee Jordan',
      'Kemi Ade',
    ]);
  });

  it('reads the person after a weekday and a comma opening the line, and no one new', () => {
    const parsed = read(
      "Sunday, Chidi said she'd intro me to Harriet Osei who runs their HR intake",
    );
    expect(parsed.people.map((person) => person.text)).toEqual(['Chidi']);
    expect(parsed.kind).toBe('intro');
    expect(parsed.occurredOn).toBe('2026-11-29');
  });
});
