// How a one-line log reads English after Armenian and Russian: "yerek", "erek" (yesterday),
// "pozavchera" (the day before), "urbat" (Friday), "paron Singh", "tikin Okafor" (Mr, Mrs),
// "shnorhakalutyun" (thanks).
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Armenian words, put plainly', () => {
  it.each([
    ['coffee with Kate yerek', 'coffee with Kate yesterday'],
    ['erek emailed Marcus', 'yesterday emailed Marcus'],
    ['pozavchera drinks with Lee', 'the day before yesterday drinks with Lee'],
    ['urbat whatsapp from Chidi', 'friday whatsapp from Chidi'],
    ['rang paron Singh', 'rang Singh'],
    ['met tikin Reid from Bupa', 'met Reid from Bupa'],
    ['messaged José shnorhakalutyun for the intro', 'messaged José thanks for the intro'],
  ])('"%s"', (line, plain) => {
    expect(mendDialects(line)).toBe(plain);
  });

  it.each(['Yerek Sargsyan called me', 'Paron is his surname', 'Tikin Group emailed'])(
    'keeps "%s"',
    (line) => {
      expect(mendDialects(line)).toBe(line);
    },
  );
});

describe('Armenian notes, read', () => {
  it.each([
    [
      'pozavchera drinks with Lee, he say Skyscanner hiring 2 finance analysts in january',
      ['Lee'],
      '2026-11-28',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'erek emailed Marcus, merci for mock interview',
      ['Marcus'],
      '2026-11-29',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'paron Carter asked if i can speak on panel at Accenture finance meetup',
      ['Carter'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'tikin Okafor emailed job spec for finance business partner, NHS band 7',
      ['Okafor'],
      today,
      'email',
      'give',
      'inbound',
    ],
  ])('"%s"', (line, people, date, channel, kind, direction) => {
    const result = read(line);
    expect(result.personNames).toEqual(people);
    expect(result.occurredOn).toBe(date);
    expect(result.channel).toBe(channel);
    expect(result.kind).toBe(kind);
    expect(result.direction).toBe(direction);
  });
});
