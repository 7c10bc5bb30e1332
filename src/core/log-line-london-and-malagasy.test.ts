// How a one-line log reads English after Malagasy ("omaly", "androany", "herinandro lasa",
// "Alarobia", "Zoma", "misaotra betsaka", "Ramatoa Margaret", "Ry Zoky Dev") and a marketing
// graduate's Multicultural London English ("slid in the dms", "in his insta dms", "commissioned me
// to do a social audit").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Malagasy words, put plainly', () => {
  mendsTo([
    ['coffee with Dev omaly', 'coffee with Dev yesterday'],
    ["lunch with Ana afak'omaly", 'lunch with Ana the day before yesterday'],
    ['rang Olivia androany', 'rang Olivia today'],
    ['she will call rahampitso', 'she will call tomorrow'],
    ['video call with Sam herinandro lasa', 'video call with Sam last week'],
    ['Owen texted me alatsinainy', 'Owen texted me monday'],
    ['coffee with Emily Talata', 'coffee with Emily tuesday'],
    ['zoom with Chidi alarobia', 'zoom with Chidi wednesday'],
    ['Yusuf called me Alakamisy', 'Yusuf called me thursday'],
    ['coffee with Ben zoma', 'coffee with Ben friday'],
    ['drinks with Aisha asabotsy', 'drinks with Aisha saturday'],
    ['Kate emailed me Alahady', 'Kate emailed me sunday'],
    [
      'misaotra betsaka to Margaret for the mock interview',
      'thanked Margaret for the mock interview',
    ],
    ['Aisha messaged me, misaotra for the food', 'Aisha messaged me, thanks for the food'],
    ['coffee with Ramatoa Margaret', 'coffee with Margaret'],
    ['coffee with Andriamatoa Carter', 'coffee with Carter'],
    ['Ry Zoky Dev, I whatsapp him', 'Dev, I whatsapp him'],
  ]);

  keepsAsWritten(['Zoma Ndlovu rang me']);
});

describe('London words, put plainly', () => {
  mendsTo([
    ['aisha slid in the dms, cazoo want someone', 'aisha messaged me, cazoo want someone'],
    ['Ana slid into my dms with a link', 'Ana messaged me with a link'],
  ]);
});

describe('Malagasy and London notes, read', () => {
  readsAs([
    [
      'misaotra betsaka Ramatoa Margaret for the mock interview, I email her this morning',
      ['Margaret'],
      '2026-11-30',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'Ry Zoky Dev, I whatsapp him misaotra betsaka for the intro',
      ['Dev'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'send Zoe Martin the photos from Just Eat event she ask for',
      ['Zoe Martin'],
      '2026-11-30',
      'other',
      'give',
      'outbound',
    ],
    [
      'Lucy P send me AstraZeneca job spec for conference coordinator omaly',
      ['Lucy P'],
      '2026-11-29',
      'other',
      'give',
      'inbound',
    ],
    [
      'Katie Morris ask me to help with BBC audience event, she need runners',
      ['Katie Morris'],
      '2026-11-30',
      'other',
      'ask',
      'inbound',
    ],
    [
      'aisha karim slid in the dms, cazoo want someone to run their tiktok for a month, paid!!',
      ['Aisha Karim'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      'thanked Lee in his insta dms for the shoutout',
      ['Lee'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'James Whitfield GM at Marriott County Hall call me, he offer me trial shift rahampitso',
      ['James Whitfield'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
    [
      'Dan Fletcher commissioned me to do a social audit for one of his clients',
      ['Dan Fletcher'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
  ]);
});
