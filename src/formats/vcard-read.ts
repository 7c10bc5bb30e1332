// Maps one card to a ContactRecord: name, emails, phones, organisation, title, place, web
// addresses, categories, notes and birthday; groups and nameless cards are skipped with a problem.
import type { ContactRecord } from './contact.js';
import type { Card } from './vcard-card.js';
import { kithProductId, readKithFields } from './vcard-kith.js';
import { readLocation } from './vcard-location.js';
import { readName } from './vcard-name.js';
import { capped, readEmails, readList, readPhones, readUrls, unique } from './vcard-reach.js';

/** Kith keeps at most this many tags per person (src/core/person.ts). */
const maxTags = 50;

/** Google's and Android's built-in groups say nothing about the person. */
const builtInGroups = new Set(['my contacts', 'mycontacts', 'starred']);

export function readContact(card: Card, file: string): ContactRecord | null {
  const kind = readKind(card);
  if (kind === 'group' || kind === 'location') {
    card.report({
      line: card.line,
      field: 'KIND',
      message: `This card describes a ${kind}, not a person; it was skipped.`,
      severity: 'warning',
    });
    return null;
  }
  const company = firstComponent(card, 'ORG');
  const emails = readEmails(card);
  const { name, givenName, familyName } = readName(card);
  const displayName = (kind === 'org' && company) || name || company || emails[0];
  if (!displayName) {
    card.report({
      line: card.line,
      field: 'FN',
      message: 'This card has no name, organisation or email address; it was skipped.',
      severity: 'error',
    });
    return null;
  }
  if (!name && kind !== 'org') {
    card.report({
      line: card.line,
      field: 'FN',
      message: `This card has no name; it was named "${displayName}" after its ${company ? 'organisation' : 'email address'}.`,
      severity: 'warning',
    });
  }
  const { linkedinUrl, urls } = readUrls(card);
  return {
    source: { format: 'vcard', file, line: card.line },
    name: displayName,
    givenName,
    familyName,
    emails,
    phones: readPhones(card),
    company,
    title: firstValue(card, 'TITLE') ?? firstValue(card, 'ROLE'),
    location: readLocation(card),
    linkedinUrl,
    tags: readTags(card),
    notes: readNotes(card),
    connectedOn: null,
    urls,
    birthday: readBirthday(card),
    ...readKithFields(card),
  };
}

/** 4.0 KIND, Apple's group cards, and Apple's company cards (`X-ABShowAs:COMPANY`, even misspelt). */
function readKind(card: Card): string | null {
  const kind = firstValue(card, 'KIND') ?? firstValue(card, 'X-ADDRESSBOOKSERVER-KIND');
  if (kind) return kind.toLowerCase();
  const showAs = card.allProperties().find((property) => property.name.startsWith('X-ABSHOWAS'));
  return showAs && card.value(showAs).toUpperCase() === 'COMPANY' ? 'org' : null;
}

function firstValue(card: Card, name: string): string | null {
  for (const property of card.properties(name)) {
    const value = card.value(property);
    if (value !== '') return value;
  }
  return null;
}

/** ORG's first component is the organisation; the rest are departments. */
function firstComponent(card: Card, name: string): string | null {
  for (const property of card.properties(name)) {
    const [first = ''] = card.components(property);
    if (first !== '') return first;
  }
  return null;
}

function readTags(card: Card): string[] {
  const keepAll = card.allProperties().some((p) => p.name === 'PRODID' && p.raw === kithProductId);
  // Thunderbird escapes the commas between categories; a Kith tag never holds one, so split at all.
  const tags = readList(card, 'CATEGORIES', (value) => value)
    .flatMap(({ value }) => value.split(','))
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && (keepAll || !builtInGroups.has(tag.toLowerCase())));
  return capped(
    card,
    'CATEGORIES',
    unique(tags, (tag) => tag.toLowerCase()),
    maxTags,
  );
}

function readNotes(card: Card): string | null {
  const notes = unique(
    readList(card, 'NOTE', (value) => value).map(({ value }) => value),
    (note) => note,
  );
  return notes.length > 0 ? notes.join('\n\n') : null;
}

/** YYYY-MM-DD when the card gives a whole date; Apple's year 1604 and 4.0's `--MMDD` mean "no year". */
function readBirthday(card: Card): string | null {
  for (const property of card.properties('BDAY')) {
    const match = /^(\d{4})-?(\d{2})-?(\d{2})(T|$)/.exec(card.value(property));
    if (!match || property.params.has('X-APPLE-OMIT-YEAR')) continue;
    const [, year = '', month = '', day = ''] = match;
    if (year !== '1604' && isDate(Number(year), Number(month), Number(day))) {
      return `${year}-${month}-${day}`;
    }
  }
  return null;
}

function isDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}
