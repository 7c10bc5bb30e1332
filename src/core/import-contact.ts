// One imported contact made ready for the network: keys normalised, values checked, nothing dropped silently.
import {
  linkedinUrlOf,
  normaliseEmail,
  normaliseLinkedinUrl,
  normalisePhone,
} from './contact-keys.js';
import { listFields, textFields, type FieldValues, type PersonFields } from './merge.js';

/** Where a record came from (the formats' SourceRef). */
export interface ImportSource {
  format: string;
  file: string;
  line: number;
}

/** What the import reads of a contact: the formats' ContactRecord satisfies it. */
export interface ImportContact {
  source: ImportSource;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  title: string | null;
  location: string | null;
  linkedinUrl: string | null;
  tags: string[];
  notes: string | null;
  connectedOn: string | null;
  urls: string[];
  birthday: string | null;
  /** Kith's own fields, present when the file is a Kith export that carries them. */
  howWeMet?: string | null;
  interests?: string[];
  needs?: string | null;
  offers?: string | null;
  doNotContact?: boolean;
}

/** Something wrong with one record: the file, the line, the field and what happened (the formats' ParseProblem). */
export interface ImportProblem {
  file: string;
  line: number;
  field: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface Candidate {
  fields: PersonFields;
  /** Strong keys: lower-case emails, E.164 phones, linkedin.com/in/<slug>. */
  keys: { emails: string[]; phones: string[]; linkedin: string | null };
  /** The values this record brings, for provenance after a merge. */
  values: FieldValues;
  connectedOn: string | null;
  problems: ImportProblem[];
}

const limits = { name: 200, text: 200, long: 2000, notes: 20000, tag: 40 } as const;

/** How each field is named in the notes that keep a value the field could not hold. */
const labels = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn',
  company: 'Company',
  title: 'Title',
  location: 'Location',
  howWeMet: 'How we met',
  needs: 'Needs',
  offers: 'Offers',
} as const;

/**
 * Reads one contact as a person. A value that cannot be what its field says (an email without an
 * @, a phone of letters) is not stored in that field: it is named in a warning with the file, line
 * and field, and kept in the person's notes, so the rest of the record still imports and nothing is lost.
 */
export function toCandidate(record: ImportContact, region: string | null): Candidate {
  // One object for what the reading found, and plain functions: no closures made per record.
  const reading: Reading = { record, problems: [], extras: [] };

  const emails: string[] = [];
  for (const raw of record.emails) {
    if (raw.trim() === '') continue;
    const email = normaliseEmail(raw);
    if (email) pushNew(emails, email);
    else unreadable(reading, 'email', raw, 'an email address');
  }
  const phones: string[] = [];
  const phoneKeys: string[] = [];
  for (const raw of record.phones) {
    if (raw.trim() === '') continue;
    const phone = normalisePhone(raw, region);
    if (phone && !phoneKeys.includes(phone.key)) {
      phoneKeys.push(phone.key);
      phones.push(phone.display);
    } else if (!phone && looksLikePhone(raw)) {
      // A local number with no region to read it by: kept as written, but it is no key.
      pushNew(phones, raw.trim());
    } else if (!phone) unreadable(reading, 'phone', raw, 'a phone number');
  }
  let linkedin: string | null = null;
  if (record.linkedinUrl?.trim()) {
    linkedin = normaliseLinkedinUrl(record.linkedinUrl);
    if (!linkedin)
      unreadable(reading, 'linkedinUrl', record.linkedinUrl.trim(), 'a LinkedIn profile address');
  }
  for (const url of record.urls) if (url.trim()) reading.extras.push(`Web: ${url.trim()}`);
  if (record.birthday) reading.extras.push(`Birthday: ${record.birthday}`);

  const fields: PersonFields = {
    name: text(reading, 'name', record.name, limits.name) ?? record.source.file,
    emails,
    phones,
    company: text(reading, 'company', record.company, limits.text),
    title: text(reading, 'title', record.title, limits.text),
    location: text(reading, 'location', record.location, limits.text),
    linkedinUrl: linkedin && linkedinUrlOf(linkedin),
    tags: record.tags.length === 0 ? [] : tagsOf(record.tags),
    howWeMet: text(reading, 'howWeMet', record.howWeMet ?? null, limits.long),
    interests: record.interests?.length ? interestsOf(record.interests) : [],
    needs: text(reading, 'needs', record.needs ?? null, limits.long),
    offers: text(reading, 'offers', record.offers ?? null, limits.long),
    notes: joinNotes(record.notes, reading.extras),
    doNotContact: record.doNotContact ?? false,
  };
  if (fields.notes && fields.notes.length > limits.notes) {
    warn(reading, 'notes', `are longer than ${limits.notes} characters; they are kept whole.`);
  }
  return {
    fields,
    keys: { emails, phones: phoneKeys, linkedin },
    values: valuesOf(fields),
    connectedOn: record.connectedOn,
    problems: reading.problems,
  };
}

