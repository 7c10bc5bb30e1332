// Round 143: a second writer of Fiji English with Fijian and Fiji Hindi, a Lautoka tourism
// operations manager. "bula" before a name greets whom the note is about ("bula Anna - coffee
// nanoa"); "sega" is no ("still sega reply", "sega news yet"; "sega na leqa", no worries), or
// nothing closing a clause; a "kana" had with someone is a meal, and "grog" (kava) drinks. Thanks
// for something closing a meeting held ("coffee with Ben on Sunday, thanks for the muffin haha") is
// said in passing: the meeting's kind is the line's.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFijian } from './log-line-fijian.js';

describe('a second Fiji English voice, read', () => {
  readsAs([
    [
      'bula Anna Kowalski - coffee nanoa, good talanoa on rates',
      ['Anna Kowalski'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'pinged Owen Davies twice about the invoice, still sega reply',
      ['Owen Davies'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'emailed Lucy Patel Moniti re the rosters contract, sega news yet',
      ['Lucy Patel'],
      '2026-11-23',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'chased Rachel Lowe about the tender, still sega',
      ['Rachel Lowe'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'kana with Sam Patel and Wei Chen Vakarauwai, good talanoa on day rates',
      ['Sam Patel', 'Wei Chen'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'grog session w Mark Evans nanoa, he may have a Savusavu contract for me',
      ['Mark Evans'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
  ]);
});

describe('thanks closing a meeting held, read as the meeting', () => {
  readsAs([
    [
      'coffee with Ben Ng on Sunday, thanks for the muffin haha',
      ['Ben Ng'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'lunch with Emma Clark nanoa, thanks for the pineapple pie haha',
      ['Emma Clark'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    // Thanks by message or after a call rung is still the thanks.
    [
      'whatsapp to Chidi Eze, thanks for the coffee',
      ['Chidi Eze'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'rang Ana Lopez, thanks for the ferry tips',
      ['Ana Lopez'],
      today,
      'call',
      'thanks',
      'outbound',
    ],
  ]);
});

describe('Fijian words put into English', () => {
  it.each([
    [
      'Zoe rang about the rate change, I said sega na leqa',
      'Zoe rang about the rate change, I said no worries',
    ],
    ['bula Dev, video call nanoa', 'Dev, video call yesterday'],
    ['grog with Dev on Friday', 'drinks with Dev on Friday'],
    ['Grog session w Ana on Friday', 'Drinks w Ana on Friday'],
  ])('"%s"', (line, plain) => {
    expect(mendFijian(line)).toBe(plain);
  });
});

describe('English notes and names, kept as written', () => {
  it.each([
    'Kana Tanaka emailed about the Nadi role',
    'played Sega with Dev on Sat',
    'Sega emailed me about a games role',
    'Bula Smith, coffee on Friday',
    'played sega with Dev on Sat',
  ])('keeps "%s"', (line) => {
    expect(mendFijian(line)).toBe(line);
  });
});
