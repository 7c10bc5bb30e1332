// Fourth readings of Swedish and Norwegian in a note: Swedish "6 mån" (months, not a Monday),
// "Alex Morgans inlägg", "X:s feedback kom på mejl", "erbjöd sig att intro:a mig", "bjöd in mig
// att hålla en talk", a message left on a call as a voicemail, "H&M" kept a firm; Norwegian "vil
// jeg bli med i", "meldte", "fikk Hannahs feedback", "sendte X CV", "er fylt", "trukket", "borte",
// "fre", "3. nov"; and two Black Country words ("ses", "followed me back").
import { describe, expect, it } from 'vitest';
import { mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendNorwegian } from './log-line-norwegian.js';
import { mendSwedish } from './log-line-swedish.js';

describe('Swedish, fourth reading, put into English', () => {
  it.each([
    ['Hays ringde om ett kontrakt, 3 mån', 'Hays rang about a contract, 3 months'],
    ['gillade Kate Morrisons inlägg om Sky', "liked Kate Morrison's post about Sky"],
    ['Lees feedback kom på mejl igår', 'Lee sent me the feedback by email yesterday'],
    [
      'Ana erbjöd sig att intro:a mig till deras designchef',
      'Ana offered to intro me to their designchef',
    ],
    [
      'Sam bjöd in mig att hålla en talk på deras meetup',
      'Sam asked me to give a talk on their meetup',
    ],
    [
      'ringde Priya, inget svar, lämnade meddelande om kaffet',
      'rang Priya, no reply yet, left a voicemail about the coffee',
    ],
    ['Linnea från H&M mejlade', 'Linnea from H&M emailed'],
    ['Kate mejlade 3/11 att rollen är tillsatt', 'Kate emailed 3/11 that the role has been filled'],
    ['Dev ska referra mig till Northwind', 'Dev will refer me to Northwind'],
    ['skickade tack-sms till Ana efter fikan', 'sent a thank-you text to Ana after the coffee'],
    ['lunchade med Lee i fredags', 'had lunch with Lee on Friday'],
    ['träffade Ana på Data-mässan', 'met Ana at Data fair'],
  ])('"%s"', (line, english) => {
    expect(mendSwedish(line)).toBe(english);
  });
});

describe('Norwegian, fourth reading, put into English', () => {
  it.each([
    [
      'Lee ringte, vil jeg bli med i et panel på Sky?',
      'Lee rang, asked if I would join a panel at Sky?',
    ],
    ['meldte Ana om kaffe neste uke', 'messaged Ana to ask for a coffee next week'],
    ['fikk Lees tilbakemelding på mail', 'Lee sent me feedback by email'],
    ['sendte Kate Morrison CV forrige uke', 'sent Kate Morrison my CV last week'],
    ['Priya svarte, rollen er fylt', 'Priya replied, the role has been filled'],
    ['Sam ringte, stillingen er trukket', 'Sam rang, the role has been pulled'],
    ['drinks med Lee etter jobb fre', 'drinks with Lee after job on Friday'],
    ['Ana på meetup 3. nov, hun husket meg', 'Ana at meetup 3 nov, she remembered me'],
    [
      'ringte Dev, la igjen beskjed om søknaden',
      'rang Dev, left a voicemail about the application',
    ],
    ['takket Ana for tipset om rollen', 'thanked Ana for the tip about the role'],
  ])('"%s"', (line, english) => {
    expect(mendNorwegian(line)).toBe(english);
  });
});

describe('Black Country English, put plainly', () => {
  mendsTo([
    ['niamh ses thanks for the tips', 'niamh says thanks for the tips'],
    ["kate ses she'll ask her boss", "kate says she'll ask her boss"],
  ]);
});

describe('Swedish, Norwegian and Black Country notes, read', () => {
  readsAs([
    [
      'Priya Shah mejlade, vill intervjua mig för en podd',
      ['Priya Shah'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'Mark Evans svarade inte, lämnade röstmeddelande om rollen',
      ['Mark Evans'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'Devendras CV-feedback kom på mejl igår',
      ['Devendra'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    [
      'Kate Morrison ringde, vill ha hjälp med en kund, betalt',
      ['Kate Morrison'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Wei Chen sendte meg DM, vil ha tips om å flytte til Leeds',
      ['Wei Chen'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    [
      'Lee Jordan ringte meg i går, rollen er borte',
      ['Lee Jordan'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'sendte Zoe Martin CV og en kort intro om meg selv',
      ['Zoe Martin'],
      today,
      'other',
      'ask',
      'outbound',
    ],
    [
      'Kate Morrison sendte mail om en analyst-rolle, vil ha CV',
      ['Kate Morrison'],
      today,
      'email',
      'give',
      'inbound',
    ],
    ['niamh kelly ses thanks for the book', ['Niamh Kelly'], today, 'other', 'thanks', 'inbound'],
    ['lee jordan followed me back', ['Lee Jordan'], today, 'social', 'catch-up', 'inbound'],
    [
      'sent my portfolio to zoe martin like she asked',
      ['Zoe Martin'],
      today,
      'other',
      'give',
      'outbound',
    ],
  ]);
});
