// How a one-line log reads Mackem English ("yesterdee", "rang us", "an" between names, "email off
// miss clark") and English with Krio ("yestade", "tide", "Fraide", "bra Chidi", "tenki", "fo",
// "she bin ask"), and the news, asks and names both brought: "starling are after maintenance
// lads", "wants two references off us", "M&E", "Priya said they have a freeze".
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Krio and Mackem words, put plainly', () => {
  mendsTo([
    ['coffee wit Chidi yestade', 'coffee with Chidi yesterday'],
    ['rang Olivia tide about the contract', 'rang Olivia today about the contract'],
    ['zoom wit Ana las week', 'zoom with Ana last week'],
    ['lunch wit Margaret Fraide', 'lunch with Margaret friday'],
    ['met Wei at the fair tosde', 'met Wei at the fair thursday'],
    ['drinks wit Lee Satide', 'drinks with Lee saturday'],
    ['call wit Aunty Margaret Wenzde', 'call with Margaret wednesday'],
    ['tenki tenki Gareth for the intro', 'thanked Gareth for the intro'],
    ['Zoe sent me the link, tenki o', 'Zoe sent me the link'],
    ['Kate tank me fo the notes', 'Kate thanked me for the notes'],
    ['coffee wit bra Chidi bout the grant', 'coffee with Chidi about the grant'],
    ['she bin ask me for the report', 'she had asked me for the report'],
    ['e go send the spec tumara', 'he will send the spec tomorrow'],
    ['video chat wit alexandra reid', 'video chat with alexandra reid'],
    ['lunch wi siobhan murphy an neeve kelly', 'lunch with siobhan murphy and neeve kelly'],
    ['email off miss clark about the forms', 'email from miss clark about the forms'],
  ]);

  keepsAsWritten([
    'the tide was out at Sunderland',
    'worked against the tide all year',
    'met Hannah from Le Monde',
    'a wit and a writer',
    'met kate an hour ago',
  ]);
});

describe('Krio and Mackem notes, read', () => {
  readsAs([
    [
      'call wit Aunty Margaret yestade, she go intro me to di programme lead',
      ['Margaret'],
      '2026-11-29',
      'call',
      'give',
      'mutual',
    ],
    [
      'tenki tenki Gareth on whatsapp fo di lunch',
      ['Gareth'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Priya Desai say monzo dey hire grants officer',
      ['Priya Desai'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'Zoe Martin wan see sample of my M&E reports',
      ['Zoe Martin'],
      '2026-11-30',
      'other',
      'ask',
      'inbound',
    ],
    [
      'meeting wit Aunty Margaret and Adaeze Nwosu bout di bid',
      ['Margaret', 'Adaeze Nwosu'],
      '2026-11-30',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'sent Fatima the ODI report she bin ask me for',
      ['Fatima'],
      '2026-11-30',
      'other',
      'give',
      'outbound',
    ],
    [
      'Gareth Price send me admiral volunteering day link',
      ['Gareth Price'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'Marcus rang us, starling are after maintenance lads',
      ['Marcus'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
    [
      'dan rang yesterdee, some casual work goin at a depot',
      ['Dan'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'alexandra reid wants two references off us for the bupa job',
      ['Alexandra Reid'],
      '2026-11-30',
      'other',
      'ask',
      'inbound',
    ],
    [
      'thomas wants to see photos of me weldin',
      ['Thomas'],
      '2026-11-30',
      'other',
      'ask',
      'inbound',
    ],
    [
      'Priya from Booking said they have a budget freeze',
      ['Priya'],
      '2026-11-30',
      'other',
      'catch-up',
      'inbound',
    ],
    [
      'Mark Evans left me a voicemail, tesco want somebody with M&E for 3 months',
      ['Mark Evans'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
    ['coffee with M&E lead at Oxfam', [], '2026-11-30', 'meeting', 'catch-up', 'mutual'],
  ]);
});
