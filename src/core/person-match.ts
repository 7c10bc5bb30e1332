// Which person a written name means, the way a person would read it: "Dev" is Devendra, "Cidi" is Chidi.
import { nameKey } from './name-match.js';
import { isNickname, isShortFor, nicknamesOf } from './nicknames.js';
import { lineNamesCompany } from './person-company.js';

/** What the matcher needs to know about a person. */
export interface NamedPerson {
  id: number;
  name: string;
  company: string | null;
}

/** How a written name led to a person, shown to the user ("you wrote "Dev""). */
export type MatchReason =
  | 'full name'
  | 'first name'
  | 'surname'
  | 'nickname'
  | 'start of name'
  | 'spelling'
  | 'similar name'
  | 'title';

/** How each reason reads next to a name offered to the user. */
export const matchReasonLabels: Record<MatchReason, string> = {
  'full name': 'same name',
  'first name': 'first name',
  surname: 'surname',
  nickname: 'nickname',
  'start of name': 'name starts the same',
  spelling: 'close spelling',
  'similar name': 'similar name',
  title: 'title at their firm',
};

export interface NameCandidate<P extends NamedPerson = NamedPerson> {
  person: P;
  reason: MatchReason;
}

/**
 * One person the name means, several it could mean (nothing should be written until the user
 * chooses), or nobody, with the closest people to offer instead.
 */
export type NameResolution<P extends NamedPerson = NamedPerson> =
  | {
      kind: 'one';
      person: P;
      reason: MatchReason;
      /**
       * Everyone else a written full name came near, best first ("Katie Morris" beside Kate
       * Morrison for "kate morris"), so that a company the line names can still settle it.
       */
      others?: Array<NameCandidate<P>>;
    }
  | { kind: 'several'; candidates: Array<NameCandidate<P>> }
  | {
      kind: 'none';
      closest: Array<NameCandidate<P>>;
      /**
       * Someone is close enough that a new person could be a mistake ("Priya Sha"). Not so when
       * a full name only shares a first name or surname with people ("Tom Whittaker").
       */
      close: boolean;
    };

/** Everyone a resolution offers: the one person, the several, or the closest to nobody. */
export function candidatesOf<P extends NamedPerson>(
  resolution: NameResolution<P>,
): Array<NameCandidate<P>> {
  if (resolution.kind === 'one') return [{ person: resolution.person, reason: resolution.reason }];
  return resolution.kind === 'several' ? resolution.candidates : resolution.closest;
}

/** At most this many close people are offered when nobody matches. */
export const closestLimit = 3;

/**
 * Reads a written name against everyone, best evidence first: the exact full name; a unique first
 * name, surname or nickname; the start of a name ("Dev"); then a small typo ("Priya Sha"). A
 * weaker kind of evidence counts only when no stronger kind found anybody, so "Ana" is Ana Lopez
 * even when Anastasia is also known. Two people with equal evidence are "several", never a guess.
 */
export function matchPerson<P extends NamedPerson>(
  written: string,
  people: readonly P[] | NameIndex<P>,
): NameResolution<P> {
  const index = 'named' in people ? people : indexNames(people);
  const words = nameKey(written).split(' ').filter(Boolean);
  if (words.length === 0) return { kind: 'none', closest: [], close: false };
  const worthALook = quickLook(words);
  let best: Array<NameCandidate<P> & { rank: number; sibling?: boolean }> = [];
  const near: Array<NameCandidate<P> & { rank: number }> = [];
  const seen: Array<NameCandidate<P> & { rank: number }> = [];
  for (const entry of index.named) {
    if (!worthALook(entry.lower)) continue;
    entry.words ??= nameKey(entry.person.name).split(' ').filter(Boolean);
    const found = compareWritten(words, entry.words);
    const person = entry.person;
    if (!found) continue;
    const candidate = { person, ...found };
    seen.push(candidate);
    if (found.rank >= suggestionRank) near.push(candidate);
    else if (best.length === 0 || found.rank < (best[0]?.rank ?? 0)) best = [candidate];
    else if (found.rank === best[0]?.rank) best.push(candidate);
  }
  if (best.some((candidate) => !candidate.sibling && candidate.reason !== 'nickname'))
    best = best.filter((candidate) => !candidate.sibling);
  const [only] = best;
  if (best.length === 1 && only) {
    const one = { kind: 'one' as const, person: only.person, reason: only.reason };
    const others = words.length > 1 ? othersThan(only.person, seen) : [];
    return others.length > 0 ? { ...one, others } : one;
  }
  if (best.length > 1) return { kind: 'several', candidates: best.map(strip) };
  near.sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name));
  return {
    kind: 'none',
    closest: near.slice(0, closestLimit).map(strip),
    close: near.some((candidate) => candidate.rank < sharedNameRank),
  };
}

