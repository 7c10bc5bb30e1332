// Someone a one-line log describes but does not name: "the Admiral guy rang me back", "rang the
// recruiter back". Kith asks who they are; it never adds a person called "the recruiter".
import type { FoundNames } from './log-line-names.js';
import { inboundFromNouns, notNames, subjectVerbs, words } from './log-line-name-words.js';
import { headTokens, isNameWord, readCompany, type Token } from './log-line-tokens.js';

/** Words for a person that say what they are, not who: "the admiral actuary rang back" too. */
const personNouns = words(
  'guy girl woman man lady lass lad bloke chap fella recruiter manager founder cofounder cto ceo director lead person contact headhunter engineer eng actuary analyst scientist designer researcher economist statistician consultant architect producer partner',
);

/**
 * "the Admiral guy", "the recruiter from Hays", "that Sky manager": "the" or "that", perhaps where
 * they work, then a word for a person. Adds it as a described name, with the company when given;
 * the line's first such description only, and only when nothing else named anyone.
 */
export function readDescribedPerson(
  head: string,
  found: FoundNames,
  skip: ReadonlyArray<[number, number]> = [],
): void {
  const tokens = headTokens(head, skip);
  for (let i = 0; i < tokens.length; i += 1) {
    // "someone from booking.com messaged me": nobody named, only where they are from.
    const someone = someoneWords.has(tokens[i]?.lower ?? '');
    // "bloke from admiral liked my post": a word for a person opening the line, then where from.
    const opener =
      i === 0 &&
      personNouns.has(tokens[0]?.lower ?? '') &&
      ['from', 'frm', 'at'].includes(tokens[1]?.lower ?? '');
    if (!someone && !opener && !determiners.has(tokens[i]?.lower ?? '')) continue;
    const read =
      someone || opener ? { next: i + 1, company: undefined } : readDescription(tokens, i + 1);
    if (!read) continue;
    const company =
      read.company ?? readCompany(tokens, read.next)?.name ?? readLowerCompany(tokens, read.next);
    const text = tokens
      .slice(i, read.next)
      .map((token) => token.text)
      .join(' ');
    // "emailed the hays recruiter back - olivia": a name ending the line after a dash says who.
    const named = nameAfterDash(tokens, read.next);
    if (named) {
      const text = named.text.charAt(0).toUpperCase() + named.text.slice(1);
      found.names.push({ text, alternatives: [], ...(company ? { company } : {}) });
      found.spans.push([named.start, named.end]);
    } else {
      found.names.push({
        text,
        alternatives: [],
        described: true,
        ...(company ? { company } : {}),
      });
      found.spans.push([tokens[i]?.start ?? 0, tokens[read.next - 1]?.end ?? 0]);
    }
    // "the Admiral guy rang me back": a description before a verb got in touch, as a name does.
    // "someone from booking.com messaged me", "Someone from the KPMG Health team rang me back":
    // where they are from may stand before the verb.
    const verbAt = tokens
      .slice(read.next, read.next + 8)
      .findIndex((token) => subjectVerbs.has(token.lower) || token.text === ',');
    const verb = tokens[read.next + verbAt];
    if (i === 0 && verb && subjectVerbs.has(verb.lower)) found.inbound = true;
    // "email from the admiral guy": what came from them, as for a name.
    const from = ['from', 'frm'].includes(tokens[i - 1]?.lower ?? '');
    if (from && inboundFromNouns.has(tokens[i - 2]?.lower ?? '')) found.inbound = true;
    return;
  }
}

/** The last token, one word that may be a name, straight after a dash that follows `from`. */
function nameAfterDash(tokens: Token[], from: number): Token | undefined {
  const last = tokens.at(-1);
  const dash = tokens.at(-2);
  if (!last || !dash || tokens.length - 2 < from || !/^[-–—]$/.test(dash.text)) return undefined;
  if (!/^\p{L}[\p{L}'’-]*$/u.test(last.text) || notNames.has(last.lower)) return undefined;
  return last;
}

/** Words for a person the line does not name at all. */
const someoneWords = words('someone somebody');

/** Words for how someone seemed, before the word for them: "a very helpful woman". */
const describingWords = words(
  'very really quite super nice lovely helpful friendly kind young older senior junior random chatty',
);

/** "the", "my", "a recruiter from Reed": what opens a description of someone. */
const determiners = words('the that this my our some one a an');

/**
 * Up to three capitalised words of where they work, or two in lower case ("the admiral guy"),
 * then a word for a person.
 */
function readDescription(
  tokens: Token[],
  at: number,
): { next: number; company?: string } | undefined {
  const company: string[] = [];
  let j = at;
  // "a very helpful woman from the ONS": how they seemed is no part of where they work.
  while (j < at + 3 && describingWords.has(tokens[j]?.lower ?? '')) j += 1;
  const lower = (token: Token | undefined) =>
    token !== undefined &&
    /^\p{Ll}[\p{L}.&'’-]*$/u.test(token.text) &&
    !notNames.has(token.lower) &&
    !personNouns.has(token.lower);
  for (; company.length < 3 && isNameWord(tokens[j]); j += 1) company.push(tokens[j]?.text ?? '');
  if (company.length === 0)
    for (; company.length < 2 && lower(tokens[j]); j += 1) company.push(tokens[j]?.text ?? '');
  if (!personNouns.has(tokens[j]?.lower ?? '')) return undefined;
  return company.length > 0 ? { next: j + 1, company: company.join(' ') } : { next: j + 1 };
}

/** "my contact at booking.com": one or two lower-case words of where they work after "at" or "from". */
function readLowerCompany(tokens: Token[], at: number): string | undefined {
  if (!['at', 'from'].includes(tokens[at]?.lower ?? '')) return undefined;
  const parts: string[] = [];
  for (let j = at + 1; parts.length < 2; j += 1) {
    const token = tokens[j];
    const word = token?.lower ?? '';
    if (!token || !/^\p{Ll}[\p{L}.&'’-]*$/u.test(token.text) || notNames.has(word)) break;
    // "someone from booking.com messaged me": the verb ends where they work.
    if (subjectVerbs.has(word)) break;
    parts.push(token.text);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
