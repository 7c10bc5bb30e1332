// Finding a person again: strong keys merge on their own, weaker evidence asks the user, a name alone does neither.
import { emailDomain, isFreeMailDomain } from './contact-keys.js';
import { companyKey, compareNames, nameKey, namesCompatible } from './name-match.js';

/** What the index knows of one person, keys already normalised (see contact-keys.ts). */
export interface DedupeEntry {
  /** A stored person's id, or a negative number for someone this import is about to add. */
  ref: number;
  name: string;
  /** Lower-case emails. */
  emails: string[];
  /** Phone keys (E.164). */
  phones: string[];
  /** linkedin.com/in/<slug>, or null. */
  linkedin: string | null;
  company: string | null;
}

/**
 * One person as the index holds them. The lists below hold these objects themselves, so a
 * comparison reads the name it needs without a lookup; a person who gains keys is changed in place.
 */
interface Indexed {
  ref: number;
  name: string;
  company: string;
  domains: ReadonlySet<string>;
}

/** The network held in memory by its keys, for matching thousands of records without a query each. */
export interface DedupeIndex {
  entries: Map<number, Indexed>;
  byEmail: Map<string, number>;
  byPhone: Map<string, number>;
  byLinkedin: Map<string, number>;
  byName: Map<string, number[]>;
  /**
   * People at one company (by its key), then by given name and by family name ("acme", then "ana"
   * and "lopez"): a similar name at the same company shares one of the two, so a record is compared
   * with a handful of people, not with everyone at a large employer.
   */
  byCompanyName: Map<string, Map<string, Indexed[]>>;
  /** Each company as written, by its key: a network has a few hundred employers, not a key per person. */
  companyKeys: Map<string, string>;
  /** One work domain's set, shared by everyone whose only work domain it is. */
  domainSets: Map<string, ReadonlySet<string>>;
}

export function createIndex(): DedupeIndex {
  return {
    entries: new Map(),
    byEmail: new Map(),
    byPhone: new Map(),
    byLinkedin: new Map(),
    byName: new Map(),
    byCompanyName: new Map(),
    companyKeys: new Map(),
    domainSets: new Map(),
  };
}

/** companyKey, worked out once per company written the same way. */
function companyKeyIn(index: DedupeIndex, company: string | null): string {
  if (!company) return '';
  let key = index.companyKeys.get(company);
  if (key === undefined) {
    key = companyKey(company);
    index.companyKeys.set(company, key);
  }
  return key;
}

/** Shared by everyone without a work email domain until they gain one. */
const noDomains: ReadonlySet<string> = new Set();

/**
 * A person's work domains with one more. Sets are never changed once made: everyone with just one
 * work domain shares that domain's set (most people at a company), and a second domain makes a copy.
 */
function withDomain(
  index: DedupeIndex,
  domains: ReadonlySet<string>,
  domain: string,
): ReadonlySet<string> {
  if (domains.size > 0) return new Set(domains).add(domain);
  let single = index.domainSets.get(domain);
  if (single === undefined) {
    single = new Set([domain]);
    index.domainSets.set(domain, single);
  }
  return single;
}

/** A name as the index compares it: empty when the "name" is really an email or the company. */
export function personNameKey(name: string, company: string | null): string {
  return nameKeyBeside(name, companyKey(company));
}

/** personNameKey with the company's key already worked out. */
function nameKeyBeside(name: string, company: string): string {
  if (name.includes('@')) return '';
  const key = nameKey(name);
  return key !== '' && key === company ? '' : key;
}

/** The keys matchContact worked out for a record, so adding it does not work them out again. */
export interface EntryKeys {
  name: string;
  company: string;
}

/** A record's name and company as the index compares them: worked out once, for matching and adding. */
export function entryKeys(record: DedupeEntry, index: DedupeIndex): EntryKeys {
  const company = companyKeyIn(index, record.company);
  return { name: nameKeyBeside(record.name, company), company };
}

