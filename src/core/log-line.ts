// One-line logging: "coffee with Ana Lopez about data roles #jobsearch yesterday" → an interaction draft.
import * as chrono from 'chrono-node';
import { addDays, daysBetween, isIsoDate } from './dates.js';
import { invalidInput, type AppError, type FieldProblem } from './errors.js';
import type { Channel, Direction, InteractionKind } from './interaction.js';
import { tagSchema } from './person.js';

export interface ParsedLogLine {
  personNames: string[];
  channel: Channel;
  kind: InteractionKind;
  direction: Direction;
  occurredOn: string;
  tags: string[];
  summary: string;
  /** What the parser noticed but did not reject, such as a malformed tag it dropped. */
  problems?: FieldProblem[];
}

export interface ParseLogLineOptions {
  /** The user's local date, YYYY-MM-DD: relative dates ("yesterday", "Tuesday") count back from it. */
  today: string;
  /**
   * Whether a doubtful name could be someone the user knows: a lower-case word after a comma
   * ("lunch with Kate, awkward") is a name only when this says so. Without it, it never is.
   */
  mayBePerson?: (name: string) => boolean;
}

const goodExample = 'coffee with Ana Lopez about data roles #jobsearch yesterday';
const maxLineLength = 2000;

/** Reads one free-text log line; throws INVALID_INPUT naming the field 'line' when it cannot. */
export function parseLogLine(text: string, options: ParseLogLineOptions): ParsedLogLine {
  if (!isIsoDate(options.today)) {
    throw invalidInput([
      { field: 'today', message: 'must be a real date written as YYYY-MM-DD, such as 2026-11-25' },
    ]);
  }
  const line = normaliseLine(text);
  if (line === '')
    throw lineProblem('cannot be empty; write who you were in touch with, how and about what');
  if (line.length > maxLineLength)
    throw lineProblem(`must be one line of at most ${maxLineLength} characters`);

  const problems: FieldProblem[] = [];
  const tagged = extractTags(line, problems);
  const dated = extractDate(tagged.rest, options.today, problems);
  const { head, topic } = splitTopic(dated.rest);
  const found = findNames(head, options.mayBePerson ?? (() => false));
  if (found.names.length === 0) {
    throw lineProblem(
      'needs the name of the person you were in touch with, after "with" or at the start',
    );
  }

  const lower = dated.rest.toLowerCase();
  const kind = detectKind(lower);
  const channel = detectChannel(lower, kind);
  const direction = found.inbound ? 'inbound' : detectDirection(head.toLowerCase(), channel, kind);
  const keepNames = kind === 'intro' && found.names.length > 1;
  const summary = writeSummary(keepNames ? head : removeSpans(head, found.spans), topic);
  const parsed: ParsedLogLine = {
    personNames: found.names,
    channel,
    kind,
    direction,
    occurredOn: dated.occurredOn,
    tags: tagged.tags,
    summary,
  };
  if (problems.length > 0) parsed.problems = problems;
  return parsed;
}

function lineProblem(message: string): AppError {
  return invalidInput([{ field: 'line', message: `${message}; for example "${goodExample}"` }]);
}

function normaliseLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(^| )w\/ ?/gi, '$1with ')
    .trim()
    .replace(/^(i|we) (?=\p{L})/iu, '')
    .replace(/[.!]+$/, '')
    .trim();
}

// ── tags ────────────────────────────────────────────────────────────────────────────────────────

function extractTags(line: string, problems: FieldProblem[]): { rest: string; tags: string[] } {
  const tags: string[] = [];
  const rest = line.replace(/(^| )#([^\s#]*)/gu, (_match, space: string, raw: string) => {
    const tag = tagSchema.safeParse(raw.replace(/[.,;:!?]+$/, ''));
    if (tag.success) {
      if (!tags.includes(tag.data)) tags.push(tag.data);
    } else {
      problems.push({
        field: 'tags',
        message: `dropped "#${raw.slice(0, 50)}": ${tag.error.issues[0]?.message ?? 'not a tag'}`,
      });
    }
    return space;
  });
  return { rest: rest.replace(/ +/g, ' ').trim(), tags };
}

// ── dates ───────────────────────────────────────────────────────────────────────────────────────

