// A list of names in a one-line log: "Ana", "Maria and Tom", "Ana, Ben & Lee", and where it stops.
import { subjectVerbs, words } from './log-line-name-words.js';
import type { FoundNames } from './log-line-names.js';
import { readAppositiveName } from './log-line-appositive.js';
import { readRelation } from './log-line-relations.js';
import {
  isAcronym,
  isNameWord,
  readCompany,
  readName,
  type LowerNames,
  type ReadName,
  type Token,
} from './log-line-tokens.js';
import { formalTitle } from './person-name-shape.js';

/** Reads "Ana", "Maria and Tom", "Ana, Ben & Lee" from `i`; returns the index after the list. */
export function readNameList(
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
    // "call with owen, talked health data", ", wants a freelance audit": a verb ends the list.
    if (at > i && tokens[at - 1]?.text === ',' && readsAsDone(tokens[at])) return at - 1;
    // "Dev and a friend of his, Kwame Asante": after "and", someone described, then named.
    // "Dr. Reid and a Mrs Gillian Ashby": "a" and a title say someone new.
    const titled = at > i && /^an?$/.test(tokens[at]?.lower ?? '') && isTitled(tokens[at + 1]);
    const appositive = titled
      ? { at: at + 1, fresh: true }
      : at > i
        ? readAppositiveName(tokens, at)
        : undefined;
    if (appositive) at = appositive.at;
    const skipMe = tokens[at]?.lower === 'me' ? 1 : 0;
    // "my old boss ian", "a recruiter called aoife": who they are says the next word is a name,
    // where a name may be read at all ("introduced me to her colleague Sunil" names no contact).
    const relation = skipMe || allowLower === 'no' ? undefined : readRelation(tokens, at);
    // ", ben": when the caller can say who might fit, it decides whether a doubtful word is a name.
    const ask = at > i && !relation && isDoubtful(tokens, at) ? found.mayBePerson : undefined;
    const read = skipMe
      ? undefined
      : relation
        ? readName(tokens, relation.at, 'yes')
        : (readName(tokens, at, ask ? allowLower : lowerList) ??
          readKnownWord(tokens, at, lowerList, found.mayBePerson));
    if (read && (relation?.fresh || appositive?.fresh)) read.name.fresh = true;
    else if (read && relation) read.name.related = true;
    // "liked google's post": one lower-case word owning a post is a person unless it is where
    // someone the user knows works.
    const workplace =
      read && !relation && isLoneLowerOwner(tokens, at, read.next) && found.isWorkplace;
    if (workplace && workplace(read.name.text)) return at === i ? i : at - 1;
    if (!read && !skipMe) return at === i ? i : at - 1;
    const fits = (check: (name: string) => boolean) =>
      read !== undefined && [read.name.text, ...read.name.alternatives].some(check);
    if (read && ask && !fits(ask)) return at - 1;
    // "lunch with Anna, asked if she'd look at…", "replied with loads of tips": once someone is
    // named, lower-case words further on name someone only when the caller's people know them.
    const lowerLater = read && !relation && namedBefore && /^\p{Ll}/u.test(tokens[at]?.text ?? '');
    if (lowerLater && !(found.mayBePerson && fits(found.mayBePerson))) return at === i ? i : at - 1;
    // "he'll put my name forward for APM": once someone is named, one word in capitals is as
    // likely a role or a team as a person ("lunch with CHIDI" alone is still Chidi).
    // "Mia Tanaka, AD at The New Yorker, replied": capitals after a comma, then "at", are a title.
    // "Mr Philip Granger, Operations Director at Wincanton,": so is a title's words before "at".
    const title =
      read !== undefined &&
      tokens[at - 1]?.text === ',' &&
      /^(?:at|of)$/.test(tokens[read.next]?.lower ?? '') &&
      ((read.next === at + 1 && isAcronym(tokens[at]?.text ?? '')) ||
        (read.next <= at + 3 && titleWords.has(tokens[read.next - 1]?.lower ?? '')));
    if (title) return at - 1;
    const acronym =
      read && namedBefore && read.next === at + 1 && isAcronym(tokens[at]?.text ?? '');
    if (acronym && !(found.mayBePerson && fits(found.mayBePerson))) return at === i ? i : at - 1;
    // "coffee with Dev, Tricky": one capitalised word closing a list after a comma is as likely
    // a remark as a name, so the caller's people decide, as for a lower-case word.
    const remark = read && !ask && at > i && isLastLoneWord(tokens, at, read.next);
    if (remark && found.mayBePerson && !fits(found.mayBePerson)) return at - 1;
    // "an intro to KPMG's data team": once someone is named, one word owning something is as
    // likely a company as a person, so the caller's people decide.
    const owner = read && found.names.length > 0 && isLoneOwner(tokens, at, read.next);
    if (owner && found.mayBePerson && !fits(found.mayBePerson)) return at === i ? i : at - 1;
    const company = read
      ? (readCompany(tokens, read.next) ?? readLowerCompanyBeforeJoin(tokens, read.next))
      : undefined;
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
    // "call with Aisha Khan, then Aisha Karim straight after": one person after another.
    at =
      joiner.text === ',' && tokens[end + 1]?.lower === 'then' && isNameWord(tokens[end + 2])
        ? end + 2
        : end + 1;
  }
}

