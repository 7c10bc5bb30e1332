// Brings parsed records into the network: a preview of exactly what will happen, or all of it in one transaction.
import { addToIndex, createIndex, type DedupeIndex } from '../core/dedupe.js';
import {
  machineRegion,
  normaliseEmail,
  normaliseLinkedinUrl,
  phoneKey,
} from '../core/contact-keys.js';
import type { ImportContact, ImportProblem } from '../core/import-contact.js';
import {
  participantsOf,
  type ImportInvitation,
  type ImportMessage,
} from '../core/import-conversations.js';
import { holdsPhones, keysOf, matchRecords, prepareRecords } from '../core/import-match.js';
import { resolveMe, type MeSource } from '../core/import-me.js';
import { fieldsOf } from '../core/merge.js';
import {
  planImport,
  type ImportCounts,
  type ImportPlan,
  type StoredPerson,
} from '../core/import-plan.js';
import { findPeopleByIds, streamIndexRows, type IndexRow } from '../store/dedupe-index.repo.js';
import { findReviewedPairs } from '../store/duplicate-reviews.repo.js';
import { readList } from '../store/json-list.js';
import { findKnownSourceKeys } from '../store/person-sources.repo.js';
import { findProfile } from '../store/profile.repo.js';
import { refreshStatistics } from '../store/statistics.js';
import { inTransaction, type Store } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';
import { writePlan } from './import-write.js';

export type ImportPhase = 'matching' | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** What the files held, as the formats read them. */
export interface ParsedRecords {
  contacts: readonly ImportContact[];
  messages: readonly ImportMessage[];
  invitations: readonly ImportInvitation[];
  problems: readonly ImportProblem[];
  files: ReadonlyArray<{ file: string; format: string | null; rows: number }>;
}

export interface ImportRecordsInput {
  parsed: ParsedRecords;
  /** Only work out what would happen; write nothing. */
  dryRun?: boolean;
  /** The user's name or LinkedIn profile address, to tell who sent each message; else the profile's name. */
  me?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport {
  dryRun: boolean;
  files: Array<{ file: string; format: string | null; rows: number }>;
  people: ImportCounts;
  /** Interactions added from messages and invitations. */
  interactions: number;
  /** Records skipped because an earlier import brought them already. */
  alreadyImported: number;
  /** How the user was recognised in their messages. */
  me: MeSource;
  problems: ImportProblem[];
}

/** Above this many new people the planner's statistics are refreshed, as after loading the demo. */
const statisticsFrom = 1000;

export async function importRecords(deps: Deps, input: ImportRecordsInput): Promise<ImportReport> {
  const progress = (phase: ImportPhase) => (done: number, total: number) =>
    input.onProgress?.({ phase, done, total });
  if (input.dryRun) {
    const { plan, me } = await buildPlan(deps.store, deps.accountId, input);
    return report(input, plan, me, true);
  }
  // One transaction from the first read to the last write: the plan is made on the same data it
  // changes, and a failure anywhere leaves the network exactly as it was.
  const result = await inTransaction(deps.store, async (tx) => {
    const built = await buildPlan(tx, deps.accountId, input);
    await writePlan(tx, {
      accountId: deps.accountId,
      now: timestamp(deps),
      plan: built.plan,
      onProgress: progress('writing'),
    });
    return built;
  });
  if (result.plan.newPeople.length >= statisticsFrom) await refreshStatistics(deps.store);
  return report(input, result.plan, result.me, false);
}

async function buildPlan(
  store: Store,
  accountId: string,
  input: ImportRecordsInput,
): Promise<{ plan: ImportPlan; me: MeSource }> {
  const { parsed } = input;
  const profile = await findProfile(store, accountId);
  const region = profile.region || machineRegion();
  const resolved = resolveMe({
    given: input.me,
    profileName: profile.name,
    conversations: parsed.messages.map(participantsOf),
  });
  const known = resolved.source === 'unknown' ? null : resolved.me;
  const prepared = prepareRecords({ ...parsed, me: known, region });
  const problems = meProblems(input, resolved.source);
  const total = prepared.contacts.length + prepared.conversations.length;
  input.onProgress?.({ phase: 'matching', done: 0, total });
  const index = await loadIndex(store, accountId, { region, phones: holdsPhones(prepared) });
  const matched = matchRecords({
    prepared,
    index,
    known: await findKnownSourceKeys(store, accountId, keysOf(prepared)),
    reviewed: await findReviewedPairs(store, accountId),
    me: resolved.me,
  });
  input.onProgress?.({ phase: 'matching', done: total, total });
  const storedIds = [...matched.groups.keys()].filter((ref) => ref > 0);
  const plan = planImport(matched, await loadStored(store, accountId, storedIds), region);
  plan.problems.unshift(...parsed.problems, ...problems);
  return { plan, me: resolved.source };
}

/**
 * The dedupe index over every stored person, read a page at a time. Stored phones are read only
 * when a record of this import has a phone: a phone key is only ever looked up for a record's
 * phone, and reading one costs 30 to 130 µs (about a second for 30,000 people in a fresh process).
 */
async function loadIndex(
  store: Store,
  accountId: string,
  options: { region: string | null; phones: boolean },
): Promise<DedupeIndex> {
  const index = createIndex();
  await streamIndexRows(store, accountId, (rows) => {
    for (const row of rows) addToIndex(index, indexEntry(row, options));
  });
  return index;
}

function indexEntry(row: IndexRow, options: { region: string | null; phones: boolean }) {
  const { region } = options;
  const emails: string[] = [];
  for (const written of readList(row.emails)) {
    const email = normaliseEmail(written);
    if (email !== null) emails.push(email);
  }
  const phones: string[] = [];
  for (const written of options.phones ? readList(row.phones) : []) {
    const key = phoneKey(written, region);
    if (key !== null) phones.push(key);
  }
  return {
    ref: row.id,
    name: row.name,
    company: row.company,
    emails,
    phones,
    linkedin: row.linkedin_url ? normaliseLinkedinUrl(row.linkedin_url) : null,
  };
}

async function loadStored(
  store: Store,
  accountId: string,
  ids: number[],
): Promise<Map<number, StoredPerson>> {
  const people = await findPeopleByIds(store, accountId, ids);
  return new Map(people.map((person) => [person.id, { id: person.id, fields: fieldsOf(person) }]));
}

function meProblems(input: ImportRecordsInput, source: MeSource): ImportProblem[] {
  const undirected = input.parsed.messages.filter((message) => !message.direction);
  const [first] = undirected;
  if (!first) return [];
  const at = { file: first.source.file, line: first.source.line, field: 'me' };
  if (source === 'unknown') {
    return [
      {
        ...at,
        // Said to the web app and the terminal alike, so it names what to give, not a flag.
        message: `Kith could not tell which side of these conversations is you, so ${undirected.length} messages were left out. Give your name or your LinkedIn profile address (--me in the terminal) and import again.`,
        severity: 'error',
      },
    ];
  }
  if (source === 'messages' && input.me) {
    return [
      {
        ...at,
        message: `"${input.me}" is in none of the conversations, so you were recognised as the one person who is in all of them.`,
        severity: 'warning',
      },
    ];
  }
  return [];
}

function report(
  input: ImportRecordsInput,
  plan: ImportPlan,
  me: MeSource,
  dryRun: boolean,
): ImportReport {
  return {
    dryRun,
    files: [...input.parsed.files],
    people: plan.people,
    interactions: plan.interactions.length,
    alreadyImported: plan.alreadyImported,
    me,
    problems: plan.problems,
  };
}
