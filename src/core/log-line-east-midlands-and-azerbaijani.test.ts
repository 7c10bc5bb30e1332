// How a one-line log reads East Midlands English ("yesty", "wenzdy", "sundy", "last wik", "gen us
// the lowdown") and English after Azerbaijani and Russian ("dünən", "cümə axşamı", "bazar
// ertəsi", "şənbə", "v pyatnitsu", "çox sağ ol", "Gunel xanım"), and two people named before
// what they did ("Dev and Chidi drinks").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('East Midlands and Azerbaijani words, put plainly', () => {
  mendsTo([
    ['messaged dev yesty', 'messaged dev yesterday'],
    ['rang fiona wenzdy', 'rang fiona wednesday'],
    ['rang Joanne last wik', 'rang Joanne last week'],
    ['video w Craig, gen us the lowdown', 'video w Craig, gave me the lowdown'],
    ['dünən coffee with Yusuf', 'yesterday coffee with Yusuf'],
    ['lunch with Chidi on cümə', 'lunch with Chidi on friday'],
    ['Maria zoom on cümə axşamı', 'Maria zoom on thursday'],
    ['rachel rang me bazar ertəsi', 'rachel rang me monday'],
    ['video with Hannah bazar ertesi', 'video with Hannah monday'],
    ['coffee with Ana çərşənbə axşamı', 'coffee with Ana tuesday'],
    ['drinks with Kamran bazar günü', 'drinks with Kamran sunday'],
    ['Joanne rang v pyatnitsu', 'Joanne rang friday'],
    ['Aisha said çox sağ ol for the help', 'Aisha said thanks for the help'],
    ['messaged Gunel xanım about the group', 'messaged Gunel about the group'],
    ['Siobhan Murphy intro me to Tom', 'Siobhan Murphy introduced me to Tom'],
    ['Dev and Chidi drinks on şənbə', 'drinks with Dev and Chidi on saturday'],
  ]);

  keepsAsWritten([
    'asked Dev to intro me to his lead',
    'Bazar Group emailed me',
    'met Ana at the christmas bazar',
    'dev and chidi drinks',
    'coffee with Ana, she will intro me to Tom',
  ]);
});

describe('East Midlands and Azerbaijani notes, read', () => {
  readsAs([
    [
      'jobs fair at the Council House wenzdy, bumped into Lee Jordan from skyscanner',
      ['Lee Jordan'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'tom went thru me cv sundy n sent it back all marked up',
      ['Tom'],
      '2026-11-29',
      'other',
      'give',
      'inbound',
    ],
    [
      'rachel rang me bazar ertəsi about another booking.com role',
      ['Rachel'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
    [
      'Dev and Chidi drinks on şənbə',
      ['Dev', 'Chidi'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Maria zoom on cümə axşamı, we talk UX research vs data analysis',
      ['Maria'],
      '2026-11-26',
      'video',
      'catch-up',
      'mutual',
    ],
    ['Aisha said çox sağ ol for help with excel', ['Aisha'], today, 'other', 'thanks', 'inbound'],
  ]);
});
