// Round 142: a Tunis-born engineer's English with Tunisian Arabic (Derja) in Latin letters and
// French. "ma3a" and "m3a" are with, "lbere7" yesterday and "awel lbere7" the day before; the days
// take the article ("ljem3a" Friday, "nhar ltnin" Monday, "essebt" Saturday); "klemni X" and "X
// klemni" are calls X placed, "klemt X" one the writer placed; "b3atht cv l X" sent X a CV,
// "b3athli" sent me; "sa7a barcha l X" thanked X, "kteblli merci" thanked me, and "ya3tik essa7a"
// closing a note is a courtesy; "mte3" is of, "3la" about (on, before a channel), "mafama chay"
// nothing. A lone "l" after an email or a message is "to" in any note.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendTunisian } from './log-line-tunisian.js';

describe('Tunisian Arabic in English notes, read', () => {
  readsAs([
    [
      'lunch ma3a Gareth Price lbere7, barcha 7keya 3la the pricing team',
      ['Gareth Price'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'klemni Olivia Brown mte3 Hays 3la a 3 month data contract',
      ['Olivia Brown'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Kate Morrison klemetni ljem3a, sky are hiring a platform eng',
      ['Kate Morrison'],
      '2026-11-27',
      'call',
      'give',
      'inbound',
    ],
    [
      'klemt Ben Ng awel lbere7 to ask about the Google loop',
      ['Ben Ng'],
      '2026-11-28',
      'call',
      'ask',
      'outbound',
    ],
    [
      'b3atht cv l Rachel Lowe 3la linkedin nhar ltnin',
      ['Rachel Lowe'],
      '2026-11-23',
      'message',
      'ask',
      'outbound',
    ],
    [
      'b3atht l Emma Clark the deck, hiya li tlabtou',
      ['Emma Clark'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'sa7a barcha l Priya Shah for the mock interview, email lkhmis',
      ['Priya Shah'],
      '2026-11-26',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'Zoe Martin kteblli merci for the react tips',
      ['Zoe Martin'],
      today,
      'other',
      'thanks',
      'inbound',
    ],
    [
      'Owen Davies b3athli the job spec larb3a',
      ['Owen Davies'],
      '2026-11-25',
      'other',
      'give',
      'inbound',
    ],
    [
      'chased Yusuf Demir 3al referral, mafama chay',
      ['Yusuf Demir'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'drinks m3a Chidi Eze w Wei Chen essebt',
      ['Chidi Eze', 'Wei Chen'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'video call ma3a Maria Gonzalez tleta, ya3tiha essa7a',
      ['Maria Gonzalez'],
      '2026-11-24',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'msg l Devendra Mistry: sa7a 3al intro',
      ['Devendra Mistry'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Margaret Okafor klemni lyoum, mafama roles till march',
      ['Margaret Okafor'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'email l Hannah Schmidt re the SAP role',
      ['Hannah Schmidt'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('Tunisian Arabic put into English', () => {
  it.each([
    ['coffee ma3a sami lbere7', 'coffee with sami yesterday'],
    ['klemni leila mte3 sage, rate mezyen', 'leila from sage called me, rate good'],
    ['klemtou nhar ettlath', 'called him tuesday'],
    ['tunsi zeda, barcha tips', 'Tunisian too, lots of tips'],
    ['call ma3a ahmed el khamis', 'call with ahmed thursday'],
    // "Khamis" is a man's name too: without its article it stays one.
    ['coffee ma3a khamis lbere7', 'coffee with khamis yesterday'],
    // A lone "l" before a day is its article, read with the other Arabic days.
    ['msg l dev l jem3a', 'msg to dev l jem3a'],
  ])('"%s"', (line, plain) => {
    expect(mendTunisian(line)).toBe(plain);
  });
});

describe('English kept as written', () => {
  it.each([
    'emailed Ana L about the Spotify role',
    'email L Smith re the contract',
    'coffee with Khamis Omar on Friday',
    'sent a note to Sam, nothing back since the 12th',
    'l8r call with Dev, he liked the deck',
  ])('keeps "%s" in English', (line) => {
    expect(mendTunisian(line)).toBe(line);
  });
});
