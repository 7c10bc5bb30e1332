// Someone a one-line log names by who they are to someone before their name: "my old boss ian",
// "her colleague kim", "a recruiter called aoife", or after a label: "new contact: ines ferreira".
import { contactVerbs, notNames, subjectVerbs, words } from './log-line-name-words.js';
import type { Token } from './log-line-tokens.js';
import {
  formalTitle,
  honorific,
  isKnownGivenName,
  isKnownSurname,
  writtenAsName,
} from './person-name-shape.js';

/**
 * Words that say who someone is to the user or to another person: "my neighbour", "her colleague",
 * "his wife neha", and ranks a service leaver names people by: "my old sergeant dave", "my old CO
 * colonel james hart".
 */
export const relationNouns = words(
  'boss manager colleague colleagues associate deputy assistant coworker co-worker ex-colleague ex-boss neighbour neighbor friend mate pal buddy mucker marra mentor mentee contact recruiter headhunter guy girl woman man lady lass bloke chap fella person cousin brother sister uncle aunt flatmate housemate classmate teammate labmate coursemate roommate officemate deskmate tutor lecturer professor supervisor founder cofounder director lead cto ceo cfo client head hire intern speaker organiser organizer wife husband partner girlfriend boyfriend fiance fiancé fiancee fiancée son daughter mum mom dad mother father sergeant sarge corporal captain major colonel lieutenant commander brigadier officer co nco',
);

/** Words that join a phrase, never words for who someone is: "our set at the Jazz Cafe". */
const linkWords = words('a an the at in on of for to from with by and or but is was');

/** "my", "her", "a": what opens such a description. */
const owners = words('my our his her their a an');

/**
 * Who someone is that may open a line with no "my": "bootcamp mentor callum", "uni friend wei",
 * "recruiter rachel rang". Not "lead", "head" or "client", which open lines about no one
 * ("client lunch with…").
 */
const openingNouns = words(
  'mentor mentee recruiter headhunter colleague ex-colleague coworker co-worker friend mate pal buddy flatmate housemate classmate coursemate teammate tutor lecturer neighbour neighbor organiser organizer coach cousin',
);

export interface RelationRead {
  /** Where the name itself starts. */
  at: number;
  /** "a guy called Rob": the line says this is someone the user did not know before. */
  fresh: boolean;
}

/**
 * "my old boss ian", "her colleague kim", "a recruiter called aoife": an owner or "a", up to two
 * describing words, a word for who they are, perhaps "called" or "named", then a name. Returns
 * where the name starts, or undefined when no name follows the description.
 */
export function readRelation(tokens: Token[], at: number): RelationRead | undefined {
  const owned = owners.has(tokens[at]?.lower ?? '');
  // "bootcamp mentor callum sent me…": opening the line, who they are needs no "my".
  if (!owned && at !== 0) return undefined;
  const first = owned ? at + 1 : at;
  const article = tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an';
  // "an email from a João Pereira at Lingo24": "a" before a full name says someone new.
  if (article && namedInFull(tokens, at + 1)) return { at: at + 1, fresh: true };
  for (let j = first; j <= first + 2; j += 1) {
    const word = tokens[j];
    // "my old uni pal Catriona Boyd", "our CNIO Dr Elena Rossi": whatever words say who they are,
    // a full name or a title and a name after them is the person.
    if (
      owned &&
      !article &&
      word &&
      tokens.slice(first, j + 1).every((w) => !linkWords.has(w.lower)) &&
      (/^\p{Ll}/u.test(word.text) || /^\p{Lu}{2,5}$/u.test(word.text)) &&
      namedInFull(tokens, j + 1) &&
      (tokens[j + 1]?.start ?? 0) - word.end === 1
    )
      return { at: j + 1, fresh: false };
    // "my old CO colonel james hart": a rank or role may be typed in capitals.
    const capitals =
      /^\p{Lu}{2,3}$/u.test(word?.text ?? '') && relationNouns.has(word?.lower ?? '');
    // "my old BHP mate Priyanka Nair": where they were together, in capitals, describes them too.
    if (owned && word && !capitals && /^\p{Lu}{2,5}$/u.test(word.text)) continue;
    if (!word || !(/^\p{Ll}/u.test(word.text) || capitals)) return undefined;
    // "freelance client Mrs Abernethy rang": a title after the word says a name follows.
    const titled = formalTitle.test(tokens[j + 1]?.text ?? '');
    if (
      !(owned || titled ? relationNouns : openingNouns).has(word.lower) &&
      !namedAs(tokens, at, j)
    )
      continue;
    // "my old head of dept gwen", "a friend of his called oskar": "of" and one word go with it.
    const of = tokens[j + 1]?.lower === 'of' && /^\p{Ll}/u.test(tokens[j + 2]?.text ?? '') ? 2 : 0;
    const called = ['called', 'named'].includes(tokens[j + of + 1]?.lower ?? '');
    const name = tokens[j + of + (called ? 2 : 1)];
    // "my sister!! Caught up on everything": a name follows its word with one space, nothing else.
    if (name && name.start - (tokens[j + of + (called ? 1 : 0)]?.end ?? 0) > 1) return undefined;
    // "met a lovely bloke Hamish Ross": a full name straight after says who, and that they are new.
    // "a friend of hers Shauna Keane": "of" and whose go with the description.
    if (article && !called && namedInFull(tokens, j + of + 1))
      return { at: j + of + 1, fresh: true };
    // "a guy" or "a recruiter" with no name is nobody to log; "my contact at…" is described.
    if (article && !called) return undefined;
    if (!name || !/^\p{L}/u.test(name.text) || notNames.has(name.lower)) return undefined;
    // "his startup friend need part-time bookkeeper": a plain verb after who they are is no name.
    if (plainVerbsAfter.has(name.lower)) return undefined;
    if (!owned && !plainName(name)) return undefined;
    if (relationNouns.has(name.lower)) continue;
    return { at: j + of + (called ? 2 : 1), fresh: called };
  }
  return undefined;
}

