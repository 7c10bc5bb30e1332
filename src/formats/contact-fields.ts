// Small shared steps for turning address-book rows into ContactRecords: defaults, tags without the
// system groups, LinkedIn profile links picked out of web pages, and a name when a row has none.
import type { ContactRecord, SourceRef } from './contact.js';

export type ContactFields = Partial<Omit<ContactRecord, 'source' | 'name'>>;

export function makeContact(source: SourceRef, name: string, fields: ContactFields): ContactRecord {
  return {
    source,
    name,
    givenName: null,
    familyName: null,
    emails: [],
    phones: [],
    company: null,
    title: null,
    location: null,
    linkedinUrl: null,
    tags: [],
    notes: null,
    connectedOn: null,
    urls: [],
    birthday: null,
    ...fields,
  };
}

/** Empty strings become null, so "no value" has one spelling in every record. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}

export function joinName(parts: ReadonlyArray<string | null>): string {
  return parts
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .join(' ');
}

/** Groups every contact is in say nothing about the person: Google's "* myContacts" and "starred". */
const systemGroups = new Set(['mycontacts', 'my contacts', 'starred']);

/** Labels as words: the "* " that marks Google's system groups removed, the meaningless ones dropped. */
export function cleanTags(labels: readonly string[]): string[] {
  const words = labels.map((label) => label.trim().replace(/^\*\s*/, ''));
  return unique(words.filter((word) => !systemGroups.has(word.toLowerCase())));
}

const linkedinProfile = /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/in\//i;

/** A web page that is a LinkedIn profile is the strongest key a contact can carry: keep it apart. */
export function pickLinkedIn(urls: readonly string[]): {
  linkedinUrl: string | null;
  urls: string[];
} {
  const all = unique(urls);
  const linkedinUrl = all.find((url) => linkedinProfile.test(url)) ?? null;
  return { linkedinUrl, urls: all.filter((url) => url !== linkedinUrl) };
}

/**
 * A row without a name still describes someone when it has an organisation, an email or a phone:
 * name them by that, and say so. Null when there is nothing to name them by.
 */
/**
 * The contact under its own name, or under its organisation, email or phone with a warning when
 * the row has no name; null (with a warning) when it has none of them.
 */
export function namedContact(options: {
  source: SourceRef;
  name: string | undefined;
  fields: ContactFields & Parameters<typeof fallbackName>[0];
  warn: (message: string) => void;
  /** What the format calls the organisation, for the message: "organisation" or "company". */
  organisation: string;
}): ContactRecord | null {
  const { source, name, fields, warn } = options;
  if (name) return makeContact(source, name, fields);
  const fallback = fallbackName(fields);
  if (!fallback) {
    warn(`The row has no name, ${options.organisation}, email or phone; skipped.`);
    return null;
  }
  warn(`No name is given; the contact is named by its ${fallback.from}, ${fallback.name}.`);
  return makeContact(source, fallback.name, fields);
}

export function fallbackName(fields: {
  company: string | null;
  emails: readonly string[];
  phones: readonly string[];
}): { name: string; from: string } | null {
  if (fields.company) return { name: fields.company, from: 'organisation' };
  const email = fields.emails[0];
  if (email) return { name: email, from: 'email address' };
  const phone = fields.phones[0];
  if (phone) return { name: phone, from: 'phone number' };
  return null;
}

/** YYYY-MM-DD or Google's year-less --MM-DD; other text as written; Outlook's 0/0/00 means none. */
export function cleanBirthday(value: string, parsed: string | null): string | null {
  const text = value.trim();
  if (text === '' || /^0?0\/0?0\/(00|0000)$/.test(text)) return null;
  if (/^--\d{2}-\d{2}$/.test(text)) return text;
  return parsed ?? text;
}
