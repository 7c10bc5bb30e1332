// How a one-line log reads English with Turkish ("Kate'i aradım", "maria'yla kahve içtik dün",
// "rachel lowe'dan prep notes istedim", "wei linkedin'den yazdı"), East London's rhyming slang
// and "me" for my ("on the dog wiv tommy", "had a butcher's at me cv"), a short weekday after
// whoever was written to ("emailed marcus bell n niamh kelly sun thankin em"), and a Guernsey
// surname with its particle ("Tony Le Page").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendTurkish } from './log-line-turkish.js';

describe('Turkish in a note, put into English in the order it is read', () => {
  it.each([
    ["Kate'i aradım re the analytics role", 'rang Kate re the analytics role'],
    [
      "owen'a güncel cv'mi gönderdim admiral'daki rol icin",
      'sent owen my updated cv at admiral for role',
    ],
    [
      "wei linkedin'den yazdı, arm'da data team hiring diyo",
      'wei messaged me on linkedin, at arm data team hiring said',
    ],
    ["maria'yla kahve içtik dün", 'had coffee with maria yesterday'],
    [
      "rachel lowe'dan booking interview'ı icin prep notes istedim",
      'asked rachel lowe for booking interview prep notes',
    ],
    [
      "geçen hafta chidi'ye tesekkur ettim mock interview icin",
      'last week thanked chidi for mock interview',
    ],
    [
      "perşembe aisha karim'le konuştuk, cazoo rolü iptal etmişler",
      'Thursday talked with aisha karim, the cazoo role is off',
    ],
    [
      "robert singh'den 18'inden beri ses yok, whatsapp'tan dürttüm",
      'still no reply from robert singh since the 18th, chased on whatsapp',
    ],
    ["18 kasım data meetup'ta niamh'la karşılaştık", '18 November at data meetup ran into niamh'],
  ])('"%s"', (line, plain) => {
    expect(mendTurkish(line)).toBe(plain);
  });

  it('leaves English, and words Turkish shares with it, as they were', () => {
    for (const line of [
      'sent a thank you note to Devendra Mistry',
      'katie morris asked me for my showreel, dun know',
      'Cuma Ahmed rang about the role',
      'joanne - email - offered to introduce me to a couple of people in leeds',
    ])
      expect(mendTurkish(line)).toBe(line);
  });
});

describe('English with Turkish, read', () => {
  readsAs([
    ["Kate'i aradım re the analytics role", ['Kate'], today, 'call', 'catch-up', 'outbound'],
    ["maria'yla kahve içtik dün", ['Maria'], '2026-11-29', 'meeting', 'catch-up', 'mutual'],
    [
      "wei linkedin'den yazdı, arm'da data team hiring diyo",
      ['Wei'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      "geçen hafta chidi'ye tesekkur ettim mock interview icin",
      ['Chidi'],
      '2026-11-23',
      'other',
      'thanks',
      'outbound',
    ],
    [
      "robert singh'den 18'inden beri ses yok, whatsapp'tan dürttüm",
      ['Robert Singh'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      "perşembe aisha karim'le konuştuk, cazoo rolü iptal etmişler",
      ['Aisha Karim'],
      '2026-11-26',
      'other',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('East London words, put plainly', () => {
  mendsTo([
    [
      'on the dog wiv tommy wright for an hour tues',
      'on the phone call with tommy wright for an hour tues',
    ],
    ["mark evans had a butcher's at me cv last week", 'mark evans reviewed my cv last week'],
    [
      'maria wants to pick me brains on runnin their offsites',
      'maria wants to pick my brains on runnin their offsites',
    ],
  ]);
  keepsAsWritten(['the dog walker rang about the contract', 'bought meat at the butcher on tues']);
});

describe('East London notes, read', () => {
  readsAs([
    [
      'on the dog wiv tommy wright for an hour tues',
      ['Tommy Wright'],
      '2026-11-24',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      "mark evans had a butcher's at me cv last week, says cut it to 2 pages",
      ['Mark Evans'],
      '2026-11-23',
      'other',
      'give',
      'inbound',
    ],
    [
      'emailed marcus bell n niamh kelly sun thankin em both for the references',
      ['Marcus Bell', 'Niamh Kelly'],
      '2026-11-29',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'chidi asked me on whatsapp fri for the spec',
      ['Chidi'],
      '2026-11-27',
      'message',
      'ask',
      'inbound',
    ],
  ]);
});

describe('A Guernsey surname with its particle, read', () => {
  readsAs([
    [
      'Tony Le Page rang, wants a hand w some compliance monitoring, paid, 3 days',
      ['Tony Le Page'],
      today,
      'call',
      'ask',
      'inbound',
    ],
  ]);
});
