// Whether a name nobody answers to may become someone new: it must look like a person's name.
import { firstNames } from './demo-names.js';
import { givenNameList } from './given-names-data.js';
import { particles } from './log-line-name-words.js';
import { nicknamesOf } from './nicknames.js';
import {
  albanianGivenNames,
  albanianSurnames,
  estonianGivenNames,
  estonianSurnames,
  fijianGivenNames,
  fijianSurnames,
  filipinoGivenNames,
  filipinoSurnames,
  icelandicGivenNames,
  maghrebiGivenNames,
  maghrebiSurnames,
  mashriqiGivenNames,
  moreGivenNames,
  moreSurnames,
  rwandanSurnames,
  scottishGivenNames,
  scottishSurnames,
  somaliGivenNames,
  somaliSurnames,
  southAsianGivenNames,
  southAsianSurnames,
  southernAfricanGivenNames,
  southernAfricanSurnames,
  ugandanGivenNames,
  ugandanSurnames,
  malawianGivenNames,
  malawianSurnames,
} from './names-by-hand.js';
import { surnameList } from './surnames-data.js';

/**
 * Given names from many cultures, those added by hand, the demo network's and the nickname
 * table's, built once.
 */
const givenNames: ReadonlySet<string> = new Set([
  ...givenNameList,
  ...albanianGivenNames,
  ...estonianGivenNames,
  ...icelandicGivenNames,
  ...moreGivenNames,
  ...scottishGivenNames,
  ...somaliGivenNames,
  ...southAsianGivenNames,
  ...southernAfricanGivenNames,
  ...fijianGivenNames,
  ...ugandanGivenNames,
  ...malawianGivenNames,
  ...filipinoGivenNames,
  ...maghrebiGivenNames,
  ...mashriqiGivenNames,
  ...firstNames.map((name) => name.toLowerCase()),
]);

/** Surnames from many cultures, built once: "Fergus Grant" is a full name by its surname. */
const surnames: ReadonlySet<string> = new Set([
  ...surnameList,
  ...albanianSurnames,
  ...estonianSurnames,
  ...moreSurnames,
  ...scottishSurnames,
  ...somaliSurnames,
  ...southAsianSurnames,
  ...southernAfricanSurnames,
  ...rwandanSurnames,
  ...fijianSurnames,
  ...ugandanSurnames,
  ...malawianSurnames,
  ...filipinoSurnames,
  ...maghrebiSurnames,
]);

/** "Mòrag" and "Morag", "Inès" and "Ines": a name is known with or without its accents. */
function foldings(word: string): string[] {
  const lower = word.toLowerCase().replace(/[’]/g, "'");
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return bare === lower ? [lower] : [lower, bare];
}

const noOwnGiven: ReadonlySet<string> = new Set();

/** Whether a word is a given name Kith knows, from its list or from the user's own people. */
export function isKnownGivenName(
  word: string,
  ownGiven: ReadonlySet<string> = noOwnGiven,
): boolean {
  return foldings(word).some(
    (form) => givenNames.has(form) || ownGiven.has(form) || nicknamesOf(form).length > 0,
  );
}

/**
 * "O'Callaghan", "McCarthy", "MacLeod", "Fitzgerald": Irish and Scottish surnames say what they
 * are by how they begin, whether the list holds them or not.
 */
