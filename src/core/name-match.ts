// How alike two names or two companies are: the weak evidence behind a duplicate review.
import { isNickname } from './nicknames.js';

/** Titles, folded as a key is, spelt out too ("Mister Evans"): French, German and Spanish ones too ("Mademoiselle Dubois"). */
const honorifics = new Set([
  'mr',
  'mister',
  'mrs',
  'missus',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'mademoiselle',
  'madame',
  'monsieur',
  'mlle',
  'mme',
  'herr',
  'frau',
  'senor',
  'senora',
]);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'cpa', 'pmp', 'esq']);

/**
 * A name as a comparison key: accents folded, lower-case, punctuation gone, titles and
 * credentials dropped ("Dr. José O'Neil, PhD" → "jose oneil"). Empty when nothing is left.
 */
export function nameKey(name: string): string {
  // LinkedIn names often carry credentials after a comma: "Ana Lopez, CFA".
  const comma = name.indexOf(',');
  const beforeComma = comma < 0 ? name : name.slice(0, comma);
  // Printable ASCII, as most names are: its only letters and digits are a-z and 0-9 once
  // lower-cased, so a plain pattern cuts the words exactly as the Unicode one does, for less.
  if (ascii.test(beforeComma)) return keptWords(beforeComma.toLowerCase().replace(/['`]/g, ''));
  return fold(beforeComma)
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !honorifics.has(word) && !suffixes.has(word))
    .join(' ');
}

function keptWords(folded: string): string {
  let key = '';
  for (const word of folded.split(/[^a-z0-9]+/)) {
    if (word === '' || honorifics.has(word) || suffixes.has(word)) continue;
    key = key === '' ? word : `${key} ${word}`;
  }
  return key;
}

/** A company as a comparison key: "ACME, Inc." and "Acme" are one company. */
export function companyKey(company: string | null): string {
  if (!company) return '';
  return fold(company)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !companySuffixes.has(word))
    .join(' ');
}

const companySuffixes = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'srl',
  'spa',
  'pty',
  'the',
]);

function fold(text: string): string {
  // Printable ASCII has no accents to fold, and most names and companies are printable ASCII.
  if (ascii.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const ascii = /^[ -~]*$/;

/** Why two names look like one person's, or null when they do not. */
export type NameLikeness = 'same name' | 'nickname' | 'similar spelling';

/**
 * Compares two name keys. A nickname needs the same family name ("bill jones" and "william
 * jones"); a similar spelling is at most two edits apart over a name long enough that two
 * edits are a typo, not a different person ("jon smith" and "john smith", not "ann li" and "jan li").
 */
export function compareNames(a: string, b: string): NameLikeness | null {
  if (a === '' || b === '') return null;
  if (a === b) return 'same name';
  // Words are cut out by position, not split into lists: a record is compared with every
  // similarly named person at its company, tens of thousands of times in one import.
  const spaceA = a.indexOf(' ');
  const spaceB = b.indexOf(' ');
  if (
    spaceA >= 0 &&
    spaceB >= 0 &&
    a.slice(a.lastIndexOf(' ') + 1) === b.slice(b.lastIndexOf(' ') + 1) &&
    isNickname(a.slice(0, spaceA), b.slice(0, spaceB))
  ) {
    return 'nickname';
  }
  if (Math.min(a.length, b.length) >= 8 && editDistance(a, b, 2) <= 2) return 'similar spelling';
  return null;
}

/**
 * True when two names could belong to one person: the same name, a nickname or a typo, the same
 * given name (a family name changed by marriage, a middle name dropped), an initial ("J Smith"),
 * or one of them is no name at all (a card named after its email). Strong keys merge only names
 * that pass this. A shared family name alone does not: "John Smith" and "Jane Smith" with one
 * home phone are two people.
 */
export function namesCompatible(a: string, b: string): boolean {
  if (a === '' || b === '' || compareNames(a, b) !== null) return true;
  const [givenA = ''] = a.split(' ');
  const [givenB = ''] = b.split(' ');
  if (givenA === givenB || isNickname(givenA, givenB)) return true;
  return (givenA.length === 1 || givenB.length === 1) && givenA[0] === givenB[0];
}

/**
 * Levenshtein distance, giving up once it is sure to exceed `bound` (then it answers bound + 1):
 * comparing a name with the hundreds of people at one large company must stay cheap. With a
 * bound only the cells within `bound` of the diagonal can hold a distance that small, so only
 * those are filled (Ukkonen's band), in two rows kept between calls.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Int32Array(2 * width + 64);
  const band = Math.min(bound, Math.max(a.length, b.length));
  // Cells outside the band count as "too far": bound + 1, or the largest distance possible.
  const far = Number.isFinite(bound) ? bound + 1 : a.length + b.length + 1;
  let previous = 0;
  let current = width;
  for (let j = 0; j < width; j += 1) rows[j] = j <= band ? j : far;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    rows[current] = i <= band ? i : far;
    if (from > 1) rows[current + from - 1] = far;
    let best = rows[current] ?? far;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (rows[previous + j] ?? far) + 1,
        (rows[current + j - 1] ?? far) + 1,
        (rows[previous + j - 1] ?? far) + cost,
      );
      rows[current + j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) rows[current + to + 1] = far;
    if (best > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(rows[previous + b.length] ?? far, far);
}

let rows = new Int32Array(128);

/**
 * True when a person being added is probably someone already there: the same name, and the same
 * company or no company on one side. Two Priya Shahs at two companies are two people.
 */
export function looksLikeSamePerson(
  a: { name: string; company?: string | null },
  b: { name: string; company?: string | null },
): boolean {
  const key = nameKey(a.name);
  if (key === '' || key !== nameKey(b.name)) return false;
  const companyA = companyKey(a.company ?? null);
  const companyB = companyKey(b.company ?? null);
  return companyA === '' || companyB === '' || companyA === companyB;
}
