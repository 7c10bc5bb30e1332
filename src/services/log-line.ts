// Logs an interaction from one line of text: "coffee with Ana Lopez about data roles #jobsearch yesterday".
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { expectsReplyByDefault, type Interaction } from '../core/interaction.js';
import { whoWasIt, type NameSpan, type ParsedLogLine } from '../core/log-line.js';
import {
  firmThenName,
  narrowByCompany,
  narrowByCompanyNamed,
  readCompanyAsSurname,
  onlyWithTitle,
  peopleAtCompany,
  samePlaceLookalikes,
  setAsideCloseElsewhere,
  setAsideSlipElsewhere,
  weighCompanyNamed,
} from '../core/person-company.js';
import { candidatesOf, confirmByCompanyNamed, type NameResolution } from '../core/person-match.js';
import {
  choiceOf,
  describeMatch,
  isGuess,
  markAsked,
  needsChoice,
  setAsideCloseRelated,
  settleMention,
  type Mention,
  type MentionAnswers,
} from '../core/person-mention.js';
import type { Person } from '../core/person.js';
import {
  isKnownSurname,
  looksLikePersonName,
  nameBeforeOtherWords,
  ownGivenNames,
} from '../core/person-name-shape.js';
import { weighSoundAlike, weighSoundAlikeGiven } from '../core/person-sound.js';
import { parseInput } from '../core/validate.js';
import { insertInteraction } from '../store/interactions.repo.js';
import { findPeopleByIds } from '../store/dedupe-index.repo.js';
import { findPerson, insertPerson } from '../store/people.repo.js';
import { inTransaction, type Store } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, userDateOrder, userToday, type Deps } from './deps.js';
import { parseWithPeople } from './log-line-reading.js';
import { nameDirectory, type NameDirectory } from './name-directory.js';

export interface LoggedLine {
  interactions: Interaction[];
  people: Person[];
  /** People the line named whom Kith did not know yet, added on the way. */
  created: Person[];
  /** Each name the line mentioned and the person it became, with how it was matched. */
  mentions: Mention[];
  /** Which reading of the line was taken where another was possible ("Read 03/11/2026 as …"). */
  notes: string[];
}

/**
 * Logged; or nothing written because a name needs the user's choice (`ambiguous`), or, when the
 * caller asked first, because a name was a guess or someone new (`confirm`).
 */
export type LogLineOutcome =
  ({ status: 'logged' } & LoggedLine) | { status: 'ambiguous' | 'confirm'; mentions: Mention[] };

export const logLineSchema = z.object({
  line: z.string({ message: 'write one line such as "coffee with Ana Lopez yesterday"' }),
  pick: z.array(z.number().int().positive()).optional(),
  createNew: z.union([z.boolean(), z.array(z.string())]).optional(),
  askFirst: z.boolean().optional(),
});

export type LogLineInput = z.input<typeof logLineSchema>;

export async function logLine(deps: Deps, input: LogLineInput): Promise<LogLineOutcome> {
  const { line, askFirst, ...answers } = parseInput(logLineSchema, input);
  const today = await userToday(deps);
  const dateOrder = await userDateOrder(deps);
  const now = timestamp(deps);
  return inTransaction(deps.store, async (tx) => {
    const directory = nameDirectory(tx, deps.accountId);
    const parsed = await parseWithPeople(line, { today, dateOrder }, directory);
    if (parsed.people.length === 0) throw new AppError('CONFLICT', whoWasIt);
    const settling = { directory, answers, line };
    const settled = await settleAll(tx, deps.accountId, parsed.people, settling);
    const { mentions, read } = leaveOutStrays(parsed, settled);
    if (needsChoice(mentions))
      return { status: 'ambiguous', mentions: markAsked(mentions, askFirst === true) };
    if (askFirst && mentions.some(isGuess))
      return { status: 'confirm', mentions: markAsked(mentions, true) };
    return { status: 'logged', ...(await writeLine(tx, deps.accountId, read, mentions, now)) };
  });
}

/**
 * "Dan Fletcher said he'd look over my CV before it goes to Wincanton": beside someone the user
 * knows, or someone new by a name that reads as one, a word nobody answers to and that does not
 * read as a person's name is left out, and the log says so, rather than the whole line waiting on
 * a question about it. Alone, it still asks.
 */
