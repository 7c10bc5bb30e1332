// How a one-line log spells out a CRM's shorthand and reads the lines that use it.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendCrmShorthand } from './log-line-crm-words.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) =>
  parseLogLine(line, {
    today,
    mayBePerson: (name) => ['lena fox', 'omar haddad'].includes(name.toLowerCase()),
    isWorkplace: (name) => ['deel', 'gitlab'].includes(name.toLowerCase()),
  });

describe('a CRM shorthand spelled out', () => {
  it.each([
    ['coffee Th', 'coffee Thursday'],
    ['2nd call Tu', '2nd call Tuesday'],
    ['gmeet Wed w Lena', 'video call Wednesday w Lena'],
    ['drinks Sat', 'drinks Saturday'],
    ['vid call 18/11', 'video call 18/11'],
    ["Lena WA'd me", 'Lena whatsapped me'],
    ["Omar LI'd me", "Omar dm'd me"],
    ['LI msg -> Lena', 'LinkedIn msg -> Lena'],
    ['WA -> Lena', 'WhatsApp -> Lena'],
    ['connect req fr Omar', 'connection request from Omar'],
    ['vm fr Omar', 'voicemail from Omar'],
    ['emailed 2d ago', 'emailed 2 days ago'],
    ["she's putting me fwd", "she's putting me forward"],
    ['intro req to the CRO', 'intro request to the CRO'],
    ['ty email -> Lena for the lead', 'sent thanks by email -> Lena for the lead'],
  ])('%s', (line, expected) => {
    expect(mendCrmShorthand(line)).toBe(expected);
  });

  it('leaves a name and a word in lower case alone', () => {
    expect(mendCrmShorthand('Thea called, Tub sat down')).toBe('Thea called, Tub sat down');
    expect(mendCrmShorthand('Sat with Lena')).toBe('Sat with Lena');
  });

  it.each([
    ['Sat: coffee w Lena', 'Saturday: coffee w Lena'],
    ['Sat 28th: wrote to Lena', 'Saturday 28th: wrote to Lena'],
    ['Fri 4 - call w Omar', 'Friday 4 - call w Omar'],
    [
      'met Lena at the fair 1030 Thu. Now at Deel',
      'met Lena at the fair 1030 Thursday. Now at Deel',
    ],
  ])('spells out a short weekday heading a diary entry or ending a sentence: %s', (line, out) => {
    expect(mendCrmShorthand(line)).toBe(out);
  });

  it('reads the day a diary entry opens with, and no one called "Sat"', () => {
    const parsed = read('Sat 28th: wrote thank-you cards to Lena Fox and Omar Haddad');
    expect(parsed.personNames).toEqual(['Lena Fox', 'Omar Haddad']);
    expect(parsed.occurredOn).toBe('2026-11-28');
    expect(parsed.direction).toBe('outbound');
  });
});

describe('a CRM line read', () => {
  it.each([
    ['Deel: Lena Fox, coffee Th -> nothing open', 'Lena Fox', '2026-11-26', 'meeting', 'catch-up'],
    ['gmeet Tu w Omar Haddad -> early days', 'Omar Haddad', '2026-11-24', 'video', 'catch-up'],
    ['vm fr Omar Haddad Wed', 'Omar Haddad', '2026-11-25', 'call', 'catch-up'],
    ['ty WA -> Lena Fox for the referral', 'Lena Fox', '2026-11-30', 'message', 'thanks'],
    ['LI connect req -> Omar Haddad', 'Omar Haddad', '2026-11-30', 'social', 'catch-up'],
    ['LI msg -> Lena Fox, intro req to the Deel CRO', 'Lena Fox', '2026-11-30', 'message', 'ask'],
    [
      'Gitlab: Omar Haddad, 2nd call Th -> he is putting me fwd',
      'Omar Haddad',
      '2026-11-26',
      'call',
      'give',
    ],
  ])('%s', (line, person, date, channel, kind) => {
    const parsed = read(line);
    expect(parsed.people.map((p) => p.text)).toEqual([person]);
    expect(parsed).toMatchObject({ occurredOn: date, channel, kind });
  });
});
