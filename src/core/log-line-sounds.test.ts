// How a one-line log reads words spelt as they sound, asides and courtesies, Indian English's
// "mail" and "revert", the day of what is thanked for, and names spelt as they sound. One table
// per class.
import { describe, expect, it } from 'vitest';
import { setAsidesApart } from './log-line-asides.js';
import { parseLogLine } from './log-line.js';
import { mendSpellings } from './log-line-spellings.js';
import { matchPerson, type NamedPerson } from './person-match.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const known = ['sam patel', 'priya desai', 'elizabeth taylor'];
const read = (line: string) =>
  parseLogLine(line, { today, mayBePerson: (name) => known.includes(name.toLowerCase()) });

describe('words spelt as they sound or with a slip', () => {
  it.each([
    ['fone call wiv Devendra last wensday', 'phone call with Devendra last wednesday'],
    ['left vocemail for Owen', 'left voicemail for Owen'],
    ['Gareth reffered me, sed to apply', 'Gareth referred me, said to apply'],
    ['Ana revewd my CV and sent it bak', 'Ana reviewed my CV and sent it back'],
    ['Coffe with Ana yestaday', 'Coffee with Ana yesterday'],
  ])('mends "%s"', (line, mended) => {
    expect(mendSpellings(line)).toBe(mended);
  });

  it.each([
    // Capitals inside the line may start a name, so they stay.
    'met Sed Ahmed and Bak Ho',
    // A verb's plain form or a plural is no slip of the past form.
    'she offered to introduce me',
    'he sent two emails',
    // A real word one slip from a line word stays.
    'the referee said no',
    // A slip ending in -ed is left for the verb slips to mend.
    'whatsaped fatima',
  ])('leaves "%s" as written', (line) => {
    expect(mendSpellings(line)).toBe(line);
  });

  it.each([
    ['fone call wiv Chidi Eze on wensday', ['Chidi Eze'], '2026-11-25', 'call'],
    ['left a vocemail for Gareth Price on fryday', ['Gareth Price'], '2026-11-27', 'call'],
    ['coffe wiv Ana Lopez yestaday', ['Ana Lopez'], '2026-11-29', 'meeting'],
  ])('reads "%s"', (line, names, date, channel) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual(names);
    expect(parsed.occurredOn).toBe(date);
    expect(parsed.channel).toBe(channel);
  });
});

describe('asides and courtesies', () => {
  it.each([
    ['Kindly note Sam called me today', 'Sam called me today'],
    ['Please note that Dan rang', 'Dan rang'],
    ['Wei sir replied on LinkedIn', 'Wei replied on LinkedIn'],
    ["Jo ma'am gave feedback", 'Jo gave feedback'],
    ['Received mail from Alexandra', 'Received email from Alexandra'],
    ['Rachel reverted on mail', 'Rachel replied on email'],
    ['Benjamin Carter (I still think of him as Mr Carter) replied', 'Benjamin Carter replied'],
    ['Katie Morris (BBC, HEAD OF PRODUCTION) rang', 'Katie Morris (BBC) rang'],
    ['LinkedIn msg -> Siobhan Murphy', 'LinkedIn msg to Siobhan Murphy'],
    ['I think it went well: Priya and I spoke for an hour', 'Priya spoke for an hour'],
    ['Looking back - lunch with Robert', 'lunch with Robert'],
    ['Met a new contact Vikram Nair', 'Met Vikram Nair'],
  ])('sets apart "%s"', (line, meant) => {
    expect(setAsidesApart(line)).toBe(meant);
  });

  it.each([
    // A bracket that says how they were in touch, or names a workplace, stays.
    'Nadia (hiring manager at Ocado) replied',
    'Ana (we spoke on the phone) said yes',
    // A feeling before a colon that names someone is no aside.
    'I told Ana: the role is gone',
    // "Sir" before a name is a title.
    'met Sir Alex Ferguson',
    // "email" and "mailed" stay as they are.
    'emailed Ana, mailed Ben',
  ])('leaves "%s" as written', (line) => {
    expect(setAsidesApart(line)).toBe(line);
  });

  it.each([
    ['Please note Dan from Barclays called me today', 'Dan', 'call', 'inbound'],
    ['Lee Jordan sir reverted on mail, he will refer me', 'Lee Jordan', 'email', 'inbound'],
    [
      'It feels strange to write this down, but my former labmate Kwame Asante messaged me',
      'Kwame Asante',
      'message',
      'inbound',
    ],
    ['Pinged Olivia B on LI re the contract', 'Olivia B', 'message', 'outbound'],
  ])('reads "%s"', (line, name, channel, direction) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual([name]);
    expect(parsed.channel).toBe(channel);
    expect(parsed.direction).toBe(direction);
  });
});

describe('words that are no person', () => {
  it.each([
    ['TA breakfast - bumped into Olivia and Rachel, both slammed w/ Q4 reqs', ['Olivia', 'Rachel']],
    ['Alexandra R (Bupa) asked if I could find 2 DEs', ['Alexandra R']],
    ['pint with Lee and his mate Craig Dunn who runs a depot for Wincanton', ['Lee', 'Craig Dunn']],
    ['Attended Deloitte tech hiring event and met Elizabeth Taylor', ['Elizabeth Taylor']],
    ['Sent connection request with a note to Robert Singh', ['Robert Singh']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });
});

describe('the day of what is thanked for or answered', () => {
  it.each([
    'texted Emily to say thank you for Tuesday',
    'emailed Ben - thank you for yesterday',
    'Emily replied on my query of last week',
    'emailed Chloe to follow up on last weeks chat',
  ])('reads "%s" as today', (line) => {
    expect(read(line).occurredOn).toBe(today);
  });
});

describe('names spelt as they sound', () => {
  const people: NamedPerson[] = [
    { id: 1, name: 'Siobhan Murphy', company: null },
    { id: 2, name: 'Hannah Schmidt', company: null },
    { id: 3, name: 'Sean Kelly', company: null },
  ];

  it.each([
    ['Shivon Murphy', 1],
    ['Shivaun Murphy', 1],
    ['Hana Schmit', 2],
  ])('reads "%s" as a slip of a known name', (written, id) => {
    const found = matchPerson(written, people);
    expect(found).toMatchObject({ kind: 'one', reason: 'spelling' });
    if (found.kind === 'one') expect(found.person.id).toBe(id);
  });

  it.each(['Tony Murphy', 'Hans Schmidt', 'Sam Kelly'])('reads "%s" as nobody known', (written) => {
    expect(matchPerson(written, people).kind).toBe('none');
  });
});

describe('a name opening a clause after "and"', () => {
  it('reads who came up after a talk, with where they work before the verb', () => {
    const parsed = read(
      'I gave a short talk at the Women in Data evening on Tuesday and Zoe Martin from Just Eat came up afterwards to chat',
    );
    expect(parsed.personNames).toEqual(['Zoe Martin']);
    expect(parsed.occurredOn).toBe('2026-11-24');
    expect(parsed.channel).toBe('event');
  });
});

describe('someone described with how they seemed, and a note opened by "Intro"', () => {
  it('reads "a very helpful woman from the ONS" as someone described, to ask about', () => {
    const parsed = read('I spoke on the phone yesterday to a very helpful woman from the ONS team');
    expect(parsed.people[0]).toMatchObject({ described: true });
  });

  it('reads the name after "Intro -"', () => {
    expect(read("Intro - Emma Clark (Lloyds) intro'd me to her director").personNames).toEqual([
      'Emma Clark',
    ]);
  });
});
