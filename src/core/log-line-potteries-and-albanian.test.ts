// How a one-line log reads English after Albanian ("dje", "pardje", "sot", "e premte", "të
// dielën", "javën e kaluar", "zonja Okafor", "zoti Mistry", "faleminderit", "flm", "coffee me
// Joanne") and the Potteries' English ("mundee" to "sundee", "a wik gone", "three days gone",
// "wunna be hirin", "ta-in me", "wants to see me production schedules").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Albanian and Potteries words, put plainly', () => {
  mendsTo([
    ['Olivia ring me dje', 'Olivia rang me yesterday'],
    ['drinks with Marcus pardje', 'drinks with Marcus the day before yesterday'],
    ['recruiter call me sot, screening', 'recruiter called me today, screening'],
    ['video call with zonja Okafor e enjte', 'video call with Okafor thursday'],
    ['te dielen message Sam', 'sunday message Sam'],
    ['emma rang me e hënë', 'emma rang me monday'],
    ['javen e kaluar email Yusuf', 'last week email Yusuf'],
    ['zoti Mistry emailed me', 'Mistry emailed me'],
    ['email faleminderit to Robert', 'email thanks to Robert'],
    ['dje coffee me Joanne', 'yesterday coffee with Joanne'],
    ['rang mark mundee', 'rang mark monday'],
    ['zoom wenzdee', 'zoom wednesday'],
    ["coffee sat'dee", 'coffee saturday'],
    ['teams call a wik gone', 'teams call a week ago'],
    ['emailed three days gone', 'emailed three days ago'],
    ['kpmg wunna be hirin', "kpmg won't be hiring"],
    ['wants to see me production schedules', 'wants to see my production schedules'],
  ]);

  keepsAsWritten([
    'Sot Mehmeti emailed me',
    'she wants to see me next week',
    'the buses have gone',
  ]);
});

describe('Albanian and Potteries notes, read', () => {
  readsAs([
    [
      'Olivia from Hays ring me dje about contract QC job in Bradford lab',
      ['Olivia'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'emma clark rang me e hënë about lloyds test analyst contract',
      ['Emma Clark'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
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
