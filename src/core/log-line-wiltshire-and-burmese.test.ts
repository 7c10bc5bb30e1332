// How a one-line log reads English after Burmese ("manega", "di nay", "Taninlar", "Inga",
// "Sane", "kyay zu", "Ko Dev", "Daw Margaret", "U Robert") and a store manager's Wiltshire
// English on the way into HR ("putting me forward to", "to get on their books", "sent thru the
// assessment day pack", "before the assessment day on the 9th").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Burmese words, put plainly', () => {
  mendsTo([
    ['coffee with Dev manega', 'coffee with Dev yesterday'],
    ['rang Olivia di nay', 'rang Olivia today'],
    ['she will call manet phyan', 'she will call tomorrow'],
    ['lunch with Ana Taninlar', 'lunch with Ana monday'],
    [
      'Olivia rang me Inga, a contract in Coventry',
      'Olivia rang me tuesday, a contract in Coventry',
    ],
    ['met Wei at the fair Boddhahu', 'met Wei at the fair wednesday'],
    ['drinks with Zoe Kyathabade', 'drinks with Zoe thursday'],
    ['Sam rang me Thaukkya', 'Sam rang me friday'],
    ['katie rang Sane to say it is off', 'katie rang saturday to say it is off'],
    ['Alex messaged Taninganwe', 'Alex messaged sunday'],
    ['Ko Dev rang me', 'Dev rang me'],
    ['call Ma Joanne at Leeds Data Co', 'call Joanne at Leeds Data Co'],
    ['lunch with U Robert', 'lunch with Robert'],
    ['met Daw Margaret at the conference', 'met Margaret at the conference'],
    ['kyay zu to Wei for the link', 'thanked Wei for the link'],
    ['kyay zu email to Margaret for the JD', 'thank-you email to Margaret for the JD'],
  ]);

  keepsAsWritten([
    'meet Aung Ko Ko at the ICE event',
    'zoom with Rachel Lowe and hiring manager Inga Liepa',
    'coffee with Inga',
    'a sane plan for the week',
    'Ma Long rang',
  ]);
});

describe('a name, then a bare verb of getting in touch', () => {
  mendsTo([
    ['Chloé Dubois accept connection', 'Chloé Dubois accepted connection'],
    ['Owen Davies connect on linkedin', 'Owen Davies connected on linkedin'],
    ['Joanne email yesterday asking for my CV', 'Joanne emailed yesterday asking for my CV'],
    ['katie ring saturday to say it is off', 'katie rang saturday to say it is off'],
    ['Niamh send thank you msg for my template', 'Niamh sent thank you msg for my template'],
    ['Lucy Patel putting me forward to her lead', 'Lucy Patel is putting me forward to her lead'],
  ]);
});

describe('Burmese and Wiltshire notes, read', () => {
  readsAs([
    [
      'coffee with Ko Dev manega, he say he will intro me to his PMO lead at Northwind',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'lunch with U Robert Kyathabade, talk about earned value reporting',
      ['Robert'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'text Ko Dev kyay zu for the mock interview',
      ['Dev'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'lunch with Gareth and Owen Inga',
      ['Gareth', 'Owen'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Chloé Dubois accept connection',
      ['Chloé Dubois'],
      '2026-11-30',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'José send me Glovo dark store expansion cost deck',
      ['José'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'aisha text manega just asking how is new flat',
      ['Aisha'],
      '2026-11-29',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'teams mock interview w Dev thurs, gave me loads of feedback on my STAR answers',
      ['Dev'],
      '2026-11-26',
      'video',
      'give',
      'mutual',
    ],
    [
      'Owen Davies emailed, admiral need my right to work docs before the assessment day on the 9th',
      ['Owen Davies'],
      '2026-11-30',
      'email',
      'ask',
      'inbound',
    ],
    [
      'Katie Morris rang this morn, the radio bit is on for the 10th',
      ['Katie Morris'],
      '2026-11-30',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'email Siobhan re referral, still pending from 9th',
      ['Siobhan'],
      '2026-11-30',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      "sam o'neil, coffee mon at Deliveroo's office, showed me round",
      ["Sam O'Neil"],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Owen from Admiral sent thru the assessment day pack',
      ['Owen'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'Dan Fletcher on whatsapp, got a paid job for me helping a client write their absence policy',
      ['Dan Fletcher'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      "Lucy Patel putting me forward to AZ's people ops lead",
      ['Lucy Patel'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'rang Olivia at Hays 30/10 to get on their books',
      ['Olivia'],
      '2026-10-30',
      'call',
      'ask',
      'outbound',
    ],
  ]);
});