function leaveOutStrays(
  parsed: ParsedLogLine,
  mentions: Mention[],
): { mentions: Mention[]; read: ParsedLogLine } {
  const stray = (m: Mention) => m.outcome === 'nobody' && m.candidates.length === 0;
  const known = mentions.some((m) => m.outcome !== 'nobody' && m.outcome !== 'several');
  if (!known || !mentions.some(stray)) return { mentions, read: parsed };
  const keep = mentions.map((m) => !stray(m));
  const left = mentions.filter((_, k) => !keep[k]).map((m) => m.written);
  const note = `Left out ${left.map((name) => `"${name}"`).join(' and ')}: nobody you know is called that, and it does not read as a person's name. If it is someone, log the line again and add them as someone new.`;
  return {
    mentions: mentions.filter((_, k) => keep[k]),
    read: {
      ...parsed,
      people: parsed.people.filter((_, k) => keep[k]),
      personNames: parsed.personNames.filter((_, k) => keep[k]),
      notes: [...parsed.notes, note],
    },
  };
}

/** What settling a name draws on: the user's people, their answers so far, and the line itself. */
interface Settling {
  directory: NameDirectory;
  answers: MentionAnswers;
  line: string;
}

/**
 * Settles every name; a picked id outside a name's candidates still counts when exactly one name
 * is left to settle, since the user knows who they meant better than the matcher does.
 */
async function settleAll(
  store: Store,
  accountId: string,
  names: NameSpan[],
  settling: Settling,
): Promise<Mention[]> {
  const { answers } = settling;
  const mentions: Mention[] = [];
  for (const name of names) {
    if (name.described) {
      const titled = await describedByTitle(store, accountId, name, settling);
      if (titled) {
        mentions.push(titled);
        continue;
      }
      await askWhoIsDescribed(name, settling);
    }
    mentions.push(await settleName(name, settling));
  }
  const open = mentions.filter((m) => m.outcome === 'several' || m.outcome === 'nobody');
  const used = new Set(mentions.map((m) => m.person?.id));
  const unused = (answers.pick ?? []).filter((id) => !used.has(id));
  const [mention] = open;
  const [id] = unused;
  if (open.length !== 1 || unused.length !== 1 || !mention || id === undefined) return mentions;
  const person = await findPerson(store, accountId, id);
  if (!person) return mentions;
  mention.outcome = 'picked';
  mention.person = choiceOf(person, 'full name');
  return mentions;
}

/**
 * "sent my CV to the recruiter at Booking": when one person at the firm the line names has the
 * role it describes them by as their title, it means them, and the answer says so ("Rachel Lowe —
 * you wrote "the recruiter""). Everyone there is read in one query.
 */
async function describedByTitle(
  store: Store,
  accountId: string,
  name: NameSpan,
  settling: Settling,
): Promise<Mention | undefined> {
  if (!name.company) return undefined;
  const people = (await settling.directory.everyone()).named.map((entry) => entry.person);
  const there = peopleAtCompany(people, name.company);
  if (there.length === 0) return undefined;
  const full = await findPeopleByIds(
    store,
    accountId,
    there.map((p) => p.id),
  );
  const person = onlyWithTitle(full, name.text);
  if (!person) return undefined;
  return {
    written: name.text,
    outcome: 'matched',
    person: choiceOf(person, 'title'),
    candidates: [],
  };
}

/**
 * "the Admiral guy rang me back" names nobody: Kith asks who, offering the people who work where
 * the line says, and never adds a person called "the Admiral guy".
 */
async function askWhoIsDescribed(name: NameSpan, settling: Settling): Promise<never> {
  const people = (await settling.directory.everyone()).named.map((entry) => entry.person);
  const there = name.company ? peopleAtCompany(people, name.company).slice(0, 5) : [];
  const who =
    there.length > 0
      ? ` Someone at ${name.company ?? ''}: ${there.map((p) => p.name).join(', ')}?`
      : '';
  const example = settling.line.replace(name.text, there[0]?.name ?? 'Ana Lopez');
  throw new AppError(
    'CONFLICT',
    `"${name.text}" says who only by what they are.${who} Write their name, for example "${example}".`,
  );
}