/** Everyone a full name came near besides the one it means, best first: one word keeps its reading. */
function othersThan<P extends NamedPerson>(
  person: P,
  seen: Array<NameCandidate<P> & { rank: number }>,
): Array<NameCandidate<P>> {
  return seen
    .filter((candidate) => candidate.person !== person)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .map(strip);
}

/**
 * Everyone's names for the several names of one line. A name's key words are worked out only
 * when a quick look at its lower-case letters says it could match, which most names cannot.
 */
export interface NameIndex<P extends NamedPerson = NamedPerson> {
  named: ReadonlyArray<{ person: P; lower: string; words?: string[] }>;
}

export function indexNames<P extends NamedPerson>(people: readonly P[]): NameIndex<P> {
  return { named: people.map((person) => ({ person, lower: person.name.toLowerCase() })) };
}

/**
 * A sound first filter on a plain lower-case name: a match or a suggestion needs the first or
 * last written word to be nearly spelled inside it (at most two letters missing) or a nickname
 * in it. Names with accents or other non-ASCII letters always get the full look.
 */
function quickLook(words: string[]): (lower: string) => boolean {
  const looked = [...new Set([words[0] ?? '', words.at(-1) ?? ''])];
  const nicknames = looked.flatMap(nicknamesOf);
  return (lower) =>
    !/^[\x20-\x7e]*$/.test(lower) ||
    looked.some((word) => lettersMissing(word, lower) <= 2) ||
    nicknames.some((nickname) => lower.includes(nickname));
}

function strip<P extends NamedPerson>(candidate: NameCandidate<P>): NameCandidate<P> {
  return { person: candidate.person, reason: candidate.reason };
}

// Ranks: lower is stronger. Ranks from suggestionRank up are only offered, never used; from
// sharedNameRank up they are not even close enough to stop a new person being added.
const suggestionRank = 4;
const sharedNameRank = 6;

interface Found {
  rank: number;
  reason: MatchReason;
  /** A short form of the same name as the person's own short form: set aside for an exact name. */
  sibling?: boolean;
}

/** How one written name (as key words) relates to one person's name, or undefined for not at all. */
function compareWritten(written: string[], name: string[]): Found | undefined {
  if (name.length === 0) return undefined;
  if (written.length === name.length && written.every((word, i) => word === name[i]))
    return { rank: 0, reason: 'full name' };
  const [first = '', ...others] = written;
  if (others.length === 0) return compareOneWord(first, name);
  return compareFullName(first, others.at(-1) ?? '', name);
}

/** "Dev", "Bennett", "Tom", "Cidi" against one person's name words. */
function compareOneWord(word: string, name: string[]): Found | undefined {
  const given = name[0] ?? '';
  const family = name.length > 1 ? (name.at(-1) ?? '') : '';
  if (word === given) return { rank: 1, reason: 'first name' };
  if (word === family) return { rank: 1, reason: 'surname' };
  // "Tom" for Thomas is as good as a first name; "Daniel" for a Dan, or "Kate" for a Katie, is
  // weaker than a Daniel or a Kate, yet stronger than the start of a name.
  if (isNickname(word, given)) {
    if (isShortFor(word, given)) return { rank: 1, reason: 'nickname' };
    // Two short forms of one name ("Danny", "Dan") tie with the formal one ("Daniel"), yet give
    // way to someone whose first name is the word itself ("Kate" before a Katie).
    if (!isShortFor(given, word)) return { rank: 1, reason: 'nickname', sibling: true };
    return { rank: 1.5, reason: 'nickname' };
  }
  if (word.length >= 2 && given.startsWith(word)) return { rank: 2, reason: 'start of name' };
  if (word.length >= 3 && family.startsWith(word)) return { rank: 2, reason: 'start of name' };
  const distance = Math.min(typoDistance(word, given), family ? typoDistance(word, family) : 99);
  // One slip in a long word is a typo; in a short one ("Mark", "Mary") it is often another name.
  if (distance <= 1 && word.length >= 6) return { rank: 3, reason: 'spelling' };
  if (distance <= typoAllowance(word)) return { rank: suggestionRank, reason: 'similar name' };
  if (name.slice(1, -1).includes(word)) return { rank: suggestionRank, reason: 'similar name' };
  return undefined;
}

