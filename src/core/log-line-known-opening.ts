// A line that opens with someone the user knows is about them, whatever follows the name:
// "Dan Fletcher fwd a contracting gig", "Daniel Okoro Barclays. Call Thurs 1500.", "Kate M at Sky".
import type { FoundNames } from './log-line-names.js';
import {
  neutralSubjectVerbs,
  notNames,
  objectVerbs,
  plainVerbs,
  subjectVerbs,
  words,
} from './log-line-name-words.js';
import { capitalise, headTokens, type Token } from './log-line-tokens.js';
import { nameKey } from './name-match.js';
import { activityWords } from './log-line-note.js';
import { isKnownGivenName, isKnownSurname, writtenAsName } from './person-name-shape.js';

/** "never replied", "still hasnt paid", "have I thanked": no verb of theirs after these. */
const notYet = words("never not no still hasnt hasn't hasn’t didnt didn't didn’t i me have ko");

/** Verbs in shorthand that say what someone did: "fwd a gig", "WA'd Fri night". */
const shorthandVerbs = words("fwd fwded fw'd fw’d fwd'd wa'd wa’d wa'ed li'd");

/** A word that may end a name: "Fletcher", "O'Neill", "M", "M." — not a verb or a common word. */
function mayEndName(lower: string): boolean {
  const bare = lower.replace(/['’]s$/, '').replace(/\.$/, '');
  return (
    /^[\p{L}][\p{L}\p{M}'’-]*$/u.test(bare) &&
    !notNames.has(bare) &&
    !subjectVerbs.has(bare) &&
    !objectVerbs.has(bare) &&
    !plainVerbs.has(bare)
  );
}

/**
 * When the head opens with a given name and one more word that, together, are someone the
 * caller's people know (asked through `mayBePerson`), that person is in the line: first among
 * its names, in place of a longer reading of the same words ("Mark Evans Tesco"). So is someone
 * new whose two words are written as a name and end in a known surname ("Nia Roberts Cardiff
 * Council fleet mgr emailed back", "Tony Bishop ex-REME"), when the rules found no one else.
 * Other words the rules read as names stay, for the caller to weigh.
 */
export function readKnownOpening(
  head: string,
  found: FoundNames,
  skip: ReadonlyArray<[number, number]> = [],
): void {
  const ask = found.mayBePerson;
  if (!ask) return;
  const tokens = headTokens(head, skip);
  const [first, second, third] = tokens;
  if (!first || !second || head.slice(0, first.start).trim() !== '') return;
  if (second.start - first.end !== 1) return;
  const given = first.text.replace(/['’]s$/, '');
  if (!mayEndName(second.lower) || activityWords.has(first.lower)) return;
  const surname = second.text.replace(/['’]s$/, '').replace(/[.,]$/, '');
  const text = `${given} ${surname}`;
  const key = nameKey(text);
  const already = found.names.findIndex((name) => nameKey(name.text) === key);
  if (already >= 0) {
    // "Dan Fletcher fwd a gig": a verb of theirs right after the name.
    if (already === 0 && found.spans[0]?.[0] === first.start) {
      if (found.names.length === 1) readJoinedKnown(tokens, found, ask);
      readTheirVerb(head, found, tokens.slice(2, 3));
    }
    return;
  }
  // A longer reading of the same opening words ("Steve Pritchard Amazon") gives way to it.
  const longer = found.spans.findIndex(([start]) => start <= first.start);
  const extends_ = longer >= 0 && nameKey(found.names[longer]?.text ?? '').startsWith(`${key} `);
  const known = isKnownGivenName(given) && ask(text);
  // "Mei Ling Tan" goes on into a third name word; "Mark Jenkins Wincanton" into a workplace.
  const goesOn =
    third !== undefined && (isKnownSurname(third.text) || isKnownGivenName(third.text));
  const fullName =
    (found.names.length === 0 || (extends_ && !goesOn)) &&
    mayEndName(first.lower) &&
    isKnownSurname(surname) &&
    // "john lewis's data team is hiring": a name owning a team may be a firm's.
    !/['’]s$/.test(second.text) &&
    // "ollie brennan coffee thurs": in lower case, only a given name Kith knows opens a name.
    ((writtenAsName.test(given) && writtenAsName.test(surname)) ||
      (given === given.toLowerCase() &&
        surname === surname.toLowerCase() &&
        isKnownGivenName(given)));
  if (!known && !fullName) return;
  if (extends_) {
    found.names.splice(longer, 1);
    found.spans.splice(longer, 1);
  }
  // "robert singh" is tidied as the other readers tidy a name written in lower case.
  const tidy = text === text.toLowerCase() ? text.split(' ').map(capitalise).join(' ') : text;
  found.names.unshift({ text: tidy, alternatives: [] });
  found.spans.unshift([first.start, second.end]);
  readJoinedKnown(tokens, found, ask);
  readTheirVerb(head, found, tokens.slice(2));
}

/** Words that join one name to the next: "Mark Evans and Marcus Bell", "Hannah Schmidt, Wei Chen". */
const joiners = words('and & + , n');

/**
 * "Mark Evans and Marcus Bell were both at the meetup", "Hannah Schmidt, Wei Chen and I met for
 * drinks": more people the user knows, each a given name and one more word, joined to the first.
 */
function readJoinedKnown(tokens: Token[], found: FoundNames, ask: (name: string) => boolean): void {
  let added = 1;
  for (let k = 2; joiners.has(tokens[k]?.lower ?? ''); k += 3) {
    const [given, surname] = [tokens[k + 1], tokens[k + 2]];
    if (!given || !surname || surname.start - given.end !== 1) return;
    if (!isKnownGivenName(given.text) || !mayEndName(surname.lower)) return;
    const text = `${given.text} ${surname.text.replace(/[.,]$/, '')}`;
    if (found.names.some((name) => nameKey(name.text) === nameKey(text)) || !ask(text)) return;
    found.names.splice(added, 0, { text, alternatives: [] });
    found.spans.splice(added, 0, [given.start, surname.end]);
    added += 1;
  }
}

/**
 * "Nia Roberts Cardiff Council fleet mgr emailed back": a verb of theirs after the name and where
 * they work, in the same sentence and before a note's dash, says they were the ones in touch.
 */
function readTheirVerb(head: string, found: FoundNames, after: Token[]): void {
  if (found.inbound) return;
  for (const [k, token] of after.slice(0, 8).entries()) {
    if (/^[-–—]$/.test(token.text)) return;
    if (found.spans.slice(1).some(([start]) => start <= token.start)) return;
    const verb = token.lower;
    if (neutralSubjectVerbs.has(verb) || notYet.has(verb)) return;
    if (subjectVerbs.has(verb) || shorthandVerbs.has(verb)) {
      found.inbound = true;
      found.subjectVerb = verb;
      return;
    }
    // "Barclays. Call Thurs": a sentence ended before any verb of theirs.
    const end = after[k + 1]?.start ?? head.length;
    if (/^\.\s/.test(head.slice(token.end - 1, end)) || /\p{L}{3}\.$/u.test(token.text)) return;
  }
}
