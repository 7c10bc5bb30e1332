// Numeric dates as people write them (3/11/2026, 11/3/26, 2026-11-03, 3.11.2026, 3/11), read in
// the user's date order, with a note whenever another reading was possible.
import { isIsoDate } from './dates.js';
import type { DateOrder } from './date-order.js';

export interface NumericDate {
  /** What the user wrote, such as "03/11/2026". */
  written: string;
  index: number;
  year: number | undefined;
  month: number;
  day: number;
  /** Why this reading: set when the numbers could have been read another way. */
  reading?: 'order' | 'only-valid';
}

// Three parts with / . or -, or two parts with / or a dot: "5-10" is a count, "on 26-11" and
// "night 19-11 with Dev" dates. A dotted pair is a date only in the user's own order, and not as a
// clock time ("at 10.30", "9.15am").
const numericPattern = /(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d/]|[.-]\d)/g;

/** Every numeric date in `text` that is a real date in some order, first to last. */
export function findNumericDates(text: string, order: DateOrder): NumericDate[] {
  const found: NumericDate[] = [];
  for (const match of text.matchAll(numericPattern)) {
    const [written, a = '', separator = '', b = '', c] = match;
    // "on 26-11": a dashed pair is a date after "on", and only in the user's own order; without
    // "on", only when it can be nothing else ("networking night 19-11 with Dev").
    const dashedPair = c === undefined && separator === '-';
    const afterOn = /\bon\s+$/i.test(text.slice(0, match.index));
    if (dashedPair && !afterOn && !isDashedDate(text, match.index, written, a, b, order)) continue;
    const dottedPair = c === undefined && separator === '.';
    if (dottedPair && isClockTime(text, match.index, written.length)) continue;
    if (isAmount(text, match.index, written.length)) continue;
    const read = readParts(a, b, c, order);
    // "20.11" is 20 November; "10.30", with no month 30, is a time, not 30 October.
    if (read && !((dottedPair || dashedPair) && read.reading === 'only-valid'))
      found.push({ written, index: match.index, ...read });
  }
  return found;
}

/**
 * A dashed pair with no "on" before it that can only be a day and a month: one reading alone in
 * the user's order, its day past 12 ("19-11", 19 November; "9-11", "3-4" and "1-1" could be hours,
 * a count or a one-to-one), and nothing around it that makes it a score ("won 21-10"), a time
 * ("from 14-12"), a phone number ("07700 900 12-34"), a code ("J19-11", "Q4-25") or a count of
 * something ("13-12 people", "a 14-3 win").
 */
function isDashedDate(
  text: string,
  index: number,
  written: string,
  a: string,
  b: string,
  order: DateOrder,
): boolean {
  const [day, month] = order === 'DMY' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  if (day <= 12 || month < 1 || month > 12) return false;
  const before = text.slice(0, index);
  const after = text.slice(index + written.length);
  if (/[\p{L}\d#+]$|\d[\s-]+$/u.test(before) || /^\s*\d/.test(after)) return false;
  if (/(?:\b(?:at|from|between|till|until|ext|tel)\.?|@)\s*$/i.test(before)) return false;
  if (
    /\b(?:won|lost|beat|beaten|drew|scored?|ended|finished|phone|mob|mobile|number)\b(?:\s+\p{L}+){0,2}\s*$/iu.test(
      before,
    )
  )
    return false;
  // What may follow a day: the end, a stop, a name, or a word that goes on to who or where.
  return /^(?:\s*$|\s*[,;:.!?()–—-]|\s+(?:(?:with|w|at|in|re|about|and)\b|w\/|&|\p{Lu}))/u.test(
    after,
  );
}

/** "£2.4k", "$1.5m", "3.5%", "2.5 days": a number with a currency, a scale or a unit is no date. */
function isAmount(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  return (
    /[£$€¥₹]\s*$/.test(before) ||
    /^(?:(?:k|m|bn|x)\b|%)/i.test(after) ||
    /^\s*(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|mins?|miles?|km|kg|percent|grand|quid|pounds?|dollars?|euros?)\b/i.test(
      after,
    )
  );
}

/** "at 10.30", "9.15am", "10.30h": a dotted pair that tells the time. */
function isClockTime(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  return /\b(?:at|@|from|till|until|by)\s*$/i.test(before) || /^\s*(?:am|pm|h|hrs)\b/i.test(after);
}

type Reading = Pick<NumericDate, 'year' | 'month' | 'day' | 'reading'>;

function readParts(
  a: string,
  b: string,
  c: string | undefined,
  order: DateOrder,
): Reading | undefined {
  if (a.length === 4) {
    // 2026-11-03 and 2026/11/3: year first is the only order anyone writes with a 4-digit year first.
    if (c === undefined) return undefined;
    return valid({ year: Number(a), month: Number(b), day: Number(c) });
  }
  if (a.length > 2 || (c !== undefined && c.length === 3)) return undefined;
  const year = c === undefined ? undefined : c.length === 2 ? 2000 + Number(c) : Number(c);
  const dayFirst = valid({ year, month: Number(b), day: Number(a) });
  const monthFirst = valid({ year, month: Number(a), day: Number(b) });
  const preferred = order === 'DMY' ? dayFirst : monthFirst;
  const other = order === 'DMY' ? monthFirst : dayFirst;
  if (preferred && other) {
    return a === b ? preferred : { ...preferred, reading: 'order' };
  }
  if (preferred) return preferred;
  return other ? { ...other, reading: 'only-valid' } : undefined;
}

function valid(parts: {
  year: number | undefined;
  month: number;
  day: number;
}): Reading | undefined {
  const { year, month, day } = parts;
  // With no year, 29/2 is a real date in some year: check it against a leap year.
  const check = `${String(year ?? 2024).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(check) ? { year, month, day } : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** True when the text holds something shaped like a numeric date that is no real date (31/02/2026). */
export function findImpossibleNumericDate(text: string): string | undefined {
  for (const match of text.matchAll(numericPattern)) {
    const [written, a = '', separator = '', b = '', c] = match;
    if (c === undefined) continue;
    if (separator === '.' && a.length !== 4 && c.length < 4) continue;
    if (!readParts(a, b, c, 'DMY')) return written;
  }
  return undefined;
}
