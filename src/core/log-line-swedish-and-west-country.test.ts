// How a one-line log reads an English learned after Swedish ("igår", "mejlade", "ringed me",
// "fika", "i became a mejl", "tack for", the verb second after a day) and West Country English
// ("wiv", "askin ow", "wants me cv", "rang kate then emma"), with the plain English rules the same
// notes needed: a role that "opens in january" is to come, "put on hold" is gone, someone wanted
// "for a study" is work, and a contact who wants to film the user or asks if they want to be on
// a panel asks.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendsTo, read, readsAs, today } from '../../test/log-line-table.js';

describe('Swedish words, put plainly', () => {
  mendsTo([
    ['call with wei igår', 'call with wei yesterday'],
    ['call with wei i förrgår', 'call with wei the day before yesterday'],
    ['sent dev a mejl', 'sent dev an email'],
    ['a short mejl to rachel', 'a short email to rachel'],
    ['Ana mejlade me', 'Ana emailed me'],
    ['Olivia ringed me', 'Olivia rang me'],
    ['Priya whatsappade me a link', 'Priya whatsapped me a link'],
    ['I was on a fika with Johan', 'had coffee with Johan'],
    ['fika with Maria', 'coffee with Maria'],
    ['i became a mejl from Yusuf', 'i got an email from Yusuf'],
    ['tack to Margaret for the tip', 'thanked Margaret for the tip'],
    ['Igår ringed Kate me', 'yesterday Kate rang me'],
    ['igår mejlade I my portfolio to rachel', 'yesterday I emailed my portfolio to rachel'],
  ]);

  it('keeps "tack" the English word and "became" before no thing', () => {
    expect(mendDialects('changed tack on the cv')).toBe('changed tack on the cv');
    expect(mendDialects('she became head of data')).toBe('she became head of data');
  });
});

describe('West Country words, put plainly', () => {
  mendsTo([
    ['coffee wiv marcus', 'coffee with marcus'],
    ['text from ben askin ow the job is going', 'text from ben asking how the job is going'],
    ['claire wants me cv', 'claire wants my cv'],
    ['needs me vat number', 'needs my vat number'],
    ['Emily Clarke needs me VAT number', 'Emily Clarke needs my VAT number'],
    ['saw me stuff on Behance', 'saw my stuff on Behance'],
    ['rang kate morrison then emma clark re roles', 'rang kate morrison and emma clark re roles'],
  ]);

  it('keeps "me" where it is the user, and "then" before what was done next', () => {
    expect(mendDialects('sam wants to see me tomorrow')).toBe('sam wants to see me tomorrow');
    expect(mendDialects('rang kate then emailed dev')).toBe('rang kate then emailed dev');
    expect(mendDialects('Sam saw me at the fair')).toBe('Sam saw me at the fair');
  });
});

describe('Swedish and West Country notes, read', () => {
  readsAs([
    [
      'fika with Maria igår, she told me Canva is hiring a senior researcher',
      ['Maria'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Igår ringed Kate me, we talked mostly about Sky after the reorg',
      ['Kate'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'i became a mejl from Yusuf 20/11 with the job spec for the researcher role',
      ['Yusuf'],
      '2026-11-20',
      'email',
      'give',
      'inbound',
    ],
    [
      'Fatima mejl: tack for the survey design review',
      ['Fatima'],
      today,
      'email',
      'thanks',
      'inbound',
    ],
    [
      'fika with wei and chidi igår',
      ['Wei', 'Chidi'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Siobhan from stripe mejlade me the brief for the freelance usability study',
      ['Siobhan'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'rang kate morrison then emma clark re analytics roles',
      ['Kate Morrison', 'Emma Clark'],
      today,
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'joanne bennett emailed, needs me vat number for the freelance bit',
      ['Joanne Bennett'],
      today,
      'email',
      'ask',
      'inbound',
    ],
  ]);
});

describe('what the same notes taught the plain English rules', () => {
  it('reads a month after what opens or starts as to come, not as the date', () => {
    expect(read('Priya told me booking opens a new researcher role in january').occurredOn).toBe(
      today,
    );
    expect(read("sam said they're hiring in Feb").occurredOn).toBe(today);
    expect(read('met her in january at the fair').occurredOn).toBe('2026-01-01');
  });

  it('reads a role that opens as news of it', () => {
    expect(read('lunch w Zoe, she told me Just Eat opens a research role soon').kind).toBe('give');
  });

  it('reads a role put on hold as gone', () => {
    expect(read('Alexandra emailed, the head of research job is put on hold').kind).toBe(
      'catch-up',
    );
  });

  it.each([
    'José messaged, glovo needs someone for a 2 week diary study in Madrid',
    'marcus rang me, starling want someone for their fleet cards',
    'joanne rang, leeds data co got a bit of freelance goin',
  ])('reads work someone has to hand out as given: "%s"', (line) => {
    expect(read(line).kind).toBe('give');
  });

  it.each([
    'katie from the bbc wants to film me for a piece on redundancy',
    'maria wants to interview me for some ux research on van drivers',
    'Katie rang, asks if I want to be on a panel about UX in media',
    'Aisha messaged, she wants to know how I recruit participants for interviews',
    'zoe from just eat wants me views on their delivery survey',
  ])('reads a contact asking the user as an ask: "%s"', (line) => {
    expect(read(line).kind).toBe('ask');
  });

  it('still reads an interview offered as given', () => {
    expect(read('just eat want to interview me for the analyst role').kind).toBe('give');
  });
});
