// How a one-line log reads Jamaican Patois: "mi", "di", "seh", "wid", "pon", "fi", "yesiday",
// "bredda", and a plain verb after a name.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendPatois } from './log-line-patois.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Patois put into English', () => {
  it.each([
    ['mi call Dev yesiday', 'I call Dev yesterday'],
    ['Aisha from Cazoo email mi di job spec', 'Aisha from Cazoo emailed me the job spec'],
    ['Zoe Martin comment pon mi linkedin post', 'Zoe Martin commented on my linkedin post'],
    ['video call wid Ana from Spotify Satiday', 'video call with Ana from Spotify Saturday'],
    ['bredda Delroy Grant seh him will intro mi', 'Delroy Grant said he will intro me'],
    [
      'email Katie Morris di draft page she did want',
      'emailed Katie Morris the draft page she wanted',
    ],
    [
      'Dan Fletcher want mi fi build a landing page',
      'Dan Fletcher want me to build a landing page',
    ],
  ])('"%s"', (line, english) => {
    expect(mendPatois(line)).toBe(english);
  });

  it.each([
    'met Dan at the Die Hard screening',
    'call with Ana about an app',
    'coffee with Mi-rae Kim',
  ])('leaves English as it was: "%s"', (line) => {
    expect(mendPatois(line)).toBe(line);
  });
});

describe('what those lines mean', () => {
  it.each([
    ['mi call Dev yesiday, him gi mi nuff advice bout interviews', [['Dev'], '2026-11-29', 'call']],
    ['Priya call mi Satiday', [['Priya'], '2026-11-28', 'call']],
    ['Zoe Martin comment pon mi linkedin post', [['Zoe Martin'], today, 'social']],
    [
      'met a sistren name Shanice Williams at di Brum JS meetup Thursday',
      [['Shanice Williams'], '2026-11-26', 'event'],
    ],
  ])('"%s"', (line, expected) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.occurredOn, parsed.channel]).toEqual(expected);
  });

  it('reads what was passed on as given', () => {
    const spec = read('Aisha from Cazoo email mi di job spec');
    expect([spec.kind, spec.direction]).toEqual(['give', 'inbound']);
    const sent = read('email Katie Morris di draft page she did want');
    expect([sent.channel, sent.kind, sent.direction]).toEqual(['email', 'give', 'outbound']);
  });
});
