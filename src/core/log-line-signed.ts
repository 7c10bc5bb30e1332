// A signer's written English: someone whose first language is British Sign Language often writes
// as they sign, the time first in capitals, then the topic, then the comment ("WED coffee Dev,
// good", "video Hannah, interpreter late", "Aisha Cazoo WhatsApp chase"). Put in the order the
// one-line reader knows before it reads the line.
import { calendarWords } from './date-phrase.js';
import { isKnownGivenName } from './person-name-shape.js';

/** "WED", "THURS", "YESTERDAY": a time word in capitals, as a sign gloss writes it. */
const timeInCapitals =
  /(?<![\p{L}\p{N}])(MON|MONDAY|TUES?|TUESDAY|WEDS?|WEDNESDAY|THU|THURS?|THURSDAY|FRI|FRIDAY|SAT|SATURDAY|SUN|SUNDAY|YESTERDAY|TODAY|TONIGHT|MORNING|AFTERNOON|EVENING)(?![\p{L}\p{N}])/gu;

/** "SAT prep", "SUN newspaper": capitals that are no day there. */
const notADayAfter = /^ (?:prep|test|tests|exam|exams|score|scores|paper|newspaper|journalist)\b/iu;

/**
 * What was had or done together, named before whom with: "coffee Dev", "video Margaret Okafor".
 * Only before a given name Kith knows, so "lunch Leeds Dock" stays a place.
 */
const togetherFirst =
  /(^|[,;:.!?] |(?:^|\s)(?:\d{1,2}\/\d{1,2}|yesterday|today|this morning|[Mm]on|[Tt]ues?|[Ww]eds?|[Tt]hurs?|[Ff]ri|[Ss]at|[Ss]un) )(coffee|lunch|dinner|breakfast|brunch|drinks|video|video call|zoom|teams call|call|phone call) (?=(\p{Lu}[\p{Ll}'’-]+))/gu;

/**
 * "Aisha Cazoo WhatsApp chase", "Olivia Hays, chase WhatsApp": a name opening the note, then
 * the app it went by, with no verb between. A break after the name keeps the app out of it.
 */
const nameThenApp =
  /^((?:\d{1,2}\/\d{1,2}|(?:Yesterday|Today|This morning|Tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day):) )?((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{L}'’.-]*){0,2}) (?=(?:WhatsApp|LinkedIn|Zoom|Teams|Slack|Signal)(?![\p{L}'’])|(?:email|text|video)(?:[,:]|$))/u;

/** A time gloss opening the note, as the reader knows it when a colon follows: "WED" is "Wednesday:". */
const openingTime: Readonly<Record<string, string>> = {
  MON: 'Monday',
  MONDAY: 'Monday',
  TUE: 'Tuesday',
  TUES: 'Tuesday',
  TUESDAY: 'Tuesday',
  WED: 'Wednesday',
  WEDS: 'Wednesday',
  WEDNESDAY: 'Wednesday',
  THU: 'Thursday',
  THUR: 'Thursday',
  THURS: 'Thursday',
  THURSDAY: 'Thursday',
  FRI: 'Friday',
  FRIDAY: 'Friday',
  SAT: 'Saturday',
  SATURDAY: 'Saturday',
  SUN: 'Sunday',
  SUNDAY: 'Sunday',
  YESTERDAY: 'Yesterday',
  TODAY: 'Today',
  MORNING: 'This morning',
  AFTERNOON: 'This afternoon',
  EVENING: 'This evening',
  TONIGHT: 'Tonight',
};

/**
 * "Ben WhatsApp thank me for intro": a name, the app, then a bare verb done to the user is their
 * message; the app goes after what they did, as "Ben thank me on WhatsApp for intro".
 */
const nameAppVerb =
  /^((?:(?:\d{1,2}\/\d{1,2}|(?:Yesterday|Today|This morning|Tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day):) )?(?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?) (WhatsApp|LinkedIn|Slack|Signal|text|email) (thank|send|ask|invite|tell|message) me\b/u;

/** The note in the order the reader knows; a line in another hand comes back unchanged. */
export function mendSignedOrder(line: string): string {
  const opening = /^(\p{Lu}+)(?=\s+\S)/u.exec(line)?.[1];
  const day = opening === undefined ? undefined : openingTime[opening];
  let out = day === undefined ? line : `${day}: ${line.slice(opening?.length ?? 0).trimStart()}`;
  out = out.replace(timeInCapitals, (word: string, _day: string, at: number, all: string) =>
    (word === 'SAT' || word === 'SUN') && notADayAfter.test(all.slice(at + word.length))
      ? word
      : word.charAt(0) + word.slice(1).toLowerCase(),
  );
  out = out.replace(togetherFirst, (whole: string, before: string, what: string, given: string) =>
    calendarWords.has(given.toLowerCase()) || !isKnownGivenName(given)
      ? whole
      : `${before}${what} with `,
  );
  out = out.replace(
    nameAppVerb,
    (_whole: string, who: string, app: string, verb: string) => `${who} ${verb} me on ${app}`,
  );
  return out.replace(nameThenApp, (whole: string, when: string | undefined, name: string) =>
    name.split(' ').some((word) => calendarWords.has(word.toLowerCase()))
      ? whole
      : `${when ?? ''}${name} - `,
  );
}