/**
 * "priya shah from booking and rachel", "anna from revolut n ana at spotify": one word in small
 * letters after "from" or "at", then "and", is where the first works, and the list goes on.
 */
function readLowerCompanyBeforeJoin(
  tokens: Token[],
  at: number,
): { name: string; next: number; cut: boolean } | undefined {
  const [place, firm, joiner] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!place || !firm || !joiner || !/^(?:from|at)$/.test(place.lower)) return undefined;
  if (!/^\p{Ll}[\p{L}.&'’-]*$/u.test(firm.text) || notCompanies.has(firm.lower)) return undefined;
  if (!(joiner.lower === 'and' || joiner.text === '&')) return undefined;
  return { name: firm.text, next: at + 2, cut: place.lower === 'from' };
}

/** Small words after "at" that are no workplace: "at the", "at home", "at work". */
const notCompanies = new Set([
  'the',
  'a',
  'an',
  'home',
  'work',
  'his',
  'her',
  'their',
  'my',
  'our',
  'lunch',
  'coffee',
  'drinks',
  'dinner',
  'breakfast',
  'church',
  'school',
  'uni',
  'college',
  'last',
  'first',
  'least',
]);

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

/** ", Tricky" closing the line or followed by more words: one word after a comma, no list after it. */
function isLastLoneWord(tokens: Token[], at: number, next: number): boolean {
  const after = tokens[next];
  const joins =
    after !== undefined && (after.text === ',' || after.text === '&' || after.lower === 'and');
  return tokens[at - 1]?.text === ',' && next === at + 1 && !joins;
}

/** "tariq's post": one lower-case word with 's. */
function isLoneLowerOwner(tokens: Token[], at: number, next: number): boolean {
  return next === at + 1 && /^\p{Ll}.*['’]s$/u.test(tokens[at]?.text ?? '');
}

/** "KPMG's data team": one word with 's, then what it owns. */
function isLoneOwner(tokens: Token[], at: number, next: number): boolean {
  return next === at + 1 && /['’]s$/.test(tokens[at]?.text ?? '') && tokens[next] !== undefined;
}

/** ", awkward": a lower-case word after a comma is as likely a remark as a name. */
function isDoubtful(tokens: Token[], at: number): boolean {
  return tokens[at - 1]?.text === ',' && /^\p{Ll}/u.test(tokens[at]?.text ?? '');
}

/** "Mrs", "Dr.": a title before a name. */
function isTitled(token: Token | undefined): boolean {
  return formalTitle.test(token?.text ?? '');
}

/** The last word of a job title: "Operations Director", "Senior Recruiter", "Head (of People)". */
const titleWords = words(
  'director manager head lead officer executive partner recruiter chair chairman chairwoman chairperson consultant analyst engineer designer president secretary coordinator specialist founder ceo cfo coo cto adviser advisor associate principal supervisor controller administrator treasurer trustee governor clerk editor producer researcher scientist developer architect accountant actuary teacher headteacher lecturer professor nurse matron registrar fellow',
);

const presentVerbs = words('wants needs says thinks reckons talks');

/** "talked", "discussed", "wants": a lower-case word after a comma that says what was done. */
function readsAsDone(token: Token | undefined): boolean {
  if (!token || !/^\p{Ll}/u.test(token.text)) return false;
  if (subjectVerbs.has(token.lower) || presentVerbs.has(token.lower)) return true;
  return /^\p{Ll}{3,}[^m]ed$/u.test(token.text);
}
