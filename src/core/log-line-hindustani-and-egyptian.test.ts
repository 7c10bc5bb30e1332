// Round 138: an East London warehouse manager, a Manila-born nurse's English with Tagalog, a
// Houston engineer's Texan English, a Montréal project manager's English with Québécois French, a
// Cairo-born pharmacist's English with Egyptian Arabic and a Lahore-born tester's English with
// Urdu. A Hindustani clause is read in its own order ("Thomas sahab ne call kiya", "zoe ko CV
// bheja", "Margaret baji se baat hui", "Marcus ke saath drinks"); "embare7", "yom el khamis", "el
// esbo3 elli fat" and Arabic-Indic digits are read as days.
import { describe, expect, it } from 'vitest';
import { mendHindustani } from './log-line-hindustani.js';
import { keepsAsWritten, readsAs } from '../../test/log-line-table.js';

describe('a Hindustani clause, in its own order', () => {
  readsAs([
    [
      'Robert sahab ne call kiya parson, KPMG mein audit lead ki opening hai',
      ['Robert'],
      '2026-11-28',
      'call',
      'give',
      'inbound',
    ],
    [
      'Priya Shah ko linkedin pe article bheja',
      ['Priya Shah'],
      '2026-11-30',
      'message',
      'give',
      'outbound',
    ],
    [
      'Margaret baji se phone pe baat hui 20th ko',
      ['Margaret'],
      '2026-11-20',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'Kate Morrison ke saath lunch Jumma ko',
      ['Kate Morrison'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Ben Ng ne email pe pucha kya main unki team ko talk de sakta hun',
      ['Ben Ng'],
      '2026-11-30',
      'email',
      'ask',
      'inbound',
    ],
    [
      'Lucy Patel ka call aya, bohat helpful tha',
      ['Lucy Patel'],
      '2026-11-30',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Sam Patel se follow up kiya about the referral',
      ['Sam Patel'],
      '2026-11-30',
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Ana Lopez aur Chidi Eze dono se meetup pe mila, 18/11',
      ['Ana Lopez', 'Chidi Eze'],
      '2026-11-18',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Joanne ne mujhe apne lead se intro karwaya email pe',
      ['Joanne'],
      '2026-11-30',
      'email',
      'intro',
      'inbound',
    ],
    [
      'Dan Fletcher ko portfolio bheja jo usne manga tha',
      ['Dan Fletcher'],
      '2026-11-30',
      'other',
      'give',
      'outbound',
    ],
    [
      'Wei Chen ko follow kiya linkedin pe',
      ['Wei Chen'],
      '2026-11-30',
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'Owen Davies ko text kiya kal, Admiral ke contract ke baray mein',
      ['Owen Davies'],
      '2026-11-29',
      'message',
      'catch-up',
      'outbound',
    ],
  ]);
  it.each([
    [
      'Rachel Lowe ka email aya, interview ke liye meri availability chahiye',
      'Rachel Lowe emailed me, they need my availability for interview',
    ],
    ['emma ko Lloyds ke contract ke baray mein email kiya', "emailed emma about Lloyds's contract"],
    [
      'Thomas sahab aur Margaret baji dono ke saath lunch',
      'lunch with Thomas sahab and Margaret baji',
    ],
    ['Chidi aur uske dost Peter Vance ke saath drinks', 'drinks with Chidi and Peter Vance'],
    ['Hays wali Olivia ne WhatsApp kiya', 'Olivia from Hays whatsapped me'],
    ['Starling ko QA head chahiye', 'Starling needs a QA head'],
    [
      'voicemail chhoda Mark Evans ko about the invoice',
      'left Mark Evans a voicemail about the invoice',
    ],
  ])('puts "%s" in English order', (line, english) => {
    expect(mendHindustani(line)).toBe(english);
  });
  it('leaves a line with no Hindustani in it as it was', () => {
    for (const line of [
      'met Mila Novak at the meetup',
      'coffee with Ana, she said the role is gone',
      'rang Kate about the QA job',
    ]) {
      expect(mendHindustani(line)).toBe(line);
    }
  });
});

describe('Egyptian Arabic days and courtesies', () => {
  readsAs([
    [
      'coffee with Ana Lopez embare7, she will refer me',
      ['Ana Lopez'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Olivia rang me yom el khamis about a contract',
      ['Olivia'],
      '2026-11-26',
      'call',
      'give',
      'inbound',
    ],
    [
      'video call with Wei Chen el esbo3 elli fat',
      ['Wei Chen'],
      '2026-11-23',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'met Sam Patel awel embare7 at the Ocado office',
      ['Sam Patel'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Gareth Price rang ١٢/١١ about a paid contract at Admiral',
      ['Gareth Price'],
      '2026-11-12',
      'call',
      'give',
      'inbound',
    ],
    [
      'texted ya Zoe Martin shukran 3al the intro',
      ['Zoe Martin'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
  ]);
  keepsAsWritten(['had coffee with Ana yesterday', 'ya know Dev rang me about the role']);
});
