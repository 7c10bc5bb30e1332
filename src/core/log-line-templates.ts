// Notes kept in a writer's own template, read as the sentence they stand for: labelled fields
// ("WHO: Priya Desai / WHAT: coffee, she flagged an opening / WHEN: 2026-11-27 / NEXT: send CV")
// and bracketed tags before a note ("[call][out] Ana Lopez - data roles", "[f/u][email] chased…").
// The fields and tags say outright what a sentence leaves the reader to guess, so what they say
// of the channel, direction and kind is kept over what the words would suggest.
import type { Channel, Direction, InteractionKind } from './interaction.js';

export interface TemplateReading {
  /** The note as one sentence, for the ordinary reader. */
  line: string;
  channel?: Channel;
  direction?: Direction;
  kind?: InteractionKind;
  /** "[li]": LinkedIn, a message unless the words say a like, a comment or a follow. */
  onLinkedIn?: boolean;
  /** Plainer readings of the same note, tried in turn when the sentence names no one. */
  alternatives?: string[];
}

const channelTags: ReadonlyMap<string, Channel> = new Map([
  ['call', 'call'],
  ['phone', 'call'],
  ['tel', 'call'],
  ['vm', 'call'],
  ['email', 'email'],
  ['mail', 'email'],
  ['msg', 'message'],
  ['message', 'message'],
  ['text', 'message'],
  ['sms', 'message'],
  ['dm', 'message'],
  ['whatsapp', 'message'],
  ['wa', 'message'],
  ['slack', 'message'],
  ['li', 'message'],
  ['linkedin', 'message'],
  ['video', 'video'],
  ['zoom', 'video'],
  ['teams', 'video'],
  ['meet', 'video'],
  ['mtg', 'meeting'],
  ['meeting', 'meeting'],
  ['coffee', 'meeting'],
  ['lunch', 'meeting'],
  ['irl', 'meeting'],
  ['event', 'event'],
  ['social', 'social'],
]);

const directionTags: ReadonlyMap<string, Direction> = new Map([
  ['in', 'inbound'],
  ['inbound', 'inbound'],
  ['out', 'outbound'],
  ['outbound', 'outbound'],
  ['both', 'mutual'],
  ['mutual', 'mutual'],
]);

const kindTags: ReadonlyMap<string, InteractionKind> = new Map([
  ['f/u', 'follow-up'],
  ['fu', 'follow-up'],
  ['follow-up', 'follow-up'],
  ['chase', 'follow-up'],
  ['ask', 'ask'],
  ['intro', 'intro'],
  ['thanks', 'thanks'],
  ['ty', 'thanks'],
  ['give', 'give'],
]);

const talkChannels: ReadonlySet<Channel> = new Set(['call', 'video', 'meeting', 'event']);

/** Words that open a WHAT field as a way of talking, not as something done: "coffee, …". */
const channelNouns = String.raw`(?:coffee|lunch|dinner|breakfast|brunch|drinks|beers?|pints?|zoom|video(?: call)?|teams(?: video| call)?|google meet|gmeet|meet|call|phone(?: call)?|email|e-mail|text|sms|whatsapp|dm|slack|linkedin(?: msg| message| dm)?|msg|message|chat|walk|visit)`;

/** The channel nouns that are written, one side sending: "email from", not "email with". */
const writtenNouns = String.raw`(?:email|e-mail|text|sms|whatsapp|dm|slack|linkedin(?: msg| message| dm)?|msg|message)`;

/** How the user sent something on a channel: "[email][out] X - …" is "emailed X, …". */
const sentVerbs: ReadonlyMap<Channel, string> = new Map([
  ['email', 'emailed'],
  ['message', 'messaged'],
]);

const pronoun = String.raw`(?:he|she|they)`;
const objectPronoun = String.raw`(?:him|her|them)`;

/** Reads a templated note; a note in no template comes back as it was. */
export function readTemplate(text: string): TemplateReading {
  const fields = readFields(text);
  if (fields) return { ...fields, line: lowerTitles(fields.line) };
  const tags = readTags(text.trim());
  return tags.line === text.trim() ? tags : { ...tags, line: lowerTitles(tags.line) };
}

/** "sent JD for Senior Analytics Engineer": a post in capitals, written small so it is no name. */
function lowerTitles(line: string): string {
  return line.replace(
    /\b(?:for|re|as|a|an|the) ((?:\p{Lu}[\p{L}&-]* ){1,3}(?:Engineer|Analyst|Scientist|Manager|Designer|Developer|Architect|Consultant|Lead))\b/gu,
    (match: string, title: string) => match.replace(title, title.toLowerCase()),
  );
}