/** Adds a person, or the keys a person has gained; the first person to hold a key keeps it. */
export function addToIndex(index: DedupeIndex, entry: DedupeEntry, keys?: EntryKeys): void {
  const known = index.entries.get(entry.ref);
  // Folding a company costs as much as folding a name: once, and only when it is needed.
  const entryCompany =
    keys?.company ?? (known?.name && known.company ? '' : companyKeyIn(index, entry.company));
  const name = known?.name || (keys?.name ?? nameKeyBeside(entry.name, entryCompany));
  const company = known?.company || entryCompany;
  let domains = known?.domains ?? noDomains;
  for (const email of entry.emails) {
    if (!index.byEmail.has(email)) index.byEmail.set(email, entry.ref);
    const domain = emailDomain(email);
    if (isFreeMailDomain(domain) || domains.has(domain)) continue;
    domains = withDomain(index, domains, domain);
  }
  for (const phone of entry.phones)
    if (!index.byPhone.has(phone)) index.byPhone.set(phone, entry.ref);
  if (entry.linkedin && !index.byLinkedin.has(entry.linkedin)) {
    index.byLinkedin.set(entry.linkedin, entry.ref);
  }
  const gainedName = name !== '' && !known?.name;
  const fresh = !known || gainedName || (company !== '' && !known.company);
  let person = known;
  if (person) {
    person.name = name;
    person.company = company;
    person.domains = domains;
  } else {
    person = { ref: entry.ref, name, company, domains };
    index.entries.set(entry.ref, person);
  }
  if ((!known || gainedName) && name !== '') push(index.byName, name, entry.ref);
  if (fresh && name !== '' && company !== '') addAtCompany(index, company, name, person);
}

/** The two parts of a name a similar name shares: the given name and the family name. */
function nameParts(name: string): [string, string] {
  const space = name.indexOf(' ');
  if (space < 0) return [name, ''];
  const given = name.slice(0, space);
  const family = name.slice(name.lastIndexOf(' ') + 1);
  return [given, family === given ? '' : family];
}

function addAtCompany(index: DedupeIndex, company: string, name: string, person: Indexed): void {
  let byPart = index.byCompanyName.get(company);
  if (byPart === undefined) {
    byPart = new Map();
    index.byCompanyName.set(company, byPart);
  }
  const [given, family] = nameParts(name);
  for (const part of family === '' ? [given] : [given, family]) {
    // Once a person: a person is added here only when they first hold both a name and a company.
    const list = byPart.get(part);
    if (list === undefined) byPart.set(part, [person]);
    else list.push(person);
  }
}

function push(map: Map<string, number[]>, key: string, ref: number): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}

export type StrongKey = 'linkedin' | 'email' | 'phone';

export interface ReviewCandidate {
  ref: number;
  reason: string;
}

export type Match =
  /** The record is this person: merge it in. */
  | { kind: 'same'; ref: number; key: StrongKey; value: string; reviews: ReviewCandidate[] }
  /** Nobody known for sure: a new person, with anyone who might be them for the user to review. */
  | { kind: 'new'; reviews: ReviewCandidate[] };

/** At most this many review candidates per record: a common name at a large employer is not a list of 40. */
const maxReviews = 5;

/**
 * Matches one record against the index. A LinkedIn profile is one person, whatever the name says.
 * An email or phone merges when the names could be one person's; a family email or a shared office
 * line with two different names goes to review instead. Without a strong key, only a similar name
 * at the same company, or the same name with a shared work email domain where one side has no
 * company, is evidence, and it goes to review. Two records that share only a name stay two people.
 */
