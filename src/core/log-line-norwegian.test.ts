// How a one-line log reads English with Norwegian ("ringte Kate ang. rollen hos Sky", "i går ringte
// Olivia meg om en kontrakt", "kommenterte Wei sin post"), the same typed without Norwegian letters
// ("motte Dev pa kaffe"), and what it leaves to the Danish reader and to English; and second
// readings of Icelandic, Flemish and Danish heard beside it.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendNorwegian } from './log-line-norwegian.js';

describe('Norwegian in a note, put into English', () => {
  it.each([
    ['ringte Kate ang. analytics-rollen hos Sky', 'rang Kate about analytics role at Sky'],
    [
      'i går ringte Olivia meg om en kontrakt, 3 mnd i Harrogate',
      'yesterday Olivia rang me about a contract, 3 mnd in Harrogate',
    ],
    ['møtte Dev på kaffe i forgårs', 'met Dev for coffee the day before yesterday'],
    ['motte Dev pa kaffe i forgars', 'met Dev for coffee the day before yesterday'],
    ['forrige uke møtte jeg Thomas Wright på lunsj', 'last week I met Thomas Wright for lunch'],
    [
      'den 12. ringte Margaret meg om en testerkontrakt hos NHS Digital',
      'on the 12th Margaret rang me about a tester contract at NHS Digital',
    ],
    [
      'purret på Okafor igjen ang. kontrakten, ikke hørt noe siden den 20.',
      'chased Okafor again about the contract, heard nothing since the 20th',
    ],
    [
      'kommenterte Wei sin post om ML testing og la ved en artikkel om flaky tests',
      "commented on Wei's post about ML testing and shared an article about flaky tests",
    ],
    [
      'kommenterte posten til Oliver Grant om Playwright',
      "commented on Oliver Grant's post about Playwright",
    ],
    [
      'Marcus tilbød intro til CTO-en deres, Ella Hart',
      'Marcus offered an intro to their CTO, Ella Hart',
    ],
    [
      'Lucy sier hun kan intro meg til AZ sin QA lead',
      "Lucy says she can intro me to AZ's QA lead",
    ],
    [
      'Rob Singh takket for notatet mitt om test-strategi',
      'Rob Singh thanked me for my note about test-strategi',
    ],
    [
      'Thomas Wright ba om CV-en min til et Arup-prosjekt, sendte den',
      'Thomas Wright asked for my CV to an Arup project, sent it',
    ],
    [
      'Freya (Sky Bet) på whatsapp: trenger fakturaen innen den 4.',
      'Freya (Sky Bet) on whatsapp: needs the invoice by the 4th',
    ],
    ['20/10 møtte Kari Nilsen på TestCon i Leeds', '20/10 met Kari Nilsen at TestCon in Leeds'],
    [
      'Ministry of Testing meetup i går, snakket med Kate og en Ifeoma Obi fra Sky Bet',
      'Ministry of Testing meetup yesterday, talked with Kate and Ifeoma Obi from Sky Bet',
    ],
    ['wa til Zoe, spurte om kaffe neste uke', 'wa to Zoe, asked for a coffee next week'],
    ['i går ringte hun meg om kontrakten', 'yesterday she rang me about the contract'],
    [
      'takket Jo på linkedin for tipset om Leeds Data Co',
      'thanked Jo on linkedin for the tip about Leeds Data Co',
    ],
    [
      'Dan Fletcher ringte, vil ha meg med på et testoppdrag for en kunde',
      'Dan Fletcher rang, wants me on a test job for a client',
    ],
    [
      'snakket med Priya Desai på Monzo-eventet i Leeds den 19.',
      'talked with Priya Desai at Monzo-event in Leeds on the 19th',
    ],
    [
      'linkedin-melding fra Hollie Grant (Sky Bet), de ansetter testere',
      'linkedin message from Hollie Grant (Sky Bet), they are hiring testere',
    ],
    [
      'fikk mail fra Rachel: stillingen er fylt',
      'got an email from Rachel: the role has been filled',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendNorwegian(line)).toBe(plain);
  });

  it('leaves English, Danish and names that look Norwegian to their own readers', () => {
    for (const line of [
      'coffee with Enda Kenny and Meg Ryan at the Leeds meetup',
      'sent Kate a link to a remote role, for her team',
      'ringede til Kate om Sky rollen, sendte mit cv',
      'i går ringede Kate, hun tilbød at introducere mig',
      'hringdi í Kötu í gær út af Sky stöðunni',
    ])
      expect(mendNorwegian(line)).toBe(line);
  });
});

describe('English with Norwegian, read', () => {
  readsAs([
    ['i går ringte Olivia meg om en kontrakt', ['Olivia'], '2026-11-29', 'call', 'give', 'inbound'],
    [
      'forrige uke møtte jeg Thomas Wright på lunsj',
      ['Thomas Wright'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'purret på Sam ang. introen, ingenting enda',
      ['Sam'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    ['takket Jo på linkedin for tipset', ['Jo'], today, 'message', 'thanks', 'outbound'],
    [
      'Ana Lopez likte posten min om testing',
      ['Ana Lopez'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    ['wa til Zoe, spurte om kaffe neste uke', ['Zoe'], today, 'message', 'ask', 'outbound'],
    [
      'sendte CV til Farah Siddiqui hos NHS Leeds',
      ['Farah Siddiqui'],
      today,
      'other',
      'ask',
      'outbound',
    ],
    ['Joanne ba meg om en kopi av rammeverket mitt', ['Joanne'], today, 'other', 'ask', 'inbound'],
  ]);
});

describe('English heard beside the Norwegian', () => {
  readsAs([
    [
      'Lee Jordan thanked me in a comment for the article',
      ['Lee Jordan'],
      today,
      'social',
      'thanks',
      'inbound',
    ],
    ['texted Zoe, asked her for a coffee next week', ['Zoe'], today, 'message', 'ask', 'outbound'],
  ]);
});

describe('Second readings of Icelandic, Flemish and Danish', () => {
  readsAs([
    [
      'kaffi m/ Ifeoma Obi á miðvikudaginn, spjölluðum um clinical safety',
      ['Ifeoma Obi'],
      '2026-11-25',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'chase-aði rachel lowe um referralið, ekkert komið enn',
      ['Rachel Lowe'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Fatima Z þakkaði fyrir consultation svarið',
      ['Fatima Z'],
      today,
      'other',
      'thanks',
      'inbound',
    ],
    ['likeaði post hjá Wei um nýja ML teymið', ['Wei'], today, 'social', 'catch-up', 'outbound'],
    [
      'Grace Liu kommentaði á postinn minn um nursing informatics',
      ['Grace Liu'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'minnti Dan Fletcher á ógreidda reikninginn, whatsapp',
      ['Dan Fletcher'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'LI bericht van Rachel Lowe, ze stuurt de JD voor de analyst role bij Booking',
      ['Rachel Lowe'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'voicemail gelaten bij Mark Evans ivm de referral',
      ['Mark Evans'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'emma clark opgevolgd ivm het contract, nog niks sinds de 20e',
      ['Emma Clark'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Lucy Patel koffie donderdag in Macclesfield',
      ['Lucy Patel'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'lang snak m. Ben over en øl i fredags',
      ['Ben'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});
