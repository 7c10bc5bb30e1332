// The playbook's stripping check: before a member shares a message with their group, Kith proposes
// a copy with names, companies, emails, phones, links and handles swapped for placeholders such as
// [name]; at post time the same reading refuses a text that still names one of the member's people.
// It reads only what it is given (names, companies, emails and phones), never anyone's notes.
import { markBlank } from './words/blanks.js';
import {
  everydayCapitalised,
  namesThatAreWords,
  sentenceStarters,
} from './playbook-strip-words.js';

/** What the check knows of one of the poster's people. Notes are never part of it. */
export interface KnownPerson {
  name: string;
  company: string | null;
  emails: readonly string[];
  phones: readonly string[];
}

export const stripKinds = ['name', 'company', 'email', 'phone', 'link', 'handle'] as const;
export type StripKind = (typeof stripKinds)[number];

export const stripPlaceholders: Record<StripKind, string> = {
  name: markBlank('name'),
  company: markBlank('company'),
  email: markBlank('email'),
  phone: markBlank('phone'),
  link: markBlank('link'),
  handle: markBlank('handle'),
};

/** One detail the proposal replaced: what it was, where it stood in the original, and its kind. */
export interface Replacement {
  kind: StripKind;
  original: string;
  start: number;
  end: number;
}

export interface StripProposal {
  text: string;
  replacements: Replacement[];
}

/** Something identifying still in a text at post time. */
export interface Leftover {
  kind: 'name' | 'email' | 'phone';
  text: string;
}

interface Span {
  kind: StripKind;
  start: number;
  end: number;
}

interface Token {
  start: number;
  /** Where the word ends, before any possessive "'s". */
  end: number;
  raw: string;
  key: string;
  capitalised: boolean;
  sentenceStart: boolean;
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const linkPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>()"]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|dev|ai|app|me|info|biz|de|fr|es|eu)\b(?:\/[^\s<>()"]*)?/giu;
const handlePattern = /(?<![\p{L}\p{N}.@])@[\p{L}\p{N}_]{2,}/gu;
const phonePattern = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;
const wordPattern = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Kith's proposal: the text with every identifying detail it found replaced by a placeholder. */
export function proposeStrip(text: string, known: readonly KnownPerson[]): StripProposal {
  const tokens = tokenize(text);
  const index = indexKnown(known);
  const spans = chooseSpans([
    ...patternSpans(text),
    ...knownSpans(text, tokens, index),
    ...capitalisedSpans(text, tokens),
  ]);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + stripPlaceholders[span.kind];
    at = span.end;
  }
  out += text.slice(at);
  return {
    text: out,
    replacements: spans.map((span) => ({
      kind: span.kind,
      original: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    })),
  };
}

