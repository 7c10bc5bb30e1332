// Two records of one person become one, losing nothing: every distinct value kept, and where each came from.
import type { Person } from './person.js';

/** The fields a merge combines: a person without id and timestamps. */
export type PersonFields = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

export function fieldsOf(person: Person): PersonFields {
  // Built field by field in Person's order rather than copied and trimmed with `delete`, which
  // leaves an object V8 reads slowly: an import compares and merges thousands of these.
  return {
    name: person.name,
    emails: person.emails,
    phones: person.phones,
    company: person.company,
    title: person.title,
    location: person.location,
    linkedinUrl: person.linkedinUrl,
    tags: person.tags,
    howWeMet: person.howWeMet,
    interests: person.interests,
    needs: person.needs,
    offers: person.offers,
    notes: person.notes,
    doNotContact: person.doNotContact,
  };
}

export const listFields = ['emails', 'phones', 'tags', 'interests'] as const;
export const textFields = [
  'company',
  'title',
  'location',
  'linkedinUrl',
  'howWeMet',
  'needs',
  'offers',
] as const;
export type ListField = (typeof listFields)[number];
export type TextField = (typeof textFields)[number];
export type ValueField = 'name' | ListField | TextField | 'notes';

const labels: Record<TextField | 'name', string> = {
  name: 'name',
  company: 'company',
  title: 'title',
  location: 'location',
  linkedinUrl: 'LinkedIn',
  howWeMet: 'how we met',
  needs: 'needs',
  offers: 'offers',
};

/** Where a value came from: a line of an imported file. */
export interface SourceLabel {
  format: string;
  file: string;
  line: number;
}

/** The values one source brought, by field. */
export type FieldValues = Partial<Record<ValueField, string[]>>;

export interface MergeSide {
  person: PersonFields;
  /** Each source of this person and the values it brought; values no source brought were typed in Kith. */
  sources: Array<{ source: SourceLabel; values: FieldValues }>;
  /** How to name this side when a value has no source: "person #12". */
  label: string;
}

export interface ValueProvenance {
  field: ValueField;
  value: string;
  from: 'kept' | 'other';
  /** Null when the value was typed into Kith rather than imported. */
  source: SourceLabel | null;
}

export interface MergeResult {
  person: PersonFields;
  /** The values the other side added, by field (the other's differing text lands in `notes`). */
  added: FieldValues;
  /** Every value of the merged person, with the side and the source it came from. */
  provenance: ValueProvenance[];
  changed: boolean;
}

export interface MergeOptions {
  /** The key two phones are compared by (E.164); by default, digits only. */
  phoneKey?: (phone: string) => string;
  /** The key two LinkedIn addresses are compared by. */
  linkedinKey?: (url: string) => string;
  /**
   * False leaves `provenance` empty: an import only needs the merged person (each record's values
   * are kept as its own source row), and finding every value's source costs more than the merge.
   */
  provenance?: boolean;
}

/**
 * Merges `other` into `kept`. Lists (emails, phones, tags, interests) become their union, compared
 * by key so "+44 7700 900123" and "07700 900123" are one phone. Text fields keep kept's value,
 * take other's where kept has none, and keep other's differing value in the notes with its source
 * rather than drop it. Do-not-contact holds when either side asked for it.
 */
