// How a one-line log reads a former ferry purser's Shetland English ("da", "mony tanks", "tanked
// me", "last ook", "fb messenger fae", "wir peerie", "wis", "auld") and English after Malayalam
// ("innale", "innu", "kazhinja aazhcha", "Chovva", "Njayar aazhcha", "valare nanni", "Dev
// chettan", "Margaret chechi", "on wa").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Shetland words, put plainly', () => {
  mendsTo([
    ['benjamin carter emailed da spec on da 19th', 'benjamin carter emailed the spec on the 19th'],
    [
      'rang joanne tae say mony tanks for da york lead',
      'rang joanne to say thanks for the york lead',
    ],
    ['sent ana a peerie tanks on whatsapp', 'sent ana thanks on whatsapp'],
    ['owen davies tanked me on da linkedin', 'owen davies thanked me on linkedin'],
    ['lunch wi thomas last ook', 'lunch with thomas last week'],
    ['fb messenger fae ingrid jamieson thurs', 'message from ingrid jamieson thurs'],
    [
      'daniel okoro an dan fletcher both at da mixer',
      'daniel okoro and dan fletcher both at the mixer',
    ],
    ['wir peerie jobs club, lowrie wis dere', 'our wee jobs club, lowrie was dere'],
    ['Aisha rang an de, ciamar a tha thu', 'Aisha rang yesterday, ciamar a tha thu'],
  ]);

  keepsAsWritten([
    'Dev sent me a question bank, Allah ya saka da alheri',
    'asked for an hr contact at Monzo',
    'the fish tanks at the aquarium',
    'met Maria da Silva at the fair',
  ]);
});

describe('Malayalam words, put plainly', () => {
  mendsTo([
    ['Chidi sent the link on whatsapp innale', 'Chidi sent the link on whatsapp yesterday'],
    ['will call Kate innu', 'will call Kate today'],
    ['Sam will call naale', 'Sam will call tomorrow'],
    ['coffee with Priya kazhinja aazhcha', 'coffee with Priya last week'],
    ['Olivia rang Thinkal', 'Olivia rang monday'],
    ['Katie asked on Chovva for my certificate', 'Katie asked on tuesday for my certificate'],
    ['Gareth rang on Vyazham', 'Gareth rang on thursday'],
    ['Dan emailed Shani, paid work', 'Dan emailed saturday, paid work'],
    ['Lucy sent the spec by email Njayar aazhcha', 'Lucy sent the spec by email sunday'],
    ['valare nanni to José for the link', 'thanked José for the link'],
  ]);

  keepsAsWritten(['coffee with Shani Cohen']);
});

describe('Shetland and Malayalam notes, read', () => {
  readsAs([
    [
      'fb messenger fae ingrid jamieson thurs, auld purser pal, she kens a hotel in oban wantin an events coordinator',
      ['Ingrid Jamieson'],
      '2026-11-26',
      'message',
      'give',
      'inbound',
    ],
    [
      'alex morgan followed me on da linkedin',
      ['Alex Morgan'],
      '2026-11-30',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'emily clarke sent me da ons admin officer advert wedensday',
      ['Emily Clarke'],
      '2026-11-25',
      'other',
      'give',
      'inbound',
    ],
    [
      "whatsapp'd dev mony tanks for da mock interview",
      ['Dev'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Margaret chechi rang innale, NHS Digital have clinical coder vacancy in Leeds, she will send link',
      ['Margaret'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'Anna from Revolut asked on wa if i can check her letter',
      ['Anna'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      "Sam O'Neil thanked me on wa for the NHS data article",
      ["Sam O'Neil"],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
  ]);
});
