// Who passed what to whom: the kind and direction of a line read from who the verb's subject is,
// "me" as its object, and the words around it, rather than from one phrase at a time (ADR 0039).
import { describe, expect, it } from 'vitest';
import { asksFavour, theyAskOfMe, weGave } from './log-line-favours.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today });

describe('a give, told either way round', () => {
  it.each([
    // The user passes it on: the contact is the object, or "to" leads to them.
    ['flagged a product role at Wise to Chidi Eze', 'give', 'outbound'],
    ['passed on the Monzo analyst job ad to Priya Shah', 'give', 'outbound'],
    ['the Arup grad scheme link - passed it on to Thomas Wright', 'give', 'outbound'],
    ['sent over the benchmark spreadsheet to Lucy Patel', 'give', 'outbound'],
    ['tipped Owen Davies off about a pricing role at Aviva', 'give', 'outbound'],
    ['pointed Zoe Martin to the growth analytics course', 'give', 'outbound'],
    // The contact passes it on: "me" is whom it went to, or they are sending it now.
    ['Kate Morrison pointed me to the Sky graduate page', 'give', 'inbound'],
    ['Ana Lopez tipped me off about an opening at Spotify', 'give', 'inbound'],
    ['Wei Chen is sending me the ARM interview notes', 'give', 'inbound'],
    ["Gareth Price's sending over the Admiral pricing handbook", 'give', 'inbound'],
    ['Mark Evans shared a Tesco BI vacancy with me', 'give', 'inbound'],
    ['got the Canva research rubric from Maria Gonzalez', 'give', 'inbound'],
    ['text from Emma Clark with the Lloyds job description', 'give', 'inbound'],
    ['was sent the Barclays model risk guide by Daniel Okoro', 'give', 'inbound'],
    ['forwarded to me by Siobhan Murphy: the Stripe SE spec', 'give', 'inbound'],
    ['a job spec came through from Olivia Brown', 'give', 'inbound'],
    // Told over a meeting or call, it went both ways.
    ['coffee with Lee Jordan, he passed on a Skyscanner contract', 'give', 'mutual'],
    ["video call with Niamh Kelly, she's sending over the Intercom ladder", 'give', 'mutual'],
  ])('reads "%s" as a %s, %s', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it('passes over "sent over" as it passes over "sent"', () => {
    expect(read('Daniel Okoro sent over the job spec').kind).toBe('give');
  });
});

describe('a favour asked in a question', () => {
  it.each([
    ["pinged Yusuf Demir about whether he'd refer me", 'outbound'],
    ['checked with Emily Clarke whether she could refer me to the ONS', 'outbound'],
    ["messaged Hannah Schmidt to see if she'd look over my portfolio", 'outbound'],
    ['sounded out Benjamin Carter about a referral', 'outbound'],
    ['sounded Robert Singh out on being a referee', 'outbound'],
  ])('reads "%s" as an ask, %s', (line, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual(['ask', direction]);
  });

  it.each([
    ["pinged dev about whether he'd refer me", true],
    ['checked with lucy whether she could look over my cv', true],
    ["coffee with ana, she'll intro me to her lead", false],
  ])('"%s" asks a favour: %s', (line, asked) => {
    expect(asksFavour(line)).toBe(asked);
  });
});

describe('something the contact asks of the user', () => {
  it.each([
    'Chloé Dubois sent her design doc for me to review',
    'Marcus Bell wants a reference from me',
    "call with Fatima Zahra, she'd like a recommendation",
  ])('reads "%s" as their ask', (line) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual(['ask', 'inbound']);
  });

  it.each([
    ['lucy - asked for a referral for the data lead role - email', false],
    ["i'd like a referral from her", false],
    ['wei wants a reference from me', true],
  ])('"%s" asks something of the user: %s', (line, asked) => {
    expect(theyAskOfMe.test(line)).toBe(asked);
  });
});

describe('an intro, however the two were joined', () => {
  it.each([
    ['Aisha Khan connected me with an insight lead at Unilever', 'inbound'],
    ['Joanne Bennett looped me in with the Leeds Data Co platform team', 'inbound'],
    ['Devendra Mistry cc’d me on an email to the Northwind CTO', 'inbound'],
    ['connected Sam Patel with Zoe Martin about dbt', 'outbound'],
  ])('reads "%s" as an intro, %s', (line, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual(['intro', direction]);
  });

  it('keeps "put me in touch with the analytics lead" an intro, not a lead given', () => {
    expect(read('Margaret Okafor put me in touch w the nhsx data lead').kind).toBe('intro');
  });
});