export function mergePeople(
  kept: MergeSide,
  other: MergeSide,
  options: MergeOptions = {},
): MergeResult {
  const keyOf = keyFunctions(options);
  const person: PersonFields = { ...kept.person };
  const added: FieldValues = {};
  const provenance: ValueProvenance[] = [];
  const notes: string[] = [];
  const note = (what: string, value: string) => notes.push(`${what} ${quote(value)}`);
  const record = (field: ValueField, value: string, from: 'kept' | 'other') => {
    if (options.provenance === false) return;
    const side = from === 'kept' ? kept : other;
    provenance.push({ field, value, from, source: sourceOf(side, field, value) });
  };

  record('name', person.name, 'kept');
  if (nameDiffers(kept.person.name, other.person.name)) note('also known as', other.person.name);
  for (const field of listFields) {
    if (other.person[field].length === 0) {
      // Nothing to add, the usual case for most lists in an import: no keys to work out.
      person[field] = [...kept.person[field]];
      for (const value of kept.person[field]) record(field, value, 'kept');
      continue;
    }
    const key = keyOf[field];
    const seen = new Set(kept.person[field].map(key));
    const extra = other.person[field].filter((value) => {
      const k = key(value);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    person[field] = [...kept.person[field], ...extra];
    for (const value of kept.person[field]) record(field, value, 'kept');
    for (const value of extra) record(field, value, 'other');
    if (extra.length > 0) added[field] = extra;
  }
  for (const field of textFields) {
    const mine = kept.person[field];
    const theirs = other.person[field];
    if (mine) record(field, mine, 'kept');
    if (!theirs) continue;
    if (!mine) {
      person[field] = theirs;
      added[field] = [theirs];
      record(field, theirs, 'other');
    } else if (keyOf.text(field, mine) !== keyOf.text(field, theirs)) {
      note(labels[field], theirs);
    }
  }
  person.doNotContact = kept.person.doNotContact || other.person.doNotContact;
  person.notes = mergeNotes(kept.person.notes, other, notes);
  if (person.notes !== kept.person.notes && person.notes) {
    added.notes = [person.notes];
  }
  return { person, added, provenance, changed: fieldsDiffer(kept.person, person) };
}

/**
 * The key functions of each options object, made once: an import merges thousands of people with
 * one options object, and a closure made per merge is a closure to collect.
 */
const keysByOptions = new WeakMap<MergeOptions, ReturnType<typeof makeKeyFunctions>>();

function keyFunctions(options: MergeOptions) {
  let keys = keysByOptions.get(options);
  if (keys === undefined) {
    keys = makeKeyFunctions(options);
    keysByOptions.set(options, keys);
  }
  return keys;
}

function makeKeyFunctions(options: MergeOptions) {
  const phone = options.phoneKey ?? ((value: string) => value.replace(/[^\d+]/g, ''));
  const linkedin = options.linkedinKey ?? ((value: string) => value.trim().toLowerCase());
  const lower = (value: string) => value.trim().toLowerCase();
  return {
    emails: lower,
    phones: phone,
    tags: (value: string) => value,
    interests: lower,
    text: (field: TextField, value: string) =>
      field === 'linkedinUrl' ? linkedin(value) : value.trim().replace(/\s+/g, ' ').toLowerCase(),
  };
}

function nameDiffers(a: string, b: string): boolean {
  return a.trim().toLowerCase() !== b.trim().toLowerCase() && !b.includes('@');
}

function quote(value: string): string {
  return `"${value.replace(/\s+/g, ' ').trim()}"`;
}

/**
 * Kept's notes, then a line of what the other side said differently, naming its source, then the
 * other's own notes. Anything already in kept's notes is not repeated, so importing an updated file
 * again adds no second copy.
 */
function mergeNotes(kept: string | null, other: MergeSide, differences: string[]): string | null {
  const theirs = other.person.notes?.trim();
  // Most merges have neither: then there is no line to write, nor a source to name in it.
  if (differences.length === 0 && !theirs) return kept || null;
  const parts = kept ? [kept] : [];
  const has = (text: string) => parts.some((part) => part.includes(text));
  const from = describeSide(other);
  if (differences.length > 0) {
    const line = `Also recorded (${from}): ${differences.join('; ')}.`;
    if (!has(line)) parts.push(line);
  }
  if (theirs && !has(theirs)) parts.push(parts.length > 0 ? `From ${from}: ${theirs}` : theirs);
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/** "Connections.csv, line 12", or the side's label when it came from Kith itself. */
export function describeSide(side: MergeSide): string {
  const [first] = side.sources;
  return first ? describeSource(first.source) : side.label;
}

export function describeSource(source: SourceLabel): string {
  return `${source.file}, line ${source.line}`;
}

function sourceOf(side: MergeSide, field: ValueField, value: string): SourceLabel | null {
  return side.sources.find((s) => s.values[field]?.includes(value))?.source ?? null;
}

/** Whether two people's fields differ in any value (the same answer as comparing them as JSON). */
export function fieldsDiffer(a: PersonFields, b: PersonFields): boolean {
  // Value by value rather than as JSON: an import merges thousands of people.
  for (const field of Object.keys(a) as Array<keyof PersonFields>) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return true;
    if (x.some((value, i) => value !== y[i])) return true;
  }
  return false;
}

/**
 * Takes a merge back out of a person who may have changed since: each field that still holds what
 * the merge made returns to what it was before; a list edited since loses only the values the merge
 * added; text edited since is the user's and stays; notes lose only what the merge appended.
 */
export function unmergeFields(
  current: PersonFields,
  before: PersonFields,
  after: PersonFields,
): PersonFields {
  const result: PersonFields = { ...current };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const field of listFields) {
    if (same(current[field], after[field])) result[field] = before[field];
    else {
      const addedByMerge = new Set(after[field].filter((v) => !before[field].includes(v)));
      result[field] = current[field].filter((value) => !addedByMerge.has(value));
    }
  }
  for (const field of [...textFields, 'name'] as const) {
    if (same(current[field], after[field])) Object.assign(result, { [field]: before[field] });
  }
  if (same(current.doNotContact, after.doNotContact)) result.doNotContact = before.doNotContact;
  result.notes = unmergeNotes(current.notes, before.notes, after.notes);
  return result;
}

function unmergeNotes(
  current: string | null,
  before: string | null,
  after: string | null,
): string | null {
  if (current === after) return before;
  const appended =
    after && after.startsWith(before ?? '') ? after.slice((before ?? '').length) : '';
  if (!current || appended === '' || !current.includes(appended)) return current;
  const left = current.replace(appended, '');
  return left === '' ? null : left;
}