/** One record being read: the warnings it gave and the values kept in its notes. */
interface Reading {
  record: ImportContact;
  problems: ImportProblem[];
  extras: string[];
}

function warn(reading: Reading, field: string, message: string): void {
  reading.problems.push({ ...place(reading.record), field, message, severity: 'warning' });
}

function unreadable(
  reading: Reading,
  field: keyof typeof labels,
  value: string,
  what: string,
): void {
  warn(reading, field, `"${value}" is not ${what}; it is kept in the notes instead.`);
  reading.extras.push(`${labels[field]} as written: ${value}`);
}

function text(
  reading: Reading,
  field: keyof typeof labels,
  value: string | null,
  max: number,
): string | null {
  // Names and titles are one line; how-we-met, needs and offers may keep their line breaks.
  const clean = (max > limits.text ? value : value?.replace(/\s+/g, ' '))?.trim() ?? '';
  if (clean.length <= max) return clean === '' ? null : clean;
  warn(reading, field, `is longer than ${max} characters; the whole of it is kept in the notes.`);
  reading.extras.push(`${labels[field]} in full: ${clean}`);
  return `${clean.slice(0, max - 1)}…`;
}

function tagsOf(written: readonly string[]): string[] {
  return [...new Set(written.map(toTag).filter((tag) => tag !== ''))];
}

function interestsOf(interests: readonly string[]): string[] {
  return [...new Set(interests.map((i) => i.trim().slice(0, 100)))].filter(
    (interest) => interest !== '',
  );
}

function place(record: ImportContact): { file: string; line: number } {
  return { file: record.source.file, line: record.source.line };
}

function pushNew(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function looksLikePhone(raw: string): boolean {
  return /^\+?[\d\s().\-/]{3,30}(\s*(x|ext\.?)\s*\d{1,6})?$/i.test(raw.trim());
}

/** A label as a Kith tag: "Work Friends" → "work-friends"; letters, digits, - and _ only. */
export function toTag(label: string): string {
  return label
    .trim()
    .replace(/^#+/, '')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_-]/gu, '')
    .slice(0, limits.tag);
}

function joinNotes(notes: string | null, extras: string[]): string | null {
  if (extras.length === 0) return notes?.trim() || null;
  const parts = [notes?.trim() ?? '', ...extras].filter((part) => part !== '');
  return parts.length > 0 ? parts.join('\n') : null;
}

function valuesOf(fields: PersonFields): FieldValues {
  const values: FieldValues = { name: [fields.name] };
  for (const field of listFields) {
    if (fields[field].length > 0) values[field] = fields[field];
  }
  for (const field of recordTextFields) {
    const value = fields[field];
    if (value) values[field] = [value];
  }
  return values;
}

/** Every text field an imported record may carry, its notes included. */
const recordTextFields = [...textFields, 'notes'] as const;
