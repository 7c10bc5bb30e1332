// Finds the date in what a user wrote ("yesterday", "on 3 Nov", "03/11/2026", "last wk") and reads
// it as a past day, saying which reading it took when another was possible. The one-line log and
// `--date` both read dates here.
import * as chrono from 'chrono-node';
import { findMarkedDays, findOrdinalDays, findWeekdaysBeforeLast } from './ordinal-day.js';
import { addDays, daysBetween, isIsoDate } from './dates.js';
import type { DateOrder } from './date-order.js';
import { findImpossibleNumericDate, findNumericDates, type NumericDate } from './numeric-date.js';

export interface DateContext {
  /** The user's local date, YYYY-MM-DD: relative dates count back from it. */
  today: string;
  dateOrder: DateOrder;
}

export interface FoundDate {
  occurredOn: string;
  /** Where the phrase sits in the text, with a leading "on" or "in" when it belongs to it. */
  start: number;
  end: number;
  /** What was read, to say so: set when the words could have meant another day. */
  note?: string;
  /** Another date phrase after this one, kept as text. */
  laterText?: string;
  /** Read as last year's because this year's is still to come. */
  yearBack?: true;
  /** Only a time of day ("at 10:30"), which says today when nothing else names a day. */
  timeOnly?: true;
}

/** A date the text holds but that cannot be logged: the message says what and why. */
export class DatePhraseError extends Error {}

const monthPattern =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const monthNames = monthPattern.split('|');

/** Weekdays as notes write them: "Fri", "Weds", "Thurs". */
const weekdayNames =
  'mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(
    ' ',
  );

/** Months and days, as written in notes ("Jan", "Fri", "Weds"): words of the calendar, no one's name. */
export const calendarWords: ReadonlySet<string> = new Set([...monthNames, ...weekdayNames]);
const longMonths = monthNames.slice(0, 12).map((m) => m.charAt(0).toUpperCase() + m.slice(1));
const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The weekdays as Chinese numbers them after 周 or 星期, Sunday as 日 or 天. */
const chineseWeekdays: Readonly<Record<string, string>> = {
  一: 'Monday',
  二: 'Tuesday',
  三: 'Wednesday',
  四: 'Thursday',
  五: 'Friday',
  六: 'Saturday',
  日: 'Sunday',
  天: 'Sunday',
};