/** Plain present verbs an English learner puts after who someone is ("her friend need…"). */
const plainVerbsAfter = new Set(
  'need needs want wants have has run runs own owns work works is was do does say says'.split(' '),
);

/**
 * "Dr Elena Rossi", "Catriona Boyd", "João Pereira": a title and a name, or two words written as
 * names one space apart, one of them a given name or surname Kith knows.
 */
function namedInFull(tokens: Token[], k: number): boolean {
  const [a, b] = [tokens[k], tokens[k + 1]];
  if (!a || !b || b.start - a.end !== 1 || !writtenAsName.test(b.text)) return false;
  // "Dr Elena Rossi"; "ward sister Kemi", in lower case, is who she is, read as such above.
  if (honorific.test(a.text) && /^\p{Lu}/u.test(a.text)) return true;
  const known = (word: string) => isKnownGivenName(word) || isKnownSurname(word);
  return writtenAsName.test(a.text) && (known(a.text) || known(b.text));
}

/**
 * "a headteacher called gwen", "an events producer named ola": after "a", any words for who
 * someone is say so when "called" or "named" follows them, listed or not. Not "a recruiter at
 * hays called…", where "called" may be what they did.
 */
function namedAs(tokens: Token[], at: number, j: number): boolean {
  const article = tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an';
  const plain = tokens
    .slice(at + 1, j + 1)
    .every((token) => !notNames.has(token.lower) && !subjectVerbs.has(token.lower));
  return article && plain && ['called', 'named'].includes(tokens[j + 1]?.lower ?? '');
}

/** "recruiter rang me": with no "my", the word after who they are must read as nothing else. */
function plainName(name: Token): boolean {
  if (subjectVerbs.has(name.lower) || contactVerbs.has(name.lower)) return false;
  return !/^\p{Ll}{3,}[^m]ed$/u.test(name.text);
}

/** Labels that say the name after them is someone new: "new contact: Ines Ferreira". */
const newLabels = [/^new (?:contact|connection|person|intro)$/, /^new$/];

/**
 * "new contact: ines ferreira, head of data…": where the name after such a label starts, or
 * undefined when the line does not open with one.
 */
export function newContactLabel(head: string, tokens: Token[]): number | undefined {
  for (let n = 1; n <= 2; n += 1) {
    const last = tokens[n - 1];
    if (!last || head.charAt(last.end) !== ':') continue;
    const label = tokens
      .slice(0, n)
      .map((token) => token.lower)
      .join(' ');
    return newLabels.some((pattern) => pattern.test(label)) ? n : undefined;
  }
  return undefined;
}