describe('who passed it on', () => {
  it.each([
    ['flagged a risk role to daniel', true],
    ['daniel okoro - passed the job ad on to fatima', true],
    ['flagged a risk role for me', false],
    ["lee's sending over the spec", false],
  ])('"%s" is the user giving: %s', (line, mine) => {
    expect(weGave(line)).toBe(mine);
  });
});

describe('more classes of kind and direction', () => {
  it.each([
    // A role gone, told verb first, passes nothing on.
    ['Ana Lopez messaged - Spotify closing the DS role, sorry', 'catch-up', 'inbound'],
    // The user saying what they are after asks for it.
    ["rang Olivia Brown - told her i'm now open to contract roles", 'ask', 'outbound'],
    // Done together on a call, "with me", went both ways.
    ['Maria Gonzalez went through my portfolio with me over zoom', 'give', 'mutual'],
    // "wants me to meet his cto": an intro offered with no one named yet.
    ['Marcus Bell - breakfast - wants me to meet his cto', 'give', 'mutual'],
  ])('reads "%s" as a %s, %s', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });
});

describe('people found where the line says something came to the user', () => {
  it.each([
    ['got the Canva research rubric from Maria Gonzalez', 'Maria Gonzalez'],
    ['was sent the take-home guide by Ana Lopez', 'Ana Lopez'],
    ['got introduced to the Admiral pricing head by Owen Davies', 'Owen Davies'],
    ['sounded out Benjamin Carter about a referral', 'Benjamin Carter'],
  ])('finds the person in "%s"', (line, name) => {
    expect(read(line).personNames).toEqual([name]);
  });

  it('reads no one from where someone came from: "got into analytics from retail"', () => {
    expect(
      read('Aisha Karim - linkedin msg asking how she got into analytics from retail').personNames,
    ).toEqual(['Aisha Karim']);
  });
});

describe('a second round of phrasings, written after the first rules', () => {
  it.each([
    ['Lee Jordan hooked me up with a data lead at Skyscanner', 'intro', 'inbound'],
    ['Zoe Martin set me up with her growth director', 'intro', 'inbound'],
    ['Daniel Okoro vouched for me with the Barclays risk team', 'give', 'inbound'],
    ['Thomas Wright put in a good word for me at Arup', 'give', 'inbound'],
    ['Yusuf Demir is forwarding my cv to his head of data', 'give', 'inbound'],
    ['fired over the pricing paper to Gareth Price', 'give', 'outbound'],
  ])('reads "%s" as a %s, %s', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it.each([
    ['Lucy Patel set me up with her manager', true],
    ['Lucy Patel and me had a chat', false],
    ['lunch w Lucy Patel, she set me up with her manager', false],
  ])('"%s" tells what they did for the user: %s', (line, theirs) => {
    expect(read(line).direction === 'inbound').toBe(theirs);
  });

  it('reads only the introducer in "was introduced to Intercom\'s head of data by Niamh Kelly"', () => {
    const parsed = read("was introduced to Intercom's head of data by Niamh Kelly");
    expect([parsed.personNames, parsed.kind, parsed.direction]).toEqual([
      ['Niamh Kelly'],
      'intro',
      'inbound',
    ]);
  });
});

describe('a third round of phrasings', () => {
  it.each([
    ["passed Chidi Eze's details on to Rachel Lowe", 'give', 'outbound'],
    ['let Sam Patel know about an Ocado data contract', 'give', 'outbound'],
    ['Gareth Price mentioned me to the Admiral pricing lead', 'give', 'inbound'],
    ['Anna Kowalski wants my feedback on her Revolut onboarding flow', 'ask', 'inbound'],
    ['requested a referral from Ben Ng for the Google APM role', 'ask', 'outbound'],
    ['Kate Morrison put me in contact with a Sky data recruiter', 'intro', 'inbound'],
  ])('reads "%s" as a %s, %s', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it('reads both people the user joined in "put Wei Chen in touch with Lee Jordan"', () => {
    const parsed = read('put Wei Chen in touch with Lee Jordan');
    expect([parsed.personNames, parsed.kind, parsed.direction]).toEqual([
      ['Wei Chen', 'Lee Jordan'],
      'intro',
      'outbound',
    ]);
  });
});
