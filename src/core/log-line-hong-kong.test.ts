// How a one-line log reads Hong Kong English: particles, "already" after a plain verb, "Ah Wei",
// "m goi".
import { describe, expect, it } from 'vitest';
import { mendHongKong } from './log-line-hong-kong.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Hong Kong English put plainly', () => {
  it.each([
    [
      'Wei revert already, ARM freeze hiring till next year, no FBP role lor',
      'Wei replied, ARM freeze hiring till next year, no FBP role',
    ],
    ['ho ho Joanne offer me the contract already!!', 'Joanne offered me the contract!!'],
    ['Tony Cheung ask for my CV so email him already', 'Tony Cheung ask for my CV so emailed him'],
    ['whatsapp Ah Wei ask if ARM got any opening', 'whatsapp Ah Wei ask if ARM has any opening'],
    ['linkedin msg Chidi m goi for the CV review', 'linkedin msg Chidi thanks for the CV review'],
    ["went Fatima's talk at Ofcom Wed", "went to Fatima's talk at Ofcom Wed"],
    [
      'Marcus Bell say will intro me to his head of finance ah, so kind lah',
      'Marcus Bell said they will intro me to his head of finance, so kind',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendHongKong(line)).toBe(plain);
  });

  it.each([
    'I have sent it already',
    'coffee with Noah, ah well',
    'Hannah replied lol',
    'Ahmed Khan rang',
  ])('leaves English as it was: "%s"', (line) => {
    expect(mendHongKong(line)).toBe(line);
  });
});

describe('what those lines mean', () => {
  it.each([
    ['Wei revert already, ARM freeze hiring till next year, no FBP role lor', ['Wei'], 'inbound'],
    [
      'ho ho Robert reply already, KPMG got FBP opening, he will put me forward',
      ['Robert'],
      'inbound',
    ],
    ['Winnie Lau add me on linkedin already', ['Winnie Lau'], 'inbound'],
  ])('"%s" is theirs', (line, people, direction) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.direction]).toEqual([people, direction]);
  });

  it('reads thanks in Cantonese, and an email sent because they asked', () => {
    expect(read('msg Ah Wei m goi for the dim sum treat').kind).toBe('thanks');
    // The familiar "Ah" is a courtesy, dropped with the others (log-line-registers.ts).
    expect(read('whatsapp Ah Wei ask if ARM got any opening').personNames).toEqual(['Wei']);
    const sent = read('Tony Cheung ask for my CV so email him already');
    expect([sent.channel, sent.kind, sent.direction]).toEqual(['email', 'give', 'outbound']);
    expect(read('Winnie Lau add me on linkedin already').channel).toBe('social');
  });
});