const monthPattern =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const monthNames = monthPattern.split('|');
const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function extractDate(
  text: string,
  today: string,
  problems: FieldProblem[],
): { rest: string; occurredOn: string } {
  rejectImpossibleDates(text);
  const reference = { instant: new Date(`${today}T12:00:00Z`), timezone: 0 };
  const results = chrono.parse(text, reference, { forwardDate: false });
  for (const [index, result] of results.entries()) {
    const resolved = resolveDate(result, text, today);
    if (resolved === undefined) continue;
    if (resolved.date > today) {
      throw lineProblem(
        `has "${result.text}" (${resolved.date}), which is in the future; log what already happened`,
      );
    }
    if (resolved.date < '1900-01-01')
      throw lineProblem(`has "${result.text}", which is too long ago`);
    const later = results
      .slice(index + 1)
      .find((other) => resolveDate(other, text, today) !== undefined);
    if (later) {
      problems.push({
        field: 'line',
        message: `used the first date, "${result.text}", and kept "${later.text}" as text`,
      });
    }
    const start = result.index - resolved.extraBefore;
    const rest = `${text.slice(0, start)} ${text.slice(result.index + result.text.length)}`;
    return { rest: rest.replace(/ +/g, ' ').trim(), occurredOn: resolved.date };
  }
  return { rest: text, occurredOn: today };
}

