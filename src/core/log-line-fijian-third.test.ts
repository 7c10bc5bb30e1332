// Round 144: a third writer of Fiji English, a Labasa-born Indo-Fijian accountant, with Fiji Hindi
// and some Fijian. Fiji Hindi's own verb parts are read: "karis" (did) with a name before it is
// what that person did ("Wei Chen linkedin pe message karis", he messaged the user), with "ko"
// before it or none what the user did ("Mark ko whatsapp karis", "text karis Dev"); "hamke" is
// me ("hamke intro karis to Tom", introduced me to him), "bolis" said, "puchis" asked, "bhej dia"
// sent and "bhejega" will send. Fijian "yaqona" (kava) is drinks, "vinaka bola Sam" thanked him,
// and "at Marcus Bell place", the possessive left unmarked, is at his place.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFijian } from './log-line-fijian.js';
import { mendHindustani } from './log-line-hindustani.js';

describe('Fiji Hindi "karis": who did it', () => {
  readsAs([
    [
      'Ben Ng Google wala email karis about a contract role in Nadi',
      ['Ben Ng'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'Wei Chen linkedin pe message karis, asking for my CV',
      ['Wei Chen'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    [
      'Sarah Jones (Deloitte) phone karis kal, she bolis the audit role is open',
      ['Sarah Jones'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'Zoe Martin Monzo wali video call karis on Thursday, asked about Fiji tax',
      ['Zoe Martin'],
      '2026-11-26',
      'video',
      'ask',
      'inbound',
    ],
    [
      'Mark Evans ko whatsapp karis, vinaka for the lunch',
      ['Mark Evans'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'text karis Dev Patel about the BDO opening',
      ['Dev Patel'],
      today,
      'message',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('Fiji Hindi "hamke", "puchis" and "bhejega"', () => {
  readsAs([
    [
      'Lucy Patel hamke intro karis to Tom Baker, on email nanoa',
      ['Lucy Patel', 'Tom Baker'],
      '2026-11-29',
      'email',
      'intro',
      'inbound',
    ],
    [
      'Rachel Lowe puchis if I can do a reference, bhejega the form',
      ['Rachel Lowe'],
      today,
      'other',
      'ask',
      'inbound',
    ],
  ]);
});

describe('Fijian kava and thanks said', () => {
  readsAs([
    [
      'yaqona with Ana Lopez on Friday',
      ['Ana Lopez'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'email pe vinaka bola Sam Patel for the reference',
      ['Sam Patel'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
  ]);
});

describe('Fiji Hindi and Fijian put into English', () => {
  it.each([
    ['Priya phone karis, bhej dia the notes', 'Priya called me, sent the notes'],
    ['Yaqona session w Dev on Friday', 'Drinks w Dev on Friday'],
    ['grog at Ana Lopez house nanoa', "drinks at Ana Lopez's house yesterday"],
  ])('"%s"', (line, plain) => {
    // Fiji Hindi is put into English by the Hindustani reader, which runs before the Fijian one.
    expect(mendFijian(mendHindustani(line))).toBe(plain);
  });
});

describe('English notes and other Hindustani, kept as written', () => {
  it.each([
    'dinner at Tomek home 22.11, talked about logistics',
    'Joanne ko outline bhej diya kal',
    'Karis Jones emailed about the Suva role',
    'coffee with Karis at the Hilton',
  ])('keeps "%s"', (line) => {
    expect(mendFijian(line)).toBe(line);
  });
});
