// Round 132: a dyslexic writer's notes, a Hong Kong-born analyst's English, a parent's dictated
// notes, a student's shorthand, a returning bursar's formal English and an Accra-born nurse's
// Ghanaian English. Cantonese "kum man" and "kum yat" and Twi "nnɛra" and "ɛnnɛ" are days; "ty
// for" is thanks; asking after what is under way in so many words is a chase; a call back about a
// role already applied for, or a general chat about roles, is talk; paid work, a work trial or a
// place on a cohort offered, and a CV gone through, are given.
import { describe } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';

describe('days in Cantonese and Twi, thanks, chases and talk, read', () => {
  readsAs([
    [
      'Emma Clark from Lloyds rang me kum man, she can refer me internally',
      ['Emma Clark'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      "Sam O'Neil DM me the deliveroo analytics eng job link kum man",
      ["Sam O'Neil"],
      '2026-11-29',
      'message',
      'give',
      'inbound',
    ],
    [
      'Hannah Schmidt emailed jor asking if I can share my dissertation',
      ['Hannah Schmidt'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'coffee with Bro Dev nnɛra, we chatted small about how he hires for his team',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'left Mark Evans a voicemail nnera about the interview date, nothing back',
      ['Mark Evans'],
      '2026-11-29',
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'hannah schmidt messaged to say ty for the sql cheatsheet i sent her',
      ['Hannah Schmidt'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'messaged margaret okafor ty for the intro to tom',
      ['Margaret Okafor'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'I emailed Mr Singh at KPMG this morning, as the introduction he promised has not yet come about.',
      ['Mr Singh'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'I telephoned Mr Carter at Accenture on Monday to enquire after the introduction he promised.',
      ['Mr Carter'],
      '2026-11-23',
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'I sent a further email to Mrs Karen Whitley on Friday, as I have heard nothing since my application.',
      ['Karen Whitley'],
      '2026-11-27',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'rang olivia at hays friday to see if theres any update on the contract nothing yet',
      ['Olivia'],
      '2026-11-27',
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'alexandra reid at bupa rang me back yesterday about the data admin role',
      ['Alexandra Reid'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'emily clarke rang thursday about the statistical assistant job i applied for',
      ['Emily Clarke'],
      '2026-11-26',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Daniel from barclays rang last monday, general chat about risk roles',
      ['Daniel'],
      '2026-11-23',
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('work offered, a CV gone through, and what is social, read', () => {
  readsAs([
    [
      'marcus bell text me to ask if i could do some admin for starling two days a week paid',
      ['Marcus Bell'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Dan Fletcher telephoned me; he has a small data-cleaning job for a charity client and asked whether I would care to take it on.',
      ['Dan Fletcher'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'siobhan murphy rang 2 weeks ago to offer me some freelance data entry',
      ['Siobhan Murphy'],
      '2026-11-16',
      'call',
      'give',
      'inbound',
    ],
    [
      'coffee with Julie Parkes on the 18th, she might have some part time hours going',
      ['Julie Parkes'],
      '2026-11-18',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'linda okoye from the job centre rang me tuesday about a work trial',
      ['Linda Okoye'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'priya nair from the returners programme messaged me about a place on the next cohort',
      ['Priya Nair'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'ben ng rang me 16/11 to go thru my cv line by line',
      ['Ben Ng'],
      '2026-11-16',
      'call',
      'give',
      'inbound',
    ],
    [
      'connected with tom bradley from the chamber of commerce on linked in',
      ['Tom Bradley'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      "comented on Anna Kowalski's post about her revolut redesign",
      ['Anna Kowalski'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('what stays as it was', () => {
  readsAs([
    ['Olivia rang me about a contract', ['Olivia'], today, 'call', 'give', 'inbound'],
    ['Jo Bennett emailed me', ['Jo Bennett'], today, 'email', 'catch-up', 'inbound'],
    [
      'rang kate morrison to ask if i could shadow her team',
      ['Kate Morrison'],
      today,
      'call',
      'ask',
      'outbound',
    ],
    [
      'Lee Jordan asked if I could proofread his essay',
      ['Lee Jordan'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'emailed Kate Morrison to enquire about the data lead role',
      ['Kate Morrison'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
  ]);
});
