// How a one-line log reads a former school office manager's Valleys English ("drinks fri in
// Cardiff, tidy night", "the reception temp thing", "got some paid admin for me") and English
// after Pashto ("parun", "teera hafta", "Naha" to "Itwar", "Doshanbe" to "Yakshanbe", "Peer",
// "dera manana", "Dev lala", "Kate bibi", "sms Sam", "Mark Evans tesco send…").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Pashto words, put plainly', () => {
  mendsTo([
    ['coffee with Dev lala teera hafta', 'coffee with Dev lala last week'],
    ['Priya message me on linkedin parun', 'Priya messaged me on linkedin yesterday'],
    ['Chidi send me link on whatsapp Naha', 'Chidi sent me the link on whatsapp tuesday'],
    ['zoom with Lucy from AZ shoro', 'zoom with Lucy from AZ wednesday'],
    ['Joanne bibi rang Ziarat', 'Joanne bibi rang thursday'],
    ['Zoe message khali', 'Zoe messaged saturday'],
    ['rang Sam Itwar to chase the referral', 'rang Sam sunday to chase the referral'],
    ['dm on linkedin Doshanbe', 'dm on linkedin monday'],
    ['a short talk chaharshanbe', 'a short talk wednesday'],
    ['sent me a course on email Panjshanbe', 'sent me a course on email thursday'],
    ['rang me shanbe about the opening', 'rang me saturday about the opening'],
    ['Siobhan rang me Peer, long chat', 'Siobhan rang me monday, long chat'],
    ['manana to Jose on whatsapp for the list', 'thanked Jose on whatsapp for the list'],
    ['whatsapp Margaret bibi to say dera manana', 'whatsapped Margaret bibi to say thanks'],
    ['sms Sam Patel dera manana for the roadmap', 'texted Sam Patel thanks for the roadmap'],
    ['Fatima emailed me the link, not for me but manana', 'Fatima emailed me the link, not for me'],
    [
      'Mark Evans tesco send BI analyst vacancy on email',
      'Mark Evans from tesco sent BI analyst vacancy on email',
    ],
    [
      'Alexandra Reid bupa ask me to do a short talk',
      'Alexandra Reid from Bupa asked me to do a short talk',
    ],
  ]);

  keepsAsWritten([
    'met a peer',
    'coffee with Saba Khan',
    'Zoe Martin just eat liked my post',
    'Gave Ana Lopez a ring on Thursday to wish her well',
    'Thanked Chidi Eze by email Monday last for the invite',
    'Dan Fletcher tuesday call, small paid job he offered me',
    'elizabeth taylor email thanking her for the deloitte insights',
  ]);
});

describe('Valleys and Pashto notes, read', () => {
  readsAs([
    [
      'drinks with Zoe and Lee fri in Cardiff, tidy night',
      ['Zoe', 'Lee'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'left Mark from Tesco a voicemail chasing the reception temp thing, no joy',
      ['Mark'],
      '2026-11-30',
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'Dan Fletcher rang me 24/11, got some paid admin for me, 2 days a wk',
      ['Dan Fletcher'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'Kate bibi rang me about data governance role in Sky, she will send JD inshallah',
      ['Kate'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
    [
      'Owen Davies admiral message to thank me for pharmacy advice for his mum',
      ['Owen Davies'],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Niamh Kelly intercom send me linkedin connection request 2 nov',
      ['Niamh Kelly'],
      '2026-11-02',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'comment on Wei post about ML in adverse event reports peer',
      ['Wei'],
      '2026-11-23',
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});
