// How a one-line log reads English after Khmer ("msel menh", "thngai nih", "sabda mun", "thngai
// Sok", "Prohoas", "Sau", "arkun", "orkun chraen", "Bong Dev", "Lok Srey Margaret") and a
// call-centre team leader's Dundee Scots ("askin if I'd dae some paid data cleansin", "needs
// somebody part time tae coordinate a wee project", "the call centre ops deck").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Khmer words, put plainly', () => {
  mendsTo([
    ['coffee with Dev msel menh', 'coffee with Dev yesterday'],
    ['rang Olivia thngai nih', 'rang Olivia today'],
    ['she will call thngai saek', 'she will call tomorrow'],
    ['met Owen at the meetup sabda mun', 'met Owen at the meetup last week'],
    ['call with Ben thngai Chan', 'call with Ben monday'],
    ['lunch with Ana Angkear', 'lunch with Ana tuesday'],
    ['call with Priya thngai Puth', 'call with Priya wednesday'],
    ['drinks with Zoe Prohoas', 'drinks with Zoe thursday'],
    ['Olivia rang me Sok about a contract', 'Olivia rang me friday about a contract'],
    ['zoom with Chidi on Sau 28/11', 'zoom with Chidi on saturday 28/11'],
    ['met Sokha at the community event Atit', 'met Sokha at the community event sunday'],
    ['coffee with Bong Dev', 'coffee with Dev'],
    ['rang Lok Srey Alexandra at Bupa', 'rang Alexandra at Bupa'],
    [
      'Lok Robert called me about a contract at KPMG ja',
      'Robert called me about a contract at KPMG',
    ],
    [
      'arkun Yusuf Demir on LinkedIn for the advice',
      'thanked Yusuf Demir on LinkedIn for the advice',
    ],
    ['orkun chraen Devendra for the mock interview', 'thanked Devendra for the mock interview'],
    ['Priya reviewed my CV on zoom, arkun', 'Priya reviewed my CV on zoom'],
    ['Zoom Chidi Eze on saturday', 'Zoom with Chidi Eze on saturday'],
  ]);

  keepsAsWritten([
    'coffee with Sok',
    'met Sok Dara at the event',
    'lunch with Jackie Chan',
    'Zoom Video Communications rang',
  ]);
});

describe('Khmer and Dundee notes, read', () => {
  readsAs([
    [
      'orkun chraen Bong Devendra for mock interview, whatsapp him thngai Sok',
      ['Devendra'],
      '2026-11-27',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Zoom Chidi Eze on Sau 28/11, he tell me how Wise finance team work',
      ['Chidi Eze'],
      '2026-11-28',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'Lok Srey Elizabeth Taylor at Deloitte Women in Finance night 12 Nov, we talk 10 min',
      ['Elizabeth Taylor'],
      '2026-11-12',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Tom Wright send connect request on LinkedIn, I accept already',
      ['Tom Wright'],
      '2026-11-30',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'Fatima Zahra from Ofcom share report on cost of living, email msel menh',
      ['Fatima Zahra'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    [
      "Dan Fletcher messaged on 5/11 askin if I'd dae some paid data cleansin for one o his clients",
      ['Dan Fletcher'],
      '2026-11-05',
      'message',
      'give',
      'inbound',
    ],
    [
      "Gareth Price emailed on thursday askin if I'd send him my cv",
      ['Gareth Price'],
      '2026-11-26',
      'email',
      'ask',
      'inbound',
    ],
    [
      'sent Niamh Kelly the call centre ops deck she asked for on the 25th',
      ['Niamh Kelly'],
      '2026-11-25',
      'other',
      'give',
      'outbound',
    ],
    [
      'coffee wi Marcus Bell 26.11, he needs somebody part time tae coordinate a wee project at Starling',
      ['Marcus Bell'],
      '2026-11-26',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Margaret phoned me back on 27/11, says NHS Digital might have a band 5 project support post in the new year',
      ['Margaret'],
      '2026-11-27',
      'call',
      'give',
      'inbound',
    ],
  ]);
});