/** "[call][out] …": the tags opening a note, each a channel, a direction or a kind. */
function readTags(text: string): TemplateReading {
  const opening = /^((?:\[[^\]\n]{1,20}\]\s*)+)/u.exec(text);
  if (!opening?.[1]) return { line: text };
  const reading: TemplateReading = { line: text };
  let known = 0;
  for (const tag of opening[1].matchAll(/\[([^\]]+)\]/gu)) {
    const word = (tag[1] ?? '').trim().toLowerCase();
    const channel = channelTags.get(word);
    const direction = directionTags.get(word);
    const kind = kindTags.get(word);
    if (channel && !reading.channel) reading.channel = channel;
    if (word === 'li' || word === 'linkedin') reading.onLinkedIn = true;
    if (direction) reading.direction = direction;
    if (kind) reading.kind = kind;
    if (channel || direction || kind) known += 1;
  }
  // "[sic]", "[redacted]": brackets that are no tag of a template leave the note alone.
  if (known === 0) return { line: text };
  // "[call] Owen Davies / Admiral…": a call, meeting or event with no direction both had.
  if (!reading.direction && reading.channel && talkChannels.has(reading.channel)) {
    reading.direction = 'mutual';
  }
  reading.line = tagBody(text.slice(opening[1].length).trim(), reading);
  return reading;
}

/** What follows the tags, put as a sentence: "Aisha - asked if I'd…" is "Aisha asked if I'd…". */
function tagBody(body: string, reading: TemplateReading): string {
  let line = body.replace(/\bnew: ?/giu, '');
  // "connection request -> Niamh Kelly": an arrow points at whom it went to.
  line = line.replace(/ ?-> ?/gu, ' to ');
  const parts = / (?:-|\/) /u.exec(line);
  if (!parts) return hoistDate(line);
  const [before, after] = [line.slice(0, parts.index).trim(), line.slice(parts.index + 3).trim()];
  reading.alternatives = [hoistDate(line)];
  if (reading.channel === 'event') {
    // "PyData London 2026-11-26 - Wei Chen was there…": the gathering, then who was at it.
    const who = after.replace(/^met /iu, '').replace(/ (?:was|were|both) there\b/iu, '');
    return hoistDate(`at ${before}, met ${who}`);
  }
  // "Ana Lopez - data roles", "Chloe Dubois / Criteo / Paris data eng team": a name, then what.
  return hoistDate(joinWhoAndWhat(before, after, reading.direction, reading.channel));
}

/**
 * "coffee with Leo Brennan (ex-fintech, now Monzo) 2026-11-24": a written date, wherever it
 * stands, is the day of the note, so it goes first; one after "since", "by" or "due" is not.
 */
function hoistDate(line: string): string {
  const iso =
    /(?<!\b(?:since|by|due|until|till|before|from|after|for) )\(?\b(\d{4}-\d{2}-\d{2})\b\)?/u.exec(
      line,
    );
  if (!iso?.[1] || iso.index === 0) return line;
  const rest = `${line.slice(0, iso.index)} ${line.slice(iso.index + iso[0].length)}`
    .replace(/\s+/gu, ' ')
    .replace(/ ?([,/-]) (?:[,/-] )+/gu, ' $1 ')
    .replace(/^([^,]*?) , /u, '$1, ')
    .replace(/[ ,/-]+$/u, '')
    .trim();
  return `${iso[1]}, ${rest}`;
}

/**
 * "she asked me to review…" after "WHO: Hannah Schmidt": the person named stands in for the
 * pronoun, or for the "him" or "her" the user did something to, or opens what they did.
 */
