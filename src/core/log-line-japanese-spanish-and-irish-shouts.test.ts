// Round 137: an Edinburgh fundraiser's Scottish English, a Tokyo-born translator's English with
// Japanese, a Guadalajara-born chef's English with Mexican Spanish, a Cork-born teacher's Cork
// English, a Delhi-born analyst's English with Hindi, a Chicago-born marketer's American English.
// "kinō", "ototoi", "senshū" and the days ("Kin-yōbi", "Mokuyōbi") are read, "-san" after a name
// in small letters too; "con Maria", "Gareth y Owen" and "Doña Margaret" mark a Spanish line, and
// "Don Robert" in one is a courtesy; "gave me a shout" is a call; "pichle hafte" is last week;
// "shot Katie an email", "cold-called me" and "crickets" are American English.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Japanese, Spanish, Hindi, Cork and American English, read', () => {
  readsAs([
    [
      'kinō coffee with Dev-san, he will intro me to his localisation lead',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'emailed Olivia Brown-san Ka-yōbi to chase the Hays contract',
      ['Olivia Brown'],
      '2026-11-24',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'otsukare drinks with Owen Davies-san Mokuyōbi',
      ['Owen Davies'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'coffee with Priya Shah senshū',
      ['Priya Shah'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Doña Margaret me llamó hoy just to ask how the move into ops is going',
      ['Margaret'],
      today,
      'call',
      'ask',
      'inbound',
    ],
    [
      'call con Gareth y Owen about their staff restaurant tender',
      ['Gareth', 'Owen'],
      today,
      'call',
      'catch-up',
      'mutual',
    ],
    ['mandé gracias a Don Robert por el tour', ['Robert'], today, 'other', 'thanks', 'outbound'],
    [
      'Kate Morrison gave me a shout this morning, they have a 6 month contract going',
      ['Kate Morrison'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'coffee with Ben pichle hafte, he will look over my pitch deck',
      ['Ben'],
      '2026-11-23',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Shot Katie Morris an email about the BBC Studios marketing producer role',
      ['Katie Morris'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
    [
      'Checked in with Sam Patel by email re the Ocado posting, crickets so far',
      ['Sam Patel'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('the mends', () => {
  mendsTo([
    ['gave Chidi Eze a shout on 27/10', 'rang Chidi Eze on 27/10'],
    ['Ben-san rang me Kin-yōbi', 'Ben-san rang me Friday'],
    ['lunch Nichiyoubi, arigatou', 'lunch Sunday'],
  ]);
});

describe('what stays as it was', () => {
  keepsAsWritten(['give me a shout next week', 'coffee with Don Ryan', 'met Kyo at the meetup']);
});
