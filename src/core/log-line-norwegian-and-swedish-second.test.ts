// Second readings of Norwegian and Swedish in a note: a Norwegian line known by a small word
// ("tilbød seg å", "sendte meg") or by a word on the end of an English one ("ML-jobb",
// "linkedin-melding"), and a Swedish writer who types in lower case ("gareth på admiral frågade",
// "han ska refera mig till deras team"); with what they leave alone.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendDanish } from './log-line-danish.js';
import { mendNorwegian } from './log-line-norwegian.js';
import { mendSwedish } from './log-line-swedish.js';

describe('Norwegian, second reading, put into English', () => {
  it.each([
    ['hun tilbød seg å anbefale meg til teamlederen', 'she offered to recommend me to team lead'],
    ['Wei har en freelance-jobb til meg', 'Wei has a freelance job for me'],
    ['la igjen talemelding til Kate om rollen', 'left a voicemail for Kate about the role'],
    [
      'ikke hørt fra Sam siden 12.11, sendte en påminnelse',
      'heard nothing from Sam since 12.11, sent a reminder',
    ],
    ['Kate sa at stillingen allerede er besatt', 'Kate said the role has already been filled'],
    ['Priya videresendte meg stillingsbeskrivelsen', 'Priya forwarded me the job description'],
    ['følger nå Lee Jordan på linkedin', 'followed Lee Jordan on linkedin'],
    ['møtte Ola Nordmann på jobbmessa i Oslo', 'met Ola Nordmann at the careers fair in Oslo'],
    ['videomøte m/ Dev om data-teamet', 'video call with Dev about data-team'],
    ['Owen ga meg gode råd om CV-en', 'Owen gave me advice about the CV'],
    ['Rob ga meg intervjuråd', 'Rob gave me interview advice'],
    ['sendte Kate porteføljen min uoppfordret', 'sent Kate my portfolio unprompted'],
    ['ana på monzo sendte meg en lenke', 'ana at monzo sent me a link'],
    ['fyren fra Sky la inn et godt ord for meg', 'the guy from Sky put in a good word for me'],
  ])('"%s"', (line, english) => {
    expect(mendNorwegian(line)).toBe(english);
  });

  it.each([
    // "Meg" is a name, and so is "meg" before a surname or after an English word.
    'meg okafor messaged me on linkedin',
    'coffee with meg yesterday',
    'Meg rang about the role',
    // "å" alone is no English word, but "a" is: an English line keeps its "a".
    'sent Kate a link to the role',
  ])('keeps "%s"', (line) => {
    expect(mendNorwegian(line)).toBe(line);
  });
});

describe('Swedish, second reading, put into English', () => {
  it.each([
    ['gareth på admiral frågade om jag kan', 'gareth at admiral asked if I could'],
    ['han ska refera mig till deras team', 'he will refer me to their team'],
    ['maria ska intro:a mig till deras lead', 'maria will intro me to their lead'],
    ['lucy ska nämna mig för chefen', 'lucy will mention me to manager'],
    ['kaffe m marcus bell i måndags', 'coffee with marcus bell on Monday'],
    ['dev textade att han byter till wise', 'dev texted that he is moving to wise'],
    ['fick brief från ana på sweco', 'got a brief from ana at sweco'],
    ['följde upp med olivia, inget nytt', 'followed up with olivia, no news yet'],
    ['SAP:s deck, skickade det', "SAP's deck, sent it"],
    ['anna gjorde en logga åt mig', 'anna made a logga for me'],
    ['mötte Lee på konferensen på torsdag', 'met Lee at conference on Thursday'],
    ['kommenterade på skisserna igår', 'commented on the sketches yesterday'],
  ])('"%s"', (line, english) => {
    expect(mendSwedish(line)).toBe(english);
  });

  it('keeps a plan on "på fredag" as the coming day', () => {
    expect(mendSwedish('ringde Kate, fika på fredag')).toBe('rang Kate, coffee next Friday');
  });

  it.each([
    // Danish and Norwegian write "i mandags" and "ska" nowhere; "Ska" in English is music.
    'kaffe med Dev i mandags',
    'Ska night with Dev yesterday',
  ])('keeps "%s"', (line) => {
    expect(mendSwedish(line)).toBe(line);
  });
});