/** "3 November 2026": a date as the notes write it. */
export function spellDate(day: string): string {
  return `${Number(day.slice(8, 10))} ${longMonths[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
}

/** The first date phrase in `text`, or undefined when it names no day. Throws DatePhraseError. */
export function findDate(text: string, context: DateContext): FoundDate | undefined {
  const { usable } = readDates(text, context);
  const [first, later] = usable;
  if (!first) return undefined;
  const laterText =
    later &&
    text
      .slice(later.start, later.end)
      .trim()
      .replace(/^(on|in) /i, '');
  return laterText ? { ...first, laterText } : first;
}

/**
 * Where `text` names a day that is planned, not past: "replied, can chat thurs", "emailed back,
 * interview with Deloitte on 8 Dec". The log's date is never one of these.
 */
export function findPlannedDates(text: string, context: DateContext): FoundDate[] {
  return readDates(text, context).planned;
}

/** Every date phrase in order, split into days that may be logged and days that are plans. */
function readDates(
  text: string,
  context: DateContext,
): { usable: FoundDate[]; planned: FoundDate[] } {
  rejectImpossibleDates(text);
  const beforeLast = findWeekdaysBeforeLast(text, context.today);
  const marked = findMarkedDays(text, context.today);
  const numeric = findNumericDates(text, context.dateOrder).map((found) =>
    fromNumeric(found, text, context),
  );
  const chronoDays = findChronoDates(
    maskTimesOfDay(maskSpans(maskNumeric(text, context.dateOrder), [...beforeLast, ...marked])),
    text,
    context.today,
  );
  const planned: FoundDate[] = [];
  const written: FoundDate[] = [
    ...numeric,
    ...beforeLast,
    ...marked.flatMap(({ ahead, ...day }) => {
      // "interview likely 15th prox.": next month's day is always a plan.
      if (ahead) planned.push(day);
      return ahead ? [] : [day];
    }),
    // "on Friday 20/11/2026 at 11:00", "at 13:00 on Sunday 22/11/2026": a day written out in
    // numbers wins over the words around it or right before it.
    ...chronoDays.filter(
      (day) =>
        !numeric.some(
          (other) =>
            (other.start >= day.start && other.end <= day.end) ||
            (other.start >= day.end && /^[\s,]*$/.test(text.slice(day.end, other.start))),
        ),
    ),
  ];
  // "Coffee at 10:30 on 2026-11-14": a time of day says today only when no day is named.
  const known = written.some((day) => !day.timeOnly)
    ? written.filter((day) => !day.timeOnly)
    : written;
  const overlaps = (day: { start: number; end: number }) =>
    [...known, ...planned].some((other) => day.start < other.end && other.start < day.end);
  const candidates = joinWeekdays(
    [...known, ...findOrdinalDays(text, context.today).filter((day) => !overlaps(day))].sort(
      (a, b) => a.start - b.start,
    ),
    text,
  ).map((day) => withTimeBefore(day, text));
  const usable: FoundDate[] = [];
  for (const candidate of candidates) {
    // "their take-home from last yr": where something came from, not when anyone was in touch.
    if (isOrigin(text, candidate)) continue;
    if (candidate.occurredOn > context.today) {
      // "replied, happy to chat next week": a plan in another clause is what was said, not when.
      if (isPlanInAnotherClause(text, candidate) || isArrangedFor(text, candidate)) {
        planned.push(candidate);
        continue;
      }
      throw new DatePhraseError(
        `has "${text.slice(candidate.start, candidate.end).trim()}" (${candidate.occurredOn}), which is in the future; log what already happened`,
      );
    }
    if (candidate.occurredOn < '1900-01-01')
      throw new DatePhraseError(
        `has "${text.slice(candidate.start, candidate.end)}", which is too long ago`,
      );
    if (isPlannedDay(text, candidate) || isOtherNews(text, candidate)) planned.push(candidate);
    else usable.push(candidate);
  }
  return { usable, planned };
}

/** Verbs of a chase: what they chase was under way before the line's day. */
const chased = /\b(?:nudged|chased|chasing|followed up|following up|follow up)\b/i;

/**
 * A day that belongs to something else the line names, not to this contact: where it came from
 * ("the deck from last week", "my email from 2 wks ago"), the earlier meeting it follows up ("after
 * our call last wk") or what it owns after "for" ("thanks for yesterday's advice"). ("Now" is
 * never a day: see `maskTimesOfDay`.)
 */
function isOrigin(text: string, candidate: FoundDate): boolean {
  const written = text.slice(candidate.start, candidate.end).trim();
  const before = text.slice(0, candidate.start);
  const relative = /^(?:last|past|this)\b|\bago$/i.test(written);
  if (/\bfrom\s+$/i.test(before) && relative) return true;
  // "a call diary'd wc 7/12", "pls by EOD Weds": the week something is set for, or a deadline.
  if (
    /\b(?:wc|w\/c|week commencing|week of|by(?: (?:eod|cob|close of play|end of (?:day|play)))?)\s+$/i.test(
      before,
    )
  )
    return true;
  // "my request of a fortnight ago", "Mr Okoro's email of Friday last": the day of the thing.
  if (
    /\b(?:request|email|e-mail|mail|letter|message|note|offer|promise|invitation|invite|application|reply|query|post|piece|paper|report|list) of\s+$/i.test(
      before,
    )
  )
    return true;
  // "the papers he promised me a fortnight ago", "the introduction which she offered a fortnight
  // ago", "the report which we discussed at lunch on Tuesday": the day a clause about something
  // named tells of, not this contact's. Without "which" or "that", only a time ago counts:
  // "the guide he promised on Tuesday" is as often the day it came.
  const clauseOfThing =
    /\b(?:the|my|a|an|his|her|their|our|this|that) [\p{L}-]+(?: [\p{L}-]+){0,5} (which|that|whom|who)?\s*(?:i|he|she|they|we) (?:had )?(?:\p{L}+ed|sent|gave|made|said|told|wrote|met|saw|did|promised|offered|discussed)\b(?:(?! - )[^,;.])*$/iu.exec(
      before,
    );
  // A chase is about something already under way: "nudged jose re the portfolio i sent him 10/11"
  // dates the sending, and the nudge is today's.
  if (
    clauseOfThing &&
    (clauseOfThing[1] !== undefined ||
      /\bago$/i.test(written) ||
      chased.test(before.slice(0, clauseOfThing.index)))
  )
    return true;
  // "sent Niamh the guide I wrote, she asked for it last week": a later clause telling when they
  // asked for what was sent dates the asking, not the sending.
  if (
    relative &&
    /\b(?:sent|emailed|forwarded|shared|gave|passed|mailed)\b.*[,;-]\s*(?:as )?(?:s?he|they) (?:had )?(?:asked|requested)(?: (?:for it|for them|me|me for it))?\s+$/i.test(
      before,
    )
  )
    return true;
  // "sent her the stems from Sat", "the noise complaint from Sat": the day of the thing sent or
  // spoken of, not of this exchange.
  if (/\b(?:the|my|our|his|her|their|your) [\p{L}-]+(?: [\p{L}-]+)? from\s+$/iu.test(before))
    return true;
  // "thank you email … for the workshop on the 19th", "to say thanks for coffee on Tues": the
  // day of what is thanked for.
  if (
    /\b(?:thank|thx|thnx|thanx|ty)/i.test(before) &&
    /\bfor (?:the |our |that |a |an |his |her |their |my )?(?:\w[\w&'’-]* ){0,2}(?:workshop|training|session|course|coffee|lunch|dinner|drinks|breakfast|brunch|webinar|talk|meetup|event|chat|yarn|call|meeting|catch-?up|time|help|hand|advice|tour) (?:on (?:the )?)?$/i.test(
      before,
    )
  )
    return true;
  // "a thank u email for tues": a day straight after "for" is the day thanked for.
  if (/\bthank(?:s|ed|ing|-you| you| u)?\b[^,;.]{0,40}? for\s+$/i.test(before)) return true;
  // "thanked Lucy for the mock interview on Fri": the interview's day. "… for the mock interview
  // yday" is as often the day of the thanks, so a day counted from today is left to the line.
  if (
    /\b(?:thank|thx|thnx|thanx|ty)/i.test(before) &&
    /\bfor (?:the |our |his |her |their |my |a |an )?(?:\w[\w&'’-]* ){0,2}interview (?:on (?:the )?)?$/i.test(
      before,
    ) &&
    !/^(?:yesterday|today|tonight|this)\b/i.test(written)
  )
    return true;
  // "…, she had asked about it on Thursday": a clause in the past perfect tells of before.
  if (/[,;]\s*(?:she|he|they|i|we|it)(?:['’]d| had) (?:\w+ ){0,2}\w+ed\b[^,;.]*$/i.test(before))
    return true;
  // "feedback from the Tuesday interview": a day naming the meeting it belongs to.
  if (
    /\b(?:from|after|about|re|regarding|for|since|of|following) the\s+$/i.test(before) &&
    /^\s*(?:interview|meeting|call|session|workshop|event|meetup|webinar|lunch|coffee|chat)\b/i.test(
      text.slice(candidate.end),
    )
  )
    return true;
  // "a nudge about my message of the 9th": the day of the earlier message.
  if (
    /\b(?:message|msg|email|mail|note|letter|application|invoice|quote) (?:of|dated) (?:the\s+)?$/i.test(
      before,
    )
  )
    return true;
  // "following our meeting of 19 November": the day of the meeting followed, not of this note.
  if (
    /\b(?:after|following) (?:our|the|that|your) (?:meeting|call|conversation|chat|interview) of\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/\b(?:after|following|since) (?:our|the|that|my|your|his|her|their) [\w-]+\s+$/i.test(before))
    return relative;
  return (
    /^['’]s\b/.test(text.slice(candidate.end)) &&
    /\b(?:for|after|about|re|following)\s+$/i.test(before)
  );
}

/** "call 17:00 Weds": the time of day just before a day goes with it, out of the rest of the line. */
function withTimeBefore(day: FoundDate, text: string): FoundDate {
  const time = /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]m)?,? $/i.exec(
    text.slice(0, day.start),
  );
  return time ? { ...day, start: day.start - time[0].length } : day;
}

function maskSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let masked = text;
  for (const { start, end } of spans)
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return masked;
}

/** "on Tues 17th": a weekday just before the date it falls on is one day, the date's. */
function joinWeekdays(candidates: FoundDate[], text: string): FoundDate[] {
  const joined: FoundDate[] = [];
  for (const candidate of candidates) {
    const weekday = joined.at(-1);
    const written = weekday ? text.slice(weekday.start, weekday.end) : '';
    const between = weekday ? text.slice(weekday.end, candidate.start) : '';
    if (weekday && weekdayPhrase.test(written) && /^[\s,]*$/.test(between)) {
      joined[joined.length - 1] = { ...candidate, start: weekday.start };
    } else joined.push(candidate);
  }
  return joined;
}

const weekdayPhrase = /^\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$/i;

/** Words that make a clause a plan: "can chat", "booked for", "set up for", "she'll". */
const planWords =
  /\b(?:(?:i|we) (?:have|['’]ve got|have got) (?:a|an) (?:[\w-]+ )?(?:call|chat|meeting|interview|coffee|zoom)|(?:meant|supposed) to|can|could|will|would|shall|might|booked|scheduled|arranged|(?:is|are|am) coming (?:to|over|down|up|back|here|home)|pencil+ed|lined up|set (?:up )?for|going to|wants?(?: (?:me|us))? to|hop(?:e|es|ing) to|plans? to|planning to|happy to|offered to|offering to|free for|available for|can do|grabbing|getting (?:coffee|lunch|drinks|a coffee))\b|\b(?:i|we|you|he|she|they|it|that|who|there)['’](?:ll|d)\b/i;

/** A note's field naming what happened, up to its day: " coffee on", " lunch". */
const noteActivity =
  /^\s*(?:(?:a|quick|long) )?(?:coffee|coffe|lunch|breakfast|brunch|dinner|drinks|beers?|pints?|tea|call|phone call|zoom|teams|video call|catch-?up|chat|walk|meeting|mtg)(?:\s+on)?\s*$/i;

/**
 * A past-looking day that is really a plan: in a clause after the first that speaks of what will
 * happen ("…, can chat thursday"), or one only past by going a year back, named in a later clause
 * or as the day of an invitation ("…, interview with Deloitte on 8 Dec", "invited me to their
 * open day on 10 Dec"): said on 30 November, 8 December is next week, not a year ago.
 */
function isPlannedDay(text: string, candidate: FoundDate): boolean {
  const clauses = text.slice(0, candidate.start).split(/[,;—–]| - /);
  const later = clauses.length > 1;
  // "lunch Weds. Offered to intro me…": a full stop after the day ends its clause as well.
  const ahead = /[,;—–]| - |\.\s/;
  const rest = text.slice(candidate.end).split(ahead)[0] ?? '';
  const clause = `${clauses.at(-1) ?? ''}${text.slice(candidate.start).split(ahead)[0] ?? ''}`;
  if (later && planWords.test(clause)) return true;
  if (candidate.yearBack === true && isSpokenOfDay(text.slice(0, candidate.start))) return true;
  // "…rang!! Admiral want 2 days for their conf in Feb": a month alone, spoken of after a
  // finished sentence, in a later clause or beside what someone wants, is when something will be.
  if (
    monthAlone.test(text.slice(candidate.start, candidate.end).trim()) &&
    (candidate.yearBack === true ||
      later ||
      isSpokenOfDay(text.slice(0, candidate.start)) ||
      planWords.test(clause) ||
      /\b(?:wants?|needs?|after|looking for|offer(?:s|ed|ing)?)\b/i.test(clause) ||
      // "booking opens a new researcher role in january", "they start hiring in Feb", "pricing
      // team taking on a junior analyst in Feb": what opens, starts or is being taken on, told in
      // the present, is to come.
      /\b(?:opens|reopens|starts|begins|launches|kicks off|goes live|taking on|(?:is|are|['’]s|['’]re) (?:opening|hiring|recruiting|starting|launching))\b/i.test(
        clause,
      ) ||
      // "said to ping her in Jan", "keen to meet in Jan", "come back to her in March": when the
      // user is to be in touch again.
      /(?<!\b(?:went|go|goes|going|came|used|got|had) )\b(?:to|come|get) (?:ping|meet|catch up|chat|talk|speak|reconnect|follow up|touch base|call|ring|email|message|back)\b/i.test(
        clause,
      ))
  )
    return true;
  if (isArrangedFor(text, candidate)) return true;
  // "Schmidt - call - 12 Dec - career path": a date alone in its clause is the note's own date.
  if (`${clauses.at(-1) ?? ''}${rest}`.trim() === '') return false;
  // "he promised it for 10/11": the day something was promised for, not this contact's.
  if (
    /\bpromised (?:(?:it|them|that|this|me|one) )?for(?:\s+the)?\s+$/i.test(
      text.slice(0, candidate.start),
    )
  )
    return true;
  // "he wants a proposal by fri", "she's on leave til thurs", "before the interview of friday",
  // "before the assessment day on the 9th": a deadline, or what is still to come, not when anyone
  // was in touch.
  if (
    /\b(?:by|until|till|til|before)(?:\s+the)?\s+$|\bbefore (?:the|my|our|her|his|their) [\w-]+(?: [\w-]+){0,2}?(?: of| on)?(?:\s+the)?\s+$/i.test(
      text.slice(0, candidate.start),
    )
  )
    return true;
  // "moved it to Weds", "moving our coffee to Weds", "can't do Thurs": a day being arranged.
  if (
    /\b(?:mov(?:e|ed|es|ing)|push(?:ed|es|ing)?|reschedul(?:e|ed|es|ing)|shift(?:ed|s|ing)?|bump(?:ed|s|ing)?)\b(?:\s+[\w'’-]+){0,3}\s+to\s+$|\b(?:can(?:['’]?t|not)?|could(?:n['’]?t)?)\s+do\s+$/i.test(
      text.slice(0, candidate.start),
    )
  )
    return true;
  // "nothing since she forwarded my CV on 13.11", "last heard the 13th", "asking if I can help on
  // the drive on the 12th":
  // what happened before a silence, or what the user is asked to do, has its own day.
  if (
    /\b(?:nothing|no reply|no answer|not heard(?: anything)?|no news) since\b[^,;]*$|\blast heard(?: from (?:him|her|them))?(?: on)?(?: the)?\s*$|\b(?:asking|asked|asks) (?:if|whether) (?:i|we) (?:can|could)\b[^,;]*$/i.test(
      text.slice(0, candidate.start),
    )
  )
    return true;
  // "due the 18th", "deadline the 11th", "closin date the 14th", "closing date's the 18th",
  // "applications close the 14th", "extended the deadline to the 14th", "nothing since the 20th",
  // "still pending from 9th", "the radio bit is on for the 10th": when work is due, since when
  // nothing came, or when a thing is set to happen, is no day anyone was in touch.
  if (
    /\b(?:due|deadline|since|pending from|(?:is|['’]s|are|['’]re) on for|closes|(?<=\b(?:applications?|apps|submissions|entries|they|roles?|jobs?|vacanc(?:y|ies)|adverts?|ads|listings?|postings?) )close|closing|closin['’]?|opens?|starts?|starting|start date|begins?)(?:\s+date)?(?:['’]s)?(?:\s+(?:on|by|is|of|to|until|till))?(?:\s+the)?\s+$/i.test(
      text.slice(0, candidate.start),
    )
  )
    return true;
  // "mark evans - tesco - coffee on 4 December": a note's field saying what happened holds its day.
  if (noteActivity.test(clauses.at(-1) ?? '') && / - /.test(text.slice(0, candidate.start)))
    return false;
  return candidate.yearBack === true && (later || /\binvit\w* (?:me|us) to\b/i.test(clause));
}

/** "in Feb", "March": a month with no day. */
const monthAlone = new RegExp(`^(?:in )?(?:${monthPattern})\\.?$`, 'i');

/** "arranged a yarn w Chidi for Thurs", "set up coffee w/ owen for tmrw": the day a meeting is set for. */
function isArrangedFor(text: string, candidate: FoundDate): boolean {
  return /\b(?:arranged|arranging|booked|scheduled|set up|sorted|organi[sz]ed|planned|fixed|pencil+ed|lined up|good to go)\b[^,;.]*\bfor\s+(?:the\s+)?$/i.test(
    text.slice(0, candidate.start),
  );
}

/**
 * Whether a day still to come this year (read as last year's) is one spoken of, not the day of
 * the line: it follows a sentence that has ended ("…emailed the JD. Closes 14/12."), or words of
 * asking, inviting, moving or what something is about ("messaged asking my availability for coffee
 * on 4/12", "mailed to prepone our call from 8/12"). Nobody logs a message of last December by
 * its day and month alone. "emailed Ana on 8 Dec", with none of them, still reads as last year's,
 * and says so.
 */
function isSpokenOfDay(before: string): boolean {
  return (
    /[.!?]\s/.test(before) ||
    /\b(?:ask(?:ed|s|ing)?|invit\w*|availab\w*|free|prepon\w*|postpon\w*|resched\w*|mov(?:e|ed|es|ing)|about|re|regarding|interview\w*)\b/i.test(
      before,
    )
  );
}

/**
 * What happened to a role or an interview, not between the user and the contact. A mock interview
 * is one the contact gave the user: its day is the line's ("Dev, mock interview on Thursday").
 */
const otherNews =
  /\b(?:closed|filled|froze|frozen|pulled|paused|withdrawn|scrapped|went to (?:someone|somebody|an?)|(?<!\b(?:mock|practice|practise) )interview(?:['’]s| is)?)\b/i;

/**
 * "emailed back - the data lead role closed last fri", "heard back, interview's on thurs": a day
 * in a later clause that tells what happened elsewhere is that news's day, not this contact's.
 */
function isOtherNews(text: string, candidate: FoundDate): boolean {
  const clauses = text.slice(0, candidate.start).split(/[,;—–]| - /);
  return clauses.length > 1 && otherNews.test(clauses.at(-1) ?? '');
}

/**
 * A whole field that is only a date (`--date 03/11/2026`, `--date yesterday`): the day and any note,
 * or a DatePhraseError naming what was not understood.
 */
export function readDateText(text: string, context: DateContext): { date: string; note?: string } {
  const trimmed = normaliseDateWords(text.trim());
  const found = findDate(trimmed, context);
  const leftover = found
    ? `${trimmed.slice(0, found.start)} ${trimmed.slice(found.end)}`.replace(/[\s,.]+/g, '')
    : trimmed;
  if (!found || leftover !== '') {
    throw new DatePhraseError(
      `"${trimmed}" is not a date Kith can read; write it as 2026-11-03, ${sample(context.dateOrder)}, "3 Nov" or "yesterday"`,
    );
  }
  return found.note ? { date: found.occurredOn, note: found.note } : { date: found.occurredOn };
}

/** The days of the year a note may name instead of their dates, by a key without "St", apostrophes or spaces. */
const namedDays: Readonly<Record<string, string>> = {
  halloween: '31 October',
  bonfirenight: '5 November',
  guyfawkes: '5 November',
  guyfawkesnight: '5 November',
  remembranceday: '11 November',
  armisticeday: '11 November',
  andrewsday: '30 November',
  christmaseve: '24 December',
  christmasday: '25 December',
  boxingday: '26 December',
  newyearseve: '31 December',
  hogmanay: '31 December',
  newyearsday: '1 January',
  burnsnight: '25 January',
  valentinesday: '14 February',
  davidsday: '1 March',
  patricksday: '17 March',
  paddysday: '17 March',
};

const namedDay =
  /(?:\bon )?\b(halloween|bonfire night|guy fawkes(?: night)?|remembrance day|armistice day|st\.? andrew['’]?s day|christmas eve|christmas day|boxing day|new year['’]?s eve|hogmanay|new year['’]?s day|burns night|valentine['’]?s day|st\.? david['’]?s day|st\.? patrick['’]?s day|paddy['’]?s day)\b(?! (?:party|parties|do|social|quiz|drinks|dinner|lunch|event|market|fair|ball|night out|show|special|sale|meetup|mixer))/gi;

function dayKey(day: string): string {
  return day
    .toLowerCase()
    .replace(/^st\.? /u, '')
    .replace(/['’\s]/gu, '');
}

/** "last wk", "2 wks ago", "yday": the short forms people type, spelled out for the date reader. */
export function normaliseDateWords(text: string): string {
  return (
    text
      // "231126 1430 tel con": a day written as six figures, day, month and year, as log books do;
      // not after a word that says it is a number ("ref 231126", "invoice 231126").
      .replace(
        /(?<![\d£$€.,/:#-])(?<!\b(?:ref|no|number|invoice|inv|order|id|po|account|acct|code|pin)\.? )(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(2\d)(?![\d%])/giu,
        '$1/$2/20$3',
      )
      // "11月24日", "周三": a day of the month and a weekday as Chinese writes them.
      .replace(
        /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
        (whole, month: string, day: string) =>
          Number(month) >= 1 && Number(month) <= 12
            ? ` ${Number(day)} ${longMonths[Number(month) - 1] ?? ''} `
            : whole,
      )
      .replace(
        /(?:周|星期|礼拜)([一二三四五六日天])/gu,
        (_whole, day: string) => ` ${chineseWeekdays[day] ?? ''} `,
      )
      // "3. nov", "12. November": a day's full stop before a month, as Norwegian and German write it.
      .replace(
        /(?<![\d.,/:])(\d{1,2})\. (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)/giu,
        '$1 ',
      )
      .replace(/\b(\d+|a|two|three|few) wks\b/gi, '$1 weeks')
      .replace(/\bwk\b/gi, 'week')
      .replace(/\ba fortnight\b/gi, '2 weeks')
      .replace(/\b(?:the )?day before (?:yesterday|yday|yest)\b/gi, '2 days ago')
      .replace(/\b(yday|yest|ystdy|ystday|ystrdy|yestdy)\b/gi, 'yesterday')
      // "before two days", "before one week" (Arabic "qabla"): two days ago, a week ago; "The
      // Monday I met Dev": last Monday, as an English learned after Arabic may say it.
      .replace(
        /\bbefore (\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few) (days?|weeks?|months?)\b/gi,
        (_whole, count: string, unit: string) =>
          `${count.toLowerCase() === 'one' ? 'a' : count} ${unit} ago`,
      )
      .replace(/^the (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i, 'last $1')
      // "Friday past emailed Alexandra", as Scots and Irish English say it, and "Friday gone", as
      // the Caribbean and the north of England do: last Friday.
      .replace(
        /\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*) (?:just )?(?:past|gone)\b(?! (?:\d|the|few|couple|week|month|year)\b)/gi,
        'last $1',
      )
      // "on halloween", "emailed bonfire night": the days a year names, as their dates; not a
      // party or a quiz held on one, which is an event.
      .replace(namedDay, (_whole, day: string) => ` on ${namedDays[dayKey(day)] ?? day} `)
      // "call ytd", "coffee YTD": yesterday, as texts write it; not a year's figures to date.
      .replace(
        /\bytd\b(?!\.? *(?:revenue|sales|figures|numbers|growth|spend|spending|budget|target|results|performance|returns?|earnings|income|total|%|\d|[£$€]))/gi,
        'yesterday',
      )
      .replace(/\blast yr\b/gi, 'last year')
      // "coffee in Saturday", "called me in Friday": "on", as a Polish speaker may write it.
      .replace(/\bin (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, 'on $1')
      // "keen to meet in Jan", "by March": a month after "in" or "by" is when, never someone
      // called Jan or May; in lower case no reading of names takes it.
      .replace(
        /\b(in|by|until|till|from|early|late|mid|end of|start of|beginning of) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b(?!['’])/g,
        (_m, before: string, month: string) => `${before} ${month.toLowerCase()}`,
      )
      // "end of last week (the Fri)": the day in brackets says which.
      .replace(
        /\b(?:the )?(?:end|back end|start|beginning) of last week \((?:the |on )?((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?\)/gi,
        'last $1',
      )
      .replace(/\b2day\b/gi, 'today')
      // "thursday 19", "by mail the 24": a day of the month without its "th".
      .replace(
        /\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )(\d{1,2})(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?!\s*(?:[:./-]|am\b|pm\b|h\b|hrs?\b|mins?\b|%|k\b|people\b|pax\b|of\b|x\b))))/gi,
        '$1$2th',
      )
      .replace(/\b(on the|the) (\d{1,2})(?=\s*(?:$|[,;)]|\.(?!\d)))/gi, '$1 $2th')
      // "the day 12 I had an interview" (el día 12): that day of the month.
      .replace(
        /(?<!\bof )\bthe day (\d{1,2})\b(?!\s*(?:[:./-]\d|%|h\b|hrs?\b|mins?\b))/gi,
        'the $1th',
      )
      // "2 weeks back": ago.
      .replace(
        /\b(\d+|a|two|three|four|five|six|few|couple of) (days?|weeks?|months?) back\b/gi,
        '$1 $2 ago',
      )
      // "last last week" (Filipino English), "the week before last": two weeks back.
      .replace(/\blast last week\b|\b(?:the )?week before last\b/gi, 'two weeks ago')
      // "last week Friday", "Wednesday last week": that day of the week before.
      .replace(/\blast week,? ((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/gi, 'last $1')
      .replace(/\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*),? last week\b/gi, 'last $1')
      // "rang Friday last" (Birmingham): last Friday, not "Tuesday last week" read above.
      .replace(
        /\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*) last\b(?! (?:week|month|year|night|time|one|thing)\b)/gi,
        'last $1',
      )
      // "on tues", "last Weds", "thurs": the short forms chrono does not know.
      .replace(/\btues\b(\.(?= \p{Lu}))?\.?/giu, 'tuesday$1')
      .replace(/\bweds\b(\.(?= \p{Lu}))?\.?/giu, 'wednesday$1')
      .replace(/\bthurs?\b(\.(?= \p{Lu}))?\.?/giu, 'thursday$1')
      // "vid 1800 Thurs 19/11": a weekday before the day's number says the same day; the number
      // is the surer of the two.
      .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? (?=\d{1,2}\/\d{1,2}(?!\/?\d)\b)/gi, '')
  );
}

function sample(order: DateOrder): string {
  return order === 'MDY' ? '11/03/2026' : order === 'YMD' ? '2026/11/03' : '03/11/2026';
}

function fromNumeric(found: NumericDate, text: string, context: DateContext): FoundDate {
  const { date, yearBack } = pastYear(found.year, found.month, found.day, context.today);
  const start = found.index - leadIn(text, found.index);
  const end = found.index + found.written.length;
  const spelled = spellDate(date);
  let note: string | undefined;
  if (found.reading === 'order') {
    const first = context.dateOrder === 'DMY' ? 'day' : 'month';
    note = `Read ${found.written} as ${spelled} (${first} first, as your dates are set)`;
  } else if (found.reading === 'only-valid') {
    note = `Read ${found.written} as ${spelled} (there is no month ${found.day})`;
  } else if (yearBack) {
    note = yearBackNote(found.written, date);
  }
  const day: FoundDate = note
    ? { occurredOn: date, start, end, note }
    : { occurredOn: date, start, end };
  if (yearBack) day.yearBack = true;
  return day;
}

/** How many characters of " on " or " dated " lead into the date at `index`. */
function leadIn(text: string, index: number): number {
  const before = /(?:^|\s)(?:on|dated)\s+$/i.exec(text.slice(0, index));
  return before ? before[0].trimStart().length : 0;
}

/**
 * "open evening last Thursday": a time of day before a day phrase is not a time of today; nor is
 * a length of time ("asked for 15 mins", "a 30 min call", "a contract for 6 weeks"), which chrono
 * would read as one.
 */
function maskTimesOfDay(text: string): string {
  const blank = (word: string) => ' '.repeat(word.length);
  return (
    text
      // "after the HR tech talk tues": human resources in capitals, never an hour. A word in its
      // place, not spaces: "volunteering in HR, Tues 17th" must not become "in Tues".
      .replace(/\bHR\b/g, 'xx')
      // "no roles at deliveroo right now, spoke on phone last week", "works at octopus now", "ex-nurse
      // now at babylon": "now" says how things stand; with no other day the line is today's anyway.
      .replace(/\b(?:right )?now\b(?! (?:on|onwards)\b)/gi, blank)
      // "the evening on the 12th" is that day; "last night on whatsapp" stays last night.
      .replace(
        /(?<!\b(?:last|this|yesterday|tomorrow) )\b(?:morning|afternoon|evening|night)\b(?= (?:last|on|this|past) )/gi,
        blank,
      )
      // "monzo's women in data evening - tues": an evening the line names, then its day.
      .replace(
        /(?<!\b(?:last|this|past|tomorrow) )\b(?:morning|afternoon|evening|night)\b(?=\s*(?:[,;—–]|\s-)\s*\S)/gi,
        blank,
      )
      // "the monzo careers evening 3 wks ago", "the careers evening thurs": a named evening, then its day.
      .replace(
        /(?<!\b(?:last|this|past|tomorrow|yesterday|one|that|the|an?) )\b(?:evening|night)\b(?= (?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|yesterday\b|a (?:week|fortnight|month)))/gi,
        blank,
      )
      .replace(/\b(?:for )?\d+ ?(?:mins?|minutes?|hrs?|hours?)\b(?! ago)/gi, blank)
      // "an HR coordinator", "an hour's chat": a job or a length of time, not "an hour from now".
      .replace(/\b(?:for )?an? (?:hr|hour|min|minute)\b(?!s? ago)/gi, blank)
      // "thank you for Tuesday", "my query of last week", "last weeks chat":
      // the day of what is thanked for or answered, not of this exchange.
      .replace(
        /(?<=\b(?:thank(?:s| you)|thanked (?:him|her|them|\p{L}+)) for )(?:yesterday|(?:last )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/giu,
        blank,
      )
      // "whatsapped me happy monday": a greeting, not a day.
      .replace(/(?<=\bhappy )(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/giu, blank)
      // "text from Sam re Thurs": the day the line is about, not when anyone was in touch.
      .replace(
        /(?<=\b(?:re|about|abt|regarding) (?:this |next |last )?)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi,
        blank,
      )
      .replace(
        /(?<=\b(?:query|mail|email|e-mail|message|msg|note|letter|request|invite) of )(?:last week|yesterday)\b/gi,
        blank,
      )
      .replace(
        /\blast week['’]?s(?= (?:chat|call|meeting|coffee|lunch|email|message|talk|catch-?up|intro|interview)\b)/gi,
        blank,
      )
      // "deadline is friday", "closes on Thurs": when a role closes, not when anyone was in touch.
      .replace(
        /(?<=\b(?:deadline|closes|clos(?:ing|in['’]?) date)(?: is| on| by)? (?:this |next )?)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi,
        blank,
      )
      // "lunch 13:00 Weds 18th", "rang 09:50 Fri": the time of day before a weekday is that
      // day's, and read with it would hide a day of the month after it.
      .replace(
        /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]m)?(?=,? (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi,
        blank,
      )
      // "0815", "Thu 1900", "1700 -": a time of day on the 24-hour clock, as the army writes it.
      // A year ("in 2025", "Jan 2026") is left alone: 20xx counts only after a weekday or first.
      .replace(
        /(?<!\b(?:in|since|of|from|to|until|till|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\.? )\b(?:[01]\d[0-5]\d|2[0-3][0-5]\d(?<=(?:^|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? )\d{4}))\b(?!\s*(?:-|\/|\.)\s*\d)/gi,
        blank,
      )
      // "2 days a week from Jan": how often, not when.
      .replace(
        /\b(?:\d+|one|two|three|four|five|a few) (?:days?|times?|hours?|hrs?|evenings?|mornings?) (?:a|an|per|each|every) (?:week|wk|month|day|fortnight)\b/giu,
        blank,
      )
      // "3 wk contract", "a 2-day activation": how long a piece of work is, not when.
      .replace(
        /\b(?:\d+|a|one|two|three|four|five|six)[ -]?(?:days?|wks?|weeks?|months?|mths?|years?|yrs?) (?!(?:ago|back|before|earlier|prior|previously|later|after|on|hence|from|since|time|to|of|in|and|or|&)\b)(?=\p{Ll})/giu,
        blank,
      )
      // "a designer for 3 months", "a contract for 6 weeks": how long, not when.
      .replace(
        /\bfor (?:\d+|a|an|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?|years?)\b(?! (?:ago|time|from now)\b)/gi,
        (time: string, at: number, all: string) =>
          // "Wed 1200 lunch w/ …": the time closes the weekday's clause, as a comma would.
          /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? $/i.test(all.slice(0, at))
            ? `,${blank(time.slice(1))}`
            : blank(time),
      )
  );
}

function maskNumeric(text: string, order: DateOrder): string {
  let masked = text;
  for (const found of findNumericDates(text, order)) {
    masked =
      masked.slice(0, found.index) +
      ' '.repeat(found.written.length) +
      masked.slice(found.index + found.written.length);
  }
  return masked;
}

function findChronoDates(masked: string, text: string, today: string): FoundDate[] {
  const reference = { instant: new Date(`${today}T12:00:00Z`), timezone: 0 };
  const found: FoundDate[] = [];
  for (const result of chrono.parse(masked, reference, { forwardDate: false })) {
    const resolved = resolveChrono(result, masked, today);
    if (!resolved) continue;
    // "might have something in Feb": a month named in a later clause of plans is not the day.
    const ahead = comesSooner(resolved.date, today);
    if (resolved.extraBefore === 3 && isPlannedMonth(text.slice(0, result.index), ahead)) continue;
    const start = result.index - resolved.extraBefore;
    const end = result.index + result.text.length;
    const written = text.slice(result.index, end).replace(/^(on|in) /i, '');
    const note = resolved.yearBack ? yearBackNote(written, resolved.date) : undefined;
    const day: FoundDate = note
      ? { occurredOn: resolved.date, start, end, note }
      : { occurredOn: resolved.date, start, end };
    if (resolved.yearBack) day.yearBack = true;
    if (resolved.timeOnly) day.timeOnly = true;
    found.push(day);
  }
  return found;
}

function yearBackNote(written: string, date: string): string {
  const thisYear = `${String(Number(date.slice(0, 4)) + 1)}${date.slice(4)}`;
  return `Read "${written}" as ${spellDate(date)}: ${isIsoDate(thisYear) ? spellDate(thisYear) : 'this year’s'} is still to come`;
}

interface Resolved {
  date: string;
  /** Characters before chrono's match that belong to the phrase, such as "in " of "in March". */
  extraBefore: number;
  yearBack: boolean;
  timeOnly?: true;
}

/** Turns one chrono match into a day, or undefined when the match is probably not a date. */
function resolveChrono(
  result: chrono.ParsedResult,
  text: string,
  today: string,
): Resolved | undefined {
  const start = result.start;
  const phrase = result.text.toLowerCase();
  const y = start.get('year') ?? 0;
  const m = start.get('month') ?? 1;
  const d = start.get('day') ?? 1;
  if (start.isCertain('day') || /\b(ago|last|past|previous)\b/.test(phrase)) {
    const past =
      start.isCertain('year') || isRelative(phrase)
        ? { date: iso(y, m, d), yearBack: false }
        : pastYear(undefined, m, d, today);
    return { ...past, extraBefore: 0 };
  }
  if (start.isCertain('weekday')) {
    // "sat down" and "Sun Li" are not days: a bare weekday must be spelled out, follow
    // on/last/this, or close the line or its clause ("video call fri", "- zoom - fri").
    const spelled = /(mon|tues|wednes|thurs|fri|satur|sun)day|^(on|last|this|past) /.test(phrase);
    // "drinks fri with Carl", "coffee weds w Hannah": a short weekday before whom it was with
    // ("sat with Kate" is sitting).
    const beforeWith =
      /^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)$/.test(phrase.trim()) &&
      /^\s+(?:with|w\/?|wi)\s+\p{L}/iu.test(text.slice(result.index + result.text.length));
    if (!spelled && !beforeWith && !closesClause(text, result)) return undefined;
    // "she is a sun": a short weekday after "a" or "the" is a word, no day.
    if (!spelled && /\b(?:a|an|the|my|his|her)\s+$/i.test(text.slice(0, result.index)))
      return undefined;
    // "from my old Saturday job", "her Sunday shift", "runs a Saturday school": a weekday that
    // names work or a school is no day.
    if (
      /\b(?:my|his|her|their|our|old|a|an|the)(?:\s+[\p{L}-]+)?\s+$/iu.test(
        text.slice(0, result.index),
      ) &&
      /^\s+(?:job|jobs|shift|shifts|gig|gigs|team|league|club|school|class)\b/i.test(
        text.slice(result.index + result.text.length),
      )
    )
      return undefined;
    if (/\bnext\b/.test(phrase)) return { date: iso(y, m, d), extraBefore: 0, yearBack: false };
    // 2000-01-02 was a Sunday, chrono's weekday 0.
    const back = (((daysBetween('2000-01-02', today) - (start.get('weekday') ?? 0)) % 7) + 7) % 7;
    return { date: addDays(today, back === 0 ? -7 : -back), extraBefore: 0, yearBack: false };
  }
  if (start.isCertain('month') && /(^| )in $/i.test(text.slice(0, result.index))) {
    const past = start.isCertain('year')
      ? { date: iso(y, m, 1), yearBack: false }
      : pastYear(undefined, m, 1, today);
    return { ...past, extraBefore: 3 };
  }
  if (start.isCertain('hour'))
    return { date: today, extraBefore: 0, yearBack: false, timeOnly: true };
  return undefined; // a bare month name is more often a person ("met May") than a date
}

/**
 * "video call fri", "zoom - fri, good": a short weekday last in its clause is a day, unless a
 * word that leads to a name comes before it ("lunch with Sun", "coffee with Ana, Sun").
 */
function closesClause(text: string, result: chrono.ParsedResult): boolean {
  const after = text.slice(result.index + result.text.length);
  const before = text.slice(0, result.index);
  // "the panel on which we all three sat.": "sat" after who sat is the verb.
  if (
    /^sat\.?$/.test(result.text) &&
    /\b(?:i|we|they|he|she|you|who|which)(?: (?:all|both|three|two|all three))*\s*$/i.test(before)
  )
    return false;
  // "sent a follow up email fri after our chat": a time of that day closes it as well.
  // "video chat wed re his move": what it was about closes it too.
  const timed =
    /^\s+(?:after|before|morning|afternoon|evening|night|lunchtime|am|pm|re|about|abt|regarding|w\/)(?!\S)|^\s+(?:after|before|morning|afternoon|evening|night|lunchtime|am|pm|re|about|abt|regarding)\b/i.test(
      after,
    );
  // "coffee sat she said…", "on a call fri he said…": a short weekday (not "sun", a name as
  // often) before the subject of the next clause, or before where or what they did.
  const subjectNext =
    /^(?:sat|fri|mon|tue|tues|wed|weds|thu|thur|thurs)$/i.test(result.text) &&
    // "fri down the Bay", "thu say her nephew…", "sat whatsapp me", "yusuf wed at the library",
    // "drinks fri in Cardiff", "coffee fri at Old Street": where, or what they did.
    (/^\s+(?:she|he|they|we|i|it|if|(?:down|up) the|say|says|said|whatsapp(?:ed)? me|w(?:ith)? (?:the|a|an|his|her|my|their)|at (?:the|a|an|his|her|my|their|[\w.&-]+['’]s))\b/i.test(
      after,
    ) ||
      /^\s+(?:in|at) (?:[A-Z][a-z]|town\b)/.test(after));
  // "Fri: coffee w/ …", "Thu 1900 - pint w/ …", "Sat. Chatted…": a colon, a full stop or the
  // time of day closes it too.
  const clock = /^\s+(?:[01]\d|2[0-3])[0-5]\d\b/.test(after);
  // "rang Kate Morrison Fri just to thank her", "thanked me by email Fri for the input", "emailed
  // rachel lowe me cv mon for the ops role": a short weekday soon after the verb of contact,
  // before why, is when.
  const afterVerb =
    /^\s+(?:just|to|for|and|but|as|offering|asking|saying|inviting|checking|wanting|needing)\b/i.test(
      after,
    ) &&
    /\b(?:rang|called|phoned|emailed|texted|messaged|thanked|chased|wrote to|met|saw|replied|pinged)(?: [\p{L}'’]+){0,3}(?: (?:me|my|the|his|her) [\p{L}'’]+)?\s*$/iu.test(
      before,
    );
  // "a brew sat with Ryan", "lunch in town sat and she said…", "on a call fri and marked it up": a
  // short weekday soon after a meal, drink or call is when it was, before whom or what came next.
  const afterMeal =
    /^\s+(?:and|with|w\/?)(?!\S)/i.test(after) &&
    /\b(?:call|zoom|teams|coffee|lunch|dinner|breakfast|brunch|brew|cuppa|pints?|drinks|bevvies|cob)(?: (?!(?:then|and)\b)[\p{L}'’]+){0,3}\s*$/iu.test(
      before,
    );
  if (
    !timed &&
    !clock &&
    !afterVerb &&
    !afterMeal &&
    !subjectNext &&
    !/^\s*($|[,;:.—–!?]| - )/.test(after) &&
    !/[,.]$/.test(result.text)
  )
    return false;
  if (/\b(?:with|and|to|from|met|saw)\s*$|&\s*$/i.test(before)) return false;
  // "a guy called Sun" names someone; "sam called fri" says when.
  if (/\b(?:(?:a|an|some|this|that) [\p{L}-]+|someone|somebody) called\s*$/iu.test(before))
    return false;
  // "coffee with Ana, Sun" names someone; "Lunch, Owen Davies (Admiral), Thu." ends a sentence.
  // A time masked out ("Fri 1900.") leaves a run of spaces before the full stop.
  const sentenceEnds = result.text.endsWith('.') || /^(?:\.|,\s{2,}|\s{3,}[.,;:])/.test(after);
  return !(/,\s*$/.test(before) && /^\p{Lu}/u.test(result.text)) || sentenceEnds || clock;
}

/** A clause after the first that speaks of what may come: "…, she's happy to chat in". */
function isPlannedMonth(before: string, ahead: boolean): boolean {
  const clauses = before.split(/[,;—–]| - /);
  const clause = clauses.at(-1) ?? '';
  // "she's hiring in jan", "about the meetup in jan": in late November, the coming January.
  // "mentioned barclays are hiring in jan": when others take people on is still to come.
  // "happy to do a check-in call in Dec": a month still to come, in words of what will be;
  // "intercom might open a role in jan", "wants me to start in jan", "to ask for 15 mins in dec".
  if (
    ahead &&
    (clauses.length > 1 ||
      /\b(about|re|regarding|hiring|recruiting|opening|openings|vacanc(?:y|ies)|happy to|hop(?:e|es|ing) to|plans? to|planning|going to|will|would|could|can|might|may|wants?(?: (?:me|us))? to|ask(?:ed|ing)? for|(?:asked|invited) (?:me|us) to)\b|['’](?:ll|d)\b/i.test(
        clause,
      ))
  )
    return true;
  return (
    clauses.length > 1 &&
    /\b(might|may|could|would|will|happy to|hop(?:e|es|ing) to|plans?|planning|going to|wants?(?: (?:me|us))? to|chat|talk|catch up|something|maybe)\b|['’](?:ll|d)\b/i.test(
      clause,
    )
  );
}

/** Whether a month read as past ("Jan", read as last January) comes round again sooner than that. */
function comesSooner(pastDate: string, today: string): boolean {
  const monthsBack = (Number(today.slice(5, 7)) - Number(pastDate.slice(5, 7)) + 12) % 12;
  return monthsBack > 6;
}

/** "tomorrow", "next week", "in 2 days": phrases that count from today rather than name a day. */
function isRelative(phrase: string): boolean {
  return /\b(today|tonight|yesterday|tomorrow|next|last|this|ago|in \w+ (days?|weeks?|months?))\b/.test(
    phrase,
  );
}

/**
 * A future phrase after a clause break ("replied, happy to chat next week", "said they'd call
 * next week") tells what is planned; the log itself is about something that already happened.
 */
function isPlanInAnotherClause(text: string, candidate: FoundDate): boolean {
  const before = text.slice(0, candidate.start);
  // "message from lucy re coffee next week": what a message was about may be still to come.
  // "Phone screen 1100. 2nd stage next wk", "put me forward!! interview next wk": a later
  // sentence; "emailed asking my availability next wk": a day after something done is what it
  // was about.
  return (
    /[,;:—–!?]| - |\p{L}{3}\.\s|\b(to|will|wants?|going|hope|hoping|plans?|planning|then|but|said|says|suggested|re|about|abt|regarding)\b|['’]ll\b|['’]d\b/iu.test(
      before.replace(/^\S+\s+\S+/, ''),
    ) || pastVerb.test(before)
  );
}

/** A verb done, before a future day: "emailed", "rang", "sent", "met". */
const pastVerb =
  /\b(?:\p{L}{2,}(?:[^e\s]ed|ied)|emailed|rang|sent|met|spoke|told|wrote|gave|got|had|came|left|saw|took|heard)\b/iu;

/** A day named without a year is the most recent one on or before today, never a future one. */
function pastYear(
  year: number | undefined,
  m: number,
  d: number,
  today: string,
): { date: string; yearBack: boolean } {
  const thisYear = Number(today.slice(0, 4));
  if (year !== undefined && year !== 0 && year !== thisYear)
    return { date: iso(year, m, d), yearBack: false };
  const date = iso(thisYear, m, d);
  if (isIsoDate(date) && date <= today) return { date, yearBack: false };
  if (year === thisYear) return { date: iso(year, m, d), yearBack: false };
  const earlier = iso(thisYear - 1, m, d);
  return { date: isIsoDate(earlier) ? earlier : iso(thisYear - 1, m, d - 1), yearBack: true };
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Throws for a written date that does not exist, which chrono would otherwise silently skip. */
function rejectImpossibleDates(text: string): void {
  for (const match of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    const [written, y = '', m = '', d = ''] = match;
    if (!isIsoDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`))
      throw impossibleDate(written);
  }
  const numeric = findImpossibleNumericDate(text);
  if (numeric !== undefined) throw impossibleDate(numeric);
  const named = new RegExp(
    `\\b(?:(${monthPattern})\\.? (\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)? (${monthPattern}))\\b`,
    'gi',
  );
  for (const match of text.matchAll(named)) {
    const month = monthNames.indexOf((match[1] ?? match[4] ?? '').toLowerCase()) % 12;
    const day = Number(match[2] ?? match[3]);
    if (day < 1 || day > (daysInMonth[month] ?? 31)) throw impossibleDate(match[0]);
  }
}

function impossibleDate(written: string): DatePhraseError {
  return new DatePhraseError(
    `has "${written}", which is not a real date; write a date such as 2026-11-20 or "yesterday"`,
  );
}
