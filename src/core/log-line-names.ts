// The names in a one-line log: who the user was in touch with, as written, for matching to people.
import {
  companyWords,
  contactVerbs,
  givenByWords,
  inboundFromNouns,
  lowerObjectVerbs,
  meetingInto,
  movingWords,
  neutralSubjectVerbs,
  notForPerson,
  notNames,
  objectVerbs,
  onPersonWords,
  particles,
  subjectVerbs,
  togetherWords,
  toPersonWords,
  words,
} from './log-line-name-words.js';

export interface NameSpan {
  /** The name as written, tidied: "Kate Morrison", "Rachel Lowe" (from "rachel lowe"). */
  text: string;
  /** Shorter readings, longest first, when where the name ends is a guess ("Sam O'Neil Leeds"). */
  alternatives: string[];
  /** Where they work, as the line says it: "Olivia from Hays", "Sam (Deliveroo)". */
  company?: string;
}

export interface FoundNames {
  names: NameSpan[];
  /** Where each name and the word that led to it sit in the head, to leave them out of the summary. */
  spans: Array<[number, number]>;
  /** The line says they got in touch ("Ben replied", "email from Ana"). */
  inbound: boolean;
  /** Whether a doubtful name (a lower-case word after a comma) could be someone the user knows. */
  mayBePerson?: ((name: string) => boolean) | undefined;
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
  const marks = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*|[,&()]|(?<=\s)[-–—](?=\s)/gu;
  return [...text.matchAll(marks)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
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

/** Finds the people a head ("coffee with Ana and Ben", "Chidi intro'd me") names. */
export function findNames(
  head: string,
  mayBePerson?: (name: string) => boolean,
  skip: ReadonlyArray<[number, number]> = [],
): FoundNames {
  const tokens = headTokens(head, skip);
  const found: FoundNames = { names: [], spans: [], inbound: false, mayBePerson };
  let i = readSubject(head, tokens, found);
  for (; i < tokens.length; i += 1) {
    const token = tokens[i];
    const previous = tokens[i - 1]?.lower ?? '';
    if (!token) break;
    const isWith = token.lower === 'with';
    // "heard back from Hannah", "reply back from Ana": "back" changes nothing.
    const source = previous === 'back' ? (tokens[i - 2]?.lower ?? '') : previous;
    const isFrom =
      // "frm" is how "from" is often typed in a hurry.
      (token.lower === 'from' || token.lower === 'frm') &&
      (inboundFromNouns.has(source) || source === 'heard');
    const isTo = token.lower === 'to' && !movingWords.has(previous);
    const isFor = token.lower === 'for' && !notForPerson.has(previous);
    const isOn = token.lower === 'on' && onPersonWords.has(previous);
    const isBy = token.lower === 'by' && givenByWords.has(previous);
    const isPreposition = isWith || isFrom || isTo || isFor || isOn || isBy;
    if (!isPreposition && !objectVerbs.has(token.lower)) continue;
    // "bumped into Dev" meets someone; "moving into analytics" does not.
    if (token.lower === 'into' && !meetingInto.has(previous)) continue;
    // "sent priya shah my portfolio": after any other verb, a lower-case name needs two words.
    const allowLower: LowerNames =
      isWith ||
      isFrom ||
      isOn ||
      (isTo && toPersonWords.has(previous)) ||
      contactVerbs.has(token.lower)
        ? 'yes'
        : lowerObjectVerbs.has(token.lower)
          ? 'full'
          : 'no';
    const spanFrom = isPreposition ? token.start : undefined;
    const appositive = readAppositive(tokens, i + 1);
    const described = appositive === undefined ? readDescribed(tokens, i + 1, found) : undefined;
    const before = found.names.length;
    const next =
      appositive !== undefined
        ? readNameList(tokens, appositive, 'no', found, tokens[appositive - 1]?.start)
        : described !== undefined
          ? readNameList(tokens, described.at, 'no', found, spanFrom ?? tokens[described.at]?.start)
          : readNameList(tokens, i + 1, allowLower, found, spanFrom);
    const first = found.names[before];
    if (first && described?.company && !first.company) first.company = described.company;
    if (next > i + 1 && isFrom) found.inbound = true;
    i = Math.max(i, next - 1);
  }
  if (found.names.length === 0) readLeadingName(head, tokens, found);
  return found;
}

/** Words that open a description of someone before their name: "with a new client, Imogen Hart". */
const describers = words('a an the my our one');

/**
 * "call with a new client, Imogen Hart", "zoom with a founder, Lena Hoffmann, about…": a few
 * lower-case words describing someone, a comma, then their capitalised name. Returns where the
 * name starts, or undefined when the words do not read that way.
 */
function readAppositive(tokens: Token[], at: number): number | undefined {
  if (!describers.has(tokens[at]?.lower ?? '')) return undefined;
  for (let j = at + 1; j < Math.min(tokens.length, at + 5); j += 1) {
    const token = tokens[j];
    if (!token) return undefined;
    if (token.text === ',') return j > at + 1 && isNameWord(tokens[j + 1]) ? j + 1 : undefined;
    if (!/^\p{Ll}/u.test(token.text) || subjectVerbs.has(token.lower)) return undefined;
  }
  return undefined;
}

/** Lower-case words that end a description: "the Sky team and Kate", "the Hays recruiter at…". */
const descriptionEnds = words('and or at in on with to for from about of by re');

/**
 * "the Booking.com Priya", "the Hays recruiter Olivia", "the Sky team and Kate": "the", where
 * they work, perhaps what they are, then a name. Returns where the name starts and the company.
 * A name straight after the company ("the Leeds Data Co") may be the company's last word, so it
 * counts only when the caller's people know it, or, with nobody to ask, by this shape alone.
 */
function readDescribed(
  tokens: Token[],
  at: number,
  found: FoundNames,
): { at: number; company?: string } | undefined {
  if (tokens[at]?.lower !== 'the') return undefined;
  let j = at + 1;
  const company: string[] = [];
  for (; company.length < 3 && isNameWord(tokens[j]) && !isOwner(tokens[j]); j += 1)
    company.push(tokens[j]?.text ?? '');
  if (company.length === 0) return undefined;
  const roleStart = j;
  for (; j < roleStart + 2 && isDescribing(tokens[j]); j += 1);
  if (j === roleStart) {
    const name = company.pop() ?? '';
    const known = company.length > 0 && (found.mayBePerson?.(name) ?? true);
    return known ? { at: j - 1, company: company.join(' ') } : undefined;
  }
  if (isNameWord(tokens[j])) return { at: j, company: company.join(' ') };
  const joins = tokens[j]?.lower === 'and' || tokens[j]?.text === '&';
  return joins && isNameWord(tokens[j + 1]) ? { at: j + 1 } : undefined;
}

function isOwner(token: Token | undefined): boolean {
  return /['’]s$/.test(token?.text ?? '');
}

function isDescribing(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}/u.test(token.text) && !descriptionEnds.has(token.lower);
}

/** "Ben Ng reached out…", "Sam and Lee called": names before a verb are the people who got in touch. */
function readSubject(head: string, tokens: Token[], found: FoundNames): number {
  const trial: FoundNames = { names: [], spans: [], inbound: true, mayBePerson: found.mayBePerson };
  const start = labelEnd(head, tokens);
  const next = readNameList(tokens, start, 'yes', trial, undefined);
  const at = next === start ? next : verbAfterOrigin(tokens, next);
  const verb = tokens[at];
  const neutral = verb !== undefined && neutralSubjectVerbs.has(verb.lower);
  if (next === start || !verb || !(subjectVerbs.has(verb.lower) || neutral)) return 0;
  found.names.push(...trial.names);
  found.spans.push(...trial.spans);
  found.inbound = !neutral;
  return at;
}

/** "linkedin: Aisha Karim accepted…": a channel's name and a colon before the line proper. */
function labelEnd(head: string, tokens: Token[]): number {
  const [label] = tokens;
  return label && head.charAt(label.end) === ':' ? 1 : 0;
}

/** "Nat from the bootcamp messaged me": where the person is from, then the verb, within five words. */
function verbAfterOrigin(tokens: Token[], next: number): number {
  // "Sam and Lee both replied", "Yusuf and Lee - both replied": "both" leads to the verb.
  const dash = /^[-–—]$/.test(tokens[next]?.text ?? '') ? 1 : 0;
  if (togetherWords.has(tokens[next + dash]?.lower ?? '')) return next + dash + 1;
  if (!companyWords.has(tokens[next]?.lower ?? '')) return next;
  for (let j = next + 1; j < Math.min(tokens.length, next + 6); j += 1) {
    const word = tokens[j]?.lower ?? '';
    if (subjectVerbs.has(word)) return j;
    if (word === ',' || word === 'and') break;
  }
  return next;
}

/** "Ana", "Ana - coffee", "Ana: data roles": a line that simply starts with a name. */
function readLeadingName(head: string, tokens: Token[], found: FoundNames): void {
  const read = readName(tokens, 0, 'no');
  const end = tokens[read ? read.next - 1 : -1]?.end;
  // "Ana - coffee", or "Kate Morrison's talk at…": a name then a break, or a name that owns what follows.
  const possessive = /['’]s$/.test(tokens[read ? read.next - 1 : -1]?.text ?? '');
  if (!read || end === undefined) return;
  if (!possessive && !/^\s*($|[,:;\-—–])/.test(head.slice(end))) return;
  found.names.push(read.name);
  found.spans.push([0, end]);
}

/** Reads "Ana", "Maria and Tom", "Ana, Ben & Lee" from `i`; returns the index after the list. */
function readNameList(
  tokens: Token[],
  i: number,
  allowLower: LowerNames,
  found: FoundNames,
  spanFrom: number | undefined,
): number {
  let at = i;
  let from = spanFrom;
  let lowerList = allowLower;
  const namedBefore = found.names.length > 0;
  for (;;) {
    const skipMe = tokens[at]?.lower === 'me' ? 1 : 0;
    // ", ben": when the caller can say who might fit, it decides whether a doubtful word is a name.
    const ask = at > i && isDoubtful(tokens, at) ? found.mayBePerson : undefined;
    const read = skipMe
      ? undefined
      : (readName(tokens, at, ask ? allowLower : lowerList) ??
        readKnownWord(tokens, at, lowerList, found.mayBePerson));
    if (!read && !skipMe) return at === i ? i : at - 1;
    const fits = (check: (name: string) => boolean) =>
      read !== undefined && [read.name.text, ...read.name.alternatives].some(check);
    if (read && ask && !fits(ask)) return at - 1;
    // "lunch with Anna, asked if she'd look at…", "replied with loads of tips": once someone is
    // named, lower-case words further on name someone only when the caller's people know them.
    const lowerLater = read && namedBefore && /^\p{Ll}/u.test(tokens[at]?.text ?? '');
    if (lowerLater && !(found.mayBePerson && fits(found.mayBePerson))) return at === i ? i : at - 1;
    // "coffee with Dev, Tricky": one capitalised word closing a list after a comma is as likely
    // a remark as a name, so the caller's people decide, as for a lower-case word.
    const remark = read && !ask && at > i && isLastLoneWord(tokens, at, read.next);
    if (remark && found.mayBePerson && !fits(found.mayBePerson)) return at - 1;
    // "an intro to KPMG's data team": once someone is named, one word owning something is as
    // likely a company as a person, so the caller's people decide.
    const owner = read && found.names.length > 0 && isLoneOwner(tokens, at, read.next);
    if (owner && found.mayBePerson && !fits(found.mayBePerson)) return at === i ? i : at - 1;
    const company = read ? readCompany(tokens, read.next) : undefined;
    if (read && company) read.name.company = company.name;
    const end = company ? company.next : read ? read.next : at + 1;
    if (read && !found.names.some((n) => n.text === read.name.text)) found.names.push(read.name);
    // "Olivia from Hays" leaves the summary with the name; "Dev at Manchester Tech Festival" stays.
    const spanEnd = company?.cut ? end : (read?.next ?? end);
    if (read) found.spans.push([from ?? tokens[at]?.start ?? 0, tokens[spanEnd - 1]?.end ?? 0]);
    // "Kate Morrison, awkward": after a capitalised name, a lower-case word past a comma is a note.
    if (at === i && read && /^\p{Lu}/u.test(tokens[at]?.text ?? '')) lowerList = 'no';
    const joiner = tokens[end];
    if (!joiner || !(joiner.text === ',' || joiner.text === '&' || joiner.lower === 'and'))
      return end;
    const askable = found.mayBePerson !== undefined && allowLower !== 'no';
    if (joiner.text === ',' && !lowerList && !askable && !isNameWord(tokens[end + 1])) return end;
    from = joiner.start;
    at = end + 1;
  }
}

/**
 * "sent rachel my updated cv": where a lower-case name must be a full name, one word still is
 * when the caller's people know it.
 */
function readKnownWord(
  tokens: Token[],
  at: number,
  allowLower: LowerNames,
  mayBePerson: ((name: string) => boolean) | undefined,
): ReadName | undefined {
  if (allowLower !== 'full' || !mayBePerson) return undefined;
  const read = readName(tokens, at, 'yes');
  if (!read || read.next !== at + 1 || !mayBePerson(read.name.text)) return undefined;
  return read;
}

/** How a name written in lower case is taken: as a name, not at all, or only as a full name. */
export type LowerNames = 'yes' | 'no' | 'full';

/** ", Tricky" closing the line or followed by more words: one word after a comma, no list after it. */
function isLastLoneWord(tokens: Token[], at: number, next: number): boolean {
  const after = tokens[next];
  const joins =
    after !== undefined && (after.text === ',' || after.text === '&' || after.lower === 'and');
  return tokens[at - 1]?.text === ',' && next === at + 1 && !joins;
}

/** "KPMG's data team": one word with 's, then what it owns. */
function isLoneOwner(tokens: Token[], at: number, next: number): boolean {
  return next === at + 1 && /['’]s$/.test(tokens[at]?.text ?? '') && tokens[next] !== undefined;
}

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
  // "Sam from Ocado DM'd me": a capitalised verb ends the company.
  const inCompany = (token: Token | undefined) =>
    token !== undefined && /^\p{Lu}/u.test(token.text) && !subjectVerbs.has(token.lower);
  for (; parts.length < 4 && inCompany(tokens[j]); j += 1) parts.push(tokens[j]?.text ?? '');
  if (parts.length === 0) return undefined;
  return { name: parts.join(' '), next: j, cut: first.lower === 'from' };
}

/** ", awkward": a lower-case word after a comma is as likely a remark as a name. */
function isDoubtful(tokens: Token[], at: number): boolean {
  return tokens[at - 1]?.text === ',' && /^\p{Ll}/u.test(tokens[at]?.text ?? '');
}

export function readName(tokens: Token[], i: number, allowLower: LowerNames): ReadName | undefined {
  const parts: string[] = [];
  let j = i;
  while (parts.length < 5) {
    const token = tokens[j];
    if (!token) break;
    if (isNameWord(token)) {
      parts.push(cleanNameWord(token.text));
      j += 1;
      if (/['’]s$/.test(token.text)) break;
    } else if (parts.length > 0 && particles.has(token.lower) && nameFollowsParticles(tokens, j)) {
      parts.push(token.text);
      j += 1;
    } else break;
  }
  let guessed = parts.length > 2;
  if (parts.length === 0 && allowLower !== 'no') {
    while (parts.length < 3) {
      const token = tokens[j];
      if (!token || !/^\p{Ll}[\p{Ll}'’-]*$/u.test(token.text) || notNames.has(token.lower)) break;
      if (subjectVerbs.has(token.lower) || objectVerbs.has(token.lower)) break;
      parts.push(capitalise(cleanNameWord(token.text)));
      j += 1;
      if (/['’]s$/.test(token.text)) break;
    }
    if (allowLower === 'full' && parts.length < 2) return undefined;
    guessed = parts.length > 1;
  }
  if (parts.length === 0) return undefined;
  const alternatives = guessed
    ? parts.slice(0, -1).map((_, k) => parts.slice(0, parts.length - 1 - k).join(' '))
    : [];
  return { name: { text: parts.join(' '), alternatives }, next: j };
}

function capitalise(word: string): string {
  return word.replace(/(^|['’-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "de la Cruz": particles belong to a name only when a capitalised word follows them. */
function nameFollowsParticles(tokens: Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && particles.has(tokens[j]?.lower ?? '')) j += 1;
  return isNameWord(tokens[j]);
}

function isNameWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    /^\p{Lu}/u.test(token.text) &&
    !notNames.has(token.lower.replace(/['’]s$/, '').replace(/\.$/, ''))
  );
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
