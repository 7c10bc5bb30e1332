// Verb phrases that are no name, names with where they work, verbs typed with a slip, and gives and thanks told by who did them.
import { describe, expect, it } from 'vitest';
import { parseLogLine, type ParseLogLineOptions } from './log-line.js';
import { mendVerbSlips } from './log-line-verb-slips.js';

const today = '2026-11-30';
const read = (line: string, options: Partial<ParseLogLineOptions> = {}) =>
  parseLogLine(line, { today, ...options });

/** A small network's answers, as the service gives them from the user's people. */
const people = new Set([
  'katie',
  'priya shah',
  'priya',
  'maggie okafor',
  'maggie',
  'zoe martin',
  'zoe',
  'gareth',
  'owen',
]);
const workplaces = new Set(['nhs digital', 'just eat', 'admiral', 'bbc']);
const known: Partial<ParseLogLineOptions> = {
  mayBePerson: (name) => people.has(name.toLowerCase()),
  isWorkplace: (name) => workplaces.has(name.toLowerCase()),
};

describe('a verb phrase after "to" is never a name', () => {
  it.each([
    'katie - bbc - emailed asking how to get onto the production trainee list',
    'priya shah - booking.com - emailed asking what to prep for the case study',
    'messaged owen davies asking whether to apply for the pricing role',
    'emailed marcus bell asking to join the starling beta',
  ])('%s', (line) => {
    const names = read(line, known).personNames.map((name) => name.toLowerCase());
    expect(names).not.toContain('get onto');
    expect(names.some((name) => /^(?:get|prep|apply|join)\b/.test(name))).toBe(false);
  });

  it.each([
    'sent a note to confirm the date with ana lopez',
    'forwarded the deck to sense check it with lee jordan',
    'sent the brief to print out a copy, owen davies',
  ])('knows a verb the lists lack by its object: %s', (line) => {
    const [name] = read(line).personNames;
    expect(name).toMatch(/^(?:Ana Lopez|Lee Jordan|Owen Davies)$/);
  });

  it('still reads a name after "to" that is no verb', () => {
    expect(read('sent the meetup slides to karan mehta').personNames).toEqual(['Karan Mehta']);
    expect(read('thank you card to maggie for the reference').personNames).toEqual(['Maggie']);
    expect(read('chatted to ana at the spotify data hackathon').personNames).toEqual(['Ana']);
  });

  it('leaves the asking after a note’s fields with the user', () => {
    const parsed = read('katie - bbc - emailed asking how to get onto the trainee list', known);
    expect(parsed).toMatchObject({ personNames: ['Katie'], kind: 'ask', direction: 'outbound' });
    expect(read('katie - bbc - emailed asking me to review her deck', known).direction).toBe(
      'inbound',
    );
  });
});

describe('a known name, where they work, then what they did', () => {
  it('reads a workplace of two words between the name and the verb', () => {
    expect(
      read('maggie okafor nhs digital emailed a link to their pm apprenticeship', known),
    ).toMatchObject({
      people: [{ text: 'Maggie Okafor', company: 'nhs digital' }],
      channel: 'email',
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('zoe martin just eat messaged me about a growth role', known).personNames).toEqual([
      'Zoe Martin',
    ]);
  });

  it('takes no company by this shape without people to ask', () => {
    expect(read('maggie okafor nhs digital emailed a link').personNames).toEqual([]);
  });
});

describe('several names from one place opening a note', () => {
  it('reads both names before "from" where they work', () => {
    expect(read('gareth + owen from admiral - lunch - wed', known)).toMatchObject({
      personNames: ['Gareth', 'Owen'],
      channel: 'meeting',
      occurredOn: '2026-11-25',
    });
  });
});

describe('a verb of getting in touch typed with one slip', () => {
  it.each([
    ['emaild kate morrison re the role', 'emailed kate morrison re the role'],
    ['mesaged anna', 'messaged anna'],
    ['emialed yusuf', 'emailed yusuf'],
    ['whatsaped fatima', 'whatsapped fatima'],
  ])('mends %s', (line, mended) => {
    expect(mendVerbSlips(line)).toBe(mended);
  });

  it('leaves real words and plain forms as written', () => {
    for (const line of ['the interview tanked', 'got sacked', 'honed my cv', 'phone - ben'])
      expect(mendVerbSlips(line)).toBe(line);
  });

  it('reads the mended verb and the name after it', () => {
    expect(read('emaild kate morrison re the senior analyst role at sky')).toMatchObject({
      personNames: ['Kate Morrison'],
      channel: 'email',
      direction: 'outbound',
    });
  });
});

describe('gives and thanks told by who did them', () => {
  it('reads a word put in with someone as a give', () => {
    expect(
      read("priya d (monzo) emailed, she's put in a word with the hiring manager"),
    ).toMatchObject({ kind: 'give', direction: 'inbound' });
    expect(read('chidi messaged, he put a word in with the platform lead').kind).toBe('give');
  });

  it('reads a thing on its way as a give, though it arrives later', () => {
    expect(
      read("olivia brown hays - call this morning - 6 month contract, she's sending the spec tmrw"),
    ).toMatchObject({ kind: 'give', direction: 'mutual' });
    expect(read("ana lopez called, she's sending a quick calendar invite").kind).not.toBe('give');
  });

  it('reads thanks the contact said as theirs', () => {
    expect(
      read('chidi said thanks for the intro to my old team lead, over whatsapp'),
    ).toMatchObject({ personNames: ['Chidi'], kind: 'thanks', direction: 'inbound' });
    expect(read('sam patel - whatsapp - said thanks for the tips he gave me').direction).toBe(
      'outbound',
    );
  });
});
