// How a one-line log reads Spanish mixed into English, and Indian English's courtesies and Hinglish
// (ADR 0069).
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';
import { parseLogLine } from './log-line.js';
import { mendSpanish } from './log-line-spanish.js';

describe('Spanish in a one-line log', () => {
  it.each([
    [
      'café con Priya ayer, hablamos de todo un poco',
      [['Priya'], '2026-11-29', 'meeting', 'mutual'],
    ],
    [
      'me escribió Rachel on LinkedIn — Booking.com is hiring',
      [['Rachel'], today, 'message', 'inbound'],
    ],
    ['llamé a Gareth el viernes, just catching up', [['Gareth'], '2026-11-27', 'call', 'mutual']],
    ['reunión con Kate el martes at Sky', [['Kate'], '2026-11-24', 'meeting', 'mutual']],
    ['videollamada con Lucy Patel 20/11', [['Lucy Patel'], '2026-11-20', 'video', 'mutual']],
    [
      'drinks con Emily Clarke y Maggie Okafor el viernes',
      [['Emily Clarke', 'Maggie Okafor'], '2026-11-27', 'meeting', 'mutual'],
    ],
    [
      'WhatsApp a Daniel Okoro el domingo: ¿me puedes referir en Barclays?',
      [['Daniel Okoro'], '2026-11-29', 'message', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads what was done: an introduction, thanks, an ask and a chase', () => {
    const intro = parseLogLine('Kate de Sky me presentó a Harriet Cole, her design director', {
      today,
    });
    expect([intro.personNames[0], intro.kind, intro.direction]).toEqual([
      'Kate',
      'intro',
      'inbound',
    ]);
    const thanks = parseLogLine('Zoe Martin me dio las gracias ayer por el rol que le pasé', {
      today,
    });
    expect([thanks.kind, thanks.direction, thanks.occurredOn]).toEqual([
      'thanks',
      'inbound',
      '2026-11-29',
    ]);
    const ask = parseLogLine('le pedí a Aisha de Cazoo una referral por LinkedIn, 2/11', { today });
    expect([ask.personNames, ask.kind, ask.channel]).toEqual([['Aisha'], 'ask', 'message']);
    const chase = parseLogLine('seguimiento con Lucy Patel por email 27/11 about the contract', {
      today,
    });
    expect([chase.kind, chase.channel, chase.occurredOn]).toEqual([
      'follow-up',
      'email',
      '2026-11-27',
    ]);
  });

  it('leaves an English line alone', () => {
    for (const line of ['met a con artist at the fair', 'Sent Ana a note, la la land']) {
      expect(mendSpanish(line)).toBe(line);
    }
  });
});

describe('Indian English courtesies and Hinglish', () => {
  it.each([
    [
      "Margaret Ma'am asked if I can take one session for her team, mail 23/11",
      [['Margaret'], '2026-11-23', 'email', 'inbound'],
    ],
    ['telecon with Robert Sir today', [['Robert'], today, 'call', 'mutual']],
    [
      'Lee Jordan ko WhatsApp kiya for referral in Skyscanner finance',
      [['Lee Jordan'], today, 'message', 'outbound'],
    ],
    [
      'Hays wali Olivia ne WhatsApp kiya, new SAP MM contract at Reading Council',
      [['Olivia'], today, 'message', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads "Sir" after a name as a courtesy, and before one as a title', () => {
    expect(parseLogLine('coffee with Robert Sir today', { today }).personNames).toEqual(['Robert']);
    expect(parseLogLine('coffee with Sir Alex Ferguson', { today }).personNames).toEqual([
      'Alex Ferguson',
    ]);
  });
});
