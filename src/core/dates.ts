// Calendar dates as 'YYYY-MM-DD' strings: validation and day arithmetic, all in UTC.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date such as 2026-02-28 (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

let machineZone: string | undefined;

/**
 * The machine's own time zone, the default for a profile that has not chosen one. Read once:
 * building an Intl.DateTimeFormat costs about 0.2 ms, and every request asks.
 */
export function machineTimeZone(): string {
  machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return machineZone;
}

/** True when `zone` is an IANA time zone this runtime knows, such as Europe/London. */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date at `now` in `timeZone` (YYYY-MM-DD): the user's own "today". At 22:00 in
 * New York it is already tomorrow in UTC, so the server's date would put "yesterday" on the wrong day.
 */
export function localDate(now: Date, timeZone: string): string {
  const parts = dayFormat(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** One formatter per zone, kept: a formatter never changes, and making one is the slow part. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The Monday that starts the week holding `day`: weekly goals and charts count Monday to Sunday. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}

const shortMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "12 Nov" (or "12 Nov 2024" in another year): a short date for one-line reasons. */
export function shortDate(day: string, today: string): string {
  const month = shortMonths[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return `${Number(day.slice(8, 10))} ${month}${sameYear ? '' : ` ${day.slice(0, 4)}`}`;
}

/** A span of days as a person says it: "3 days", "2 weeks", "8 months", "4 years". */
export function describeSpan(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days < 14) return plural(Math.max(days, 0), 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.floor(days / 365.25), 'year');
}