/** Throws for a written date that does not exist, which chrono would otherwise silently skip. */
function rejectImpossibleDates(text: string): void {
  for (const match of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    const [written, y = '', m = '', d = ''] = match;
    if (!isIsoDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`))
      throw impossibleDate(written);
  }
  const named = new RegExp(
    `\\b(?:(${monthPattern})\\.? (\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)? (${monthPattern}))\\b`,
    'gi',
  );
  for (const match of text.matchAll(named)) {
    const month = monthNames.indexOf((match[1] ?? match[4] ?? '').toLowerCase()) % 12;
    const day = Number(match[2] ?? match[3]);
    if (day < 1 || day > (daysInMonth[month] ?? 31)) throw impossibleDate(match[0]);
  }
}

function impossibleDate(written: string): AppError {
  return lineProblem(
    `has "${written}", which is not a real date; write a date such as 2026-11-20 or "yesterday"`,
  );
}

interface ResolvedDate {
  date: string;
  /** Characters before chrono's match that belong to the date phrase, such as "in " of "in March". */
  extraBefore: number;
}

/** Turns one chrono match into a past date, or undefined when the match is probably not a date. */
function resolveDate(
  result: chrono.ParsedResult,
  text: string,
  today: string,
): ResolvedDate | undefined {
  const start = result.start;
  const phrase = result.text.toLowerCase();
  const y = start.get('year') ?? 0;
  const m = start.get('month') ?? 1;
  const d = start.get('day') ?? 1;
  if (start.isCertain('day') || /\b(ago|last|past|previous)\b/.test(phrase)) {
    return { date: pastYear(y, m, d, today, start.isCertain('year')), extraBefore: 0 };
  }
  if (start.isCertain('weekday')) {
    // "sat down" and "Sun Li" are not days: a bare weekday must be spelled out or follow on/last/this.
    if (!/(mon|tues|wednes|thurs|fri|satur|sun)day|^(on|last|this|past) /.test(phrase))
      return undefined;
    if (/\bnext\b/.test(phrase)) return { date: iso(y, m, d), extraBefore: 0 };
    // 2000-01-02 was a Sunday, chrono's weekday 0.
    const back = (((daysBetween('2000-01-02', today) - (start.get('weekday') ?? 0)) % 7) + 7) % 7;
    return { date: addDays(today, back === 0 ? -7 : -back), extraBefore: 0 };
  }
  if (start.isCertain('month') && /(^| )in $/i.test(text.slice(0, result.index))) {
    return { date: pastYear(y, m, 1, today, start.isCertain('year')), extraBefore: 3 };
  }
  if (start.isCertain('hour')) return { date: today, extraBefore: 0 };
  return undefined; // a bare month name is more often a person ("met May") than a date
}

/** "March 3" with no year means the most recent March 3 on or before today. */
function pastYear(y: number, m: number, d: number, today: string, yearIsCertain: boolean): string {
  const date = iso(y, m, d);
  if (yearIsCertain || date <= today) return date;
  const earlier = iso(y - 1, m, d);
  return isIsoDate(earlier) ? earlier : iso(y - 1, m, d - 1);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ── topic ───────────────────────────────────────────────────────────────────────────────────────

function splitTopic(text: string): { head: string; topic: string } {
  const marker =
    / (?:about|re:?|regarding|concerning|to discuss|discussing|on the topic of) /i.exec(
      ` ${text} `,
    );
  if (!marker) return { head: text, topic: '' };
  const at = Math.max(0, marker.index - 1);
  const head = text
    .slice(0, at)
    .replace(/[ ,;:]*\b(?:talked|chatted|spoke|talking|chatting)$/i, '');
  return { head: head.trim(), topic: text.slice(at + marker[0].length - 1).trim() };
}

// ── names ───────────────────────────────────────────────────────────────────────────────────────

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

interface FoundNames {
  names: string[];
  /** Where each name and the word that led to it sit in the head, to leave them out of the summary. */
  spans: Array<[number, number]>;
  inbound: boolean;
  mayBePerson: (name: string) => boolean;
}

const words = (list: string) => new Set(list.split(' '));
const subjectVerbs = words(
  'reached called rang phoned emailed texted messaged wrote replied responded answered pinged contacted introduced invited asked offered sent thanked shared referred recommended dmed got followed congratulated endorsed liked commented reacted mentioned connected visited came dropped stopped helped gave reconnected returned',
);
const objectVerbs = words(
  'met meet saw see visited called call phoned rang emailed email texted text messaged message pinged ping dmed asked ask thanked thank introduced introduce gave give congratulated helped invited told contacted interviewed mentored wished sent',
);
const inboundFromNouns = words(
  'heard call email message text note invite invitation intro reply dm voicemail card letter referral request',
);
const particles = words('de da del della der den di du dos das van von le la bin al ter ten y');
/** Lower-case words that are never part of a name, so "coffee with the team" finds nobody. */
const notNames = words(
  'a an the my our your his her their its this that some me us him them you i we team group everyone folks friends about and or but with to for from at in on by of via over re then after before while coffee lunch breakfast brunch dinner drinks beer tea call chat meeting video email message text linkedin zoom teams slack whatsapp signal telegram twitter facebook instagram google meet facetime skype discord mastodon bluesky quick long short new old again too also today yesterday',
);

function tokenise(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*|[,&]/gu)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function findNames(head: string, mayBePerson: (name: string) => boolean): FoundNames {
  const tokens = tokenise(head);
  const found: FoundNames = { names: [], spans: [], inbound: false, mayBePerson };
  let i = readSubject(tokens, found);
  for (; i < tokens.length; i += 1) {
    const token = tokens[i];
    const previous = tokens[i - 1]?.lower ?? '';
    if (!token) break;
    const isWith = token.lower === 'with';
    const isFrom =
      token.lower === 'from' && (inboundFromNouns.has(previous) || previous === 'heard');
    const isPreposition = isWith || isFrom || token.lower === 'to' || token.lower === 'for';
    if (!isPreposition && !objectVerbs.has(token.lower)) continue;
    const next = readNameList(
      tokens,
      i + 1,
      isWith,
      found,
      isPreposition ? token.start : undefined,
    );
    if (next > i + 1 && isFrom) found.inbound = true;
    i = Math.max(i, next - 1);
  }
  if (found.names.length === 0) readLeadingName(head, tokens, found);
  return found;
}

/** "Ben Ng reached out…", "Sam and Lee called": names before a verb are the people who got in touch. */
function readSubject(tokens: Token[], found: FoundNames): number {
  const trial: FoundNames = { names: [], spans: [], inbound: true, mayBePerson: found.mayBePerson };
  const next = readNameList(tokens, 0, true, trial, undefined);
  const verb = tokens[next];
  if (next === 0 || !verb || !subjectVerbs.has(verb.lower)) return 0;
  found.names.push(...trial.names);
  found.spans.push(...trial.spans);
  found.inbound = true;
  return next;
}

/** "Ana", "Ana - coffee", "Ana: data roles": a line that simply starts with a name. */
function readLeadingName(head: string, tokens: Token[], found: FoundNames): void {
  const name = readName(tokens, 0, false);
  const end = tokens[name ? name.next - 1 : -1]?.end;
  if (!name || end === undefined || !/^\s*($|[,:;\-—–])/.test(head.slice(end))) return;
  found.names.push(name.name);
  found.spans.push([0, end]);
}

/** Reads "Ana", "Maria and Tom", "Ana, Ben & Lee" from `i`; returns the index after the list. */
function readNameList(
  tokens: Token[],
  i: number,
  allowLower: boolean,
  found: FoundNames,
  spanFrom: number | undefined,
): number {
  let at = i;
  let from = spanFrom;
  for (;;) {
    const skipMe = tokens[at]?.lower === 'me' ? 1 : 0;
    const name = skipMe ? undefined : readName(tokens, at, allowLower);
    if (!name && !skipMe) return at === i ? i : at - 1;
    if (name && isDoubtful(tokens, at) && !found.mayBePerson(name.name)) return at - 1;
    const end = name ? name.next : at + 1;
    if (name && !found.names.includes(name.name)) found.names.push(name.name);
    if (name) found.spans.push([from ?? tokens[at]?.start ?? 0, tokens[end - 1]?.end ?? 0]);
    const joiner = tokens[end];
    if (!joiner || !(joiner.text === ',' || joiner.text === '&' || joiner.lower === 'and'))
      return end;
    from = joiner.start;
    at = end + 1;
  }
}

/** ", awkward": a lower-case word after a comma is as likely a remark as a name. */
function isDoubtful(tokens: Token[], at: number): boolean {
  return tokens[at - 1]?.text === ',' && /^\p{Ll}/u.test(tokens[at]?.text ?? '');
}

function readName(
  tokens: Token[],
  i: number,
  allowLower: boolean,
): { name: string; next: number } | undefined {
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
  if (parts.length === 0 && allowLower) {
    while (parts.length < 3) {
      const token = tokens[j];
      if (!token || !/^\p{Ll}[\p{Ll}'’-]*$/u.test(token.text) || notNames.has(token.lower)) break;
      if (subjectVerbs.has(token.lower) || objectVerbs.has(token.lower)) break;
      parts.push(cleanNameWord(token.text.charAt(0).toUpperCase() + token.text.slice(1)));
      j += 1;
    }
  }
  return parts.length === 0 ? undefined : { name: parts.join(' '), next: j };
}

/** "de la Cruz": particles belong to a name only when a capitalised word follows them. */
function nameFollowsParticles(tokens: Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && particles.has(tokens[j]?.lower ?? '')) j += 1;
  const token = tokens[j];
  return token !== undefined && isNameWord(token);
}

function isNameWord(token: Token): boolean {
  return (
    /^\p{Lu}/u.test(token.text) &&
    !notNames.has(token.lower.replace(/['’]s$/, '').replace(/\.$/, ''))
  );
}

function cleanNameWord(word: string): string {
  const bare = word.replace(/['’]s$/, '');
  return bare.length > 2 ? bare.replace(/\.+$/, '') : bare;
}

function removeSpans(text: string, spans: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}

// ── channel, kind, direction, summary ───────────────────────────────────────────────────────────

const channelRules: Array<[Channel, RegExp]> = [
  ['video', /\b(video|zoom|facetime|google meet|hangouts?|teams (call|meeting)|webex|skype)\b/],
  [
    'event',
    /\b(meetup|meet-up|conference|event|workshop|webinar|summit|hackathon|panel|fair|expo|convention|networking night)\b/,
  ],
  ['call', /\b(calls?|called|calling|phoned?|rang|ring|voicemail)\b/],
  [
    'meeting',
    /\b(coffee|lunch|breakfast|brunch|dinner|drinks?|beers?|met|meet|meeting|walk|visited|in person|sat down|tea)\b/,
  ],
  ['email', /\b(e-?mail(ed|s)?|mailed|wrote to)\b/],
  [
    'social',
    /\b(liked|commented|reacted|endorsed|retweeted|reposted|connected on|(his|her|their) post)\b/,
  ],
  [
    'message',
    /\b(text(ed|s)?|messaged?|dm(ed|'d)?|whatsapp(ed)?|sms|slack(ed)?|signal|telegram|pinged|linkedin|wrote|note)\b/,
  ],
];

const kindRules: Array<[InteractionKind, RegExp]> = [
  ['thanks', /\b(thank(s|ed|ing)?|thank-you|grateful)\b/],
  ['follow-up', /\b(follow(ed|ing)?[ -]?up|nudged|chased)\b/],
  ['ask', /\b(ask(ed|ing)?|request(ed)?|need(ed)? help|for advice|for a referral)\b/],
  ['intro', /\b(intros?|introduc(e|ed|ing|tion|tions))\b/],
  [
    'give',
    /\b(gave|give|giving|shared|helped|offered|recommended|referred|reviewed|feedback|forwarded|passed along)\b/,
  ],
];

function detectKind(lower: string): InteractionKind {
  return kindRules.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'catch-up';
}

function detectChannel(lower: string, kind: InteractionKind): Channel {
  const rule = channelRules.find(([, pattern]) => pattern.test(lower));
  return rule ? rule[0] : kind === 'intro' ? 'email' : 'message';
}

/** Who started it: "called Sam" is me; "call with Sam" or "coffee with Ana" is simply mutual. */
function detectDirection(head: string, channel: Channel, kind: InteractionKind): Direction {
  const face =
    channel === 'meeting' || channel === 'call' || channel === 'video' || channel === 'event';
  const iStarted =
    /\b(called|phoned|rang|emailed|texted|messaged|pinged|invited|contacted|reached out)\b/.test(
      head,
    );
  return face && kind === 'catch-up' && !iStarted ? 'mutual' : 'outbound';
}

/** "Coffee — data roles": what happened, then what it was about, as it reads on a timeline. */
function writeSummary(head: string, topic: string): string {
  const what = tidy(head);
  const about = tidy(topic);
  const summary = what && about ? `${what} — ${about}` : what || about;
  return summary.charAt(0).toUpperCase() + summary.slice(1);
}

function tidy(text: string): string {
  let out = text
    .replace(/ +/g, ' ')
    .replace(/ ([,;:])/g, '$1')
    .trim();
  for (let before = ''; before !== out;) {
    before = out;
    out = out
      .replace(/^[\s,;:.\-—–]+|[\s,;:\-—–]+$/g, '')
      .replace(/\s+\b(with|and|to|for|from|on|at|in|&)$/i, '')
      .trim();
  }
  return out;
}