function joinWhoAndWhat(
  who: string,
  what: string,
  direction?: Direction,
  channel?: Channel,
): string {
  const said = new RegExp(String.raw`^${pronoun} (?=\p{L})`, 'iu');
  if (said.test(what)) return what.replace(said, `${who} `);
  const verb = /^(\p{L}[\p{L}'’]*)\b(.*)$/u.exec(what);
  const first = verb?.[1]?.toLowerCase() ?? '';
  if (!isPastVerb(first)) {
    // "[email][out] Ji-woo Park - cold email…, CV attached": what the user sent them.
    const verb = channel && direction === 'outbound' ? sentVerbs.get(channel) : undefined;
    if (verb && !/^thank/iu.test(what)) return `${verb} ${who}, ${what}`;
    // "thanks for the CTO intro", "Tesco BI eng role spec": a note on the person, as written.
    return `${who} - ${what}`;
  }
  // "emailed her about…", "sent him the article…": the user did it, to the person named.
  const clause = what.split(/[,.;]/u)[0] ?? what;
  const object = new RegExp(String.raw`\b${objectPronoun}\b`, 'iu');
  if (object.test(clause)) return what.replace(object, who);
  if (/^met (?:at|on|via)\b/iu.test(what)) return what.replace(/^met /iu, `met ${who} `);
  // "[msg][out] Emma Clark - asked if…": the user did it, as the note says it.
  if (direction === 'outbound' && !/^\S+ me\b/iu.test(what)) return `${who} - ${what}`;
  return `${who} ${what}`;
}

/** A word that reads as something done: "emailed", "intro'd", "sent", "met". */
function isPastVerb(word: string): boolean {
  if (/^\p{L}{2,}(?:ed|'d|’d)$/u.test(word)) return true;
  return /^(?:sent|met|gave|rang|told|said|shared|left|got|took|had|caught|wrote|spoke|made|put|paid|lent|flagged|pinged|dm'?d|dmd|chased|nudged|asked|thanked|offered|referred|replied|liked|followed|commented|says|wants|needs|has|is)$/u.test(
    word,
  );
}

/**
 * Other names writers give the same fields: "Contact: … | Medium: … | Date: … | Purpose: … |
 * Outcome: …". "Company" is where the person works; "Initiated by" says who began it.
 */
const fieldNames: ReadonlyMap<string, string> = new Map([
  ['CONTACT', 'WHO'],
  ['PERSON', 'WHO'],
  ['MEDIUM', 'HOW'],
  ['CHANNEL', 'HOW'],
  ['DATE', 'WHEN'],
  ['PURPOSE', 'WHAT'],
  ['TOPIC', 'WHAT'],
  ['OUTCOME', 'NEXT'],
  ['NOTE', 'NOTES'],
  ['INITIATED BY', 'BY'],
]);

/** "WHO: … / WHAT: … / WHEN: … / NEXT: …": labelled fields in any order, NEXT left out. */
function readFields(text: string): TemplateReading | undefined {
  const labels = [
    ...text.matchAll(
      /(?:^|\s*[/|;]\s*|(?<=\S)\.\s+)\b(WHO|WHAT|WHEN|WHERE|HOW|NEXT|NOTES?|CONTACT|PERSON|MEDIUM|CHANNEL|DATE|PURPOSE|TOPIC|OUTCOME|COMPANY|INITIATED BY)\s*:\s*/giu,
    ),
  ];
  if (labels.length < 2 || labels[0]?.index !== 0) return undefined;
  const fields = new Map<string, string>();
  labels.forEach((label, at) => {
    const start = (label.index ?? 0) + label[0].length;
    const end = labels[at + 1]?.index ?? text.length;
    const name = (label[1] ?? '').toUpperCase();
    fields.set(fieldNames.get(name) ?? name, text.slice(start, end).trim());
  });
  const named = fields.get('WHO');
  if (!named) return undefined;
  const company = fields.get('COMPANY');
  const who = company ? `${named} (${company})` : named;
  let whatText = fields.get('WHAT') ?? '';
  const how = fields.get('HOW');
  if (how) whatText = `${how}, ${whatText}`;
  const tagged = readTags(whatText);
  const what = tagged.line.replace(/[.;]\s*$/u, '');
  const person = who.replace(/\bnew: ?/giu, '');
  const noun = new RegExp(String.raw`^(${channelNouns})\b\s*(?:[,.:;-]\s*)?(.*)$`, 'iu').exec(what);
  let sentence: string;
  if (noun?.[1] && tagged.line === whatText) {
    // "coffee, she flagged…", "zoom re Barclays…", "call. The role is filled": a way of talking
    // with the person named, and what it held.
    const rest = (noun[2] ?? '').trim();
    const joint = rest === '' ? '' : /^(?:re|about|near|at|in|on|over)\b/iu.test(rest) ? ' ' : ', ';
    // "email, she flagged…", "LinkedIn msg, asked me for…": a written message the person sent.
    const sent =
      new RegExp(String.raw`^${writtenNouns}$`, 'iu').test(noun[1]) &&
      new RegExp(String.raw`^(?:${pronoun} |\S+ me\b)`, 'iu').test(rest);
    sentence = `${noun[1]} ${sent ? 'from' : 'with'} ${person}${joint}${rest}`;
  } else {
    sentence = what === '' ? person : joinWhoAndWhat(person, what);
  }
  const when = fields.get('WHEN') ?? '';
  const where = fields.get('WHERE');
  if (where) sentence = `${sentence} at ${where}`;
  // The day goes first, so it is the date the reader takes before any in what happened.
  const line =
    when === '' || /^(?:-|n\/a|none|tbc)$/iu.test(when) ? sentence : `${when}, ${sentence}`;
  const reading: TemplateReading = { line };
  const plain = `${person} - ${what}`;
  reading.alternatives = [when === '' ? plain : `${when}, ${plain}`];
  if (tagged.channel) reading.channel = tagged.channel;
  if (tagged.direction) reading.direction = tagged.direction;
  // "Initiated by: them": they got in touch.
  else if (/^(?:them|they|him|her|contact)\b/iu.test(fields.get('BY') ?? '')) {
    reading.direction = 'inbound';
  }
  if (tagged.kind) reading.kind = tagged.kind;
  if (tagged.onLinkedIn) reading.onLinkedIn = true;
  return reading;
}
