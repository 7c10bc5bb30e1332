// Reads an .ics text back with ical.js, an independent parser, and checks its lines as RFC 5545 wants them.
import ICAL from 'ical.js';
import { expect } from 'vitest';

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  url: string | null;
  transp: string;
  /** DTSTART as YYYY-MM-DD, and whether it is a DATE (all-day) rather than a DATE-TIME. */
  start: string;
  allDay: boolean;
  end: string;
  /** The display alarm's trigger, such as "PT9H" with its RELATED parameter, or null. */
  alarm: { action: string; trigger: string; related: string | null } | null;
}

export function readCalendar(text: string): { name: string; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    events: calendar.getAllSubcomponents('vevent').map(readEvent),
  };
}

function readEvent(event: InstanceType<typeof ICAL.Component>): ReadEvent {
  const start = event.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
  const end = event.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>;
  const alarm = event.getFirstSubcomponent('valarm');
  const trigger = alarm?.getFirstProperty('trigger');
  const url = event.getFirstPropertyValue('url');
  return {
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    url: url === null ? null : String(url),
    transp: String(event.getFirstPropertyValue('transp')),
    start: start.toString(),
    allDay: start.isDate,
    end: end.toString(),
    alarm:
      alarm && trigger
        ? {
            action: String(alarm.getFirstPropertyValue('action')),
            trigger: String(trigger.getFirstValue()),
            related: (trigger.getParameter('related') as string | undefined) ?? null,
          }
        : null,
  };
}

/** Every line ends in CRLF and holds at most 75 octets (RFC 5545 §3.1); Google drops a feed that breaks this. */
export function expectWellFolded(text: string): void {
  expect(text.endsWith('\r\n'), 'the last line ends in CRLF').toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(
    lines.filter((line) => /[\r\n]/.test(line)),
    'bare CR or LF',
  ).toEqual([]);
  expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
}
