// A first name and surname that open a line before any verb, or own something: "benjamin carter
// wanted my cv", "joanne bennett's team is hiring", "went to yusuf demir's leaving drinks".
import type { FoundNames } from './log-line-names.js';
import {
  neutralSubjectVerbs,
  notNames,
  objectVerbs,
  subjectVerbs,
  words,
} from './log-line-name-words.js';
import { isNameWord, readName, type NameSpan, type Token } from './log-line-tokens.js';

/**
 * "benjamin carter wanted my cv", "Emma Clark confirmed the role is open", "joanne bennett's team
 * is hiring": a first name and surname opening the line, then a word that can only be a verb done
 * in the past (or "wants", "says"), or what the name owns. The verb need not be one Kith knows, as
 * long as the name is two words; a possessive counts only when the user's people know the name
 * ("john lewis's data team" is a shop), or, with nobody to ask, by its shape alone.
 */
export function readFullNameOpening(
  tokens: Token[],
  start: number,
  mayBePerson: ((name: string) => boolean) | undefined,
): { next: number; inbound: boolean } | undefined {
  const [first, last, after] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!isNameWordOfCase(first, last) || !after || /['’]s$/.test(first?.text ?? ''))
    return undefined;
  if (/['’]s$/.test(last?.text ?? '')) {
    const name = `${first?.lower ?? ''} ${last?.lower.replace(/['’]s$/, '') ?? ''}`;
    const owns = /^\p{Ll}/u.test(after.text) && (mayBePerson?.(name) ?? true);
    return owns ? { next: start + 2, inbound: false } : undefined;
  }
  if (subjectVerbs.has(after.lower) || neutralSubjectVerbs.has(after.lower)) return undefined;
  // "Robert Singh would like to hear my edits": what they would like is theirs, as "wants" is.
  const wish = after.lower === 'would' && /^(?:like|love)$/.test(tokens[start + 3]?.lower ?? '');
  return pastVerb(after.lower) || wish ? { next: start + 2, inbound: true } : undefined;
}

/** Two words of a name, both capitalised or both in lower case, neither a verb or common word. */
function isNameWordOfCase(first: Token | undefined, last: Token | undefined): boolean {
  const upper = isNameWord(first) && isNameWord(last);
  const lower = [first, last].every(
    (token) =>
      token !== undefined &&
      /^\p{Ll}[\p{Ll}'’-]*$/u.test(token.text) &&
      !notNames.has(token.lower.replace(/['’]s$/, '')) &&
      !subjectVerbs.has(token.lower) &&
      !objectVerbs.has(token.lower) &&
      !neutralSubjectVerbs.has(token.lower),
  );
  return upper || lower;
}

/** "confirmed", "explained", "told": a word that reads only as something done. */
function pastVerb(word: string): boolean {
  if (notNames.has(word)) return false;
  return /^\p{Ll}{3,}ed$/u.test(word) || pastForms.has(word);
}

/** Verbs done in the past that do not end in -ed, and a few that say what someone wants. */
const pastForms = words(
  'told sent gave wrote took got made left kept brought bought showed found knew spoke set let put felt thought went read wants needs reckons thinks says',
);

/**
 * "went to yusuf demir's leaving drinks", "read wei chen's blog post": with nobody else named, a
 * first name and surname owning something anywhere in the line is the person, when the user
 * knows them.
 */
export function readKnownOwner(tokens: Token[], found: FoundNames): void {
  for (let i = 1; i + 1 < tokens.length && found.mayBePerson; i += 1) {
    const [first, last] = [tokens[i - 1], tokens[i]];
    if (!first || !last || !/['’]s$/.test(last.text) || !isNameWordOfCase(first, last)) continue;
    const read = readName(tokens, i - 1, 'yes');
    if (!read || read.next !== i + 1 || !found.mayBePerson(read.name.text)) continue;
    found.names.push({ text: read.name.text, alternatives: [] });
    found.spans.push([first.start, last.end]);
    return;
  }
}

/**
 * "maggie okafor nhs digital emailed a link", "zoe martin just eat messaged me": a name the user's
 * people know, where they work (one to three words that are someone's workplace), then
 * what they did. Only with people to ask, so a line's stray words never become a company.
 */
export function readPlacedOpening(
  tokens: Token[],
  start: number,
  found: Pick<FoundNames, 'mayBePerson' | 'isWorkplace'>,
): { name: NameSpan; next: number } | undefined {
  const { mayBePerson, isWorkplace } = found;
  if (!mayBePerson || !isWorkplace) return undefined;
  // In lower case ("zoe martin just eat messaged"), or capitalised ("Zoe Just Eat asked"), the
  // name and the place are each checked with the user's people.
  const plain = (token: Token | undefined) =>
    token !== undefined && /^\p{L}[\p{L}\p{N}.&'’-]*$/u.test(token.text);
  if (!plain(tokens[start])) return undefined;
  for (let verb = start + 2; verb <= start + 5 && plain(tokens[verb - 1]); verb += 1) {
    if (!subjectVerbs.has(tokens[verb]?.lower ?? '')) continue;
    for (const size of [2, 1]) {
      const said = (from: number, to: number) =>
        tokens
          .slice(from, to)
          .map((token) => token.text)
          .join(' ');
      const name = said(start, start + size);
      const place = said(start + size, verb);
      if (place === '' || !mayBePerson(name) || !isWorkplace(place)) continue;
      const text = name.replace(/(^|[ '’-])\p{Ll}/gu, (letter) => letter.toUpperCase());
      return { name: { text, alternatives: [], company: place }, next: verb };
    }
  }
  return undefined;
}

/**
 * "sent a follow up email to Liz Deloitte": a name nobody has, whose first words are a name the
 * user's people know and whose rest is a workplace of theirs, is that person at that workplace,
 * after the line's opening (`readPlacedOpening` reads it there, before a verb).
 */
export function placeKnownNames(
  found: Pick<FoundNames, 'names' | 'mayBePerson' | 'isWorkplace'>,
  head: string,
): void {
  const { mayBePerson, isWorkplace } = found;
  if (!mayBePerson || !isWorkplace) return;
  const opening = head.toLowerCase();
  for (const name of found.names) {
    if (name.company !== undefined || name.described) continue;
    // Opening the line, a name is read with what follows it ("Kate Sky, Katie Morris BBC…").
    if (opening.startsWith(name.text.toLowerCase())) continue;
    const parts = name.text.split(' ');
    if (parts.length < 2 || mayBePerson(name.text)) continue;
    for (const size of [2, 1]) {
      const given = parts.slice(0, size).join(' ');
      const place = parts.slice(size).join(' ');
      if (place === '' || !mayBePerson(given) || !isWorkplace(place)) continue;
      name.text = given;
      name.alternatives = [];
      name.company = place;
      break;
    }
  }
}
