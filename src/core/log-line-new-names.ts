// Words a one-line log must never add as someone new: "sent JD on whatsapp", "met 2 founders",
// "returned it with comments", "Unpaid, naturally." A name the user's people already answer to
// stays; only a name that would make a new person is weighed here.
import { calendarWords } from './date-phrase.js';
import { firstNames } from './demo-names.js';
import type { FoundNames } from './log-line-names.js';
import { nicknamesOf } from './nicknames.js';
import { escapeRegExp } from './regexp.js';

/** Given names Kith already knows, in lower case: the demo network's and the nickname table's. */
const givenNames = new Set(firstNames.map((name) => name.toLowerCase()));

function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return givenNames.has(lower) || nicknamesOf(lower).length > 0;
}

/** "JD", "ONS", "IET": capitals of two to five letters are initials or an acronym, not a name. */
const initials = /^\p{Lu}{2,5}$/u;

/**
 * "founders", "comments": a lower-case plural, a consonant before its "s". Given names ending so
 * ("Jess", "Gus", "Lewis", "Rhys", "Jules", "Inés") have a vowel, a "y" or another "s" there.
 */
const lowerPlural = /^\p{Ll}+[bcdfgjklmnpqrtvwxz]s$/u;

/** "met 2 founders", "a few recruiters": a word counted or set after an article names no one. */
const countedBefore =
  /(?:^|\s)(?:\d+|a|an|the|some|few|several|two|three|four|five|many|my|our)\s$/iu;

/**
 * "…for the Booking.com careers blog. Unpaid, naturally." "Legend.": one capitalised word
 * standing as a sentence of its own after another sentence is a remark, not who the line is about.
 */
function isRemark(word: string, head: string): boolean {
  return new RegExp(String.raw`[.!?;] ${escapeRegExp(word)}(?:[.,!?;:]|$)`, 'u').test(head);
}

/**
 * "Sat 28th: wrote…", "spoke to each of them", "both of them", "all three", "thank-you msg to
 * Daniel": a day, a month or a word standing for people already named is no one new. Days and
 * months people are named ("May", "June", "August", "April", "Jan", "Sun") are not among them.
 */
const neverNew = new Set([
  ...[...calendarWords].filter(
    (word) => !['may', 'june', 'april', 'august', 'jan', 'sun'].includes(word),
  ),
  ...'each both all either neither none everyone everybody someone somebody anyone anybody nobody they them he she him her us we it'.split(
    ' ',
  ),
]);

/** Words a name never holds, as no one is called "Thank-You Msg": what was sent, not to whom. */
const sentThings = new Set(
  'thank-you thankyou thank-yous msg msgs email emails txt text note card dm voicemail vm'.split(
    ' ',
  ),
);

/**
 * "the NHS Agenda for Change pay guide", "Access to Work", "Help to Buy": a capitalised word
 * after another and "for", "to" or "of" is the end of a title, when the word before is no name
 * the line read and no given name.
 */
function endsTitle(word: string, head: string, found: FoundNames): boolean {
  if (word.includes(' ') || isGivenName(word)) return false;
  const before = new RegExp(
    String.raw`(?<![.!?:;] |^)(?<=\S )(\p{Lu}\p{Ll}[\p{L}'’-]*) (?:for|to|of) ${escapeRegExp(word)}(?![\p{L}'’-])`,
    'u',
  ).exec(head)?.[1];
  if (!before || isGivenName(before)) return false;
  return !found.names.some((name) => name.text.split(' ').includes(before));
}

/** Where the written name sits in the head, as the user typed it, if it does. */
function writtenAt(text: string, head: string): number {
  const at = head.indexOf(text);
  return at >= 0 ? at : head.toLowerCase().indexOf(text.toLowerCase());
}

/** Whether one name the line read cannot be a new person's; see the module comment. */
export function isNoNewName(text: string, head: string): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.some((w) => sentThings.has(w.toLowerCase()))) return true;
  if (words.length !== 1) return false;
  const [word = ''] = words;
  // "lunch with CHIDI": a given name typed in capitals is still a name.
  if (isGivenName(word)) return false;
  if (initials.test(word.replace(/[.'’]/g, ''))) return true;
  if (neverNew.has(word.toLowerCase().replace(/\.$/, ''))) return true;
  if (isRemark(word, head)) return true;
  const at = writtenAt(word, head);
  if (at < 0) return false;
  const written = head.slice(at, at + word.length);
  if (countedBefore.test(head.slice(0, at))) return true;
  return lowerPlural.test(written);
}

/**
 * Leaves out every name that nobody the user knows answers to and that cannot be a new person:
 * a line left with nobody asks who it was.
 */
export function setAsideNoNewNames(found: FoundNames, head: string): void {
  for (const name of found.names) trimInitials(name, found);
  const kept = found.names.filter(
    (name) =>
      name.described === true ||
      found.mayBePerson?.(name.text) === true ||
      // "intro me to Wise's content lead": where someone the user knows works is no one new.
      (found.isWorkplace?.(name.text) !== true &&
        !isNoNewName(name.text, head) &&
        !endsTitle(name.text, head, found)),
  );
  found.names = kept;
}

/** "Sent Ben Ng PM portfolio": capitals after a full name say what it was about, not who. */
function trimInitials(name: FoundNames['names'][number], found: FoundNames): void {
  if (name.described || found.mayBePerson?.(name.text) === true) return;
  const words = name.text.split(' ');
  while (words.length > 2 && initials.test(words.at(-1) ?? '')) words.pop();
  name.text = words.join(' ');
}