/** "Priya Sha", "Tom Whittaker": the first and last written words against a first name and surname. */
function compareFullName(first: string, last: string, name: string[]): Found | undefined {
  if (name.length < 2) return undefined;
  const given = relate(first, name[0] ?? '');
  const surname = name.at(-1) ?? '';
  const family = relate(last, surname);
  const kinds = [given, family];
  if (given === 'same' && family === 'same') return { rank: 1, reason: 'full name' };
  if (kinds.includes('same') && kinds.includes('nickname')) {
    // "Katie Morrison" for Kate Morrison: two short forms of one name are as weak as a slip,
    // so a Katie Morris, one slip away, is as likely.
    const sibling =
      given === 'nickname' &&
      !isShortFor(first, name[0] ?? '') &&
      !isShortFor(name[0] ?? '', first);
    return { rank: sibling ? 3 : 1, reason: 'nickname' };
  }
  // "Priya D", "Jo B.": a first name and the surname's initial, as people shorten a name. The
  // first name as written, or a short form of it ("Tom W"), is stronger than a name that only
  // starts the same or a sibling form: "Kate M" is Kate Morrison before Katie Morris.
  if (family === 'initial' && (given === 'same' || given === 'nickname' || given === 'prefix')) {
    const exact = given === 'same' || (given === 'nickname' && isShortFor(first, name[0] ?? ''));
    return { rank: exact ? 2 : 2.5, reason: 'start of name' };
  }
  // "E Clarke", "m. gonzalez": the first name's initial and the surname, as letters are signed.
  if (given === 'initial' && family === 'same') return { rank: 2, reason: 'start of name' };
  // An initial that fits nobody is still close enough to ask about: never a new person.
  if (last.length === 1 && (given === 'same' || given === 'nickname'))
    return { rank: suggestionRank, reason: 'similar name' };
  // "Dev Mistry" starts a first name; "Priya Sha" is a surname cut short, a slip like a typo.
  if (given === 'prefix' && family === 'same') return { rank: 2, reason: 'start of name' };
  if (given === 'same' && family === 'prefix') return { rank: 2, reason: 'spelling' };
  if (kinds.includes('same') && kinds.includes('typo')) return { rank: 3, reason: 'spelling' };
  // "fatimah zara" for Fatima Zahra: both words only an "h" or a doubled letter apart are the
  // same name, spelt as it is said.
  if (
    first.length >= 3 &&
    last.length >= 3 &&
    onlyHOrDoubled(first, name[0] ?? '') &&
    onlyHOrDoubled(last, surname)
  )
    return { rank: 3, reason: 'spelling' };
  // "chidi eza" for Chidi Eze: beside the same first name, one slip in a surname of three letters
  // that keeps its first letter is a typo too, though "Eza" alone is not "Eze".
  if (
    given === 'same' &&
    last.length === 3 &&
    surname.length >= 3 &&
    last[0] === surname[0] &&
    typoDistance(last, surname) <= 1
  )
    return { rank: 3, reason: 'spelling' };
  // "Ana Kowalski" for Anna Kowalski: beside the exact surname, one slip in a short given name
  // that starts the same is a typo too, though "Ana" alone is not "Anna".
  if (family === 'same' && isShortSlip(first, name[0] ?? ''))
    return { rank: 3, reason: 'spelling' };
  // "Shivon Murphy" for Siobhan Murphy, "Hana Schmit" for Hannah Schmidt: a first name spelt as
  // it sounds beside the surname, or beside it with one letter dropped, is a slip too, a guess a
  // caller confirms.
  if (
    family === 'same' &&
    soundKey(first).length >= 3 &&
    soundKey(first) === soundKey(name[0] ?? '')
  )
    return { rank: 3, reason: 'spelling' };
  // "Siobhan Murfy" for Siobhan Murphy: the same first name and a surname spelt as it sounds.
  if (
    given === 'same' &&
    last.length >= 4 &&
    last[0] === surname[0] &&
    soundKey(last) === soundKey(surname)
  )
    return { rank: 3, reason: 'spelling' };
  // Only a letter dropped from the surname: two slips of other kinds ("Tomas Wrigth") are offered.
  if (
    family === 'typo' &&
    last.length >= 5 &&
    last.length === surname.length - 1 &&
    soundsAlike(first, name[0] ?? '')
  )
    return { rank: 3, reason: 'spelling' };
  // "jo bennet" for Joanne Bennett: the usual short form of the first name and one slip in the
  // surname is a slip like "Priya Sha", a guess a caller asking first confirms. Two forms of one
  // name ("Katie" for Kate) or more than one slip are still only offered.
  if (isShortSlipOfSurname(first, last, name)) return { rank: 3, reason: 'spelling' };
  // Offered, not used: both words close otherwise ("Tom Whitacre" for Thomas Whittaker), or only the same
  // first name or surname ("Tom Whittaker" for Thomas Baker), which is most likely someone else.
  if (given && family) return { rank: suggestionRank, reason: 'similar name' };
  if (kinds.includes('same') || kinds.includes('nickname'))
    return { rank: sharedNameRank, reason: 'similar name' };
  return undefined;
}