/** What still points at one of the poster's people: their names, emails and phone numbers. */
export function findLeftovers(text: string, known: readonly KnownPerson[]): Leftover[] {
  const found: Leftover[] = [];
  const emails = new Set(
    known.flatMap((person) => person.emails.map((e) => e.trim().toLowerCase())),
  );
  for (const match of text.matchAll(emailPattern)) {
    if (emails.has(match[0].toLowerCase())) found.push({ kind: 'email', text: match[0] });
  }
  const phones = new Set(known.flatMap((person) => person.phones.map(phoneKey)));
  phones.delete('');
  for (const match of text.matchAll(phonePattern)) {
    if (isPhone(match[0]) && phones.has(phoneKey(match[0])))
      found.push({ kind: 'phone', text: match[0] });
  }
  // A name inside an address ("ana.ruiz@…") is reported as the address, once.
  const addresses = patternSpans(text);
  const inAddress = (span: Span) => addresses.some((a) => span.start < a.end && a.start < span.end);
  for (const span of knownSpans(text, tokenize(text), indexKnown(known))) {
    if (span.kind === 'name' && !inAddress(span))
      found.push({ kind: 'name', text: text.slice(span.start, span.end) });
  }
  const seen = new Set<string>();
  return found.filter((leftover) => {
    const key = `${leftover.kind}:${leftover.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function patternSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(emailPattern)) spans.push(spanOf(match, 'email'));
  for (const match of text.matchAll(linkPattern)) {
    // A link ends before the sentence's own punctuation: "see example.com/jobs."
    const trimmed = match[0].replace(/[.,;:!?'’)]+$/u, '');
    spans.push({ kind: 'link', start: match.index, end: match.index + trimmed.length });
  }
  for (const match of text.matchAll(handlePattern)) spans.push(spanOf(match, 'handle'));
  for (const match of text.matchAll(phonePattern)) {
    if (isPhone(match[0])) spans.push(spanOf(match, 'phone'));
  }
  return spans;
}

function spanOf(match: RegExpMatchArray, kind: StripKind): Span {
  const start = match.index ?? 0;
  return { kind, start, end: start + match[0].length };
}

/** Seven to fifteen digits, and not a date or a span of years ("2026-11-30", "2019-2023"). */
function isPhone(written: string): boolean {
  const digits = written.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  return !/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$|^\d{4}\s*[-–]\s*\d{4}$/.test(
    written.trim(),
  );
}

/** The last nine digits: "+44 7700 900123" and "07700 900123" are one number. */
function phoneKey(written: string): string {
  const digits = written.replace(/\D/g, '');
  return digits.length < 7 ? '' : digits.slice(-9);
}

/** A word of a folded text: accents and apostrophes are gone, so "O'Neil" is one word, "oneil". */
const foldedWordPattern = /\p{L}+(?:-\p{L}+)*/gu;

function fold(word: string): string {
  // Printable ASCII has no accents to fold, and most names are printable ASCII.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase().replace(/'/g, '');
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '');
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((match) => {
    const start = match.index;
    // "Ana's" is Ana's name and a possessive; the placeholder keeps the "'s": "[name]'s".
    const raw = match[0].replace(/['’]s$/iu, '');
    return {
      start,
      end: start + raw.length,
      raw,
      key: fold(raw),
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceStart: startsSentence(text, start),
    };
  });
}

function startsSentence(text: string, start: number): boolean {
  const before = text.slice(0, start);
  if (/\n[\s"“‘'([]*$/u.test(before)) return true;
  const trimmed = before.replace(/[\s"“‘'([]+$/u, '');
  return trimmed === '' || /[.!?:;…]$/u.test(trimmed);
}

interface KnownIndex {
  /** Whole names and companies, their folded words joined by spaces: one look-up per run of words. */
  wholes: Map<string, 'name' | 'company'>;
  /** The most words any of them has (at most eight). */
  longest: number;
  /** Single first names and surnames. */
  parts: Set<string>;
}

function indexKnown(known: readonly KnownPerson[]): KnownIndex {
  const wholes: KnownIndex['wholes'] = new Map();
  const parts = new Set<string>();
  let longest = 1;
  const seen = new Set<string>();
  const add = (written: string, kind: 'name' | 'company') => {
    // Many people share a company, and some a name: each is read once.
    if (seen.has(`${kind}:${written}`)) return;
    seen.add(`${kind}:${written}`);
    const words = (fold(written).match(foldedWordPattern) ?? [])
      .filter((word) => word.length > 1 && !everydayCapitalised.has(word))
      .slice(0, 8);
    if (words.length === 0) return;
    const key = words.join(' ');
    // A name beats a company of the same words: a name is what must never be shared.
    if (wholes.get(key) !== 'name') wholes.set(key, kind);
    longest = Math.max(longest, words.length);
    if (kind === 'name') for (const word of words) parts.add(word);
  };
  for (const person of known) {
    add(person.name, 'name');
    if (person.company) add(person.company, 'company');
  }
  return { wholes, longest, parts };
}

/** The poster's people's whole names (any case), their capitalised first names and surnames, their companies. */
function knownSpans(text: string, tokens: Token[], index: KnownIndex): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const whole = longestWhole(text, tokens, i, index);
    if (whole) {
      spans.push(whole.span);
      i += whole.words;
      continue;
    }
    const token = tokens[i]!;
    i += 1;
    if (!token.capitalised || !index.parts.has(token.key)) continue;
    const everyday = sentenceStarters.has(token.key) || namesThatAreWords.has(token.key);
    if (token.sentenceStart && everyday) continue;
    spans.push({ kind: 'name', start: token.start, end: token.end });
  }
  return spans;
}

/** The longest whole name or company starting at token `i`, longest first ("Ana Ruiz Soto" over "Ana Ruiz"). */
function longestWhole(
  text: string,
  tokens: Token[],
  i: number,
  index: KnownIndex,
): { span: Span; words: number } | undefined {
  const run = [tokens[i]!];
  for (let k = i + 1; k < tokens.length && run.length < index.longest; k += 1) {
    if (!spaced(text, run[run.length - 1]!, tokens[k]!)) break;
    run.push(tokens[k]!);
  }
  for (let words = run.length; words >= 1; words -= 1) {
    const kind = index.wholes.get(
      run
        .slice(0, words)
        .map((token) => token.key)
        .join(' '),
    );
    if (!kind) continue;
    // One word of a company ("Apple") is a company only when written with its capital, and one
    // word of a name is read as a first name or surname below.
    if (words === 1 && (kind === 'name' || !run[0]!.capitalised)) continue;
    return { span: { kind, start: run[0]!.start, end: run[words - 1]!.end }, words };
  }
  return undefined;
}

/** Words in one run: only spaces between them, and no possessive before the last. */
function spaced(text: string, previous: Token, next: Token): boolean {
  return /^[ \t]+$/.test(text.slice(previous.end, next.start));
}

/** Runs of capitalised words that are not everyday words: likely someone's name, or after "at", a company. */
function capitalisedSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i]!;
    if (!isNameLike(head)) {
      i += 1;
      continue;
    }
    let run = [head];
    for (
      let next = tokens[i + run.length];
      next && isNameLike(next);
      next = tokens[i + run.length]
    ) {
      if (!spaced(text, run[run.length - 1]!, next)) break;
      run.push(next);
    }
    const before = tokens[i - 1];
    i += run.length;
    if (head.sentenceStart) {
      // "Hi Ana" keeps its "Hi"; one unknown capitalised word opening a sentence is left alone.
      if (sentenceStarters.has(head.key)) run = run.slice(1);
      else if (run.length === 1) run = [];
    }
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    const company = before !== undefined && ['at', 'joined'].includes(before.key);
    spans.push({ kind: company ? 'company' : 'name', start: first.start, end: last.end });
  }
  return spans;
}

function isNameLike(token: Token): boolean {
  if (!token.capitalised || everydayCapitalised.has(token.key)) return false;
  // "PM", "CV", "UX": short capitals are abbreviations, not names.
  return !/^\p{Lu}{2,5}$/u.test(token.raw);
}

/** Keeps the earliest, then longest, of overlapping spans. */
function chooseSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Span[] = [];
  for (const span of sorted) {
    const last = chosen[chosen.length - 1];
    if (last && span.start < last.end) continue;
    chosen.push(span);
  }
  return chosen;
}
