// How a one-line log reads English written after British Sign Language, topic first: "Deaf in
// Tech meetup, Maria there", "coffee Priya", "me send Wei article", "CV send Priya finish".
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after British Sign Language', () => {
  it.each([
    [
      '23/11 Deaf in Tech meetup, Maria there, chat',
      '23/11 Deaf in Tech meetup, met Maria there, chat',
    ],
    ['Saturday coffee Priya Booking.com', 'Saturday coffee with Priya Booking.com'],
    ['Me send Wei article AI image tools', 'sent Wei article AI image tools'],
    ['Dev WhatsApp, me chase intro his lead', 'Dev WhatsApp, me chase intro his lead'],
    ['CV send Priya finish', 'CV send Priya'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('leaves "there" alone where no gathering came first, and a café after "coffee"', () => {
    expect(mendDialects('rang Dev, Kate there')).toBe('rang Dev, Kate there');
    expect(mendDialects('coffee Costa with Dev')).toBe('coffee Costa with Dev');
  });

  it.each([
    [
      'Yesterday Bristol Deaf design meetup, Maria there, we talk long time',
      ['Maria'],
      'event',
      '2026-11-29',
    ],
    [
      'Saturday coffee Priya Booking.com, she say she refer me',
      ['Priya Booking.com'],
      'meeting',
      '2026-11-28',
    ],
    ['Me ask Zoe refer me Just Eat, WhatsApp', ['Zoe'], 'message', today],
  ])('"%s"', (line, people, channel, date) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.channel, parsed.occurredOn]).toEqual([
      people,
      channel,
      date,
    ]);
  });

  it('reads "me ask" as the user asking', () => {
    const parsed = read('Me ask Zoe refer me Just Eat, WhatsApp');
    expect([parsed.kind, parsed.direction]).toEqual(['ask', 'outbound']);
  });
});
