// How a one-line log reads the Potteries' English ("mundee" to "sundee", "a wik gone", "three days
// gone", "wunna be hirin", "ta-in me", "wants to see me production schedules"). English with
// Albanian is in log-line-albanian-and-barnsley.test.ts.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Potteries words, put plainly', () => {
  mendsTo([
    ['rang mark mundee', 'rang mark monday'],
    ['zoom wenzdee', 'zoom wednesday'],
    ["coffee sat'dee", 'coffee saturday'],
    ['teams call a wik gone', 'teams call a week ago'],
    ['emailed three days gone', 'emailed three days ago'],
    ['kpmg wunna be hirin', "kpmg won't be hiring"],
    ['wants to see me production schedules', 'wants to see my production schedules'],
  ]);

  keepsAsWritten(['she wants to see me next week', 'the buses have gone']);
});

describe('Potteries notes, read', () => {
  readsAs([
    [
      "Sam O'Neil deliveroo lunch 06/11, he say deliveroo hire analytics QA",
      ["Sam O'Neil"],
      '2026-11-06',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Dev rang me tuesdee, says he will put me forward for the planning role at Northwind',
      ['Dev'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'drinks wi kate morrison n owen davies fridee at the Glebe',
      ['Kate Morrison', 'Owen Davies'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'robert singh emailed back, kpmg wunna be hirin planners til spring',
      ['Robert Singh'],
      today,
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'mr mistry sent a linkedin message ta-in me for the factory visit',
      ['Mr Mistry'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      "shared ana lopez's post on spotify forecastin n tagged her",
      [],
      today,
      'social',
      'give',
      'outbound',
    ],
    [
      'katie from the beeb messaged on linkedin yisterdee, wants to see me production schedules',
      ['Katie'],
      '2026-11-29',
      'message',
      'ask',
      'inbound',
    ],
    [
      'liz taylor at deloitte emailed, wants to know if ill speak on plannin at their roundtable',
      ['Liz Taylor'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'Lee Jordan, teams call a wik gone, he told me how their plannin team is set up',
      ['Lee Jordan'],
      '2026-11-23',
      'video',
      'catch-up',
      'mutual',
    ],
  ]);
});
