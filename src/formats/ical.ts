// Writes an iCalendar (RFC 5545) feed of all-day reminders with ical-generator: no I/O, no clock.
import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventTransparency,
} from 'ical-generator';
import { addDays } from '../core/dates.js';

export interface CalendarEvent {
  /** Stable across regenerations, so calendar apps update the event rather than add a copy. */
  uid: string;
  /** YYYY-MM-DD, the user's local date: written as a DATE, so no time zone can move it. */
  date: string;
  summary: string;
  description: string;
  /** A link back to Kith; also written into the description, which every app shows. */
  url: string | null;
}

export interface CalendarOptions {
  events: readonly CalendarEvent[];
  /** The generation time, written as each event's DTSTAMP. */
  now: Date;
  calendarName: string;
  /** Minutes after the day's local midnight for a display alarm (540 is 09:00); false for none. */
  alarm: { minutesAfterMidnight: number } | false;
  /** How often subscribers should fetch again; Google ignores it and refreshes every 8–24 h. */
  refreshHours?: number;
}

export function writeCalendar(options: CalendarOptions): string {
  const calendar = ical({
    name: options.calendarName,
    prodId: { company: 'Kith', product: 'Reminders', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: (options.refreshHours ?? 6) * 3600,
  });
  for (const event of options.events) {
    const created = calendar.createEvent({
      id: event.uid,
      // Date-only strings parse as UTC midnight, and ical-generator reads an all-day date's
      // UTC fields when no time zone is set, so the date is written as given on any machine.
      start: event.date,
      // DTEND of an all-day event is exclusive: the next day (RFC 5545 §3.6.1).
      end: addDays(event.date, 1),
      allDay: true,
      stamp: options.now,
      summary: textOf(event.summary),
      description: textOf(
        event.url ? `${event.description}\n\nOpen in Kith: ${event.url}` : event.description,
      ),
      url: event.url,
      // A reminder never blocks time in free/busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    if (options.alarm) {
      // Set after creating: ical-generator 10 ignores relatesTo in the alarm's options, and a
      // positive offset without it would be written relative to the end (09:00 the next day).
      created
        .createAlarm({
          type: ICalAlarmType.display,
          triggerAfter: options.alarm.minutesAfterMidnight * 60,
          description: textOf(event.summary),
        })
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }
  // Every content line ends in CRLF, the last one too (RFC 5545 §3.1); the library leaves it off.
  return `${calendar.toString()}\r\n`;
}

/**
 * TEXT may hold no control characters but tab and line breaks (RFC 5545 §3.3.11), and some apps
 * drop a whole feed over one; a name pasted from elsewhere can carry a stray one.
 */
function textOf(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
