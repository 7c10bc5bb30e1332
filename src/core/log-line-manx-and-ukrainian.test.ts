// How a one-line log reads a former bank operations clerk's Manx English ("thanks a million"
// closing a note, or opening one before "to") and English after Ukrainian ("vchora",
// "pozavchora", "sohodni", "mynuloho tyzhnia", "u ponedilok" to "v nediliu", "piatnytsia", "duzhe
// diakuiu", "gave me contact of").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Manx words, put plainly', () => {
  mendsTo([
    [
      'yusuf sent the trainline job spec over, thnaks a million yusuf',
      'yusuf sent the trainline job spec over',
    ],
    ['fatima sent me the ofcom paper, thanks a million', 'fatima sent me the ofcom paper'],
    ['thanks a million to sam patel for the referral', 'thanked sam patel for the referral'],
  ]);

  keepsAsWritten([
    'thanks a million for the referral',
    'emailed kate on thursda, thanks a million for the advice',
  ]);
});

describe('Ukrainian words, put plainly', () => {
  mendsTo([
    ['Dev reviewed my design doc vchora', 'Dev reviewed my design doc yesterday'],
    [
      'asked me to mentor juniors, Telegram, pozavchora',
      'asked me to mentor juniors, Telegram, the day before yesterday',
    ],
    ['zoom with Alex Morgan, sohodni', 'zoom with Alex Morgan, today'],
    [
      'sent Anna screenshots in telegram mynuloho tyzhnia',
      'sent Anna screenshots in telegram last week',
    ],
    ['Dan rang me u ponedilok', 'Dan rang me monday'],
    ['Olivia rang me u vivtorok', 'Olivia rang me tuesday'],
    ['sent it by email v seredu', 'sent it by email wednesday'],
    ['coffee with Chidi v chetver', 'coffee with Chidi thursday'],
    ['lunch with Benjamin v piatnytsiu', 'lunch with Benjamin friday'],
    ['slides from the talk, email, piatnytsia', 'slides from the talk, email, friday'],
    ['Niamh said in whatsapp v subotu', 'Niamh said in whatsapp saturday'],
    ['call with Dan v nediliu', 'call with Dan sunday'],
    ['duzhe diakuiu pani Margaret for invite', 'thanked Margaret for invite'],
    ['Chidi gave me contact of Tom Reeves', 'Chidi put me in touch with Tom Reeves'],
  ]);

  keepsAsWritten(['met Sereda Ivanova at the meetup', 'he gave me contact of their platform lead']);
});

describe('Manx and Ukrainian notes, read', () => {
  readsAs([
    [
      'anna k sent back my cv with her comments, thanks a million anna',
      ['Anna K'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'Dan Fletcher gave me contact of Helen Ward, head of data in Octopus',
      ['Dan Fletcher', 'Helen Ward'],
      '2026-11-30',
      'other',
      'intro',
      'inbound',
    ],
    [
      'Olivia from Hays rang me u vivtorok about 6 month contract at insurance company, databricks',
      ['Olivia'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
  ]);
});
