// The name a note with no verb opens with: "maggie okafor - video call - 3 weeks ago", "zoom - ben ng".
import { contactVerbs, notNames, words } from './log-line-name-words.js';
import type { FoundNames } from './log-line-names.js';
import { readRelation } from './log-line-relations.js';
import {
  headTokens,
  readCompany,
  readName,
  type NameSpan,
  type ReadName,
  type Token,
} from './log-line-tokens.js';

/** Words that say what happened when they follow a name in a note: "niamh kelly zoom 25/11". */
export const activityWords = words(
  'coffee coffe cofee latte cortado cappuccino espresso matcha lunch lnch breakfast brunch dinner drinks drink beers beer pint pub tea intro call phone video vc zoom teams skype facetime meet meeting mtg f2f chat catch-up catchup check-in sync email text whatsapp dm walk webinar meetup conference conf event talk panel workshop quiz fair roundtable seminar summit',
);

/** Where a message was written, as a note names it: "nadine - linkedin - said she'd…". */
const channelNouns = words(
  'linkedin slack sms text txt msg message dm inmail signal telegram insta instagram twitter',
);

/**
 * "maggie okafor - video call", "Marcus from Starling - zoom", "robert singh kpmg lunch": a note
 * with no verb, a name first (where they work may follow), then a break or what happened; or
 * what happened and a break first ("zoom - ben ng"). A lower-case name counts only when the
 * caller's people know it, or, without people to ask, by this shape alone; so does any name right
 * before what happened, since "Networking lunch" and "Meetup at Google" open with no one.
 */
export function readNoteName(
  head: string,
  found: FoundNames,
  skip: ReadonlyArray<[number, number]> = [],
): void {
  const tokens = headTokens(head, skip);
  // "quick call - Ana, useful" leaves "Quick call, useful": the break goes with the name.
  // "Ocado - Sam P - coffee 10/11": where they work, a dash, then the note of whom.
  const activity = activityFirst(head, tokens);
  const firstPlace = activity.at === 0 ? workplaceFirst(head, tokens, found) : undefined;
  const { at: start, from } = firstPlace ?? activity;
  const read = readName(tokens, start, 'no');
  // "Yusuf Trainline call monday", "Emma Lloyds email 12/11": a known name, then where they work.
  const placed = read && placedName(read.name, found);
  const capitalised = read && placed ? { ...read, name: placed } : read;
  const related = start === 0 && !capitalised ? readRelatedName(tokens) : undefined;
  const origin = start === 0 && !capitalised && !related ? readOrigin(tokens) : undefined;
  const run = capitalised
    ? { ...capitalised, nameEnd: capitalised.next }
    : (related ?? origin ?? readLowerRun(tokens, start, found.mayBePerson, found.isWorkplace));
  if (!run) return;
  const more = readMoreNames(tokens, run.next, found.mayBePerson);
  // "gus from the climbing wall works at ovo, had a pint", "gareth + owen from admiral - lunch":
  // where they are from, after the last name, then what happened.
  const fromWhere = start === 0 && describesOrigin(tokens, more.next);
  const company =
    more.names.length === 0 && placed === undefined
      ? (readCompany(tokens, run.next) ??
        (isKnownName(run.name, found.mayBePerson)
          ? readWorkplace(head, tokens, run.nameEnd)
          : undefined) ??
        (fromWhere ? readKnownOrigin(head, tokens, more.next, found.isWorkplace) : undefined))
      : undefined;
  const next = company ? company.next : more.next;
  const after = tokens[next];
  // "Dev at Manchester Tech Festival" is a note, but so is "Meetup at Google": "at" leads on.
  const at = company !== undefined && !company.cut;
  const breaks =
    !at &&
    (!after ||
      company !== undefined ||
      /^\s*[,:;\-—–]/.test(head.slice(tokens[next - 1]?.end ?? 0)));
  // "Olivia Brown and Rachel Lowe both on the recruiters panel": two named, then "both" or "all"
  // and where they were, is a note of whom the user saw.
  const together = more.names.length > 0 && (after?.lower === 'both' || after?.lower === 'all');
  const leads =
    at ||
    together ||
    (after !== undefined && (activityWords.has(after.lower) || after.lower === 'at')) ||
    (placed !== undefined && (channelNouns.has(after?.lower ?? '') || after?.lower === 'on'));
  const metAtEvent = capitalised !== undefined && atAnEvent(tokens, next);
  // "Imran Qureshi at Spinningfields Estates; coffee 21/11": a full name, where they work, a
  // break, then what happened is a note of whom the user saw, known or not.
  const notedAtWork =
    at &&
    capitalised !== undefined &&
    capitalised.name.text.includes(' ') &&
    after !== undefined &&
    /^\s*[,:;\-—–]/.test(head.slice(tokens[next - 1]?.end ?? 0)) &&
    activityWords.has(after.lower);
  if (
    !breaks &&
    !metAtEvent &&
    !fromWhere &&
    !notedAtWork &&
    !(leads && isKnownName(run.name, found.mayBePerson))
  )
    return;
  if (company) run.name.company = company.name;
  else if (firstPlace && more.names.length === 0) run.name.company = firstPlace.place;
  found.names.push(run.name, ...more.names);
  const nameEnd = more.names.length > 0 ? more.next : run.nameEnd;
  found.spans.push([from, tokens[company?.cut ? next - 1 : nameEnd - 1]?.end ?? 0]);
}

