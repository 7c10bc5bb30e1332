// "on the 19th", "…, 24th": a day of the month named alone, as people write it in a log.
import { isIsoDate } from './dates.js';

export interface OrdinalDay {
  /** The day it names: this month's when that is today or before, else last month's. */
  occurredOn: string;
  start: number;
  end: number;
}

// A month's letters that run on into a name ("21st Margaret", "3rd Mayank") are no month.
const months =
  /^\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|^\s*\/|^\s+\d/i;

/**
 * Ordinal days not followed by a month ("24th Nov" is a whole date, read elsewhere), after "on
 * the", "the", "on" or a weekday, closing a clause after a comma, or standing alone after a word
 * where a clause ends. A bare number is never a day.
 */
export function findOrdinalDays(text: string, today: string): OrdinalDay[] {
  const found: OrdinalDay[] = [];
  // "Tues 17th": after a weekday too, which the date reader joins to the day it names.
  const pattern =
    /(?:\bon the |\bthe |\bon |, ?| [-–—] |(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? ))(\d{1,2})(?:st|nd|rd|th)\b/gi;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (months.test(text.slice(end))) continue;
    // After a comma or a dash the day must close its clause: ", 24th" and "- zoom - 15th" are
    // days, ", 2nd stage interview" is not.
    const broken = /^(?:,| [-–—] )/.test(match[0]);
    if (broken && !/^\s*(?:$|[,;.)]| [-–—] )/.test(text.slice(end))) continue;
    const day = Number(match[1]);
    const occurredOn = latestDay(day, today);
    if (!occurredOn) continue;
    const lead = match[0].startsWith(',') ? 1 : match[0].startsWith(' ') && broken ? 3 : 0;
    found.push({ occurredOn, start: match.index + lead, end });
  }
  // "lunch with Alexandra Reid 20th", "…from bupa 20th she said…": a day on its own after a
  // word, closing the line or a clause or before who spoke next. "her 40th", "2nd interview",
  // "3rd time" are no days.
  const bare =
    /(?<=(?<!\b(?:her|his|my|their|our|its|your|a|an|the|on)) )(\d{1,2})(?:st|nd|rd|th)(?=\s*$|\s*[,;.]|\s+(?:she|he|they|and|but|so)\b)/gi;
  for (const match of text.matchAll(bare)) {
    if (found.some((day) => day.end === match.index + match[0].length)) continue;
    const occurredOn = latestDay(Number(match[1]), today);
    if (occurredOn)
      found.push({ occurredOn, start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "19th inst.", "14th ult.", "15th prox.": a day of this month, of the month before or of the
 * month after, as formal letters and attendance notes write it, with the weekday before it when
 * there is one ("Weds 18th inst."). The word says the month, so these win over any other reading
 * of the same words. A day of next month is always a plan.
 */
export function findMarkedDays(
  text: string,
  today: string,
): Array<OrdinalDay & { ahead: boolean }> {
  const found: Array<OrdinalDay & { ahead: boolean }> = [];
  const pattern =
    /\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(\d{1,2})(?:st|nd|rd|th)? (inst|ult|prox)\b\.?/gi;
  for (const match of text.matchAll(pattern)) {
    const offset = { inst: 0, ult: -1, prox: 1 }[(match[2] ?? '').toLowerCase()] ?? 0;
    let year = Number(today.slice(0, 4));
    let month = Number(today.slice(5, 7)) + offset;
    if (month === 0) [year, month] = [year - 1, 12];
    if (month === 13) [year, month] = [year + 1, 1];
    const occurredOn = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Number(match[1])).padStart(2, '0')}`;
    if (!isIsoDate(occurredOn)) continue;
    found.push({
      occurredOn,
      start: match.index,
      end: match.index + match[0].length,
      ahead: occurredOn > today,
    });
  }
  return found;
}

/** Day `day` of today's month if that is not after today, else of the month before. */
function latestDay(day: number, today: string): string | undefined {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  if (day > Number(today.slice(8, 10))) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * "friday before last", "the tues before last": that weekday in the week before last week, a
 * week before the most recent one. Today never counts as the most recent.
 */
export function findWeekdaysBeforeLast(text: string, today: string): OrdinalDay[] {
  const pattern = /\b(?:the )?(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.? before last\b/gi;
  const found: OrdinalDay[] = [];
  const todayIndex = new Date(`${today}T12:00:00Z`).getUTCDay();
  for (const match of text.matchAll(pattern)) {
    const weekday = weekdays.indexOf((match[1] ?? '').toLowerCase());
    const back = ((todayIndex - weekday + 7) % 7 || 7) + 7;
    const day = new Date(`${today}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() - back);
    found.push({
      occurredOn: day.toISOString().slice(0, 10),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
