// Marathi in a one-line log, in Latin letters, put into English before it is read. A Marathi
// speaker's notes keep Marathi's order, the verb last and the case after the name ("Robert sir ne
// Somvar la call kela", "Priya tai la msg kela referral sathi", "Kate Morrison madam shi coffee"):
// the days and times, the words after a name that say who did what ("ne" did it, "la" had it
// done to them, "shi" and "barobar" with them, "cha" theirs) and the verbs that close a clause
// ("call kela", "pathavla", "bhetlo", "vicharla") become the English every later rule reads. A
// line is read so only when it is Marathi by a word no English note uses.

import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  somvar: 'Monday',
  mangalvar: 'Tuesday',
  budhvar: 'Wednesday',
  guruvar: 'Thursday',
  shukravar: 'Friday',
  shanivar: 'Saturday',
  ravivar: 'Sunday',
};
/** A day, as said alone, with "i" or "la" after it (on), or "divshi" (on the day). */
const dayWord = '(somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar)(?:i|a)?';
const dayOf = (marathi: string) => days[marathi.toLowerCase()] ?? marathi;

/** Capitalised words that are no name: the months and the English days. */
const notName = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\p{L}*\b`;

/** A name as a line writes it, with the courtesy Marathi puts after it. */
const name = String.raw`((?!${notName})\p{Lu}[\p{L}'’.-]*(?: (?!${notName})\p{Lu}[\p{L}'’-]*){0,2}(?: (?:sir|madam|tai|dada|bhau|bhai|ji))?)`;

/** Names joined by "ani" (and), each with its courtesy: "Chidi bhau ani Wei". */
const moreNames = String.raw`((?: ani (?!${notName})\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: (?:sir|madam|tai|dada|bhau|bhai|ji))?)*)`;

/** What was done, the verb that closes a Marathi clause, put as the English past. */
const verbs: Readonly<Record<string, string>> = {
  'call kela': 'called',
  'phone kela': 'called',
  'msg kela': 'messaged',
  'message kela': 'messaged',
  'text kela': 'texted',
  'mail kela': 'emailed',
  'email kela': 'emailed',
  'whatsapp kela': 'whatsapped',
  'dm kela': 'messaged',
  'forward kela': 'forwarded',
  'forward keli': 'forwarded',
  'share kela': 'shared',
  'share keli': 'shared',
  'intro kela': 'introduced',
  'intro dila': 'introduced',
  'intro karun dila': 'introduced',
  'revert kela': 'replied',
  'revert back kela': 'replied',
  'like keli': 'liked',
  'like kela': 'liked',
  'comment kela': 'commented on',
  'endorse kela': 'endorsed',
  'offer kela': 'offered',
  'reminder msg kela': 'sent a reminder to',
  'nudge kela': 'nudged',
  pathavla: 'sent',
  pathavli: 'sent',
  pathavle: 'sent',
  magitla: 'asked for',
  magitli: 'asked for',
  vicharla: 'asked',
  vicharli: 'asked',
  bhetlo: 'met',
  bhetla: 'met',
  bhetle: 'met',
  bhetli: 'met',
  dila: 'gave',
  dile: 'gave',
  mhanla: 'said',
  mhanli: 'said',
  sangitla: 'told me',
  sangitli: 'told me',
};
const verbWord = Object.keys(verbs)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Words and phrases no English note uses: swapped wherever they stand. */
const marathiWords: readonly Swap[] = [
  // Days and times: "kaal" (yesterday), "parva" (the day before), "aaj" (today), "udya"
  // (tomorrow), "magchya aathvadyat" (last week), "budhvari", "Somvar la", "guruvar divshi".
  [word(`${dayWord}(?: (?:la|divshi))?`), (_m: string, day: string) => dayOf(day)],
  [word('ma+gchya (?:aathvadyat|aathavdyat|week ?la|week)'), 'last week'],
  [word('(\\d) divsa purvi'), '$1 days ago'],
  [word('kaal'), 'yesterday'],
  [word('parva'), 'the day before yesterday'],
  [word('aaj'), 'today'],
  [word('udya'), 'tomorrow'],
  [word('sakali'), 'morning'],
  [word('sandhyakali'), 'evening'],
  [word('ratri'), 'night'],
  [word('ajun'), 'yet'],
  // A date with "la" after it (on): "12/11 la", "18 Nov la", "25th la".
  [/\b(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?) la\b/gu, 'on $1'],
  [/\b(\d{1,2}(?:st|nd|rd|th)) la\b/gu, 'on the $1'],
  [/\b(\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*) la\b/giu, 'on $1'],
  [/\b((?:mon|tues?|wed|weds|thurs?|fri|sat|sun)(?:day)?) la\b/giu, '$1'],
  [/ la gelo\b/giu, ''],
  // "Marcus Bell bhetla", "Robert sir ani Benjamin Carter dogha bhetle": met them.
  [
    new RegExp(
      String.raw`${name}${moreNames}(?: (?:dogha|doghe|doghi))? bhet(?:lo|la|le|li)\b`,
      'gu',
    ),
    (_m: string, who: string, more: string) => `met ${who}${more.replace(/ ani /gu, ' and ')}`,
  ],
  // Who did it, and to whom: "Robert sir ne … call kela" (Robert called), "Zoe la call kela"
  // (called Zoe), "X ne … pathavla" (X sent).
  [
    new RegExp(String.raw`${name} ne (.*?)\b(${verbWord})\b`, 'gu'),
    (_m: string, who: string, what: string, verb: string) =>
      `${who} ${verbs[verb.toLowerCase()] ?? verb} ${what}`.replace(/\s+$/u, ''),
  ],
  [
    new RegExp(String.raw`${name} la (.*?)\b(${verbWord})\b`, 'gu'),
    (_m: string, who: string, what: string, verb: string) =>
      `${verbs[verb.toLowerCase()] ?? verb} ${who} ${what}`.replace(/\s+$/u, ''),
  ],
  [
    new RegExp(String.raw`\b(${verbWord})\b`, 'giu'),
    (verb: string) => verbs[verb.toLowerCase()] ?? verb,
  ],
  // "whatsapp aala", "Emily cha email aala": a message came.
  [/\b(whatsapp|email|mail|msg|message|call|reply|text)(?: var)? aala\b/giu, '$1 came'],
  // With whom, and whose: "Kate madam shi", "Lucy Patel barobar", "Chidi bhau ani Wei sobat".
  // "intro kela Paul Dawson shi": introduced the user to them.
  [
    new RegExp(String.raw`\bintroduced\b([^,;]*?) ${name} shi\b`, 'gu'),
    (_m: string, how: string, who: string) => `introduced me${how} to ${who}`,
  ],
  [
    new RegExp(String.raw`${name}${moreNames} (?:shi|barobar|sobat)\b`, 'gu'),
    (_m: string, who: string, more: string) => `with ${who}${more.replace(/ ani /gu, ' and ')}`,
  ],
  [new RegExp(String.raw`${name} (?:cha|chi|che|chya)\b`, 'gu'), "$1's"],
  [/\b(\p{L}+) (?:cha|chi|che|chya)\b/giu, "$1's"],
  // Postpositions after their word: "linkedin var" (on), "KPMG madhe" (in), "referral sathi"
  // (for), "role baddal" (about), "office la" (at).
  [/\b(\p{L}+) var\b/giu, 'on $1'],
  [/\b(\p{L}+) madhe\b/giu, 'in $1'],
  [/\b(\p{L}+) sathi\b/giu, 'for $1'],
  [/\b(\p{L}+) baddal\b/giu, 'about $1'],
  [word('ani'), 'and'],
  [word('dogha|doghe|doghina'), 'both'],
  // "maza CV" (my CV), "mala tag karun" (tagging me).
  [word('ma(?:z|j)h?[aie]'), 'my'],
  [word('mala'), 'me'],
  [word('ahet|ahe'), 'is'],
  [word('nahi'), 'no'],
  [word('thank you so much ho|dhanyavaad'), 'thanks'],
  [/[,;]?\s*(?<![\p{L}'’-])(?:ka|ho)(?![\p{L}'’-])(?=\s*(?:[,.;!?]|$))/giu, ''],
];

const marathiMarker =
  /(?<![\p{L}'’-])(?:kaal|parva|aaj|udya|magchya|maagchya|divsa purvi|(?:somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar)(?:i|a)?|sakali|sandhyakali|kela|keli|pathavla|pathavli|vicharla|vicharli|bhetlo|bhetla|bhetle|magitla|mhanla|mhanli|sangitla|madhe|sathi|baddal|barobar|sobat|aala|\p{Lu}[\p{L}'’-]*(?: (?:sir|madam|tai|dada|bhau))? (?:ne|la|shi|cha|chi|che))(?![\p{L}'’-])/u;

/** The line with its Marathi put into English; a line with none comes back as it was. */
export function mendMarathi(line: string): string {
  return marathiMarker.test(line) ? applySwaps(line, marathiWords) : line;
}
