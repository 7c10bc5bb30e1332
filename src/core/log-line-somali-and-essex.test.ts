// How a one-line log reads an English learned after Somali ("shalay", "maanta", "eedo Margaret",
// "abti Robert", "walaal", "mahadsanid", "she is telling me", a name said twice, "Kate my CV she
// checked") and Essex English ("hes puttin me forward", "nuffin doin", "aint hirin", "wants me
// opinion"), with what the same notes taught the plain rules: "vacancy coming january" tells of a
// role, interpreters are hands wanted, "wants me to help" asks. Whom an introduction joins the
// user to is read here and set aside by the log service when they are new.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendsTo, read, readsAs, today } from '../../test/log-line-table.js';

describe('Somali words and word order, put plainly', () => {
  mendsTo([
    ['called emma shalay', 'called emma yesterday'],
    ['maanta Dev he is introducing me to Ruqia Osman', 'today Dev introduced me to Ruqia Osman'],
    ['coffee with eedo Margaret', 'coffee with Margaret'],
    ['video call with abti Robert', 'video call with Robert'],
    ['whatsapp walaal Niamh', 'whatsapped Niamh'],
    ['mock interview on teams, mahadsanid walaal', 'mock interview on teams'],
    ['she is telling me NHS Digital have a role', 'she told me NHS Digital have a role'],
    ['Khalid from the council emailing me shalay', 'Khalid from the council emailed me yesterday'],
    ['i asked can she refer me', 'i asked if she can refer me'],
    ['lucy patel she offered to intro me', 'lucy patel offered to intro me'],
    ['walaal Kate my CV she checked', 'Kate checked my CV'],
    ['eedo Margret i emailed my CV', 'i emailed Margret my CV'],
  ]);

  it('keeps "emailing me" after what says it went on, and a pronoun after no name', () => {
    expect(mendDialects('he was emailing me daily')).toBe('he was emailing me daily');
    expect(mendDialects('Yesterday he said hi')).toBe('Yesterday he said hi');
  });
});

describe('Essex words, put plainly', () => {
  mendsTo([
    ['hes puttin me forward', "he's putting me forward"],
    ['rang me back, nuffin doin', 'rang me back, nothing doing'],
    ['sky aint hirin til feb', 'sky not hiring til feb'],
    ['wants me opinion lol', 'wants my opinion lol'],
  ]);
});

describe('Somali and Essex notes, read', () => {
  readsAs([
    [
      'coffee with eedo Margaret shalay, she is telling me NHS Digital have admin officer role coming',
      ['Margaret'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    ['walaal Kate my CV she checked, mahadsanid', ['Kate'], today, 'other', 'give', 'inbound'],
    [
      'maanta Dev he is introducing me to Ruqia Osman at Northwind HR',
      ['Dev', 'Ruqia Osman'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'Emily Clarke ONS she is introducing me to Nasra Jama in ONS field team',
      ['Emily Clarke', 'Nasra Jama'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'coffee priya shah thursday, general chat',
      ['Priya Shah'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Thomas Wright emailed me shalay, arup consultation team want somali interpreters',
      ['Thomas Wright'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    [
      'video call 25/11 with Layla Ahmed, she is telling me vacancy coming january',
      ['Layla Ahmed'],
      '2026-11-25',
      'video',
      'give',
      'mutual',
    ],
    [
      'Lee Jordan messaged me, skyscanner doing charity interpreting drive, he wants me to help',
      ['Lee Jordan'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    [
      'yusuf demir coffee 27/11, hes puttin me forward for a junior analytics role at trainline',
      ['Yusuf Demir'],
      '2026-11-27',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'zoe martin rang me back thurs re the just eat growth role, nuffin doin',
      ['Zoe Martin'],
      '2026-11-26',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'coffee wiv kate morrison this mornin, she reckons sky aint hirin analysts til feb',
      ['Kate Morrison'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);

  it('keeps "coffee" before words that are no name a coffee', () => {
    expect(read('coffee chat with Ana').personNames).toEqual(['Ana']);
    expect(read('lunch will be on me, Ana').kind).not.toBe('intro');
  });
});