const gaelicSurname =
  /^(?:[Oo]['’]\p{L}{3,}|Mc\p{Lu}\p{Ll}{2,}|Mac\p{Lu}\p{Ll}{2,}|Fitz\p{Ll}{3,})$/u;

/**
 * "Jónsdóttir", "Sigurðsson", "Einarsson": an Icelandic surname is a parent's name and "-son" or
 * "-dóttir"; "Björns", "Ólafs" (Ólafur's), a parent's name with the "s" of whose, is its short form.
 */
const icelandicSurname = /^\p{Lu}\p{Ll}{2,}(?:s?son|d[óo]ttir)$/u;
const icelandicGiven: ReadonlySet<string> = new Set(icelandicGivenNames);

/** Whether a word is a surname Kith knows: "Jones", "Nolan", "MacLeod", "Jónsdóttir". */
export function isKnownSurname(word: string): boolean {
  return (
    gaelicSurname.test(word) ||
    icelandicSurname.test(word) ||
    (/^\p{Lu}\p{Ll}+s$/u.test(word) &&
      [word.slice(0, -1), `${word.slice(0, -1)}ur`].some((name) =>
        icelandicGiven.has(name.toLowerCase()),
      )) ||
    foldings(word).some((form) => surnames.has(form))
  );
}

/** The given names of the user's own people, folded as the list is: "Chidi Eze" gives "chidi". */
export function ownGivenNames(names: readonly string[]): Set<string> {
  const own = new Set<string>();
  for (const name of names) {
    const [first] = name.trim().split(/\s+/);
    if (first) for (const form of foldings(first)) own.add(form);
  }
  return own;
}

/** "DS", "PM", "UK": capitals of two or more letters are initials or a team, never a surname. */
const capitalsOnly = /^\p{Lu}{2,}$/u;

/** "Eilidh", "Ji-hoon", "O'Connor", "McLean": a capital first, and small letters in it. */
export const writtenAsName = /^\p{Lu}(?=.*\p{Ll})[\p{L}\p{M}'’-]+$/u;

/** "Mr", "Dr.", "Prof": the titles anyone may write before anyone's name ("a Mrs Gillian Ashby"). */
export const formalTitle = /^(?:mr|mister|mrs|missus|ms|miss|mx|dr|prof)\.?$/iu;

/** "Mrs Henderson", "Dr. Amaka Obi", "Engr Tobi Ogunbiyi", "Matron Efua Boateng": a title says a person. */
export const honorific =
  /^(?:mr|mister|mrs|missus|ms|miss|mx|dr|prof|engr|sir|dame|rev|revd|reverend|cllr|councillor|pastor|fr|imam|rabbi|sister|brother|bro|sis|matron|aunty|auntie|uncle|oom|tannie|coach|mademoiselle|madame|monsieur|herr|frau|señor|señora|senor|senora|col|maj|capt|cpt|lt|sgt|gen|cpl|cdr|brig|adm|sfc|ssgt)\.?$/iu;

/** Words that make two capitalised words a team or a firm, not a person: "Careers Service". */
const teamWords =
  /^(?:recruitment|recruiting|careers?|talent|team|services?|support|office|admin|payroll|hr|group|agency|council|university|college|school|trust|foundation|bank|centre|center|network|partners|consulting|jobs|club|society|academy|people|resources|hiring|desk|helpdesk|reception|accounts|finance|marketing|sales|operations|ops|studio|media|digital|health|nhs|hub|hq|ltd|limited|plc|inc)$/iu;

/** "linkedin msg from Oisín Byrne", "email from Carys Pugh": who sent a message is a person. */
const sentFrom =
  /(?:^|\s)(?:msg|message|email|e-mail|text|dm|note|call|voicemail|letter|reply|invite|whatsapp|sms|inmail)\s+from\s+$/iu;

/** Whether each word is written as a name, or the whole is in lower case ("tunde adeyemi"). */
function isWrittenAsName(words: readonly string[]): boolean {
  return (
    words.every((word) => writtenAsName.test(word)) ||
    words.join(' ') === words.join(' ').toLowerCase()
  );
}

/**
 * The line itself says this is a person: a title before the name ("Mrs Henderson"), who they
 * are to the user ("my old head of dept mr pritchard"), where they are from ("Seonag Mackinnon
 * from the crofting commission"), "met Priyanka", a full name joined to someone met ("lunch with
 * Kate Morrison and Njoki Wambugu"), who a message came from, or a full name of two
 * words whose surname is one ("Fergus Grant"). "Meta DS", "Launch Messaging" and "Thank-You
 * Msg" have none of these.
 */
function isMarkedByLine(written: string, context: NameShapeContext): boolean {
  const words = written.split(' ');
  const [first = '', last = ''] = [words[0], words.at(-1)];
  if (honorific.test(first) && words.length > 1) return true;
  if (context.related) return true;
  const at = context.line.toLowerCase().indexOf(written.toLowerCase());
  const before = at < 0 ? '' : context.line.slice(0, at);
  const after = at < 0 ? '' : context.line.slice(at + written.length);
  const titled = /(?:^|\s)(\S+)\s+$/u.exec(before)?.[1] ?? '';
  if (honorific.test(titled)) return true;
  const asName = words.every((word) => writtenAsName.test(word));
  if (/(?:^|\s)met\s+(?:up\s+with\s+)?$/iu.test(before) && asName) return true;
  // "Lunch with Kate Morrison and Njoki Wambugu", "meeting wit Aunty Margaret and Adaeze Nwosu": a
  // full name joined to someone met or talked with.
  if (
    asName &&
    words.length === 2 &&
    /(?:^|\s)(?:with|wit|wiv|wi|w\/?|met)\s+(?:\p{L}+\s+)??\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:and|&)\s+$/u.test(
      before,
    )
  )
    return true;
  // "Isatu Conteh whatsapp me the job link": a full name opening the note, then what they did to
  // the user, is someone who got in touch; "Careers Service emailed me" is a team.
  if (
    asName &&
    words.length === 2 &&
    before.trim() === '' &&
    !words.some((word) => teamWords.test(word)) &&
    /^\s+(?:whatsapp(?:ed|['’]d)?|e-?mail(?:ed)?|text(?:ed)?|call(?:ed)?|rang|ring|phoned|messaged|message|dm(?:['’]?d)?|sent|send|invited|invite|replied|asked|ask|told|tell|offered|offer|introduced|intro(?:['’]?d)?|added|followed|contacted)\s+(?:me|us)\b/iu.test(
      after,
    )
  )
    return true;
  if (!isWrittenAsName(words)) return false;
  // "Deirdre from the trust", "Shona Kerr fae the college", "Meron Tadesse (from church)".
  if (/^\s+\(?(?:from|fae)\s+\S/iu.test(after)) return true;
  if (words.length < 2) return false;
  if (context.company !== undefined || /^\s+at\s+\S/iu.test(after)) return true;
  if (asName && sentFrom.test(before)) return true;
  return isKnownSurname(last);
}

/** What is known of a name that nobody the user knows answers to. */
export interface NameShapeContext {
  /** The line it came from. */
  line: string;
  /** Where the line says they work ("Olivia from Hays"), if it does. */
  company?: string | undefined;
  /** The given names of the user's own people (`ownGivenNames`). */
  ownGiven: ReadonlySet<string>;
  /** The line said who they are to the user ("her colleague bea", "my old boss ian"). */
  related?: boolean | undefined;
}

/**
 * Whether a would-be new person's name looks like a person's: its first word is a given name
 * Kith knows (any culture, or one of the user's own people's), or the line marks it plainly as
 * someone met. "Launch Messaging", "Barcelona", "Meta DS" and "Thank-You Msg" do not, so the
 * line asks who they are instead of adding a stray person.
 */
export function looksLikePersonName(written: string, context: NameShapeContext): boolean {
  const words = written.trim().split(/\s+/);
  const [first] = words;
  if (!first) return false;
  if (words.slice(1).some((word) => capitalsOnly.test(word))) return false;
  if (isKnownGivenName(first, context.ownGiven)) return true;
  return isMarkedByLine(written.trim(), context);
}

/**
 * "Tess Ng Canva", "Liam Obrien Producer": a given name and a surname Kith knows, then words that
 * are neither, is that person's name and where they work or what they do. Returns the two words,
 * or undefined when the name reads whole ("Mei Ling Tan", "Mary Jane Watson").
 */
export function nameBeforeOtherWords(
  written: string,
  ownGiven: ReadonlySet<string>,
): string | undefined {
  const words = written.trim().split(/\s+/);
  const [first, second, ...rest] = words;
  if (!first || !second || rest.length === 0) return undefined;
  if (!isKnownGivenName(first, ownGiven) || !isKnownSurname(second)) return undefined;
  // "Pieter van der Merwe", "Ana de la Cruz": a particle in lower case goes on to the surname, and
  // so does one capitalised ("Colette Le Brocq", "Jenny Le Feuvre"), though Le is a surname too.
  const particle = /^\p{Ll}+$/u.test(second) || particles.has(second.toLowerCase());
  if (particle && rest.some((word) => /^\p{Lu}/u.test(word))) return undefined;
  const named = (word: string) => isKnownSurname(word) || isKnownGivenName(word, ownGiven);
  if (rest.some(named)) return undefined;
  return `${first} ${second}`;
}
