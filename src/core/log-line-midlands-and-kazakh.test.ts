// How a one-line log reads English after Kazakh ("keshe", "bügin", "seisenbi", "Dev agai",
// "Margaret apai", "rahmet") and a graduate's Midlands English, and what both brought: a closing
// date or a deadline moved is no day of the line, a reference done is given, a thank-you do is a
// gathering, paid writing asked for is work, and a named person's number passed on introduces them.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Kazakh words, put plainly', () => {
  mendsTo([
    ['coffee with Dev agai keshe', 'coffee with Dev yesterday'],
    ['rang Olivia bügin', 'rang Olivia today'],
    ['lunch with Ana on seisenbi', 'lunch with Ana on tuesday'],
    ['met Wei at the fair särsenbi', 'met Wei at the fair wednesday'],
    ['zoom with Lee beisenbi', 'zoom with Lee thursday'],
    ['drinks with Zoe senbi', 'drinks with Zoe saturday'],
    ['rahmet to Margaret apai for the docs', 'thanked Margaret for the docs'],
    ['Zoe sent me the link, rakhmet', 'Zoe sent me the link'],
  ]);

  keepsAsWritten(['Senbi Adeyemi rang me', 'the Agai family']);
});

describe('Kazakh and Midlands notes, read', () => {
  readsAs([
    [
      'Hannah Schmidt sent me the link for the SAP role, beisenbi',
      ['Hannah Schmidt'],
      '2026-11-26',
      'other',
      'give',
      'inbound',
    ],
    [
      'Jose Alvarez video call düysenbi about quick commerce',
      ['Jose Alvarez'],
      '2026-11-23',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'rahmet to Margaret apai for NHS framework docs, on whatsapp',
      ['Margaret'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Kate apai thanked me for the benchmarking deck',
      ['Kate'],
      '2026-11-30',
      'other',
      'thanks',
      'inbound',
    ],
    [
      "Emma Clark emailed me the Lloyds archive job spec, closing date's the 18th",
      ['Emma Clark'],
      '2026-11-30',
      'email',
      'give',
      'inbound',
    ],
    [
      'Joanne rang this morning, the Herbert have extended the deadline to the 14th',
      ['Joanne'],
      '2026-11-30',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Mark Evans rang, said the reference is done and sent off! ta Mark',
      ['Mark Evans'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
    [
      'went to the heritage open day volunteers thank you do on 4/11, Ana Lopez was there too',
      ['Ana Lopez'],
      '2026-11-04',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      "Zoe's asked if i can write a bit for Just Eat's local blog, and its paid!!",
      ['Zoe'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      "Sam Patel sent me his mate Jake Dunn's number at the Transport Museum",
      ['Sam Patel'],
      '2026-11-30',
      'other',
      'intro',
      'inbound',
    ],
  ]);
});
