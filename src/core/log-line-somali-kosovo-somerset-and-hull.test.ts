// How a one-line log reads English with Somali ("dev wuu i soo wacay maanta", "qaxwo ayaan la
// cabnay joanne khamiis", "josé ayaan whatsapp ugu diray the article"), Albanian as Kosovo writes
// it ("kafe me dev dje", "dreke me thomasin", "don me pa cv-ne"), a Taunton-born manager's
// Somerset English ("rung I", "zent", "yesday", "ta fer") and Hull English ("mundy", "ower",
// "ah asked").
import { describe, expect, it } from 'vitest';
import { mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendAlbanian } from './log-line-albanian.js';
import { mendSomali } from './log-line-somali.js';

describe('Somali in a one-line log, put into English', () => {
  it.each([
    ['dev wuu i soo wacay maanta', 'dev rang me maanta'],
    ['qaxwo ayaan la cabnay joanne khamiis', 'had coffee with joanne Thursday'],
    [
      'josé ayaan whatsapp ugu diray the NHS app data article',
      'sent josé the NHS app data article on whatsapp',
    ],
    ['owen davies iimayl ayaan u diray with my portfolio', 'emailed owen davies with my portfolio'],
    [
      'CV-ga ayaan email ugu diray rachel sidii ay codsatay',
      'sent rachel my CV by email as they asked',
    ],
    ['Joanne ayaa ii soo dirtay the JD', 'Joanne sent me the JD'],
    ['wei linkedin igaga mahadceliyay for the paper', 'wei thanked me on linkedin for the paper'],
    ['toddobaadkii hore waxaan la kulmay chidi', 'last week met chidi'],
    ['margaret wax jawaab ah kama helin since the 20th', 'no reply from margaret since the 20th'],
    [
      'Robert Singh iyo Elizabeth Taylor waxaan kula kulmay the consulting careers fair',
      'met Robert Singh and Elizabeth Taylor at the consulting careers fair',
    ],
    ['dorraad waxaan wei chen u diray email', 'the day before yesterday emailed wei chen'],
    [
      'Nimco Hassan ayaa linkedin connection request ii soo dirtay',
      'Nimco Hassan sent me a linkedin connection request',
    ],
    ['siobhan iyo aniga qaxwo 4 nov', 'coffee with siobhan 4 nov'],
    ['lunch w joanne & margaret jimce', 'lunch w joanne & margaret Friday'],
  ])('"%s"', (line, plain) => {
    expect(mendSomali(line)).toBe(plain);
  });

  it.each(['Axad Khan emailed me', 'met Iyo at the fair', 'lunch with Ayaan Hirsi'])(
    'keeps "%s"',
    (line) => {
      expect(mendSomali(line)).toBe(line);
    },
  );
});