/**
 * Someone new is added only under a name that looks like a person's (see core): "Meta DS" or
 * "Barcelona" nobody answers to asks who they are, with no one to offer, rather than add a stray
 * person. The user's "--new" still adds them, and so does a line that says they are new.
 */
async function settleName(name: NameSpan, settling: Settling): Promise<Mention> {
  const mention = await readMention(name, settling);
  if (mention.outcome !== 'new' || name.fresh) return mention;
  const forced = settling.answers.createNew;
  if (forced === true || (Array.isArray(forced) && forced.includes(mention.written)))
    return mention;
  // "Telephones Kate Morrison": a slip before a full name someone has is no part of it.
  const words = mention.written.split(' ');
  if (words.length > 2) {
    const last = words.slice(-2).join(' ');
    const tail = await settling.directory.resolve(last);
    if (tail.kind === 'one' && tail.reason === 'full name')
      return settleMention(last, tail, settling.answers);
  }
  const everyone = (await settling.directory.everyone()).named.map((entry) => entry.person);
  // "Hannah Smith (SAP)" beside Hannah Schmidt at SAP: maybe them, so ask before adding anyone.
  const alike = samePlaceLookalikes(everyone, mention.written, name.company, settling.line);
  if (alike.length > 0) {
    const candidates = alike.map((person) => choiceOf(person, 'similar name'));
    return { written: mention.written, outcome: 'nobody', candidates };
  }
  const people = everyone.map((person) => person.name);
  const shape = {
    line: settling.line,
    company: name.company,
    related: name.related,
    ownGiven: ownGivenNames(people),
  };
  // "call w/ tess ng canva": the name, not where they work, is whom to add.
  const shorter = nameBeforeOtherWords(mention.written, shape.ownGiven);
  if (shorter) return { ...mention, written: shorter };
  if (looksLikePersonName(mention.written, shape)) return mention;
  return { written: mention.written, outcome: 'nobody', candidates: [] };
}

/**
 * "met sam oneil leeds" may name Sam O'Neil: when the whole reading fits nobody, a shorter reading
 * the parser offered is used if it fits someone. A lone first name stands in only when nobody was
 * even close to the whole, so "rachel lowe" is not quietly logged on another Rachel. A name close
 * to one person whose company the line names is theirs ("called Yusef at trainline"), and so is
 * a near name whose closest person works elsewhere ("kate morris - bbc" is Katie Morris).
 */
async function readMention(name: NameSpan, settling: Settling): Promise<Mention> {
  const { directory, answers, line } = settling;
  const read = weighCompanyNamed(await directory.resolve(name.text), line);
  const written = narrowByCompany(read, name.company);
  const named = readCompanyAsSurname(
    confirmByCompanyNamed(narrowByCompanyNamed(written, line), name.text, line),
    name.text,
  );
  const slip = setAsideSlipElsewhere(named, name.company);
  const heard = weighSoundAlike(setAsideCloseElsewhere(slip, name.company), name.text, line);
  const full = setAsideCloseRelated(await hearGivenName(heard, name, settling), name);
  // "ocado sam": nobody by the whole, but the Sam who works at Ocado. "Reid Alexandra": the
  // surname first, as forms and some languages write it, of someone known by the full name.
  const [firm, given, ...more] = name.text.split(' ');
  if (full.kind === 'none' && firm && given && more.length === 0) {
    const there = firmThenName(firm, await directory.resolve(given));
    if (there) return settleMention(given, there, answers);
    const turned = `${given} ${firm}`;
    const reversed = await directory.resolve(turned);
    if (reversed.kind === 'one' && reversed.reason === 'full name')
      return settleMention(turned, reversed, answers);
  }
  const forced = answers.createNew;
  // "a guy called Rob" is someone new, though a Robert is known; one with that full name is not.
  const fresh = name.fresh === true && !(full.kind === 'one' && full.reason === 'full name');
  if (fresh) return settleMention(name.text, full, { ...answers, createNew: true });
  const forcedNew = forced === true || (Array.isArray(forced) && forced.includes(name.text));
  if (full.kind !== 'none' || forcedNew) return settleMention(name.text, full, answers);
  // "tom reeve - coffee" beside Thomas Wright: the surname may be a slip or someone new, so ask.
  const [shorter] = name.alternatives;
  if (name.unsure && shorter !== undefined) {
    const closest = candidatesOf(await directory.resolve(shorter));
    return settleMention(name.text, { kind: 'none', closest, close: true }, answers);
  }
  for (const alternative of name.alternatives) {
    if (!alternative.includes(' ') && full.closest.length > 0) continue;
    const shorter = narrowByCompany(await directory.resolve(alternative), name.company);
    // "met karim mansour" beside Aisha Karim: a first word that is only someone's surname is the
    // given name of someone else.
    if (!alternative.includes(' ') && shorter.kind === 'one' && shorter.reason === 'surname')
      continue;
    // "hanna korhonen" beside Hannah Schmidt: a first name only near someone's (spelt close, or
    // the start of theirs), before a surname Kith knows that is not even near theirs (another
    // first letter: "hanna smith" may be a slip for Schmidt), is someone new.
    if (
      !alternative.includes(' ') &&
      shorter.kind === 'one' &&
      ['spelling', 'start of name', 'similar name'].includes(shorter.reason) &&
      otherSurname(name.text.slice(alternative.length + 1), shorter.person.name)
    )
      continue;
    if (shorter.kind !== 'none') return settleMention(alternative, shorter, answers);
  }
  return settleMention(name.text, full, answers);
}

