// How a one-line log reads English after Mongolian ("öchigdör", "önöödör", "Baasan", "Lkhagva",
// "Dev ah", "Priya egch", "bayarlalaa", "Olivia rings") and North East Lincolnshire English ("gizza
// shout if owt comes up", "me covering letter", "had a sit down wi", "jobs club"), and the news,
// asks and names both brought: "the job there's gone", "she's after a reference off me",
// "wanting me to do a talk", "ONS want data collectors".
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Mongolian and Lincolnshire words, put plainly', () => {
  mendsTo([
    ['coffee with Dev ah öchigdör', 'coffee with Dev yesterday'],
    ['zoom with Priya egch uchigdur', 'zoom with Priya yesterday'],
    ['rang Olivia önöödör', 'rang Olivia today'],
    ['lunch with Ana on Baasan', 'lunch with Ana on friday'],
    ['met Wei at the fair Lkhagva', 'met Wei at the fair wednesday'],
    ['drinks with Lee last Davaa', 'drinks with Lee last monday'],
    ['bayarlalaa to Fatima for the comments', 'thanked Fatima for the comments'],
    ['Zoe sent me the link, bayarlalaa', 'Zoe sent me the link'],
    ['Olivia from Hays rings this morning', 'Olivia from Hays rang this morning'],
    ['Benjamin Carter replies my email', 'Benjamin Carter replied to my email'],
    ['texted mark gizza shout if owt comes up', 'texted mark give me a shout if anything comes up'],
    ['emailed yusuf me covering letter', 'emailed yusuf my covering letter'],
  ]);

  keepsAsWritten(['Baasan Batbold rang me', 'ah well, next time']);
});

describe('Mongolian and Lincolnshire notes, read', () => {
  readsAs([
    [
      'Liz Taylor from Deloitte rings last Davaa, assurance team hiring senior associate in Manchester',
      ['Liz Taylor'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
    [
      'Margret Okafor likes my linkedin post on NHS net zero uchigdur',
      ['Margret Okafor'],
      '2026-11-29',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'bayarlalaa Kate for putting me forward, text',
      ['Kate'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Fatima egch gives feedback on my IFRS cover letter, very detailed. 21/11',
      ['Fatima'],
      '2026-11-21',
      'other',
      'give',
      'inbound',
    ],
    [
      'texted mark evans gizza shout if owt comes up at the tesco depot',
      ['Mark Evans'],
      '2026-11-30',
      'message',
      'ask',
      'outbound',
    ],
    [
      "zoe martin from just eat dm'd us askin how the course was goin",
      ['Zoe Martin'],
      '2026-11-30',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      "aisha karim texted, she's left cazoo so the job there's gone",
      ['Aisha Karim'],
      '2026-11-30',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'chloe dubois sent us them python for beginners notes she mentioned, ta duck',
      ['Chloe Dubois'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'had a sit down wi tracey marshall at council careers tues',
      ['Tracey Marshall'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "Bev Ingoldby from me old shift texted, she's after a reference off me",
      ['Bev Ingoldby'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'emailed yusuf demir me covering letter for trainline, unasked like',
      ['Yusuf Demir'],
      '2026-11-30',
      'email',
      'ask',
      'outbound',
    ],
    [
      'coffee wi emily clarke fortnight ago, she reckons ONS want data collectors',
      ['Emily Clarke'],
      '2026-11-16',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'jose alvarez emailed wanting me to do a talk on night shift ops for his team',
      ['Jose Alvarez'],
      '2026-11-30',
      'email',
      'ask',
      'inbound',
    ],
    [
      "elizabeth taylor rang me bonfire night, wanted to know if i'd mentor a school leaver",
      ['Elizabeth Taylor'],
      '2026-11-05',
      'call',
      'ask',
      'inbound',
    ],
    [
      'met Shaun Petchell at the council jobs club thurs',
      ['Shaun Petchell'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});
