// The fifth reading of Norwegian in a note: "for to uker siden" (two weeks ago), "lurer på om jeg
// vil" (asked if I would), "lurte på om", "vil ha meg som foredragsholder", "hun takker for",
// "ringte Olivia tilbake", "ved" (at), "e-post", "på kafé", "være med i", Nynorsk days
// ("laurdag"); and "3. nov", a day's full stop before a month, in any line.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendNorwegian } from './log-line-norwegian.js';

describe('Norwegian, fifth reading, put into English', () => {
  it.each([
    ['Ana ringte for to uker siden', 'Ana rang 2 weeks ago'],
    ['Dev mailet for 3 uker siden', 'Dev emailed 3 weeks ago'],
    ['Lee ringte, lurer på om jeg vil være mentor', 'Lee rang, asked if I would be mentor'],
    ['Ana sendte melding, lurte på om jeg har tid', 'Ana sent message, wondered if I has tid'],
    ['Sam ringte, vil ha meg som foredragsholder', 'Sam rang, asked me to be speaker'],
    ['WhatsApp fra Ana: hun takker for hjelpen', 'WhatsApp from Ana: thanked me for the help'],
    ['ringte Olivia tilbake om kontrakten', 'rang Olivia back about the contract'],
    ['møtte Tom ved Intercom, e-post tirsdag', 'met Tom at Intercom, email on Tuesday'],
    ['eg møtte Ana på kafé laurdag', 'I met Ana at a café on Saturday'],
    ['Kate spurte om jeg vil være med i en podcast', 'Kate asked if I would join a podcast'],
  ])('"%s"', (line, english) => {
    expect(mendNorwegian(line)).toBe(english);
  });
});

describe('Norwegian notes, fifth reading, read', () => {
  readsAs([
    [
      'Kate Morrison sendte feedback på mail, 3. nov',
      ['Kate Morrison'],
      '2026-11-03',
      'email',
      'give',
      'inbound',
    ],
    ['zoom med Ben Ng 18. nov', ['Ben Ng'], '2026-11-18', 'video', 'catch-up', 'mutual'],
    [
      'Wei Chen ringte for to uker siden, ARM has a role for me',
      ['Wei Chen'],
      '2026-11-16',
      'call',
      'give',
      'inbound',
    ],
    [
      'robert singh ringte, lurer på om jeg vil være mentor',
      ['Robert Singh'],
      today,
      'call',
      'ask',
      'inbound',
    ],
  ]);
});
