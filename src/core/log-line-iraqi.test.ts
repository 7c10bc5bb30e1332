// Round 145: a Baghdad engineer's English with Iraqi Arabic in Latin letters. "7chait wiyah X" is
// a talk with X, "itsalat biya" a call to me, "dizzatli" sent me, "dizzetla il-X" I sent X,
// "shakkarit" I thanked, "shakratni" thanked me, "sa2alit" I asked, "7atni b contact wiyah" put me
// in touch with, "ydawroon 3ala" are hiring, "ray7" will; "il-barha", "awwal il-barha", "yom
// il-thlatha", "il-isbu3 il-fat" and "gabul 3 ayyam" are days past; "min" is from, "b" at, "mali"
// my, "mal-hum" their, and "il-" before a name the one a thing went to.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendIraqi } from './log-line-iraqi.js';
import { looksLikePersonName } from './person-name-shape.js';

describe('Iraqi Arabic in English notes, read', () => {
  readsAs([
    [
      '7chait wiyah Kate Morrison il-barha 3al phone, gatli Sky 3idhum analyst role w ray7 tdizzli il-spec',
      ['Kate Morrison'],
      '2026-11-29',
      'call',
      'give',
      'mutual',
    ],
    [
      'Ben Ng min Monzo itsal biya yom il-jum3a, gal ray7 y-refer ni',
      ['Ben Ng'],
      '2026-11-27',
      'call',
      'give',
      'inbound',
    ],
    [
      'dizzetla il-portfolio mali il-Priya Shah bil-email, ma tilbatah',
      ['Priya Shah'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'shakkarit Wei 3al WhatsApp 3ala il-mock interview',
      ['Wei'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Olivia Brown shakratni b LinkedIn message 3ala il-intro',
      ['Olivia Brown'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Thomas Wright 7atni b contact wiyah il-lead mal-hum 3al email gabul 3 ayyam',
      ['Thomas Wright'],
      '2026-11-27',
      'email',
      'intro',
      'inbound',
    ],
    [
      'tlafant Rachel Lowe awwal il-barha 3an il-analytics role',
      ['Rachel Lowe'],
      '2026-11-28',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'coffee wiyah Joanne yom il-thlatha, 7chaina 3an shlon il-team yshtighil',
      ['Joanne'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'sa2alit Chidi 3al LinkedIn iza ygdar ta3tini feedback 3ala il-CV mali',
      ['Chidi'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'chased Gareth 3al email 3an il-referral, ma rad min 20/11',
      ['Gareth'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'shift Emily b il-Leeds data meetup il-isbu3 il-fat, 7chaina shwaya',
      ['Emily'],
      '2026-11-23',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Iraqi Arabic put into English', () => {
  it.each([
    [
      'Sam Patel il-recruiter gali 3an contract b Leeds',
      'Sam Patel, the recruiter, told me about contract at Leeds',
    ],
    ['dizzetla il-Dev il-deck mali', 'sent Dev my deck'],
    [
      'nudged Owen 3al CV elli dizzetla il-isbu3 il-fat',
      'nudged Owen on the CV I sent him last week',
    ],
    ['lunch wiyah Ana, ray7 tsa2al il-manager mal-ha', 'lunch with Ana, she will ask her manager'],
    ['intro il-Wei bil-email', 'intro to Wei by email'],
  ])('reads "%s"', (line, plain) => {
    expect(mendIraqi(line)).toBe(plain);
  });

  it.each([
    'coffee with Dev yesterday, he will intro me to his lead',
    'coffee w Min Park and Mal Evans, 15 min chat',
    'Gal Cohen sent me the spec by email',
    'lunch at Il Pastaio with Elli',
  ])('keeps "%s"', (line) => {
    expect(mendIraqi(line)).toBe(line);
  });
});

describe('Iraqi and Levantine given names', () => {
  it.each(['Suad Hamid', 'Farid Nouri', 'Haider Jawad', 'Zahraa Kareem'])(
    'takes "%s", named in a line, for someone new',
    (name) => {
      const line = `coffee with ${name} yesterday`;
      expect(looksLikePersonName(name, { line, ownGiven: new Set() })).toBe(true);
    },
  );
});
