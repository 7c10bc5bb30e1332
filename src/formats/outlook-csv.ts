// Outlook CSV: the 61-column Outlook.com layout and the 88-column classic desktop one (also Google's
// "Outlook CSV"), read by column name. Outlook's "Title" is a courtesy title; the job is "Job Title".
import type { ContactRecord, ParseProblem, ParseResult } from './contact.js';
import {
  cleanBirthday,
  cleanTags,
  namedContact,
  joinName,
  orNull,
  pickLinkedIn,
  unique,
} from './contact-fields.js';
import { isOutlookHeader } from './csv-headers.js';
import { capProblems, readTable, type TableRow } from './csv-table.js';
import { parseExportDate } from './export-dates.js';

const emailColumns = ['e-mail address', 'e-mail 2 address', 'e-mail 3 address'];
/**
 * Voice numbers in the order a person is most likely reached. Faxes, pagers, telex and the company's
 * main number are left out: a shared number would look like a strong key two colleagues have in common.
 */
const phoneColumns = [
  'mobile phone',
  'primary phone',
  'business phone',
  'business phone 2',
  'home phone',
  'home phone 2',
  'other phone',
  'car phone',
];
const webColumns = ['web page', 'personal web page'];
/** Business address first: for a networking contact, where they work says more than where they live. */
const locations = [
  ['business city', 'business state', 'business country/region', 'business country'],
  ['home city', 'home state', 'home country/region', 'home country'],
  ['other city', 'other state', 'other country/region', 'other country'],
];

export function parseOutlookCsv(
  bytes: Uint8Array,
  options: { file: string },
): ParseResult<ContactRecord> {
  const { table, problems } = readTable(bytes, {
    file: options.file,
    isHeader: isOutlookHeader,
    expected: 'Outlook CSV (First Name, Last Name, …, E-mail Address, …)',
  });
  const records: ContactRecord[] = [];
  for (const row of table?.rows ?? []) {
    const record = rowToContact(row, options.file, problems);
    if (record) records.push(record);
  }
  return { records, problems: capProblems(problems) };
}

function rowToContact(row: TableRow, file: string, problems: ParseProblem[]): ContactRecord | null {
  const values = (names: readonly string[]) => unique(names.map((name) => row.get(name)));
  const birthday = row.get('birthday');
  const fields = {
    givenName: orNull(row.get('first name')),
    familyName: orNull(row.get('last name')),
    emails: values(emailColumns),
    phones: values(phoneColumns),
    company: orNull(row.get('company')),
    title: orNull(row.get('job title')),
    location: firstLocation(row) ?? orNull(row.get('location')),
    ...pickLinkedIn(values(webColumns)),
    // Outlook joins categories with ";" (Google's Outlook export writes "myContacts;starred").
    tags: cleanTags(row.get('categories').split(/[;,]/)),
    notes: orNull(row.raw('notes')),
    birthday: cleanBirthday(birthday, parseExportDate(birthday)?.date ?? null),
  };
  const source = { format: 'outlook-csv' as const, file, line: row.line };
  const name =
    joinName([row.get('first name'), row.get('middle name'), row.get('last name')]) ||
    row.get('nickname');
  const warn = (message: string) =>
    problems.push({ file, line: row.line, field: 'First Name', message, severity: 'warning' });
  return namedContact({ source, name, fields, warn, organisation: 'company' });
}

function firstLocation(row: TableRow): string | null {
  for (const [city = '', state = '', ...countries] of locations) {
    const country = countries.map((name) => row.get(name)).find(Boolean) ?? '';
    const location = [row.get(city), row.get(state), country].filter(Boolean).join(', ');
    if (location) return location;
  }
  return null;
}