/**
 * "mark evans tesco bi - met for coffee", "zoe martin just eat - coffee": up to three words of
 * where a known person works, between their name and a break or what happened. Only after a name
 * the caller's people know, so a note's stray words never become a company by this shape alone.
 */
function readWorkplace(
  head: string,
  tokens: Token[],
  at: number,
): { name: string; next: number; cut: boolean } | undefined {
  for (let j = at + 1; j <= Math.min(tokens.length, at + 3); j += 1) {
    const word = tokens[j - 1];
    if (!word || !/^[\p{L}&]/u.test(word.text) || activityWords.has(word.lower)) return undefined;
    const after = tokens[j];
    const breaks = !after || /^\s*[,:;\-—–]/.test(head.slice(word.end));
    if (breaks || activityWords.has(after.lower)) {
      const name = tokens
        .slice(at, j)
        .map((token) => token.text)
        .join(' ');
      return { name, next: j, cut: true };
    }
  }
  return undefined;
}

/**
 * "from the climbing wall works at ovo, had a pint", "from netball…, coffee yday": "from", where
 * in lower case, then later in the line what happened. A name before it is the person, known or
 * not. ("Sam from Ocado" is a workplace, read as one.)
 */
function describesOrigin(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'from' || !/^\p{Ll}/u.test(tokens[at + 1]?.text ?? '')) return false;
  return tokens.slice(at + 2).some((token) => activityWords.has(token.lower));
}

/**
 * "hana from google cloud - coffee": where someone is from, in lower case, is where they work
 * when it is where someone the user knows works, so a name near a person at another company
 * (Ana Lopez, at Spotify) is someone new. Needs the people to answer; "from the climbing wall"
 * is no workplace.
 */
function readKnownOrigin(
  head: string,
  tokens: Token[],
  at: number,
  isWorkplace: ((name: string) => boolean) | undefined,
): { name: string; next: number; cut: boolean } | undefined {
  const place = isWorkplace ? readWorkplace(head, tokens, at + 1) : undefined;
  if (!place || !isWorkplace) return undefined;
  const first = place.name.split(' ')[0] ?? '';
  return isWorkplace(place.name) || isWorkplace(first) ? place : undefined;
}

/** "freya from my old uni course…": one or two lower-case words opening the line, then where from. */
function readOrigin(tokens: Token[]): (ReadName & { nameEnd: number }) | undefined {
  const read = readName(tokens, 0, 'yes');
  if (!read || read.next > 2 || !describesOrigin(tokens, read.next)) return undefined;
  return { ...read, nameEnd: read.next };
}

/**
 * "my old head of dept gwen - phone - yday", "our old neighbour raj - pint": who they are to the
 * user opening the note says the next word is a name, known or not.
 */
function readRelatedName(tokens: Token[]): (ReadName & { nameEnd: number }) | undefined {
  const relation = readRelation(tokens, 0);
  const read = relation ? readName(tokens, relation.at, 'yes') : undefined;
  if (!relation || !read) return undefined;
  if (relation.fresh) read.name.fresh = true;
  else read.name.related = true;
  return { ...read, nameEnd: read.next };
}