/** Whether a written surname is one Kith knows and starts unlike the known person's surname. */
function otherSurname(written: string, known: string): boolean {
  if (written.includes(' ') || !isKnownSurname(written)) return false;
  const theirs = known.split(' ').slice(1).pop();
  return theirs !== undefined && theirs[0]?.toLowerCase() !== written[0]?.toLowerCase();
}

/** "Shivaun from Stripe": a lone first name nobody has may sound like someone's (see core). */
async function hearGivenName(
  resolution: NameResolution,
  name: NameSpan,
  settling: Settling,
): Promise<NameResolution> {
  if (resolution.kind !== 'none' || name.fresh || name.text.includes(' ')) return resolution;
  const people = (await settling.directory.everyone()).named.map((entry) => entry.person);
  const context = { people, line: settling.line };
  return weighSoundAlikeGiven(resolution, name.text, context);
}

async function writeLine(
  store: Store,
  accountId: string,
  parsed: ParsedLogLine,
  mentions: Mention[],
  now: string,
): Promise<LoggedLine> {
  const result: LoggedLine = {
    interactions: [],
    people: [],
    created: [],
    mentions,
    notes: parsed.notes,
  };
  for (const [k, mention] of mentions.entries()) {
    // Mentions follow the parsed names in order; "Georgia Banks from Harnham" gives a company.
    const company = parsed.people[k]?.company;
    const person = await personFor(store, accountId, mention, company, now);
    const note = describeMatch(mention);
    if (note) mention.note = note;
    if (mention.outcome === 'new') result.created.push(person);
    // "lunch with Ana and ana lopez" names one person twice: one interaction is enough.
    if (result.people.some((p) => p.id === person.id)) continue;
    result.people.push(person);
    result.interactions.push(
      await insertInteraction(
        store,
        accountId,
        {
          personId: person.id,
          occurredOn: parsed.occurredOn,
          channel: parsed.channel,
          direction: parsed.direction,
          kind: parsed.kind,
          summary: parsed.summary,
          tags: parsed.tags,
          expectsReply: expectsReplyByDefault(parsed),
        },
        now,
      ),
    );
    await refreshTie(store, accountId, person.id);
  }
  return result;
}

async function personFor(
  store: Store,
  accountId: string,
  mention: Mention,
  company: string | undefined,
  now: string,
): Promise<Person> {
  if (mention.outcome !== 'new') {
    const found = mention.person && (await findPerson(store, accountId, mention.person.id));
    if (!found) throw new Error(`a settled name has no person: ${mention.written}`);
    return found;
  }
  // "coffee with ana" names Ana: keep the user's capitals when they gave any.
  const written = mention.written;
  const name =
    written === written.toLowerCase()
      ? written.replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase())
      : written;
  const person = await insertPerson(store, accountId, company ? { name, company } : { name }, now);
  mention.person = choiceOf(person, 'full name');
  return person;
}
