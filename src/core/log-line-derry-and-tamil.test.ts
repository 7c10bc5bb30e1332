// How a one-line log reads English after Tamil ("nethu", "indru", "pona vaaram", "Velli
// kizhamai", "Gnayiru", "romba nandri", "Margaret amma") and a former bank cashier's Derry English
// ("bout ye", "catch yourself on", "Priya text on Saturday", "Fatima tagged me").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Tamil words, put plainly', () => {
  mendsTo([
    ['coffee with Dev nethu', 'coffee with Dev yesterday'],
    ['rang Olivia indru', 'rang Olivia today'],
    ['she will call naalai', 'she will call tomorrow'],
    ['Zoe sent the link pona vaaram', 'Zoe sent the link last week'],
    ['Dan called me Thingal', 'Dan called me monday'],
    ['call with Mark Sevvai kizhamai', 'call with Mark tuesday'],
    ['lunch with Daniel Budhan kizhamai', 'lunch with Daniel wednesday'],
    ['asked Gareth by email Viyazhan', 'asked Gareth by email thursday'],
    ['met Anna at the school gate Velli', 'met Anna at the school gate friday'],
    ['Benjamin sent the brochure Sani', 'Benjamin sent the brochure saturday'],
    ['zoom with Fatima Gnayiru kizhamai', 'zoom with Fatima sunday'],
    ['romba nandri to Olivia for the referral', 'thanked Olivia for the referral'],
    ['sent nandri message to Robert', 'sent thanks message to Robert'],
    ['Priya sent the payroll spec, romba nandri', 'Priya sent the payroll spec'],
  ]);

  keepsAsWritten(['coffee with Velli Kumar', 'met Sani Musa at the fair']);
});

describe('Derry words, put plainly', () => {
  mendsTo([
    ['bout ye Dev rang me yesterday', 'Dev rang me yesterday'],
    ['bout ye to Katie at the open day', 'chatted to Katie at the open day'],
    ['catch yourself on, Lucy says she will intro me', 'Lucy says she will intro me'],
    [
      'Priya at Monzo text on Saturday to say thanks',
      'Priya at Monzo texted on Saturday to say thanks',
    ],
  ]);

  keepsAsWritten(['Dev said catch yourself on, apply anyway']);
});

describe('Tamil and Derry notes, read', () => {
  readsAs([
    [
      'Margaret amma rang me Velli kizhamai, asked for my referees list',
      ['Margaret'],
      '2026-11-27',
      'call',
      'ask',
      'inbound',
    ],
    [
      'Zoom with Fatima akka Gnayiru kizhamai, she explained how civil service applications work',
      ['Fatima'],
      '2026-11-29',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'romba nandri email to Olivia Brown for putting me forward',
      ['Olivia Brown'],
      '2026-11-30',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'bout ye Dev rang me yesterdy, says Northwind are lookin for a team leader',
      ['Dev'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'bout ye to Katie Morris at the Radio Foyle open day on Saturday, wee chat',
      ['Katie Morris'],
      '2026-11-28',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Fatima tagged me in a linkedin post on Monday about an admin job at Ofcom Belfast',
      ['Fatima'],
      '2026-11-23',
      'social',
      'give',
      'inbound',
    ],
  ]);
});
