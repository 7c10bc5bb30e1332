// Round 139: a Karachi accountant's English with Urdu, a Lyon researcher's English with French,
// an Alexandria engineer's English with Egyptian Arabic, a Nairobi developer's Kenyan English with
// Swahili and Sheng, a Halifax biologist's Canadian English, a Mumbai HR manager's English with
// Hindi. Swahili verbs that hold their doer ("alinipigia", "nimemtumia"), its days and "wiki
// iliyopita"; Egyptian clauses ("kalemt", "kalemetni", "ba3att le", "m3", "men", "el 5amis"); the
// Urdu "Jummay ko", "Budh ko" and "pichlay haftay".
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Swahili, Egyptian Arabic and Urdu days and verbs, read', () => {
  readsAs([
    [
      'Sam Patel alinipigia Alhamisi about a contract',
      ['Sam Patel'],
      '2026-11-26',
      'call',
      'give',
      'inbound',
    ],
    [
      'nilimpigia Kate Morrison Jumanne',
      ['Kate Morrison'],
      '2026-11-24',
      'call',
      'catch-up',
      'outbound',
    ],
    ['coffee na Chidi Eze Ijumaa', ['Chidi Eze'], '2026-11-27', 'meeting', 'catch-up', 'mutual'],
    [
      'emailed Ana Lopez wiki iliyopita about the data role',
      ['Ana Lopez'],
      '2026-11-23',
      'email',
      'catch-up',
      'outbound',
    ],
    [
      'kalemt Rachel Lowe el sobh about the interview',
      ['Rachel Lowe'],
      '2026-11-30',
      'call',
      'catch-up',
      'outbound',
    ],
    ['Ben Ng kalemetni el 5amis', ['Ben Ng'], '2026-11-26', 'call', 'catch-up', 'inbound'],
    ['lunch m3 Wei Chen yom el talat', ['Wei Chen'], '2026-11-24', 'meeting', 'catch-up', 'mutual'],
    ['Lucy Patel ka call aya Budh ko', ['Lucy Patel'], '2026-11-25', 'call', 'catch-up', 'inbound'],
    [
      'Owen Davies ke saath lunch Jummay ko',
      ['Owen Davies'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Zoe Martin ko pichlay haftay email kiya',
      ['Zoe Martin'],
      '2026-11-23',
      'email',
      'catch-up',
      'outbound',
    ],
  ]);
  mendsTo([
    ['ba3att le Priya the CV elli talabeto', 'sent Priya the CV that they asked for'],
    ['Olivia men Hays kalemetni', 'Olivia from Hays called me'],
    ['Joy alinitumia the brief kuhusu the summit', 'Joy sent me the brief about the summit'],
    ['Dan ameniunganisha na Grace Wanjiru', 'Dan put me in touch with Grace Wanjiru'],
  ]);
  keepsAsWritten([
    'met the Sky men Tom and Ana at the meetup',
    'call with Mangal Singh',
    'lunch with Peer Larsen',
  ]);
});
