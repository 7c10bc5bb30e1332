import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFolded, readCalendar } from '../../test/ical.js';
import { writeCalendar, type CalendarEvent, type CalendarOptions } from './ical.js';

const now = new Date('2026-11-25T12:00:00Z');

const longWhy =
  'Señora Łucja Ñúñez-Çelik (株式会社カイゼン) écrivit « peut-être » — it has been 5 weeks; ' +
  'a short, friendly nudge often brings the answer. 🌱 Ölçü, naïve café, Ærøskøbing, Ῥόδος.';

const events: CalendarEvent[] = [
  {
    uid: 'kith-plan-local-1-2026-11-25@kith',
    date: '2026-11-25',
    summary: 'Kith: follow up with Ana Lopez',
    description: 'No reply since you wrote on 18 Nov. Silence is normal.',
    url: 'http://localhost:7070/#/people/1',
  },
  {
    uid: 'kith-keep-in-touch-local-2-2026-12-31@kith',
    date: '2026-12-31',
    summary: 'Kith: keep in touch with Łucja Ñúñez-Çelik',
    description: longWhy,
    url: 'http://localhost:7070/#/people/2',
  },
];

const write = (options: Partial<CalendarOptions> = {}) =>
  writeCalendar({
    events,
    now,
    calendarName: 'Kith reminders',
    alarm: { minutesAfterMidnight: 9 * 60 },
    ...options,
  });

describe('writeCalendar', () => {
  it('writes the golden file', async () => {
    await expect(write()).toMatchFileSnapshot('./fixtures/reminders.ics');
  });

  it('writes transparent all-day events that ical.js reads back', () => {
    const calendar = readCalendar(write());
    expect(calendar.name).toBe('Kith reminders');
    expect(calendar.events).toEqual([
      {
        uid: 'kith-plan-local-1-2026-11-25@kith',
        summary: 'Kith: follow up with Ana Lopez',
        description:
          'No reply since you wrote on 18 Nov. Silence is normal.\n\nOpen in Kith: http://localhost:7070/#/people/1',
        url: 'http://localhost:7070/#/people/1',
        transp: 'TRANSPARENT',
        start: '2026-11-25',
        allDay: true,
        end: '2026-11-26',
        alarm: { action: 'DISPLAY', trigger: 'PT9H', related: 'START' },
      },
      expect.objectContaining({
        start: '2026-12-31',
        allDay: true,
        end: '2027-01-01',
        summary: 'Kith: keep in touch with Łucja Ñúñez-Çelik',
        description: `${longWhy}\n\nOpen in Kith: http://localhost:7070/#/people/2`,
      }),
    ]);
  });

  it('folds a long non-ASCII line at 75 octets with CRLF, never inside a character', () => {
    const text = write();
    expectWellFolded(text);
    expect(text).toMatch(/\r\n [^\r\n]/); // the long description was folded
  });

  it('keeps UIDs and everything but DTSTAMP the same from one generation to the next', () => {
    const first = write();
    const second = write({ now: new Date('2026-11-26T07:30:00Z') });
    const uids = (text: string) => readCalendar(text).events.map((e) => e.uid);
    expect(uids(second)).toEqual(uids(first));
    const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
    expect(withoutStamp(second)).toEqual(withoutStamp(first));
  });

  it('writes the date as given whatever the machine’s time zone, with no TZID', () => {
    const text = write();
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).not.toContain('TZID');
  });

  it('sets the alarm time, and leaves alarms out when asked', () => {
    const early = readCalendar(write({ alarm: { minutesAfterMidnight: 8 * 60 + 30 } }));
    expect(early.events[0]?.alarm?.trigger).toBe('PT8H30M');
    const quiet = write({ alarm: false });
    expect(quiet).not.toContain('VALARM');
    expect(readCalendar(quiet).events.map((e) => e.alarm)).toEqual([null, null]);
  });

  it('writes an empty calendar that still parses', () => {
    const text = write({ events: [] });
    expectWellFolded(text);
    expect(readCalendar(text).events).toEqual([]);
  });

  it('keeps any text intact through escaping and folding (property)', () => {
    // Control characters are not allowed in iCalendar TEXT; the writer drops them (tested below).
    // Line breaks of any kind come back as \n.
    const text = fc
      .string({ unit: 'binary', maxLength: 300 })
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
    const lines = (s: string) => s.replace(/\r\n?/g, '\n');
    fc.assert(
      fc.property(text, text, (summary, description) => {
        const written = write({
          events: [{ uid: 'kith-x@kith', date: '2026-11-25', summary, description, url: null }],
        });
        expectWellFolded(written);
        const [event] = readCalendar(written).events;
        expect(event?.summary).toBe(lines(summary));
        expect(event?.description).toBe(lines(description));
      }),
      { numRuns: 100 },
    );
  });

  it('drops control characters a pasted name may carry, which would make the file invalid', () => {
    const text = write({
      events: [
        {
          uid: 'kith-x@kith',
          date: '2026-11-25',
          summary: 'Kith: follow up with Ana\u0007 Lopez\u0000',
          description: 'tab\tstays, line\r\nbreaks stay',
          url: null,
        },
      ],
    });
    const [event] = readCalendar(text).events;
    expect(event?.summary).toBe('Kith: follow up with Ana Lopez');
    expect(event?.description).toBe('tab\tstays, line\nbreaks stay');
  });
});