describe('Danish, "m" for with', () => {
  it('reads "kaffe m Chloe" as coffee with her', () => {
    expect(mendDanish('kaffe m Chloe fra Criteo i går')).toBe(
      'coffee with Chloe from Criteo yesterday',
    );
  });
});

describe('Norwegian and Swedish notes, read', () => {
  readsAs([
    [
      'hun tilbød seg å anbefale meg, zoom med Lucy Patel',
      ['Lucy Patel'],
      today,
      'video',
      'give',
      'mutual',
    ],
    ['Wei Chen har en freelance-jobb til meg', ['Wei Chen'], today, 'other', 'give', 'inbound'],
    ['Priya Shah videresendte meg en stilling', ['Priya Shah'], today, 'other', 'give', 'inbound'],
    [
      'følger nå Katie Morris på linkedin',
      ['Katie Morris'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'ikke hørt fra Dan Fletcher siden 20.11, sendte en påminnelse',
      ['Dan Fletcher'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'møtte Ola Nordmann på karrieremessa i Bergen',
      ['Ola Nordmann'],
      today,
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Aisha Karim ga meg intervjuråd over kaffe forrige uke',
      ['Aisha Karim'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'motte lee jordan pa meetup i leeds pa torsdag',
      ['Lee Jordan'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    ['josé på glovo ringde mig', ['José'], today, 'call', 'catch-up', 'inbound'],
    ['daniel okoro sa att barclays anställer', ['Daniel Okoro'], today, 'other', 'give', 'inbound'],
    [
      'lunch med robert singh, han ska refera mig till deras ESG team',
      ['Robert Singh'],
      today,
      'meeting',
      'give',
      'mutual',
    ],
    [
      'följde upp med paul dunn om intervjun',
      ['Paul Dunn'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    ['aisha karim kaffe i måndags', ['Aisha Karim'], '2026-11-23', 'meeting', 'catch-up', 'mutual'],
  ]);
});

describe('advice on a subject is talk, nothing passed on', () => {
  readsAs([
    [
      'Kate Morrison gave me interview tips on Friday',
      ['Kate Morrison'],
      '2026-11-27',
      'other',
      'catch-up',
      'inbound',
    ],
    ['call w Dev, he gave me some career advice', ['Dev'], today, 'call', 'catch-up', 'mutual'],
  ]);
});

describe('job-club English: work found, a reference offered, who began it', () => {
  readsAs([
    [
      'priya desai rang, monzos after a facilities coordinator',
      ['Priya Desai'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'call from joe barker, theyre after fitters at the mill',
      ['Joe Barker'],
      today,
      'call',
      'give',
      'inbound',
    ],
    ["gareth rung me to say he'll be me refrence", ['Gareth'], today, 'call', 'give', 'inbound'],
    [
      'olivia rung, got me a interview at the depot friday',
      ['Olivia'],
      today,
      'call',
      'give',
      'inbound',
    ],
    ['lee gave us a bell, got a trial shift for us', ['Lee'], today, 'call', 'give', 'inbound'],
    [
      'emma clark wished me luck for the interview',
      ['Emma Clark'],
      today,
      'other',
      'catch-up',
      'inbound',
    ],
    [
      'Siobhan Murphy video called me sat',
      ['Siobhan Murphy'],
      '2026-11-28',
      'video',
      'catch-up',
      'inbound',
    ],
    [
      'Katie Morris at the bbc text to say ta for the tip',
      ['Katie Morris'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
  ]);
});

describe('job-club English: a door opened, references wanted', () => {
  readsAs([
    [
      'Linda Carr found me a advert for a stores job',
      ['Linda Carr'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Marcus Bell reckons he can get us in front of their manager',
      ['Marcus Bell'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Nadia Hussain rung me, wants me refrences',
      ['Nadia Hussain'],
      today,
      'call',
      'ask',
      'inbound',
    ],
  ]);
});
