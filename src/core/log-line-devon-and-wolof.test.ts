// How a one-line log reads English after Wolof and French ("démb", "tey", "àllarba", "dibéer",
// "Tata Margaret", "Tonton Robert", "jërëjëf", "le 6", "12 novembre") and a freelance
// bookkeeper's Devon English ("wants his Xero tidied", "wants me doing the monthly books").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Wolof words, put plainly', () => {
  mendsTo([
    ['coffee with Dev démb', 'coffee with Dev yesterday'],
    ['rang Olivia tey', 'rang Olivia today'],
    ['lunch with Ana altine', 'lunch with Ana monday'],
    ['zoom with Lee talaata', 'zoom with Lee tuesday'],
    ['met Wei at the fair àllarba', 'met Wei at the fair wednesday'],
    ['drinks with Zoe alxames', 'drinks with Zoe thursday'],
    ['call with Sam àjjuma', 'call with Sam friday'],
    ['coffee with Kate gaawu', 'coffee with Kate saturday'],
    ['Chidi thanked me dibéer', 'Chidi thanked me sunday'],
    ['Tata Margaret rang me', 'Margaret rang me'],
    ['lunch with Tonton Robert àllarba passé', 'lunch with Robert last wednesday'],
    ['jërëjëf to Wei for the paper', 'thanked Wei for the paper'],
    ['Zoe sent me the link, jërëjëf', 'Zoe sent me the link'],
  ]);

  keepsAsWritten(['Tata Steel rang me', 'the suba diving club']);
});

describe('Wolof, French and Devon notes, read', () => {
  readsAs([
    [
      'Tata Margaret rang me dibéer only to know how is the move going',
      ['Margaret'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'email to Tata Margaret to say jërëjëf for the reference letter',
      ['Margaret'],
      '2026-11-30',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'lunch with Tonton Benjamin le 6, he say Accenture may need a hospitality SME and he will put me forward',
      ['Benjamin'],
      '2026-11-06',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Siobhan Murphy emailed 12 novembre, Stripe has an opening in hospitality solutions',
      ['Siobhan Murphy'],
      '2026-11-12',
      'email',
      'give',
      'inbound',
    ],
    [
      'Alex Morgan from Meta sent me a paper on price elasticity, le 20',
      ['Alex Morgan'],
      '2026-11-20',
      'other',
      'give',
      'inbound',
    ],
    [
      'gaawu sent jërëjëf to Wei Chen on linkedin for the demand forecasting paper he recommended',
      ['Wei Chen'],
      '2026-11-28',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'lunch at the Boathouse thurs w Mark Evans, wants his Xero tidied before year end, proper job',
      ['Mark Evans'],
      '2026-11-26',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'marcus bell messaged on linkedin, wants me doing the monthly books from Jan',
      ['Marcus Bell'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      "Emily Clarke emailed 19/11, the ONS contract work's all been filled",
      ['Emily Clarke'],
      '2026-11-19',
      'email',
      'catch-up',
      'inbound',
    ],
  ]);
});
