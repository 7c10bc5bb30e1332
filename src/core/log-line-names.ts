// The names in a one-line log: who the user was in touch with, as written, for matching to people.
import {
  companyWords,
  contactVerbs,
  givenByWords,
  reachedByWords,
  inboundFromNouns,
  lowerObjectVerbs,
  meetingInto,
  movingWords,
  besideWords,
  vouchNouns,
  leftForNouns,
  neutralSubjectVerbs,
  notForPerson,
  objectVerbs,
  onPersonWords,
  reviewParticles,
  reviewVerbs,
  subjectVerbs,
  togetherWords,
  toPersonWords,
  words,
} from './log-line-name-words.js';
import { readFullNameOpening, readKnownOwner, readPlacedOpening } from './log-line-full-names.js';
import { readAppositive, readAppositiveName } from './log-line-appositive.js';
import { readNameList } from './log-line-name-list.js';
import {
  namedAfter,
  ownerSentOn,
  setAsideFrom,
  setAsideNewIntroduced,
} from './log-line-set-aside.js';
import { newContactLabel, readRelation, relationNouns } from './log-line-relations.js';
import {
  headTokens,
  isNameWord,
  readName,
  readCompany,
  type LowerNames,
  type NameSpan,
  type Token,
} from './log-line-tokens.js';
import { formalTitle, isKnownGivenName, isKnownSurname } from './person-name-shape.js';

export type { NameSpan } from './log-line-tokens.js';

export interface FoundNames {
  names: NameSpan[];
  /** Where each name and the word that led to it sit in the head, to leave them out of the summary. */
  spans: Array<[number, number]>;
  /** The line says they got in touch ("Ben replied", "email from Ana"). */
  inbound: boolean;
  /** The verb after the people opening the line, when they did something: "Zoe suggested…". */
  subjectVerb?: string;
  /** The people opening the line said something, with no word of how: "Priya said they're hiring". */
  saidSo?: boolean;
  /** Whether a doubtful name (a lower-case word after a comma) could be someone the user knows. */
  mayBePerson?: ((name: string) => boolean) | undefined;
  /** Whether a word is where someone the user knows works (see `ParseLogLineOptions`). */
  isWorkplace?: ((name: string) => boolean) | undefined;
  /** "offered to intro me to Raj Mehta": a name was read as whom the user is introduced to. */
  introducedNamed?: boolean;
}