function isShortSlipOfSurname(first: string, last: string, name: string[]): boolean {
  const family = name.at(-1) ?? '';
  return (
    isShortFor(first, name[0] ?? '') &&
    last.length >= 4 &&
    last[0] === family[0] &&
    typoDistance(last, family) <= 1
  );
}

function isShortSlip(written: string, stored: string): boolean {
  if (written.length < 3 || written[0] !== stored[0]) return false;
  // "Hana" for Hannah, "Jon" for John: the same sound, spelt with a letter doubled or an h dropped.
  return typoDistance(written, stored) <= 1 || soundsAlike(written, stored);
}

/**
 * A first name's consonants as they sound: "Siobhan", "Shivon" and "Shivaun" all give "svn". Irish
 * "bh" and "mh" sound "v", "ph" sounds "f"; an "h", doubled letters and vowels after the first
 * letter are left out.
 */
function soundKey(name: string): string {
  const sounded = name
    .replace(/[bm]h/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/ck|c|q/g, 'k')
    .replace(/z/g, 's')
    .replace(/h/g, '')
    .replace(/(\p{L})\1+/gu, '$1');
  return sounded.charAt(0) + sounded.slice(1).replace(/[aeiouy]/g, '');
}

/**
 * Whether one word is the other with only an "h" or a doubled letter put in or left out
 * ("Fatimah" and "Fatima", "Zara" and "Zahra"); "Wrigth" is no such spelling of "Wright".
 */
function onlyHOrDoubled(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let j = 0;
  for (let i = 0; i < long.length; i += 1) {
    if (long[i] === short[j]) j += 1;
    else if (long[i] !== 'h' && long[i] !== long[i - 1]) return false;
  }
  return j === short.length;
}

function soundsAlike(a: string, b: string): boolean {
  const plain = (word: string) => word.replace(/(\p{L})\1+/gu, '$1').replace(/h/g, '');
  return plain(a) === plain(b);
}

type Relation = 'same' | 'nickname' | 'prefix' | 'initial' | 'typo' | undefined;

function relate(written: string, stored: string): Relation {
  if (written === stored) return 'same';
  if (written.length === 1) return stored.startsWith(written) ? 'initial' : undefined;
  if (isNickname(written, stored)) return 'nickname';
  if (written.length >= 2 && stored.startsWith(written)) return 'prefix';
  if (typoDistance(written, stored) <= typoAllowance(written)) return 'typo';
  return undefined;
}

/** Edits forgiven in a word: none in "Ann" (Ann and Ana are two names), one from four letters, two from eight. */
function typoAllowance(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Devnedra"), as a typing
 * slip is; gives up above 2, which is all a name match ever allows. Three rolling rows keep it
 * cheap enough to run against every name in a network of 100,000.
 */
export function typoDistance(a: string, b: string): number {
  const bound = 2;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  // Each letter of one word missing from the other costs an edit: most pairs stop here, cheaply.
  if (lettersMissing(a, b) > bound || lettersMissing(b, a) > bound) return bound + 1;
  let before = new Uint8Array(b.length + 1);
  let previous = Uint8Array.from({ length: b.length + 1 }, (_, j) => Math.min(j, 255));
  let current = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = Math.min(i, 255);
    let best = current[0];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > bound) return bound + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

function lettersMissing(from: string, to: string): number {
  let missing = 0;
  for (const letter of from) if (!to.includes(letter)) missing += 1;
  return missing;
}

/**
 * "called Yusef at trainline": when nobody matches, the one person close to the name whose
 * company the line names is the one meant. Nothing changes when no one, or more than one, fits.
 */
export function confirmByCompanyNamed<P extends NamedPerson>(
  resolution: NameResolution<P>,
  written: string,
  line: string,
): NameResolution<P> {
  if (resolution.kind !== 'none' || !resolution.close) return resolution;
  const words = nameKey(written).split(' ').filter(Boolean);
  const names = lineNamesCompany(line);
  const there = resolution.closest.filter(({ person }) => {
    const found = compareWritten(words, nameKey(person.name).split(' ').filter(Boolean));
    return names(person.company) && (found?.rank ?? 99) < sharedNameRank;
  });
  const [only] = there;
  if (there.length !== 1 || !only) return resolution;
  return { kind: 'one', person: only.person, reason: 'spelling' };
}
