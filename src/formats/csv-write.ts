// Writes people as CSV: one row per person, every field, RFC 4180 quoting, lists joined the way
// Google Contacts joins them (" ::: "), and a BOM so Excel reads accents as UTF-8. Pure.
import type { Person } from '../core/person.js';

/** Google Contacts' separator for several values in one cell. */
export const listSeparator = ' ::: ';

const bom = '\uFEFF';
const lineEnd = '\r\n';

/** Each column: its header and how a person fills it. */
const columns: ReadonlyArray<readonly [string, (person: Person) => string]> = [
  ['Id', (p) => String(p.id)],
  ['Name', (p) => p.name],
  ['Emails', (p) => p.emails.join(listSeparator)],
  ['Phones', (p) => p.phones.join(listSeparator)],
  ['Company', (p) => p.company ?? ''],
  ['Title', (p) => p.title ?? ''],
  ['Location', (p) => p.location ?? ''],
  ['LinkedIn', (p) => p.linkedinUrl ?? ''],
  ['Tags', (p) => p.tags.join(listSeparator)],
  ['How we met', (p) => p.howWeMet ?? ''],
  ['Interests', (p) => p.interests.join(listSeparator)],
  ['Needs', (p) => p.needs ?? ''],
  ['Offers', (p) => p.offers ?? ''],
  ['Notes', (p) => p.notes ?? ''],
  ['Do not contact', (p) => (p.doNotContact ? 'yes' : 'no')],
  ['Added', (p) => p.createdAt],
  ['Updated', (p) => p.updatedAt],
];

export const peopleCsvHeaders: readonly string[] = columns.map(([header]) => header);

/** The whole file: BOM, header row and one row per person, each line ending in CRLF. */
export function writePeopleCsv(people: readonly Person[]): string {
  return peopleCsvStart() + peopleCsvRows(people);
}

/** The start of the file alone, for writing the rows a page at a time after it. */
export function peopleCsvStart(): string {
  return bom + csvLine(peopleCsvHeaders);
}

/** Rows only, no header: what follows peopleCsvStart, page after page. */
export function peopleCsvRows(people: readonly Person[]): string {
  return people.map((person) => csvLine(columns.map(([, value]) => value(person)))).join('');
}

function csvLine(cells: readonly string[]): string {
  return cells.map(quote).join(',') + lineEnd;
}

/**
 * RFC 4180: a cell with a comma, a double quote or a line break is quoted, with its quotes
 * doubled. Cells that start or end with a space are quoted too, so no reader trims them.
 */
export function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