/** Gatherings a note may say the person was met at. */
const eventWords = words(
  'conference conf meetup meet-up summit fair expo festival talk panel workshop webinar hackathon',
);

/**
 * "Greta at the Women in Data conf, 2 weeks ago": a capitalised name, then "at" an event in the
 * same clause, is someone met there, known or not. "Meetup at Google" opens with no name.
 */
function atAnEvent(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'at' || activityWords.has(tokens[at - 1]?.lower ?? '')) return false;
  for (let j = at + 1; j < Math.min(tokens.length, at + 7); j += 1) {
    const word = tokens[j];
    if (!word || /^[,&()\-–—]$/.test(word.text)) return false;
    if (eventWords.has(word.lower)) return true;
  }
  return false;
}

/**
 * "Maggie & Tom - drinks", "zoe and owen - coffee - fri": more names joined to the first. With
 * nobody to ask, a lower-case word is a name by this shape alone, as the first one was.
 */
function readMoreNames(
  tokens: Token[],
  at: number,
  mayBePerson: ((name: string) => boolean) | undefined,
): { names: NameSpan[]; next: number } {
  const names: NameSpan[] = [];
  let next = at;
  for (;;) {
    const joiner = tokens[next];
    if (!joiner || !(joiner.text === '&' || joiner.lower === 'and')) return { names, next };
    const read = readName(tokens, next + 1, 'no') ?? readLowerRun(tokens, next + 1, mayBePerson);
    if (!read) return { names, next };
    names.push(read.name);
    next = read.next;
  }
}

/** Whether the line opens with a place the user's people work and a dash ("Ocado - Sam P - …"). */
export function opensWithWorkplace(
  head: string,
  found: FoundNames,
  skip: ReadonlyArray<[number, number]> = [],
): boolean {
  return workplaceFirst(head, headTokens(head, skip), found) !== undefined;
}

/**
 * "Ocado - Sam P - coffee 10/11", "Just Eat – Zoe – lunch": a place the user's people work,
 * then a dash, opening the line. The note of whom starts after the dash.
 */
function workplaceFirst(
  head: string,
  tokens: Token[],
  { isWorkplace }: Pick<FoundNames, 'isWorkplace'>,
): { at: number; from: number; place: string } | undefined {
  if (!isWorkplace) return undefined;
  for (const size of [1, 2, 3]) {
    const dash = tokens[size];
    if (!dash || !/^[-–—]$/.test(dash.text)) continue;
    const place = head.slice(tokens[0]?.start ?? 0, tokens[size - 1]?.end ?? 0);
    return isWorkplace(place) ? { at: size + 1, from: dash.end, place } : undefined;
  }
  return undefined;
}

/**
 * "zoom - ben ng", "Coffee: Ana": what happened, then a break, before the name. Returns where the
 * name starts, and where what happened ends (the summary keeps it); both 0 for another shape.
 */
function activityFirst(head: string, tokens: Token[]): { at: number; from: number } {
  let j = 0;
  const said = (token: Token | undefined) =>
    token !== undefined && (activityWords.has(token.lower) || notNames.has(token.lower));
  while (j < 3 && said(tokens[j])) j += 1;
  const from = tokens[j - 1]?.end ?? 0;
  if (j === 0 || !tokens.slice(0, j).some((token) => activityWords.has(token.lower)))
    return { at: 0, from: 0 };
  if (/^[-–—]$/.test(tokens[j]?.text ?? '')) return { at: j + 1, from };
  return /^\s*[:,]/.test(head.slice(from)) ? { at: j, from } : { at: 0, from: 0 };
}

/**
 * A capitalised name the user's people do not know whose last words are where someone works, and
 * whose first are a name they do know ("Yusuf Trainline", "Emma Lloyds", "Zoe Just Eat"): that
 * person, at that place. Only with people to ask: without them "Emma Lloyds" is a full name.
 */
