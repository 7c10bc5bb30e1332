// A signer's written English: someone whose first language is British Sign Language often writes
// as they sign, the time first in capitals, then the topic, then the comment ("WED coffee Dev,
// good", "video Hannah, interpreter late", "Aisha Cazoo WhatsApp chase"). Put in the order the
// one-line reader knows before it reads the line.
import { calendarWords } from './date-phrase.js';
import { isKnownGivenName } from './person-name-shape.js';

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Time words a sign gloss writes in capitals, as the reader knows them opening a note. */
const timeGlosses: Readonly<Record<string, string>> = {
  YESTERDAY: 'Yesterday',
  TODAY: 'Today',
  TONIGHT: 'Tonight',
  MORNING: 'This morning',
  AFTERNOON: 'This afternoon',
  EVENING: 'This evening',
};

/** "WED", "WEDS", "THURS", "TUESDAY": the day a gloss in capitals names, if it names one. */
function dayOf(gloss: string): string | undefined {
  const stem = gloss.length > 3 ? gloss.replace(/S$/u, '') : gloss;
  return days.find((day) => {
    const upper = day.toUpperCase();
    return upper === gloss || (stem.length >= 3 && stem.length <= 4 && upper.startsWith(stem));
  });
}

/** "WED" is "Wednesday", "MORNING" "This morning": a time gloss as the reader knows it. */
function readGloss(gloss: string): string | undefined {
  return dayOf(gloss) ?? timeGlosses[gloss];
}

/** A word in capitals standing alone: a time gloss when `readGloss` knows it. */
const capitalsWord = /(?<![\p{L}\p{N}])\p{Lu}{3,9}(?![\p{L}\p{N}])/gu;

/** "SAT prep", "SUN newspaper": capitals that are no day there. */
const notADayAfter = /^ (?:prep|test|tests|exam|exams|score|scores|paper|newspaper|journalist)\b/iu;

/**
 * What was had or done together, named before whom with: "coffee Dev", "video Margaret Okafor".
 * Only before a given name Kith knows, so "lunch Leeds Dock" stays a place.
 */
const togetherFirst =
  /(^|[,;:.!?] |(?:^|\s)(?:\d{1,2}\/\d{1,2}|yesterday|today|this morning|[Mm]on|[Tt]ues?|[Ww]eds?|[Tt]hurs?|[Ff]ri|[Ss]at|[Ss]un) )(coffee|lunch|dinner|breakfast|brunch|drinks|video|video call|zoom|teams call|call|phone call) (?=(\p{Lu}[\p{Ll}'’-]+))/gu;

/** When the note happened, opening it as `mendSignedOrder` leaves it: "3/11 ", "Wednesday: ". */
const openingWhen = String.raw`(?:\d{1,2}\/\d{1,2}|(?:${[...days, ...Object.values(timeGlosses)].join('|')}):) `;

/**
 * "Aisha Cazoo WhatsApp chase", "Olivia Hays, chase WhatsApp": a name opening the note, then
 * the app it went by, with no verb between. A break after the name keeps the app out of it.
 */
const nameThenApp = new RegExp(
  String.raw`^(${openingWhen})?((?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{L}'’.-]*){0,2}) (?=(?:WhatsApp|LinkedIn|Zoom|Teams|Slack|Signal)(?![\p{L}'’])|(?:email|text|video)(?:[,:]|$))`,
  'u',
);

/**
 * "Ben WhatsApp thank me for intro": a name, the app, then a bare verb done to the user is their
 * message; the app goes after what they did, as "Ben thank me on WhatsApp for intro".
 */
const nameAppVerb = new RegExp(
  String.raw`^((?:${openingWhen})?(?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?) (WhatsApp|LinkedIn|Slack|Signal|text|email) (thank|send|ask|invite|tell|message) me\b`,
  'u',
);

/** The note in the order the reader knows; a line in another hand comes back unchanged. */
export function mendSignedOrder(line: string): string {
  const opening = /^(\p{Lu}+)(?=\s+\S)/u.exec(line)?.[1] ?? '';
  const when = readGloss(opening);
  let out = when === undefined ? line : `${when}: ${line.slice(opening.length).trimStart()}`;
  out = out.replace(capitalsWord, (word: string, at: number, all: string) =>
    readGloss(word) === undefined ||
    ((word === 'SAT' || word === 'SUN') && notADayAfter.test(all.slice(at + word.length)))
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
