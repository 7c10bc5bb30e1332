// The words of a one-line log and how one name is read from them: "Ana Lopez", "sam o'neil", "Olivia from Hays".
import { calendarWords } from './date-phrase.js';
import {
  companyWords,
  infinitiveLeads,
  neutralSubjectVerbs,
  notNames,
  objectVerbs,
  particles,
  plainVerbs,
  subjectVerbs,
} from './log-line-name-words.js';
import { honorific, isKnownGivenName, isKnownSurname } from './person-name-shape.js';

export interface NameSpan {
  /** The name as written, tidied: "Kate Morrison", "Rachel Lowe" (from "rachel lowe"). */
  text: string;
  /** Shorter readings, longest first, when where the name ends is a guess ("Sam O'Neil Leeds"). */
  alternatives: string[];
  /** Where they work, as the line says it: "Olivia from Hays", "Sam (Deliveroo)". */
  company?: string;
  /** No name, only a description ("the Admiral guy"): whoever it is, Kith must ask. */
  described?: true;
  /**
   * Only a shorter reading is someone known and the rest may be a surname ("tom reeve"): when the
   * whole fits nobody, Kith asks rather than pick the shorter one or add someone new.
   */
  unsure?: true;
  /** The line says they are new to the user ("a guy called Rob", "new contact: Ines Ferreira"). */
  fresh?: true;
  /**
   * Who they are came with the name ("her colleague tomás", "my old head of dept gwen"): a first
   * name near someone known's ("Tomás", "Gwen") is someone else, not a slip for Thomas or Owen.
   */
  related?: true;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface ReadName {
  name: NameSpan;
  next: number;
}

/** Words, and the marks that matter between them; a spaced dash is kept so no name spans it. */
function tokenise(text: string): Token[] {
  // "2nd nudge to tom": an ordinal is one word, so its letters are no name; nor are the capitals
  // of "M&E", "R&D" or "AT&T", one word too.
  const marks =
    /\p{N}+(?:st|nd|rd|th)\b|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*|[,&()]|(?<=\s)[-–—](?=\s)/gu;
  return [...text.matchAll(marks)].map((match) => ({
    text: match[0],
    // "Yusuf D (Trainline) texted. Can't…": a full stop after a word of three letters or more
    // ends a sentence, and is no part of the word as the rules read it.
    lower: match[0].toLowerCase().replace(/(?<=\p{L}{3})\.$/u, ''),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The head's words and marks, leaving out those in a skipped span. */
export function headTokens(head: string, skip: ReadonlyArray<[number, number]> = []): Token[] {
  // Words in a skipped span (a plan still to come) name nobody the user was in touch with.
  return tokenise(head).filter(
    (token) => !skip.some(([start, end]) => token.start >= start && token.start < end),
  );
}

/** How a name written in lower case is taken: as a name, not at all, or only as a full name. */
export type LowerNames = 'yes' | 'no' | 'full';

/** "Olivia from Hays", "Emma at Lloyds", "Sam (Deliveroo)": where the person named just before works. */
export function readCompany(
  tokens: Token[],
  at: number,
): { name: string; next: number; cut: boolean } | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  const parts: string[] = [];
  let j = at + 1;
  if (first.text === '(') {
    for (; tokens[j] && tokens[j]?.text !== ')' && parts.length < 4; j += 1)
      parts.push(tokens[j]?.text ?? '');
    if (tokens[j]?.text !== ')' || parts.length === 0) return undefined;
    return { name: parts.join(' '), next: j + 1, cut: true };
  }
  if (!companyWords.has(first.lower)) return undefined;
  // "Mr Okoro of Barclays", "Katie Morris of the BBC": "of" tells where someone works only after
  // a full name or a title and surname; after one word it is a body's own name ("Ministry of
  // Testing", "Bank of England").
  if (first.lower === 'of' && !fullNameBefore(tokens, at)) return undefined;
  // "Katie Morris of the BBC", "Katie from the BBC says": "the" may open the firm's name.
  if ((first.lower === 'of' || first.lower === 'from') && tokens[j]?.lower === 'the') j += 1;
  // "Sam from Ocado DM'd me": a capitalised verb ends the company.
  const inCompany = (token: Token | undefined) =>
    token !== undefined && /^\p{Lu}/u.test(token.text) && !subjectVerbs.has(token.lower);
  for (; parts.length < 4 && inCompany(tokens[j]); j += 1) {
    parts.push(tokens[j]?.text ?? '');
    // "the Federation of Small Businesses": "of" between capitalised words is part of the name.
    if (tokens[j + 1]?.lower === 'of' && inCompany(tokens[j + 2]))
      parts.push(tokens[++j]?.text ?? '');
  }
  if (parts.length === 0) return undefined;
  return { name: parts.join(' '), next: j, cut: first.lower === 'from' };
}

/** Words that open a body's name before "of": "Ministry of Testing", "University of Leeds". */
/** Days and months after a given name: no one's surname, though May, June, March, April and August are. */
const notSurnames = new Set(
  [...calendarWords].filter(
    (word) => !['may', 'june', 'march', 'mar', 'april', 'august'].includes(word),
  ),
);

const bodyWords = new Set(
  'ministry bank university institute institution school college department chamber federation society association council board church court museum academy guild league union office house'.split(
    ' ',
  ),
);

/**
 * A lower-case word such as "updated" or "signed": past or done, and no name people are known
 * by. Names that end so are kept: short ones ("ahmed", "syed"), those in "-eed" ("saeed",
 * "rasheed"), and any in the lists of given names and surnames ("reed", "mohammed").
 */
function isDoneWord(word: string): boolean {
  return (
    word.length >= 6 &&
    word.endsWith('ed') &&
    !word.endsWith('eed') &&
    !isKnownGivenName(word) &&
    !isKnownSurname(word)
  );
}

/** Whether the two words before `at` are a name of two words or a title and a surname. */
function fullNameBefore(tokens: Token[], at: number): boolean {
  const [first, last] = [tokens[at - 2], tokens[at - 1]];
  if (!first || !last || !isNameWord(last) || /['’]s$/.test(first.text)) return false;
  if (honorific.test(first.text)) return true;
  return isNameWord(first) && !isVerbWord(first.lower) && !opensWithVerb(tokens, at - 2);
}

export function readName(tokens: Token[], i: number, allowLower: LowerNames): ReadName | undefined {
  const parts: string[] = [];
  let j = i;
  while (parts.length < 5) {
    const token = tokens[j];
    if (!token) break;
    // "Telephoned Mrs Taylor", "… 20th November. Had a word with Mr Evans": a capitalised verb
    // opening the line or a sentence is what was done, not a name.
    if (parts.length === 0 && opensWithVerb(tokens, j)) break;
    if (isNameWord(token)) {
      // "Alexandra Reid Sent me…", "Lee Jordan, Skyscanner Discussed…": a capitalised verb ends a
      // name, but not after a particle ("Tony Le Page").
      const afterParticle = particles.has(parts[parts.length - 1]?.toLowerCase() ?? '');
      if (parts.length > 0 && isVerbWord(token.lower) && !afterParticle) break;
      // "Rang Aunty Margaret last week Wednesday": a day of the week is no one's surname.
      if (parts.length > 0 && notSurnames.has(token.lower.replace(/\.$/, ''))) break;
      // "mentor Ben Ng 0800. Covered…": a name's words stand one space apart, nothing between.
      if (parts.length > 0 && token.start - (tokens[j - 1]?.end ?? token.start) > 1) break;
      parts.push(cleanNameWord(token.text));
      j += 1;
      if (/['’]s$/.test(token.text)) break;
      // "Skyscanner. Discussed…": a full stop after a word, not an initial, ends the sentence.
      if (endsSentence(token.text)) break;
      // "Yusuf D. Trainline need…": an initial after a first name closes the name; after a title
      // ("Mr R. Singh") it opens one.
      if (parts.length > 1 && /^\p{Lu}\.$/u.test(token.text) && !honorific.test(parts[0] ?? ''))
        break;
    } else if (parts.length > 0 && particles.has(token.lower) && nameFollowsParticles(tokens, j)) {
      parts.push(token.text);
      j += 1;
    } else break;
  }
  // "Ministry of Testing", "Bank of England": a word for a body, "of" and a name is no person.
  const body = parts.length === 1 && bodyWords.has(parts[0]?.toLowerCase() ?? '');
  if (body && tokens[j]?.lower === 'of' && isNameWord(tokens[j + 1])) return undefined;
  // "Colette Le Brocq", "Ana de la Cruz": a particle inside a surname makes no third name to guess at.
  let guessed = parts.filter((part) => !particles.has(part.toLowerCase())).length > 2;
  if (parts.length === 0 && allowLower !== 'no' && !opensVerbPhrase(tokens, i)) {
    // "met dr. helen brooks": a title in lower case before a lower-case name says a person.
    const titled =
      /^\p{Ll}/u.test(tokens[j]?.text ?? '') &&
      honorific.test(tokens[j]?.text ?? '') &&
      /^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[j + 1]?.text ?? '');
    if (titled) j += 1;
    while (parts.length < 3) {
      const token = tokens[j];
      if (!token || !/^\p{Ll}[\p{Ll}'’-]*$/u.test(token.text) || notNames.has(token.lower)) break;
      if (subjectVerbs.has(token.lower) || objectVerbs.has(token.lower)) break;
      // "devendra mistry is referring me": "is", "said", "has" follow a name, never extend it.
      if (neutralSubjectVerbs.has(token.lower)) break;
      // "dev will intro me": "will" after a name, before what is to be done, is no surname.
      if (parts.length > 0 && token.lower === 'will' && willDoes(tokens[j + 1])) break;
      // "sent olivia updated CV": a word in "-ed" that is nobody's name says what was done.
      if (parts.length > 0 && isDoneWord(token.lower)) break;
      parts.push(capitalise(cleanNameWord(token.text)));
      j += 1;
      if (/['’]s$/.test(token.text)) break;
    }
    // "sent rachel (booking recruiter) updated cv": one word with a note in brackets is a name.
    const noted = tokens[j]?.text === '(';
    if (allowLower === 'full' && parts.length < 2 && !noted && !isObject(tokens, j))
      return undefined;
    // The loop above grew the list, which the check that opened this block cannot see.
    const read: number = parts.length;
    if (titled && read === 0) return undefined;
    // "coffee with mr singh": before a surname alone, the title is how the user knows them.
    if (titled && read === 1) parts.unshift(capitalise((tokens[i]?.text ?? '').replace(/\.$/, '')));
    guessed = parts.length > 1;
  }
  // "zoom w dr amara nwosu": a title before a first name and surname is no part of the name;
  // before a surname alone it is how the user knows them ("Mr Henderson").
  if (parts.length > 2 && honorific.test(parts[0] ?? '')) parts.shift();
  if (parts.length === 0) return undefined;
  const alternatives = guessed
    ? parts.slice(0, -1).map((_, k) => parts.slice(0, parts.length - 1 - k).join(' '))
    : [];
  return { name: { text: parts.join(' '), alternatives }, next: j };
}

/** A word in small letters after "will" that is no surname: what someone will do. */
function willDoes(next: Token | undefined): boolean {
  return (
    next !== undefined &&
    /^\p{Ll}[\p{Ll}'’-]*$/u.test(next.text) &&
    !isKnownSurname(next.lower) &&
    !isKnownGivenName(next.lower)
  );
}

/**
 * "emailed asking how to get onto the list", "keen to move into data", "sent a note to confirm
 * the date": lower-case words after "to" that start what someone wants to do are a verb phrase,
 * never a person, however the line reads. A verb the lists lack still shows by its object: one
 * or two words after "to", then "the", "it" or "my" ("to sanity check it"), are no name, since
 * whom a thing went to is not followed by one.
 */
function opensVerbPhrase(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'to') return false;
  if (infinitiveLeads.has(tokens[at - 2]?.lower ?? '') || plainVerbs.has(tokens[at]?.lower ?? ''))
    return true;
  const plain = (token: Token | undefined) =>
    token !== undefined && /^\p{Ll}[\p{Ll}'’-]*$/u.test(token.text) && !notNames.has(token.lower);
  for (let j = at; j < at + 2 && plain(tokens[j]); j += 1) {
    const next = tokens[j + 1]?.lower ?? '';
    const after = verbParticles.has(next) ? (tokens[j + 2]?.lower ?? '') : next;
    if (objectOpeners.has(after)) return true;
  }
  return false;
}

/** What opens a verb's object: "confirm the date", "sanity check it", "tidy up my notes". */
const objectOpeners = new Set(
  'the a an my our your his her their its this that these those it them some'.split(' '),
);
/** Particles between a verb and its object: "tidy up the deck", "print out a copy". */
const verbParticles = new Set('up out over through back off down'.split(' '));

/** A verb, as a name never is: "sent", "emailed", "advised" ("Ahmed", "Fred" and "Reed" are names). */
function isVerbWord(lower: string): boolean {
  return (
    subjectVerbs.has(lower) ||
    objectVerbs.has(lower) ||
    /^\p{Ll}{3,}(?:[^aeimr]ed|ied)$/u.test(lower)
  );
}

/** Verbs done in the past, without "-ed", that open what the user did: "Had a word with", "Got the doc". */
const openingPastForms = new Set(
  'had got went spent took made kept brought bought found heard sat spoke left lent gave sent met saw rang rung wrote told caught'.split(
    ' ',
  ),
);

/**
 * Whether the capitalised word at `at` opens the line or a sentence as a verb done in the past
 * ("Telephoned Mrs Taylor", "Got Revolut's doc", "Received Mr Ng's notes"), not as a name. A verb
 * after it ("Khaled emailed me") leaves it a name.
 */
function opensWithVerb(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (!token || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  if (before !== undefined && !endsSentence(before.text)) return false;
  const verb = (word: string) => isVerbWord(word) || openingPastForms.has(word);
  const next = tokens[at + 1]?.lower ?? '';
  return verb(token.lower) && !verb(next) && !neutralSubjectVerbs.has(next);
}

/** "Skyscanner." ends a sentence; "M." and "Dr." do not. */
function endsSentence(text: string): boolean {
  const bare = text.replace(/\.$/, '');
  return bare !== text && bare.length > 1 && !honorific.test(text);
}

/** What follows a person who is a verb's object: "sent georgia the template", "asked aisha for a…". */
const afterObject = new Set([
  'the',
  'a',
  'an',
  'my',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
  'some',
  'for',
  'if',
  'whether',
]);
/** What a person's post is called: "liked tariq's post". */
const postNouns = new Set([
  'post',
  'posts',
  'article',
  'update',
  'photo',
  'comment',
  'video',
  'tweet',
  'announcement',
  'blog',
]);

/**
 * "sent georgia the template", "asked aisha for a referral", "liked tariq's post": one lower-case
 * word is a name when what follows it shows it was the verb's person. A word that could be a
 * plural ("sent invoices the same day") is as likely a thing, so it is left to the user's people.
 */
function isObject(tokens: Token[], next: number): boolean {
  const last = tokens[next - 1]?.text ?? '';
  const after = tokens[next]?.lower ?? '';
  if (/['’]s$/.test(last)) return postNouns.has(after);
  return !/s$/.test(last) && afterObject.has(after);
}

/**
 * A whole word or phrase as a pattern: not inside a longer word, a number, a slashed pair or a
 * hyphenated one ("ayer" but not "ayers", "dem" but not "demo"). Every alternative in `text` is
 * held to the same edges. Any case unless `flags` says otherwise.
 */
export function wholeWord(text: string, flags = 'giu'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d'’/-])(?:${text})(?![\p{L}\d'’/-])`, flags);
}

/** A language's letters as an English keyboard types them: "å" as "aa", "ð" as "d". */
export interface KeyboardLetters {
  /** The pattern `text` is, each such letter matching itself or how it is typed. */
  loose: (text: string) => string;
  /** The key of `table` a word is, written with or without those letters. */
  keyIn: (table: Readonly<Record<string, string>>, written: string) => string | undefined;
  /** The keys of `table` as one alternation, each with or without those letters. */
  keysOf: (table: Readonly<Record<string, string>>) => string;
}

/**
 * Reading a language's words however a keyboard without its letters wrote them: `typedAs` gives
 * each letter the ways it is typed instead ({ ø: ['oe', 'o'] }).
 */
export function keyboardLetters(
  typedAs: Readonly<Record<string, readonly string[]>>,
): KeyboardLetters {
  const letters = new RegExp(`[${Object.keys(typedAs).join('')}]`, 'gu');
  const loose = (text: string) =>
    text.replace(letters, (letter) => `(?:${[letter, ...(typedAs[letter] ?? [])].join('|')})`);
  return {
    loose,
    keyIn: (table, written) =>
      Object.keys(table).find((key) => new RegExp(`^${loose(key)}$`, 'iu').test(written)),
    keysOf: (table) => Object.keys(table).map(loose).join('|'),
  };
}

/**
 * "Chidis post", "Glovos designteam": a name Kith knows with the "s" of whose and no apostrophe, as
 * Danish, Norwegian and Swedish write it, is the name's. Not after a capitalised word ("Kate
 * Morrisons" may be a surname), nor when the word with its "s" is a name itself ("Jens").
 */
export const nameWithWhoseS: Swap = [
  /(?<![\p{L}'’-])(?<!\p{Lu}\p{L}* )(\p{Lu}\p{Ll}+)s(?= \p{Ll})/gu,
  (m: string, owner: string) =>
    isKnownGivenName(owner) && !isKnownGivenName(m) && !isKnownSurname(m) ? `${owner}'s` : m,
];

/** Case endings, longest first, and what each may stand for, likelier first: ["om", ["", "a"]]. */
export type CaseEndings = ReadonlyArray<readonly [string, readonly string[]]>;

/**
 * A word in a case another language gives it, as said alone: the first stem, of at least
 * `shortest` letters, that taking off an ending and putting back what it stands for leaves and
 * `isKnown` knows ("Samom" Sam, "Hanes" Hana, "gashin" Gashi); none when no stem is known.
 */
export function withoutCaseEnding(
  word: string,
  endings: CaseEndings,
  isKnown: (stem: string) => boolean,
  shortest = 2,
): string | undefined {
  for (const [ending, plains] of endings) {
    if (!word.endsWith(ending)) continue;
    for (const plain of plains) {
      const stem = word.slice(0, -ending.length) + plain;
      if (stem.length >= shortest && isKnown(stem)) return stem;
    }
  }
  return undefined;
}

/** "6th", "21st", "2nd", "13th": a day of the month as English writes it. */
export function englishOrdinal(day: number | string): string {
  const n = Number(day);
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

/** A pattern and what it is put as: the plain words, or a function of what it matched. */
export type Swap = readonly [RegExp, string | ((...args: string[]) => string)];

/**
 * A month written in another language after a day ("28 okt", "15. des", "3 maj"), put in English;
 * alone ("i januari") it stays, as a plan's month or a line's subject may be.
 */
export function monthAfterDay(months: Readonly<Record<string, string>>): Swap {
  return [
    new RegExp(
      String.raw`(?<=(?<![\p{L}\d])\d{1,2}\.? )(${Object.keys(months).join('|')})(?![\p{L}'’-])`,
      'giu',
    ),
    (month: string) => months[month.toLowerCase()] ?? month,
  ];
}

/** How a language says a count of days, weeks or months ago: "för två veckor sen", "for to uker siden". */
export interface CountAgo {
  /** The words before the count and after the unit, as patterns: "för", "sen|sedan". */
  before: string;
  after: string;
  /** Each count word as a figure: { två: '2' }. */
  counts: Readonly<Record<string, string>>;
  /** Each unit word as English: { veckor: 'weeks' }. */
  units: Readonly<Record<string, 'days' | 'weeks' | 'months'>>;
}

/**
 * A count of days, weeks or months ago in another language, in figures or in its words, put in
 * English: "för två veckor sen", "for to uker siden", "for 3 uger siden" → "2 weeks ago"; one is
 * "a week ago".
 */
export function countAgo(letters: KeyboardLetters, said: CountAgo): Swap {
  const { loose, keyIn, keysOf } = letters;
  return [
    wholeWord(
      `(?:${loose(said.before)}) (\\d+|${keysOf(said.counts)}) (${keysOf(said.units)}) (?:${loose(said.after)})`,
    ),
    (_m: string, count: string, unit: string) => {
      const figure = /^\d+$/u.test(count)
        ? count
        : (said.counts[keyIn(said.counts, count) ?? ''] ?? count);
      const units = said.units[keyIn(said.units, unit) ?? ''] ?? 'weeks';
      return figure === '1' ? `a ${units.slice(0, -1)} ago` : `${figure} ${units} ago`;
    },
  ];
}

/** The line with each swap made in turn, in the order given. */
export function applySwaps(line: string, swaps: readonly Swap[]): string {
  let out = line;
  for (const [pattern, plain] of swaps) {
    out = typeof plain === 'string' ? out.replace(pattern, plain) : out.replace(pattern, plain);
  }
  return out;
}

/** "o'neil" → "O'Neil", "ana-maria" → "Ana-Maria": one word, as a name is written. */
export function capitalise(word: string): string {
  return word.replace(/(^|['’-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "de la Cruz": particles belong to a name only when a capitalised word follows them. */
function nameFollowsParticles(tokens: Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && particles.has(tokens[j]?.lower ?? '')) j += 1;
  return isNameWord(tokens[j]);
}

export function isNameWord(token: Token | undefined): boolean {
  // "M&E", "R&D": capitals joined by an ampersand are a field of work, never a name.
  if (token === undefined || !/^\p{Lu}/u.test(token.text) || token.text.includes('&')) return false;
  const bare = token.lower.replace(/['’]s$/, '').replace(/\.$/, '');
  return !notNames.has(bare) || surnamesThatAreWords.has(bare);
}

/**
 * Words a note uses in small letters that are surnames with a capital ("Claire Booth from KPMG",
 * "Leanne Booth", "Emily Post"): "at the booth" is no one, "Booth" may be.
 */
const surnamesThatAreWords = new Set(['booth', 'post']);

/** Two or more capitals and nothing else: "APM", "DS", "KPMG's", "M&E". Initials ("Tom W") are one letter. */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}{2,}|\p{Lu}{1,3}&\p{Lu}{1,3})(?:['’]s)?$/u.test(text);
}

function cleanNameWord(word: string): string {
  const bare = word.replace(/['’]s$/, '');
  return bare.length > 2 ? bare.replace(/\.+$/, '') : bare;
}

/** The text with the given spans cut out, for the summary. */
export function removeSpans(text: string, spans: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Plain verbs of getting in touch or passing something on, with the past form every rule reads:
 * for voices that leave the past unmarked ("Kate reply already", "Lee Jordan like mi post").
 * "revert" is a reply, as in Indian and Hong Kong English.
 */
export const plainPast: Readonly<Record<string, string>> = {
  reply: 'replied',
  revert: 'replied',
  send: 'sent',
  email: 'emailed',
  call: 'called',
  ring: 'rang',
  text: 'texted',
  msg: 'messaged',
  message: 'messaged',
  whatsapp: 'whatsapped',
  offer: 'offered',
  add: 'added',
  connect: 'connected',
  accept: 'accepted',
  comment: 'commented',
  confirm: 'confirmed',
  agree: 'agreed',
  say: 'said',
  ask: 'asked',
  give: 'gave',
  tell: 'told',
  share: 'shared',
  invite: 'invited',
  refer: 'referred',
  introduce: 'introduced',
  intro: "intro'd",
  forward: 'forwarded',
  pass: 'passed',
  book: 'booked',
  thank: 'thanked',
  like: 'liked',
  follow: 'followed',
  review: 'reviewed',
  write: 'wrote',
  answer: 'answered',
  recommend: 'recommended',
  return: 'returned',
  chase: 'chased',
  nudge: 'nudged',
  meet: 'met',
  ping: 'pinged',
};

/** A plain verb's past: `plainPast`'s, else the regular one ("want" → "wanted", "phone" → "phoned"). */
export function pastOfPlain(verb: string): string {
  const plain = verb.toLowerCase();
  return plainPast[plain] ?? plain.replace(/e?$/u, 'ed');
}