function placedName(
  name: NameSpan,
  found: Pick<FoundNames, 'mayBePerson' | 'isWorkplace'>,
): NameSpan | undefined {
  const { mayBePerson, isWorkplace } = found;
  if (!mayBePerson || !isWorkplace || name.company !== undefined || mayBePerson(name.text))
    return undefined;
  const parts = name.text.split(' ');
  for (const size of [2, 1]) {
    if (parts.length <= size) continue;
    const person = parts.slice(0, size).join(' ');
    const place = parts.slice(size).join(' ');
    if (mayBePerson(person) && isWorkplace(place))
      return { text: person, alternatives: [], company: place };
  }
  return undefined;
}

/** Whether the caller's people know a reading of the name; with nobody to ask, a full name does. */
function isKnownName(name: NameSpan, mayBePerson: ((name: string) => boolean) | undefined) {
  if (!mayBePerson) return name.text.includes(' ');
  return [name.text, ...name.alternatives].some(mayBePerson);
}

/**
 * One to three lower-case words that could be a name, read as the longest start of them that
 * the caller's people know ("robert singh" of "robert singh kpmg"), or, with nobody to ask, as
 * a guess with its shorter readings. `next` is past the whole run; `nameEnd` past the name.
 */
function readLowerRun(
  tokens: Token[],
  start: number,
  mayBePerson: ((name: string) => boolean) | undefined,
  isWorkplace?: (name: string) => boolean,
): (ReadName & { nameEnd: number }) | undefined {
  const run = readName(tokens, start, 'yes');
  if (!run) return undefined;
  if (!mayBePerson) return { ...run, nameEnd: run.next };
  const readings = [run.name.text, ...run.name.alternatives];
  const known = readings.find((reading) => mayBePerson(reading));
  // "raj mehta (thoughtworks) - zoom": a full name with where they work in brackets is a name.
  const bracketed = tokens[run.next]?.text === '(' && run.next - start >= 2;
  if (known === undefined && bracketed) return { ...run, nameEnd: run.next };
  // "hamish - coffee - wed", "ingrid larsen - emailed asking…": a first name opening a note, a
  // dash, then what happened; or one or two words, a dash, then what the user did.
  const after = tokens[run.next + 1]?.lower ?? '';
  const noted =
    start === 0 &&
    run.next <= 2 &&
    /^[-–—]$/.test(tokens[run.next]?.text ?? '') &&
    // A full name needs what the user did: "tom whittaker - coffee" adds nobody unasked.
    ((run.next === 1 && (activityWords.has(after) || channelNouns.has(after))) ||
      contactVerbs.has(after));
  if (known === undefined && noted) return { ...run, nameEnd: run.next };
  if (known === undefined) return undefined;
  const size = known.split(' ').length;
  // "tom reeve - coffee": only the first word is someone known, and what follows is no workplace
  // ("dev tesco - lunch"), so it reads as a surname: Kith asks rather than pick the Tom it knows.
  const rest = tokens
    .slice(start + size, run.next)
    .map((token) => token.text)
    .join(' ');
  if (size === 1 && rest !== '' && !(isWorkplace?.(rest) ?? false))
    return {
      name: { ...run.name, alternatives: [known], unsure: true },
      next: run.next,
      nameEnd: run.next,
    };
  return { name: { text: known, alternatives: [] }, next: run.next, nameEnd: start + size };
}

/** A note whose name made an introduction: "siobhan murphy - email - put me in touch with…". */
const introducedInNote =
  /^[^-–—,;]+ [-–—] [^-–—,;]+ [-–—] (?:put me in (?:touch|contact)|intro['’]?d me|introed me|introduced me|connected me)\b/;

/**
 * "siobhan murphy - email - put me in touch with niamh kelly at intercom": the note's name is who
 * made the intro, the one this line is with, though "with" names another. Replaces what `found`
 * holds when the note opens on a name; otherwise leaves it.
 */
export function readNoteIntroducer(
  head: string,
  found: FoundNames,
  skip: ReadonlyArray<[number, number]> = [],
): void {
  if (!introducedInNote.test(head.toLowerCase())) return;
  const noted: FoundNames = { ...found, names: [], spans: [], inbound: false };
  readNoteName(head, noted, skip);
  if (noted.names.length === 0) return;
  found.names = noted.names;
  found.spans = noted.spans;
}
