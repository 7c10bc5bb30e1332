// Reads the dates export files write — "08 Feb 2026", "1/29/26, 2:37 PM", "4-Apr-21" (an Excel
// re-save), "2026-02-08 14:03:22 UTC" — into a calendar date and, when given, a time of day.
export interface ExportDate {
  /** YYYY-MM-DD as written: no time zone is applied. */
  date: string;
  /** HH:MM:SS on a 24-hour clock, or null when the file gives none. */
  time: string | null;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const dayMonthYear = /^(\d{1,2})[ -]([a-z]{3,9})\.?,?[ -](\d{2}|\d{4})$/i;
const monthDayYear = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;
const slashed =
  /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,? +(\d{1,2}):(\d{2})(?::(\d{2}))? *([ap]\.?m\.?)?)?$/i;
const iso =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)? *(?:utc|gmt|z)?$/i;

export function parseExportDate(text: string): ExportDate | null {
  const value = text.trim();
  let match = iso.exec(value);
  if (match) return build(match[1], match[2], match[3], clock(match[4], match[5], match[6]));
  match = dayMonthYear.exec(value);
  if (match) return build(match[3], monthNumber(match[2]), match[1], null);
  match = monthDayYear.exec(value);
  if (match) return build(match[3], monthNumber(match[1]), match[2], null);
  match = slashed.exec(value);
  if (match) return fromSlashed(match);
  return null;
}

/** US order (LinkedIn writes M/D/YY); a first number above 12 can only be a day, as Excel writes in Europe. */
function fromSlashed(match: RegExpExecArray): ExportDate | null {
  const first = Number(match[1]);
  const second = Number(match[2]);
  const [month, day] = first > 12 ? [second, first] : [first, second];
  const time = clock(match[4], match[5], match[6], match[7]);
  if (time === undefined) return null;
  return build(match[3], String(month), String(day), time);
}

/** 24-hour "HH:MM:SS"; null without a time; undefined when the time is impossible. */
function clock(
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string | undefined,
  meridiem?: string,
): string | null | undefined {
  if (hours === undefined || minutes === undefined) return null;
  let hour = Number(hours);
  const half = meridiem?.toLowerCase().replaceAll('.', '');
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  const minute = Number(minutes);
  const second = Number(seconds ?? '0');
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return [hour, minute, second].map((part) => String(part).padStart(2, '0')).join(':');
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  time: string | null | undefined,
): ExportDate | null {
  if (year === undefined || month === undefined || day === undefined || time === undefined)
    return null;
  // Two-digit years: LinkedIn began in 2003, so "21" is 2021.
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, time };
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function monthNumber(name: string | undefined): string | undefined {
  const index = months.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return index < 0 ? undefined : String(index + 1);
}
