// How a one-line log reads an English learned after Italian: "Mister Evans" (a title written out),
// "has send me by emaill" (the perfect made with the bare verb, and a slip of "email"), "for to
// introduce me", "he want me to cook for his team day, PAID", "without she ask".
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';
import { nameKey } from './name-match.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('an English learned after Italian', () => {
  it('reads "Mister" written out as a title, as "Mr" is', () => {
    expect(nameKey('Mister Evans')).toBe(nameKey('Mr Evans'));
    expect(nameKey('Missus Lowe')).toBe('lowe');
  });

  it.each([
    [
      'Dan Fletcher the freelance has send me by email a paid gig',
      'Dan Fletcher the freelance sent me by email a paid gig',
    ],
    ['Niamh has intro me to her colleague', 'Niamh introduced me to her colleague'],
    ['asked him for to introduce me', 'asked him to introduce me'],
    ['Mister Wright has review my proposal', 'Mister Wright reviewed my proposal'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('keeps a perfect after a modal as it was', () => {
    expect(mendDialects('I would have sent him the deck')).toBe('I would have sent him the deck');
  });

  it.each([
    ['Mister Chen, I have send him by emaill the menu proposal', ['Mister Chen'], 'email', 'give'],
    [
      'Priya Shah has intro me by emaill to Tom Baker',
      ['Priya Shah', 'Tom Baker'],
      'email',
      'intro',
    ],
    [
      'Alex Morgan texted me on the 21st, he want a cooking class for his team, they pay',
      ['Alex Morgan'],
      'message',
      'give',
    ],
    [
      'Wei Chen wrote me on LinkedIn, he want me to cook for his team day, PAID!!!',
      ['Wei Chen'],
      'message',
      'give',
    ],
    [
      'Peter Lang wrote me on linkedin, he want to know if I can test their camera',
      ['Peter Lang'],
      'message',
      'ask',
    ],
    ['Aisha texted me for the name of my fish supplier', ['Aisha'], 'message', 'ask'],
    [
      'Aisha Khan, I have send her my CV by emaill for the chef role, without she ask',
      ['Aisha Khan'],
      'email',
      'ask',
    ],
    [
      'Chloé, I have send her by emaill the recipe of the tiramisù she asked me',
      ['Chloé'],
      'email',
      'give',
    ],
    [
      'video call with Josè in Wednesday, he told me of a opening for a kitchen manager',
      ['Josè'],
      'video',
      'give',
    ],
  ])('"%s"', (line, people, channel, kind) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.channel, parsed.kind]).toEqual([people, channel, kind]);
  });

  it('reads a note opened with thanks to someone named as thanks to them', () => {
    const parsed = read('THANK YOU MARK EVANS FOR THE ADVICE, I HAVE WROTE HIM ON LINKEDIN');
    expect([parsed.personNames.map((name) => name.toLowerCase()), parsed.kind]).toEqual([
      ['mark evans'],
      'thanks',
    ]);
    expect(read('thanks so much for the tip, Dev').personNames).toEqual(['Dev']);
  });

  it('reads "we met at the meetup" after a name as the meetup both were at', () => {
    const parsed = read('Hannah Schmidt, we met at the hospitality tech meetup on Thursday');
    expect([parsed.channel, parsed.direction, parsed.occurredOn]).toEqual([
      'event',
      'mutual',
      '2026-11-26',
    ]);
  });
});