/** Finds the people a head ("coffee with Ana and Ben", "Chidi intro'd me") names. */
export function findNames(
  head: string,
  mayBePerson?: (name: string) => boolean,
  skip: ReadonlyArray<[number, number]> = [],
  isWorkplace?: (name: string) => boolean,
): FoundNames {
  const tokens = headTokens(head, skip);
  const found: FoundNames = { names: [], spans: [], inbound: false, mayBePerson, isWorkplace };
  let i = readNewContact(head, tokens, found) ?? readSubject(head, tokens, found);
  // "introduced chidi eze to wei chen": after the people introduced, "to" leads to another.
  let introduced = -1;
  // "intro'd me to a partner at kpmg called Fiona": where whom the user was introduced to begins.
  let introTarget = -1;
  for (; i < tokens.length; i += 1) {
    const token = tokens[i];
    const previous = tokens[i - 1]?.lower ?? '';
    if (!token) break;
    // "teams call. Cazoo pausing…": a word that ends a sentence leads to nobody after it.
    if (/\p{L}{3}\.$/u.test(token.text)) continue;
    const isWith = token.lower === 'with';
    // "heard back from Hannah", "reply back from Ana": "back" changes nothing.
    const source = previous === 'back' ? (tokens[i - 2]?.lower ?? '') : previous;
    const isFrom =
      // "frm" is how "from" is often typed in a hurry.
      (token.lower === 'from' || token.lower === 'frm') &&
      (inboundFromNouns.has(source) ||
        source === 'heard' ||
        // "got the interview rubric from siobhan", "a spec came through from rachel".
        (found.names.length === 0 && receivedBefore(tokens, i)) ||
        // "requested a linkedin recommendation from benjamin carter": whom the user asked.
        (found.names.length === 0 && /^request(?:ed|ing)$/.test(tokens[0]?.lower ?? '')) ||
        // "an email out of the blue from a João Pereira": "a" and a full name is someone.
        (/^an?$/.test(tokens[i + 1]?.lower ?? '') && readRelation(tokens, i + 1)?.fresh === true));
    // "he's moving to Arup", "my friend who's moving up to Edinburgh": where someone goes is no one.
    const moving =
      movingWords.has(previous) ||
      (directionWords.has(previous) && movingWords.has(tokens[i - 2]?.lower ?? ''));
    const isTo = token.lower === 'to' && !moving;
    const toIntroduced = isTo && i === introduced;
    const isFor = token.lower === 'for' && !notForPerson.has(previous);
    const isOn = token.lower === 'on' && onPersonWords.has(previous);
    // "a post on LinkedIn by Mrs Sheila Marsh": where it was put may stand between.
    const isBy =
      token.lower === 'by' &&
      (givenByWords.has(previous) ||
        (tokens[i - 2]?.lower === 'on' && givenByWords.has(tokens[i - 3]?.lower ?? '')));
    // "was sent the guide by ana lopez", "forwarded to me by aisha": whoever did it to the user.
    const isReachedBy =
      token.lower === 'by' &&
      (reachedByWords.has(previous) || (found.names.length === 0 && passiveBefore(tokens, i)));
    // "sat next to benjamin carter", "sat beside margaret": where someone sat names them.
    const isBeside =
      (token.lower === 'beside' && besideWords.has(previous)) ||
      (token.lower === 'to' && previous === 'next' && besideWords.has(tokens[i - 2]?.lower ?? ''));
    // "starling are hiring again per marcus": the name ending the line after "per" is the source.
    const isPer =
      token.lower === 'per' &&
      previous !== 'as' &&
      tokens.length - i <= 3 &&
      !perUnits.has(tokens[i + 1]?.lower ?? '');
    const isPreposition =
      isWith || isFrom || isTo || isFor || isOn || isBy || isReachedBy || isBeside || isPer;
    const joins = joinsPeople(tokens, i);
    if (!isPreposition && !joins && !objectVerbs.has(token.lower)) continue;
    // "bumped into Dev" meets someone; "moving into analytics" does not.
    if (token.lower === 'into' && !meetingInto.has(previous)) continue;
    // "put me in touch with a recruiter called jess": someone described, then named, is whom
    // the user was introduced to, as in "introduced me to her colleague Sunil", not a contact.
    if (isWith && previous === 'touch' && readRelation(tokens, i + 1)) {
      if (found.names.length > 0) introTarget = i;
      continue;
    }
    // "intro'd siobhan to my old colleague ferdia": whom the user introduced a contact to, named
    // by who they are, is no contact of this line either.
    if (toIntroduced && readRelation(tokens, i + 1)) continue;
    // "emailed to say thanks for the intro to fatima": whom a past intro joined someone to is
    // no contact of the thanks; only the one thanked or thanking is.
    if (isTo && thanksForIntro(tokens, i)) continue;
    // "was introduced to intercom's head of data by niamh": in a passive intro, "to" leads to
    // whom the user met and "by" to the contact.
    if (isTo && introWords.has(previous) && passiveMarkers.has(tokens[i - 2]?.lower ?? ''))
      continue;
    // "intro'd me to the bupa data engineering lead, tom okafor": described, then named, the same.
    const introducedMe =
      (isTo && introducedMeBy(tokens, i)) ||
      // "emailed 28 oct, intro to her colleague Raj Mehta": once someone is named, whom an intro
      // leads to.
      (isTo && found.names.length > 0 && introNouns.has(previous)) ||
      (isWith && previous === 'touch') ||
      ((isWith || isTo) &&
        previous === 'me' &&
        ['connected', 'connecting', 'connect'].includes(tokens[i - 2]?.lower ?? '')) ||
      // "emailed to introduce me with Tunde", "thanks to Chidi for the intro with Tunde": "with"
      // where English says "to".
      (isWith && previous === 'me' && introWords.has(tokens[i - 2]?.lower ?? '')) ||
      (isWith && found.names.length > 0 && introNouns.has(previous));
    if (introducedMe && readAppositive(tokens, i + 1) !== undefined) continue;
    // "sent priya shah my portfolio": after any other verb, a lower-case name needs two words.
    const allowLower: LowerNames =
      isWith ||
      isFrom ||
      isReachedBy ||
      isOn ||
      isBeside ||
      isPer ||
      (isTo && toPersonWords.has(previous)) ||
      // "sent the meetup slides to karan mehta": after something sent, "to" leads to whom.
      (isTo && !subjectVerbs.has(previous) && sentBefore(tokens, i)) ||
      contactVerbs.has(token.lower) ||
      joins
        ? 'yes'
        : lowerObjectVerbs.has(token.lower) ||
            toIntroduced ||
            (isFor && (vouchNouns.has(previous) || leftForNouns.has(previous)))
          ? 'full'
          : 'no';
    const spanFrom = isPreposition ? token.start : undefined;
    const appositive = readAppositive(tokens, i + 1);
    const described = appositive === undefined ? readDescribed(tokens, i + 1, found) : undefined;
    const before = found.names.length;
    const spansBefore = found.spans.length;
    const next =
      appositive !== undefined
        ? readNameList(
            tokens,
            appositive,
            isNameWord(tokens[appositive]) ? 'no' : 'yes',
            found,
            tokens[appositive - 1]?.start,
          )
        : described !== undefined
          ? readNameList(tokens, described.at, 'no', found, spanFrom ?? tokens[described.at]?.start)
          : readNameList(tokens, afterParticle(tokens, i), allowLower, found, spanFrom);
    const first = found.names[before];
    if (first && described?.company && !first.company) first.company = described.company;
    // "requested a referral from priya": "from" names whom the user asked, who began nothing.
    const askedOf = isFrom && tokens.slice(0, i).some((t) => askingVerbs.has(t.lower));
    // "no reply from Rob Singh since the 13th": a silence names them, but they sent nothing.
    const silence = isFrom && /^(?:no|nothing|still no)$/.test(tokens[i - 2]?.lower ?? '');
    if (next > i + 1 && (isFrom || isPer || isReachedBy) && !askedOf && !silence)
      found.inbound = true;
    if (found.names.length > before && introVerbs.has(token.lower)) introduced = next;
    if (introducedMe && before > 0) introTarget = i;
    // "passed Aisha Khan's details on to Olivia Brown": whose thing went is no contact when the
    // line says whom it went to.
    if (sendingVerbs.has(token.lower) && ownerSentOn(tokens, next))
      setAsideFrom(found, before, spansBefore);
    // "offered to intro me to Bupa procurement lead": one capitalised word, then who at it in
    // small letters, is a firm's role, and no one of the line.
    if (introducedMe && next === i + 2 && firmsRoleAfter(tokens, next))
      setAsideFrom(found, before, spansBefore);
    // "intro me to Raj Mehta in the AZ creative team": a name, not a firm's role ("AZ's … lead").
    const owned = /['’]s$/.test(tokens[next - 1]?.text ?? '');
    if (introducedMe && before > 0 && found.names.length > before && !owned)
      found.introducedNamed = true;
    // "dev said he'd intro me to neil roberts": whom, named in full in small letters, is still
    // someone named (an intro), though no contact of the line.
    if (introducedMe && before > 0 && found.names.length === before && namesLowerTarget(tokens, i))
      found.introducedNamed = true;
    if ((introducedMe || namedAfter(tokens, introTarget, i)) && before > 0)
      setAsideNewIntroduced(found, before, spansBefore);
    i = Math.max(i, next - 1);
  }
  if (found.names.length === 0) readClauseSubject(head, tokens, found);
  if (found.names.length === 0) readLeadingName(head, tokens, found);
  if (found.names.length === 0) readKnownOwner(tokens, found);
  return found;
}

/**
 * After "to" at `at`: a first name Kith knows and a surname, in small letters, then the end of the
 * clause or where they work ("neil roberts, delivery manager", "mo akhtar at leeds data co").
 */
function namesLowerTarget(tokens: Token[], at: number): boolean {
  const [given, surname, after] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  const lower = (token: Token | undefined): token is Token =>
    token !== undefined && /^\p{Ll}[\p{Ll}'’-]+$/u.test(token.text);
  if (!lower(given) || !lower(surname)) return false;
  if (!isKnownGivenName(given.lower) || !isKnownSurname(surname.lower)) return false;
  return after === undefined || /^(?:,|;|\.|at|from|in|who|over|by|on)$/.test(after.lower);
}

/** Words between moving and where to: "moving up to Edinburgh", "relocating back to Cork". */
const directionWords = words('up down over back across out home');

const sendingVerbs = words('sent emailed forwarded passed posted mailed pitched');

/** The user asking for something: "requested a referral from", "asked for a steer from". */
const askingVerbs = words('requested requesting asked asking');

/** Words that say something reached the user: "got a link", "received the spec". */
const receivingVerbs = words('got received');
/** What opens the thing received: "got the rubric", not "got into analytics". */
const receivedThings = words('a an the some his her their this that');

/**
 * Whether something came to the user before token `at`: "got the rubric … from", "a spec came
 * through from". Not "got into analytics from retail", where "from" says where they came from.
 */
function receivedBefore(tokens: Token[], at: number): boolean {
  return tokens
    .slice(0, at)
    .some(
      (token, j) =>
        (receivingVerbs.has(token.lower) && receivedThings.has(tokens[j + 1]?.lower ?? '')) ||
        (token.lower === 'came' && j === at - 2 && tokens[at - 1]?.lower === 'through'),
    );
}

/** "was", "got": what makes the verb after it passive. */
const passiveMarkers = words('was were been being got');

/**
 * Whether a passive verb comes before "by" at `at`: "was sent … by", "got introduced … by", or
 * "to me by", so that the person after "by" is who did it.
 */
function passiveBefore(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.lower === 'me' && tokens[at - 2]?.lower === 'to') return true;
  return tokens
    .slice(0, at)
    .some(
      (token, j) =>
        passiveMarkers.has(token.lower) &&
        /^(?:\p{Ll}+ed|sent|given|shown|lent)$/u.test(tokens[j + 1]?.lower ?? ''),
    );
}

/** Particles of a verb before its object: "sounded out robert", "looped in wei". */
const verbParticles = words('out in up');

/** Where the name after the word at `i` starts: past a particle after a verb done to someone. */
function afterParticle(tokens: Token[], i: number): number {
  const verb = tokens[i]?.lower ?? '';
  const particle = verbParticles.has(tokens[i + 1]?.lower ?? '') && objectVerbs.has(verb);
  // "call w/ mentor Ben Ng", "coffee w/ new contact: Craig Munro", "emailed a Dr Imogen
  // Fairley": who they are, in lower case, or "a" and a title, before a capitalised name.
  const fresh = /^(?:new|old|former)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0;
  const role =
    /^\p{Ll}/u.test(tokens[i + 1 + fresh]?.text ?? '') &&
    relationNouns.has(tokens[i + 1 + fresh]?.lower ?? '') &&
    isNameWord(tokens[i + 2 + fresh]);
  const titled =
    /^an?$/.test(tokens[i + 1]?.lower ?? '') &&
    formalTitle.test(tokens[i + 2]?.text ?? '') &&
    isNameWord(tokens[i + 3]);
  if (role) return i + 2 + fresh;
  return particle || titled ? i + 2 : i + 1;
}

/**
 * Whether a verb that sends something comes before token `at`: "sent the deck … to". Not right
 * after it: "emailed to say thanks" sends nothing to anyone named.
 */
function sentBefore(tokens: Token[], at: number): boolean {
  return tokens.slice(0, at).some((token) => sendingVerbs.has(token.lower));
}

/** Words that thank, and the intro thanked for: "thanks for the intro to", "thanked her for introducing me to". */
const thankWords = words('thanks thank thanked thanking thank-you thx ty');
const introNouns = words('intro introduction introducing');

/** Whether "to" at `at` follows an intro someone is thanked for: "said thanks for the intro to fatima". */
function thanksForIntro(tokens: Token[], at: number): boolean {
  const previous = tokens[at - 1]?.lower ?? '';
  const intro = introNouns.has(previous)
    ? at - 1
    : introNouns.has(tokens[at - 2]?.lower ?? '') && notForPerson.has(previous)
      ? at - 2
      : -1;
  return intro > 0 && tokens.slice(0, intro).some((token) => thankWords.has(token.lower));
}

/** How an intro went, between "introduced me" and "to": "by email", "over linkedin", "on the call". */
const introMeans = words(
  'by via over on in the a email e-mail linkedin whatsapp text phone letter call zoom teams',
);

/**
 * Whether "to" at `at` follows "introduced me", perhaps with how ("introduced me by email to
 * Amara Obi"): whom the user was introduced to comes next.
 */
function introducedMeBy(tokens: Token[], at: number): boolean {
  for (let me = at - 1; me >= at - 4; me -= 1) {
    if (tokens[me]?.lower === 'me') return introWords.has(tokens[me - 1]?.lower ?? '');
    if (!introMeans.has(tokens[me]?.lower ?? '')) return false;
  }
  return false;
}

/** What "per" leads to when it is a rate, not a source: "£500 per day". */
const perUnits = words('day week month year hour annum head person cent');

/** Verbs after which "to" leads to the person someone was introduced to. */
const introVerbs = words("introduced intro'd intro’d introed");
/**
 * "intro'd me to", "she'll introduce me to", "he will present me by email to" (as French and Spanish
 * speakers say it): whom the user was, or will be, introduced to.
 */
const introWords = words(
  "introduced intro'd intro’d introed introduce introduces introducing intro present presented",
);

/**
 * "put siobhan and niamh in touch", "connected gareth and owen", "put lee jordan in touch with
 * zoe": the user joined two people.
 */
function joinsPeople(tokens: Token[], i: number): boolean {
  const verb = tokens[i]?.lower;
  if (verb !== 'put' && verb !== 'connected') return false;
  const rest = tokens.slice(i + 1, i + 8).map((token) => token.lower);
  const joined = rest.findIndex((word) => word === 'touch' || word === 'contact');
  const withOther =
    verb === 'put' &&
    !['me', 'us'].includes(rest[0] ?? '') &&
    joined >= 2 &&
    joined <= 4 &&
    rest[joined - 1] === 'in' &&
    rest[joined + 1] === 'with';
  if (withOther) return true;
  const and = rest.findIndex((word) => word === 'and' || word === '&');
  if (and < 1 || and > 2 || ['me', 'us', 'with', 'on', 'via', 'to'].includes(rest[0] ?? ''))
    return false;
  return (
    verb === 'connected' ||
    rest
      .slice(and + 1)
      .join(' ')
      .includes('in touch')
  );
}

/**
 * "new contact: ines ferreira, head of data at farfetch": a label saying someone is new, then
 * their full name. Returns where to read on from, or undefined when the line has no such label.
 */
function readNewContact(head: string, tokens: Token[], found: FoundNames): number | undefined {
  const at = newContactLabel(head, tokens);
  const read = at === undefined ? undefined : readName(tokens, at, 'full');
  if (at === undefined || !read) return undefined;
  found.names.push({ ...read.name, fresh: true });
  found.spans.push([tokens[0]?.start ?? 0, tokens[read.next - 1]?.end ?? 0]);
  return read.next;
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

/** "a Mr Gordon Leckie": "a" and a title before a name, which say someone new to the user. */
function titledNew(tokens: Token[], at: number): boolean {
  return (
    /^an?$/.test(tokens[at]?.lower ?? '') &&
    formalTitle.test(tokens[at + 1]?.text ?? '') &&
    isNameWord(tokens[at + 2])
  );
}

/** "Ben Ng reached out…", "Sam and Lee called": names before a verb are the people who got in touch. */
function readSubject(head: string, tokens: Token[], found: FoundNames): number {
  const label = labelEnd(head, tokens);
  // "A Mr Stephen Hollis of Reed Recruitment telephoned": someone new, then what they did.
  const fresh = titledNew(tokens, label);
  const before = found.names.length;
  const next = readSubjectFrom(tokens, found, fresh ? label + 1 : label);
  const first = found.names[before];
  if (fresh && first) first.fresh = true;
  return next;
}

/**
 * "A bootcamp mate, Tariq Hussain, messaged me", "My old PGCE mentor, Mrs Janet Hollis, rang me":
 * who they are, a comma, their name (perhaps where they work), a comma, then what they did.
 * Returns where the verb is, or undefined when the line does not open that way.
 */
function readDescribedOpening(
  tokens: Token[],
  start: number,
  found: FoundNames,
): number | undefined {
  const appositive = readAppositiveName(tokens, start);
  const read = appositive ? readName(tokens, appositive.at, 'no') : undefined;
  if (!appositive || !read) return undefined;
  const company = readCompany(tokens, read.next);
  const after = company?.next ?? read.next;
  const verbAt = skipAdverbs(tokens, tokens[after]?.text === ',' ? after + 1 : after);
  if (!isSubjectVerb(tokens, verbAt)) return undefined;
  const name: NameSpan = { ...read.name };
  if (appositive.fresh) name.fresh = true;
  if (company) name.company = company.name;
  found.names.push(name);
  found.spans.push([tokens[start]?.start ?? 0, tokens[after - 1]?.end ?? 0]);
  found.inbound = true;
  found.subjectVerb = tokens[verbAt]?.lower ?? '';
  return verbAt;
}

function readSubjectFrom(tokens: Token[], found: FoundNames, start: number): number {
  const trial: FoundNames = { names: [], spans: [], inbound: true, mayBePerson: found.mayBePerson };
  const described = readDescribedOpening(tokens, start, found);
  if (described !== undefined) return described;
  const atWork = readPlacedOpening(tokens, start, found);
  if (atWork) {
    found.names.push(atWork.name);
    found.spans.push([tokens[start]?.start ?? 0, tokens[atWork.next - 1]?.end ?? 0]);
    found.inbound = true;
    found.subjectVerb = tokens[atWork.next]?.lower ?? '';
    return atWork.next;
  }
  const opening = readFullNameOpening(tokens, start, found.mayBePerson);
  if (opening) {
    readNameList(tokens.slice(0, opening.next), start, 'yes', trial, undefined);
    found.names.push(...trial.names);
    found.spans.push(...trial.spans);
    found.inbound = opening.inbound;
    if (opening.inbound) found.subjectVerb = tokens[opening.next]?.lower ?? '';
    return opening.next;
  }
  const next = readNameList(tokens, start, 'yes', trial, undefined);
  // "wei chen and i did a call": the user was in it too, so it went both ways.
  const withMe = next > start && tokens[next]?.lower === 'and' && tokens[next + 1]?.lower === 'i';
  if (withMe && tokens[next + 2]) {
    found.names.push(...trial.names);
    found.spans.push([tokens[start]?.start ?? 0, tokens[next + 1]?.end ?? 0]);
    return next + 2;
  }
  const placed = trial.names.at(-1)?.company !== undefined;
  const at = skipAdverbs(tokens, next === start ? next : verbAfterOrigin(tokens, next, placed));
  // "Rob Singh never replied so nudged him", "Aisha still hasnt paid, emailed her": the one who
  // did not get in touch is still the line's person; what the user did says the rest.
  if (next > start && deniedVerb(tokens, at)) {
    found.names.push(...trial.names);
    found.spans.push(...trial.spans);
    return at;
  }
  const verb = tokens[at];
  const thanked = saysThanks(tokens, at);
  const neutral = verb !== undefined && neutralSubjectVerbs.has(verb.lower) && !thanked;
  if (next === start || !verb || !(isSubjectVerb(tokens, at) || neutral || thanked)) return 0;
  found.names.push(...trial.names);
  found.spans.push(...trial.spans);
  // "priya @ booking.com - asked about the opening": a note's dash before the verb makes it the
  // user's doing, though "Sam and Lee - both replied" is still theirs.
  const noted =
    tokens.slice(next, at).some((token) => /^[-–—]$/.test(token.text)) &&
    !togetherWords.has(tokens[at - 1]?.lower ?? '');
  found.inbound = !neutral && !noted;
  if (found.inbound) found.subjectVerb = verb.lower;
  if (neutral && !noted && /^(?:said|says|mentioned|reckons|thinks)$/u.test(verb.lower))
    found.saidSo = true;
  return at;
}

/**
 * "Thomas Wright very kindly reviewed my proposal": up to two words of how, written in lower case,
 * between a name and its verb ("Emily" and "Kelly" are capitalised, so no name is skipped).
 */
function skipAdverbs(tokens: Token[], at: number): number {
  let j = at;
  const adverb = (text: string) =>
    /^\p{Ll}{2,}ly$/u.test(text) || ['very', 'just', 'also', 'then', 'finally'].includes(text);
  while (j < at + 2 && adverb(tokens[j]?.text ?? '') && isSubjectVerbAhead(tokens, j + 1)) j += 1;
  return j;
}

/** Words that say something was not done: "never", "still hasnt", "didn't", "has yet to". */
const denials = words(
  "never still not yet hasnt hasn't hasn’t havent haven't haven’t didnt didn't didn’t has have did is yet to",
);
/** What a contact may not have done: replied, paid, got back, sent, signed. */
const deniedDoings = words(
  'replied reply responded respond answered answer paid pay got get come came sent send signed sign confirmed confirm returned return called call rang ring emailed email texted text heard',
);

/**
 * Whether the words at `at` deny that the contact did something: one to three words of denial,
 * with "never" or a "-n't" among them, then a verb of replying, paying or sending.
 */
function deniedVerb(tokens: Token[], at: number): boolean {
  let j = at;
  while (j < at + 3 && denials.has(tokens[j]?.lower ?? '')) j += 1;
  const said = tokens.slice(at, j).map((token) => token.lower);
  const denied = said.some(
    (word) => ['never', 'not', 'yet'].includes(word) || /n['’]?t$/.test(word),
  );
  return j > at && denied && deniedDoings.has(tokens[j]?.lower ?? '');
}

function isSubjectVerbAhead(tokens: Token[], at: number): boolean {
  return isSubjectVerb(tokens, at) || isSubjectVerb(tokens, at + 1);
}

/**
 * "chidi said thanks for the intro", "emma clark says thank you": thanks the contact said came
 * from them, as "chidi thanked me" did; "said" alone says nothing of who began it.
 */
function saysThanks(tokens: Token[], at: number): boolean {
  const verb = tokens[at]?.lower ?? '';
  return (verb === 'said' || verb === 'says') && thanksWords.has(tokens[at + 1]?.lower ?? '');
}

const thanksWords = words('thanks thank thx ty');

/** "linkedin: Aisha Karim accepted…": a channel's name and a colon before the line proper. */
function labelEnd(head: string, tokens: Token[]): number {
  const [label] = tokens;
  return label && head.charAt(label.end) === ':' ? 1 : 0;
}

/**
 * "Nat from the bootcamp messaged me": where the person is from, then the verb, within five words;
 * `placed` when the name came with where they work.
 */
function verbAfterOrigin(tokens: Token[], next: number, placed: boolean): number {
  const described = verbAfterDescription(tokens, next);
  if (described !== undefined) return described;
  // "Bronwyn Hughes from Cardiff council replied": where they work may run on in lower case.
  for (let j = next; placed && j < Math.min(tokens.length, next + 3); j += 1) {
    if (isSubjectVerb(tokens, j)) return j;
    if (!/^\p{Ll}/u.test(tokens[j]?.text ?? '')) break;
  }
  // "Sam and Lee both replied", "Yusuf and Lee - both replied": "both" leads to the verb.
  const dash = /^[-–—]$/.test(tokens[next]?.text ?? '') ? 1 : 0;
  if (togetherWords.has(tokens[next + dash]?.lower ?? '')) return next + dash + 1;
  // "sam o'neil slack dm'd me": the channel's name between the person and the verb.
  const via = tokens[next]?.lower ?? '';
  if (inboundFromNouns.has(via) && subjectVerbs.has(tokens[next + 1]?.lower ?? '')) return next + 1;
  if (!companyWords.has(tokens[next]?.lower ?? '')) return next;
  // "Kenny Laing from my old work at the lino rang": where they are from may take seven words.
  for (let j = next + 1; j < Math.min(tokens.length, next + 8); j += 1) {
    const word = tokens[j]?.lower ?? '';
    if (isSubjectVerb(tokens, j)) return j;
    if (word === ',' || word === 'and' || word === '(') break;
  }
  return next;
}

/**
 * "helen doyle, recruiter at harnham, called…", "Tom Reeve, hiring manager at Monzo, emailed me":
 * who they are, set off by commas, between the name and what they did. Returns where the verb is.
 */
function verbAfterDescription(tokens: Token[], next: number): number | undefined {
  if (tokens[next]?.text !== ',') return undefined;
  for (let j = next + 1; j < Math.min(tokens.length, next + 8); j += 1) {
    const token = tokens[j];
    if (!token || /^[-–—&()]$/.test(token.text)) return undefined;
    if (token.text === ',') return j > next + 1 && isSubjectVerb(tokens, j + 1) ? j + 1 : undefined;
    if (subjectVerbs.has(token.lower) || objectVerbs.has(token.lower)) return undefined;
  }
  return undefined;
}

/** A verb after a name that says they got in touch: "replied", or "went thru my cv". */
function isSubjectVerb(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  if (subjectVerbs.has(word)) return true;
  return reviewVerbs.has(word) && reviewParticles.has(tokens[at + 1]?.lower ?? '');
}

/** Words and marks after which a later clause may open with its subject. */
const dashes = new Set(['-', '–', '—']);
const clauseBreaks = new Set([',', ...dashes, 'but', 'and']);

/**
 * "missed the ons open day but emily clarke sent me the slides": a full name opening a later
 * clause, then what they did, is the contact, who got in touch.
 */
function readClauseSubject(head: string, tokens: Token[], found: FoundNames): void {
  for (let at = 1; at < tokens.length; at += 1) {
    const before = tokens[at - 1]?.lower ?? '';
    // "gave a talk at the meetup and Zoe Martin came up afterwards": "and" opens a clause too.
    // "on Friday a Mr Gordon Leckie told me": "a" and a title open someone new.
    const fresh = titledNew(tokens, at - 1);
    // "Lloyds want me for a contract!! Emma Clark rang": so does the end of a sentence.
    const sentenceEnd = /[.!?]\s+$/u.test(
      head.slice(tokens[at - 1]?.start ?? 0, tokens[at]?.start ?? 0),
    );
    // "school christmas fair Sat - Ifeoma Obi and I chatted": a semicolon or a dash opens one too.
    if (!clauseBreaks.has(before) && !fresh && !sentenceEnd) continue;
    const read = readName(tokens, at, 'full');
    if (!read) continue;
    // After a sentence's end only a full name is read: a capitalised word alone ("Line dropped
    // before I got a name") may be any word opening a sentence.
    if (sentenceEnd && !clauseBreaks.has(before) && !fresh && !read.name.text.includes(' '))
      continue;
    // "and Zoe Martin from Just Eat came up": where they work may stand before the verb.
    const company = readCompany(tokens, read.next);
    const verbAt = company && isSubjectVerb(tokens, company.next) ? company.next : read.next;
    // "school christmas fair - Ifeoma Obi (and I) chatted about…": the talking verb went with the
    // topic, so a full name after a dash ends the head.
    // A full name written with capitals: "- data mesh talk" and "Interview - Deloitte" are no one.
    const talkedAfter =
      dashes.has(before) &&
      read.next === tokens.length &&
      read.name.text.includes(' ') &&
      readName(tokens, at, 'no') !== undefined;
    if (!isSubjectVerb(tokens, verbAt) && !talkedAfter) continue;
    found.names.push(fresh ? { ...read.name, fresh: true } : read.name);
    found.spans.push([tokens[at]?.start ?? 0, tokens[read.next - 1]?.end ?? 0]);
    found.inbound = true;
    found.subjectVerb = tokens[verbAt]?.lower ?? '';
    return;
  }
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

/** Who someone is at a firm, which "to Bupa procurement lead" names instead of a person. */
const firmRoles = new Set(
  'lead head manager director team recruiter partner officer chief vp cfo cto ceo coo buyer'.split(
    ' ',
  ),
);

/**
 * After a single capitalised word at `at`: up to three words in small letters ending in who
 * someone is at a firm ("procurement lead", "people team"), with no name after them.
 */
function firmsRoleAfter(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3; k += 1) {
    const token = tokens[k];
    if (!token || !/^\p{Ll}/u.test(token.text)) return false;
    // "to Trainline head of finance Claire Dunn": the role, then whose name, names her.
    if (firmRoles.has(token.lower))
      return !tokens.slice(k + 1, k + 4).some((t) => /^\p{Lu}/u.test(t.text));
  }
  return false;
}
