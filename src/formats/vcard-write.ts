// Writes people as vCard 4.0 (RFC 6350): CRLF lines folded at 75 octets without splitting a
// character, escaped text, and X-KITH-* properties for what vCard has no word for.
import type { Person } from '../core/person.js';
import { kithProductId, kithProperty } from './vcard-kith.js';

/** What an export carries about a person; Kith's own fields are optional. */
export type VCardPerson = Pick<
  Person,
  'name' | 'emails' | 'phones' | 'company' | 'title' | 'location' | 'linkedinUrl' | 'tags' | 'notes'
> &
  Partial<Pick<Person, 'howWeMet' | 'interests' | 'needs' | 'offers' | 'doNotContact'>>;

export function writeVCards(people: readonly VCardPerson[]): string {
  return people.map(writeVCard).join('');
}

export function writeVCard(person: VCardPerson): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `PRODID:${kithProductId}`,
    `FN:${escapeText(person.name)}`,
    `N:${structuredName(person.name)}`,
    ...person.emails.map((email) => `EMAIL:${escapeText(email)}`),
    ...person.phones.map((phone) => `TEL:${escapeText(phone)}`),
    ...optional('ORG', person.company),
    ...optional('TITLE', person.title),
    // Kith keeps a place, not a postal address: it goes where the city goes.
    ...(person.location ? [`ADR:;;;${escapeText(person.location)};;;`] : []),
    ...(person.linkedinUrl ? [`URL:${uri(person.linkedinUrl)}`] : []),
    ...(person.tags.length > 0 ? [`CATEGORIES:${person.tags.map(escapeText).join(',')}`] : []),
    ...optional('NOTE', person.notes),
    // Extended properties default to the "unknown" value type: VALUE says how to read them.
    ...optional(`${kithProperty.howWeMet};VALUE=text`, person.howWeMet),
    ...(person.interests ?? []).map(
      (interest) => `${kithProperty.interest};VALUE=text:${escapeText(interest)}`,
    ),
    ...optional(`${kithProperty.needs};VALUE=text`, person.needs),
    ...optional(`${kithProperty.offers};VALUE=text`, person.offers),
    ...(person.doNotContact ? [`${kithProperty.doNotContact};VALUE=boolean:TRUE`] : []),
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function optional(name: string, value: string | null | undefined): string[] {
  return value ? [`${name}:${escapeText(value)}`] : [];
}

/**
 * Kith keeps one name, but many address books sort and show cards by N: the last word is taken
 * for the family name and the rest for the given names, which suits most Western names.
 */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  return `${escapeText(family)};${escapeText(words.join(' '))};;;`;
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newline are escaped. */
function escapeText(value: string): string {
  return withoutControls(value.replace(/\r\n?/g, '\n'))
    .replace(/[\\,;]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/** A URI is not escaped (a comma in it stays a comma); it only must not break the line. */
function uri(value: string): string {
  return withoutControls(value).replace(/\n/g, '');
}

/** Control characters other than tab and newline are not allowed in a vCard value. */
function withoutControls(value: string): string {
  let kept = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code === 0x09 || code === 0x0a || (code >= 0x20 && code !== 0x7f)) kept += char;
  }
  return kept;
}

/** Folds at 75 octets (a continuation's leading space counts), never inside a UTF-8 sequence. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      parts.push(current);
      current = '';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
