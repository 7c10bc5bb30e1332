// The first half of an import plan: which person each record is, or that it is someone new.
import { normaliseLinkedinUrl } from './contact-keys.js';
import { addToIndex, entryKeys, matchContact, personNameKey, type DedupeIndex } from './dedupe.js';
import {
  toCandidate,
  type Candidate,
  type ImportContact,
  type ImportProblem,
  type ImportSource,
} from './import-contact.js';
import {
  invitationContacts,
  messageContacts,
  type ImportInvitation,
  type ImportMessage,
  type PlannedContact,
} from './import-conversations.js';
import { isMe, type Me, type Participant } from './import-me.js';
import { fingerprint, OccurrenceCounter } from './source-key.js';

/** One contact read and fingerprinted, ready to match. */
export interface MatchedRecord {
  key: string;
  source: ImportSource;
  candidate: Candidate;
}

/** Every record read, fingerprinted and turned into candidates and contacts, before matching. */
export interface Prepared {
  contacts: MatchedRecord[];
  conversations: PlannedContact[];
  problems: ImportProblem[];
}

/** Reads every record; the fingerprints let the caller ask which were imported before. */
export function prepareRecords(input: {
  contacts: readonly ImportContact[];
  messages: readonly ImportMessage[];
  invitations: readonly ImportInvitation[];
  /** Null when it could not be told who the user is: only messages that say their direction are read. */
  me: Me | null;
  region: string | null;
}): Prepared {
  const counter = new OccurrenceCounter();
  const contacts = input.contacts.map((record) => {
    const candidate = toCandidate(record, input.region);
    const content = fingerprint(record.source.format, contentOf(record));
    return { key: counter.next(record.source.file, content), source: record.source, candidate };
  });
  const messages = messageContacts(input.messages, input.me, counter);
  const invitations = invitationContacts(input.invitations, counter);
  return {
    contacts,
    conversations: [...messages.contacts, ...invitations.contacts],
    problems: [...messages.problems, ...invitations.problems],
  };
}

/**
 * Whether any contact of the import has a phone key. Phones are only ever looked up for a
 * record's phone, so without one the stored people's phones need not be read for matching.
 */
export function holdsPhones(prepared: Prepared): boolean {
  return prepared.contacts.some((record) => record.candidate.keys.phones.length > 0);
}

/** Every fingerprint of a prepared import, to look up which were imported before. */
export function keysOf(prepared: Prepared): string[] {
  return [...prepared.contacts, ...prepared.conversations].map((record) => record.key);
}

export interface MatchInput {
  prepared: Prepared;
  /** The stored network; the people this import adds join it under negative refs as they appear. */
  index: DedupeIndex;
  /** Fingerprints of records imported before: they add nothing. */
  known: ReadonlySet<string>;
  /** Pairs already on the review list, open or rejected (see pairKey). */
  reviewed: ReadonlySet<string>;
  me: Me;
}