describe('English with Somali, read', () => {
  readsAs([
    [
      'waxaan telefoonka kula hadlay kate (sky) shalay re the analytics lead job, nothing concrete yet',
      ['Kate'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      "dev wuu i soo wacay maanta, he'll intro me to his manager at northwind",
      ['Dev'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'CV-ga ayaan email ugu diray rachel sidii ay codsatay',
      ['Rachel'],
      today,
      'email',
      'give',
      'outbound',
    ],
    [
      "margaret ayaa i soo textday - nhs digital has a band 7 PM post opening up, she'll send the JD",
      ['Margaret'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'qaxwo ayaan la cabnay joanne khamiis, talo badan ayay i siisay on moving into PM',
      ['Joanne'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'wei linkedin igaga mahadceliyay for the paper i reccomended, 19 nov',
      ['Wei'],
      '2026-11-19',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'toddobaadkii hore waxaan la kulmay chidi at the wise office, he went thru my cv line by line',
      ['Chidi'],
      '2026-11-23',
      'meeting',
      'give',
      'mutual',
    ],
    [
      "hannah (SAP) ayaa email ii soo dirtay, asked if i'd speak at their women in data meetup",
      ['Hannah'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'video call w yusuf talaado, advice on stakeholder mgmt n how to frame my cv',
      ['Yusuf'],
      '2026-11-24',
      'video',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe("Kosovo's Albanian, put into English", () => {
  it.each([
    ['kafe me dev dje', 'coffee with dev yesterday'],
    ['dreke me thomasin te arup te merkuren', 'lunch with thomas at arup on Wednesday'],
    ['e takova arben gashin ne CIPS midlands event', 'met arben gashi at CIPS midlands event'],
    [
      'i kujtova joannes ne whatsapp sot per intro-n qe ma premtoi',
      'reminded joanne on whatsapp today about intro they promised me',
    ],
    [
      'priya me ka shkru ne whatsapp dje, don me pa cv-ne',
      'priya messaged me on whatsapp yesterday, wants to see my cv',
    ],
    ['ana nga spotify ma pelqeu komentin tem', 'ana from spotify liked my comment'],
    [
      'wei - e falenderova ne linkedin dm per referral te dielen',
      'wei - thanked on linkedin dm for referral on Sunday',
    ],
    ["siobhan s'ka kthy pergjigje prej 20/11", 'no reply from siobhan since 20/11'],
    [
      'olivia brown hays - i dergova cv te perditesume qe ma kerkoi',
      'olivia brown hays - sent updated cv as they asked',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendAlbanian(line)).toBe(plain);
  });
});

describe("English with Kosovo's Albanian, read", () => {
  readsAs([
    [
      'kafe me dev dje, tha qe me prezanton me procurement lead te northwind',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'call me kate nga sky dje per rolin e category analyst, asgje konkrete ende',
      ['Kate'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'i dergova cv rachel lowe me email, pa ma kerku hic. per procurement rolin ne booking',
      ['Rachel Lowe'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'wei chen ma pelqeu postin per CIPS level 4 dje',
      ['Wei Chen'],
      '2026-11-29',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'dreke me thomasin te arup te merkuren, me tregoi per ni rol ne procurement qe hapet ne janar',
      ['Thomas'],
      '2026-11-25',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'katie nga bbc me shkroi sms te shtunen, don me fol ne ni podcast per logistics',
      ['Katie'],
      '2026-11-28',
      'message',
      'ask',
      'inbound',
    ],
  ]);
});

describe('Somerset and Hull words, put plainly', () => {
  mendsTo([
    [
      "coffee wi dev yesday, ee'll intro I to his boss",
      "coffee with dev yesterday, he'll intro me to his boss",
    ],
    ['kate at sky rung I to zay theres a job', 'kate at sky rang me to say theres a job'],
    [
      'texted elizabeth taylor to zay ta fer lunch',
      'texted elizabeth taylor to say thanks for lunch',
    ],
    [
      'priya desai rung I, monzo be lookin fer an events manager',
      'priya desai rang me, monzo are looking for an events manager',
    ],
    ['zent lucy the menus', 'sent lucy the menus'],
    ['jose at glovo on a zoom mundy', 'jose at glovo on a zoom monday'],
    ['anna sent ower them layouts ah asked her for', 'anna sent over them layouts I asked her for'],
  ]);
});

describe('Somerset and Hull notes, read', () => {
  readsAs([
    [
      "coffee wi dev yesday, ee'll intro I to his boss at northwind",
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'marcus bell messaged 28/10 wantin the name of our butcher',
      ['Marcus Bell'],
      '2026-10-28',
      'message',
      'ask',
      'inbound',
    ],
    [
      'texted elizabeth taylor to zay ta fer lunch',
      ['Elizabeth Taylor'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'priya desai rung I, monzo be lookin fer an office n events manager',
      ['Priya Desai'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      "anna at revolut sent ower them dashboard layouts ah asked 'er for",
      ['Anna'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'texted lee jordan ta fer the skyscanner data tip',
      ['Lee Jordan'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'conor flynn rang me mundy about a freight analytics contract in immingham',
      ['Conor Flynn'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
  ]);
});