export function matchContact(
  record: DedupeEntry,
  index: DedupeIndex,
  keys: EntryKeys = entryKeys(record, index),
): Match {
  const { name, company } = keys;
  const strong = strongMatches(record, index);
  const reviews: ReviewCandidate[] = [];
  let same: { ref: number; key: StrongKey; value: string } | undefined;
  for (const hit of strong) {
    const theirs = index.entries.get(hit.ref)?.name ?? '';
    if (!same && (hit.key === 'linkedin' || namesCompatible(name, theirs))) same = hit;
    else if (hit.ref !== same?.ref) reviews.push({ ref: hit.ref, reason: strongReason(hit, same) });
  }
  for (const weak of weakMatches(record, { name, company }, index)) {
    if (weak.ref !== same?.ref) reviews.push(weak);
  }
  const unique = reviews.length === 0 ? reviews : dedupeCandidates(reviews).slice(0, maxReviews);
  return same ? { kind: 'same', ...same, reviews: unique } : { kind: 'new', reviews: unique };
}

function strongMatches(
  record: DedupeEntry,
  index: DedupeIndex,
): Array<{ ref: number; key: StrongKey; value: string }> {
  const hits: Array<{ ref: number; key: StrongKey; value: string }> = [];
  if (record.linkedin) {
    hit(hits, record, index.byLinkedin.get(record.linkedin), 'linkedin', record.linkedin);
  }
  for (const email of record.emails) hit(hits, record, index.byEmail.get(email), 'email', email);
  for (const phone of record.phones) hit(hits, record, index.byPhone.get(phone), 'phone', phone);
  return hits;
}

function hit(
  hits: Array<{ ref: number; key: StrongKey; value: string }>,
  record: DedupeEntry,
  ref: number | undefined,
  key: StrongKey,
  value: string,
): void {
  if (ref !== undefined && ref !== record.ref) hits.push({ ref, key, value });
}

function strongReason(
  hit: { key: StrongKey; value: string },
  same: { ref: number } | undefined,
): string {
  const what = hit.key === 'linkedin' ? 'LinkedIn profile' : hit.key;
  return same
    ? `the same ${what} (${hit.value}) as someone else this record matched`
    : `the same ${what} (${hit.value}) but a different name`;
}

function weakMatches(
  record: DedupeEntry,
  keys: { name: string; company: string },
  index: DedupeIndex,
): ReviewCandidate[] {
  const { name, company } = keys;
  if (name === '') return [];
  const found: ReviewCandidate[] = [];
  const shown = record.company?.trim() ?? '';
  const byPart = company === '' ? undefined : index.byCompanyName.get(company);
  if (byPart) {
    const [given, family] = nameParts(name);
    const first = byPart.get(given) ?? none;
    const second = family === '' ? none : (byPart.get(family) ?? none);
    for (const person of first) compareAt(record, name, person, shown, found);
    for (const person of second) {
      if (!first.includes(person)) compareAt(record, name, person, shown, found);
    }
  }
  const domains = record.emails.map(emailDomain).filter((domain) => !isFreeMailDomain(domain));
  if (domains.length === 0) return found;
  for (const ref of index.byName.get(name) ?? []) {
    const theirs = index.entries.get(ref);
    if (!theirs || ref === record.ref || (company !== '' && theirs.company !== '')) continue;
    const shared = domains.find((domain) => theirs.domains.has(domain));
    if (shared) found.push({ ref, reason: `same name and email domain (${shared})` });
  }
  return found;
}

const none: readonly Indexed[] = [];

/** A person at the record's company whose name is like the record's is one to review. */
function compareAt(
  record: DedupeEntry,
  name: string,
  person: Indexed,
  shown: string,
  found: ReviewCandidate[],
): void {
  if (person.ref === record.ref) return;
  const likeness = compareNames(name, person.name);
  if (likeness) found.push({ ref: person.ref, reason: `${likeness} at ${shown}` });
}

function dedupeCandidates(candidates: ReviewCandidate[]): ReviewCandidate[] {
  const seen = new Set<number>();
  return candidates.filter((candidate) => {
    if (seen.has(candidate.ref)) return false;
    seen.add(candidate.ref);
    return true;
  });
}
