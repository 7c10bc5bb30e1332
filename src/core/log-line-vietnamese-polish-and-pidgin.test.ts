// Round 134: a Glasgow bus driver's Scots, a Sheffield copywriter's client notes, a Polish-born
// manager's English, a Cardiff graduate's anxious English, a Lagos-born consultant's Nigerian
// English with Pidgin, a Vietnamese-born salon owner's English. "chị", "anh" before a name and
// "my egbon" are courtesies; "gọi me", "hôm qua", "w piątek", "dzięki for" are read; Pidgin "dey
// look for", "she go recommend", "don close"; Scots "asked fur", "big Dev", "still waitin"; and a
// first name, where they work in a word, then a plain verb ("Yusuf trainline comment on my post")
// is what they did.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Vietnamese, Polish and Yoruba courtesies, days and thanks, read', () => {
  readsAs([
    [
      'meet chị Joanne for coffee hôm nay, she give me advice about AAT level 3',
      ['Joanne'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'anh Dev gọi me hôm qua, he say Northwind need part time bookkeeper',
      ['Dev'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'Ben Ng connect with me on linkedin hôm qua',
      ['Ben Ng'],
      '2026-11-29',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'thank anh Thomas by email for the reference letter',
      ['Thomas'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
    [
      'sent rachel lowe my updated CV w piątek',
      ['Rachel Lowe'],
      '2026-11-27',
      'other',
      'ask',
      'outbound',
    ],
    [
      'dzięki email to Jenny Lowther for mock case study practice',
      ['Jenny Lowther'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
    [
      'lunch with my egbon Robert Singh thurs, talked through my day rate',
      ['Robert Singh'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Pidgin, Scots and plain verbs, read', () => {
  readsAs([
    [
      'margaret okafor - coffee at MK station fri, she go recommend me to the programme board',
      ['Margaret Okafor'],
      '2026-11-27',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'coffee with Ben on Tue, he dey push my name for the PM contract',
      ['Ben'],
      '2026-11-24',
      'meeting',
      'give',
      'mutual',
    ],
    [
      "hud a blether wi big Dev ower a coffee tues, says he'll put ma name forward at northwind",
      ['Dev'],
      '2026-11-24',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'messaged dev aboot the northwind referral still waitin',
      ['Dev'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'emailed priya desai at monzo the test plan she asked fur',
      ['Priya Desai'],
      today,
      'email',
      'give',
      'outbound',
    ],
    ['Yusuf trainline comment on my fb post', ['Yusuf'], today, 'social', 'catch-up', 'inbound'],
    [
      'Chidi and Wei comment on my linkedin post about AAT pass',
      ['Chidi', 'Wei'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'Alex never reply my text, chased am again',
      ['Alex'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'Kate at Sky rang - the Head of Insight role don close',
      ['Kate'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('the mends', () => {
  mendsTo([
    ['Olivia hays say temp job is fill already', 'Olivia from Hays said temp job is fill already'],
  ]);
});

describe('what stays as it was', () => {
  keepsAsWritten([
    'met Anh Nguyen at the fair',
    'big data meetup with Priya',
    'Sam never replied to my text',
    'asked Kate for a fur coat',
  ]);
  readsAs([
    [
      "Thomas Wright video call the 12th, Arup sustainability report, he's keen",
      ['Thomas Wright'],
      '2026-11-12',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'Gareth Price linkedin comment my post, actuary joke haha',
      ['Gareth Price'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
  ]);
});