export interface Matched {
  /** Each person's records, in file order, by ref (a stored id, or negative for someone new). */
  groups: Map<number, MatchedRecord[]>;
  /** People known only from messages or invitations, by their new ref. */
  participants: Map<number, Participant>;
  contacts: Array<PlannedContact & { ref: number }>;
  reviews: Array<{ a: number; b: number; reason: string }>;
  problems: ImportProblem[];
  /** Records skipped because an earlier import, or an earlier copy in this one, brought them. */
  alreadyImported: number;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** Matches every record: contacts first, so messages find the people their connections file named. */
export function matchRecords(input: MatchInput): Matched {
  const state = newState(input);
  state.matched.problems.push(...input.prepared.problems);
  for (const record of input.prepared.contacts) matchOne(state, record);
  for (const contact of input.prepared.conversations) {
    if (state.isSeen(contact.key)) continue;
    const ref = resolveParticipant(state, contact);
    if (ref !== null) state.matched.contacts.push({ ...contact, ref });
  }
  return state.matched;
}

interface State {
  input: MatchInput;
  matched: Matched;
  nextRef: () => number;
  isSeen: (key: string) => boolean;
  review: (a: number, b: number, reason: string) => void;
}

function newState(input: MatchInput): State {
  const matched: Matched = {
    groups: new Map(),
    participants: new Map(),
    contacts: [],
    reviews: [],
    problems: [],
    alreadyImported: 0,
  };
  const seen = new Set<string>();
  const planned = new Set<string>();
  let ref = 0;
  return {
    input,
    matched,
    nextRef: () => (ref -= 1),
    isSeen: (key) => {
      const again = input.known.has(key) || seen.has(key);
      seen.add(key);
      if (again) matched.alreadyImported += 1;
      return again;
    },
    review: (a, b, reason) => {
      const pair = pairKey(a, b);
      if (a === b || input.reviewed.has(pair) || planned.has(pair)) return;
      planned.add(pair);
      matched.reviews.push({ a, b, reason });
    },
  };
}

function matchOne(state: State, record: MatchedRecord): void {
  const { input, matched } = state;
  const { candidate, source } = record;
  if (state.isSeen(record.key)) return;
  matched.problems.push(...candidate.problems);
  if (candidate.keys.linkedin && input.me.profiles.has(candidate.keys.linkedin)) {
    matched.problems.push({
      file: source.file,
      line: source.line,
      field: 'linkedinUrl',
      message: 'This is your own profile, so it was not added as a contact.',
      severity: 'warning',
    });
    return;
  }
  const { emails, phones, linkedin } = candidate.keys;
  const entry = {
    ref: 0,
    name: candidate.fields.name,
    company: candidate.fields.company,
    emails,
    phones,
    linkedin,
  };
  const keys = entryKeys(entry, input.index);
  const match = matchContact(entry, input.index, keys);
  const ref = match.kind === 'same' ? match.ref : state.nextRef();
  entry.ref = ref;
  addToIndex(input.index, entry, keys);
  const group = matched.groups.get(ref);
  if (group) group.push(record);
  else matched.groups.set(ref, [record]);
  for (const other of match.reviews) state.review(ref, other.ref, other.reason);
}

/** Every value of the record as the file wrote it: what makes it the same record next time. */
function contentOf(r: ImportContact): unknown[] {
  return [
    r.name,
    r.emails,
    r.phones,
    r.company,
    r.title,
    r.location,
    r.linkedinUrl,
    r.tags,
    r.notes,
    r.connectedOn,
    r.urls,
    r.birthday,
    r.howWeMet,
    r.interests,
    r.needs,
    r.offers,
    r.doNotContact,
  ];
}

/**
 * Who a message or invitation was with. A profile address finds its person for sure. Without one,
 * a name finds a person only when exactly one in the network has it; several is a problem to report.
 * Anyone not found is someone new, and a same-named person already known goes to the review list.
 */
function resolveParticipant(state: State, contact: PlannedContact): number | null {
  const { index } = state.input;
  const profile = contact.with.url ? normaliseLinkedinUrl(contact.with.url) : null;
  const found = profile ? index.byLinkedin.get(profile) : undefined;
  if (found !== undefined) return found;
  const name = personNameKey(contact.with.name, null);
  const namesakes = name === '' ? [] : (index.byName.get(name) ?? []);
  if (!profile && namesakes.length === 1) return namesakes[0] ?? null;
  if (!profile && namesakes.length > 1) {
    state.matched.problems.push({
      file: contact.source.file,
      line: contact.source.line,
      field: 'name',
      message: `${namesakes.length} people in your network are called ${contact.with.name} and this row has no profile address, so it was not added to either.`,
      severity: 'warning',
    });
    return null;
  }
  if (isMe(state.input.me, contact.with)) return null;
  const ref = state.nextRef();
  const named =
    contact.with.name.trim() || (profile ?? '').replace(/^linkedin\.com\/(in|pub)\//, '');
  state.matched.participants.set(ref, { name: named, url: contact.with.url });
  addToIndex(index, { ref, name: named, emails: [], phones: [], linkedin: profile, company: null });
  for (const other of namesakes)
    state.review(ref, other, 'same name; one of them is known from LinkedIn messages');
  return ref;
}
