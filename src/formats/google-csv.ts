// Google Contacts CSV, current (First Name … Labels, "E-mail 1 - Label/Value") and legacy (Name, Given
// Name … Group Membership, "E-mail 1 - Type/Value"). Columns are read by name: Google's order varies.
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
import { isGoogleHeader } from './csv-headers.js';
import {
  capProblems,
  columnsLike,
  readTable,
  splitMulti,
  type Table,
  type TableRow,
} from './csv-table.js';
import { parseExportDate } from './export-dates.js';

export function parseGoogleCsv(
  bytes: Uint8Array,
  options: { file: string },
): ParseResult<ContactRecord> {
  const { table, problems } = readTable(bytes, {
    file: options.file,
    isHeader: isGoogleHeader,
    expected: 'Google Contacts CSV (First Name, …, E-mail 1 - Value, …, Labels)',
  });
  if (!table) return { records: [], problems };
  const columns = groupedColumns(table);
  const records: ContactRecord[] = [];
  for (const row of table.rows) {
    const record = rowToContact(row, columns, options.file, problems);
    if (record) records.push(record);
  }
  return { records, problems: capProblems(problems) };
}

interface GroupedColumns {
  emails: string[];
  /** Per phone group: its label (current) or type (legacy) column, and its value column. */
  phones: Array<[string, string]>;
  websites: string[];
  /** Per address group: its city, region and country columns. */
  addresses: Array<[string, string, string]>;
}

/** "E-mail 3 - Value" and friends: only as many groups as the data needed, so found from the header. */
function groupedColumns(table: Table): GroupedColumns {
  const addressNumbers = columnsLike(table, /^address \d+ - city$/).map(
    (name) => name.split(' ')[1],
  );
  return {
    emails: columnsLike(table, /^e-mail \d+ - value$/),
    phones: columnsLike(table, /^phone \d+ - value$/).map((value) => {
      const prefix = value.slice(0, -'value'.length);
      return [table.header.includes(`${prefix}label`) ? `${prefix}label` : `${prefix}type`, value];
    }),
    websites: columnsLike(table, /^website \d+ - value$/),
    addresses: addressNumbers.map((n = '') => [
      `address ${n} - city`,
      `address ${n} - region`,
      `address ${n} - country`,
    ]),
  };
}

function rowToContact(
  row: TableRow,
  columns: GroupedColumns,
  file: string,
  problems: ParseProblem[],
): ContactRecord | null {
  const values = (names: string[]) => unique(names.flatMap((name) => splitMulti(row.get(name))));
  const either = (current: string, legacy: string) => orNull(row.get(current) || row.get(legacy));
  const givenName = either('first name', 'given name');
  const familyName = either('last name', 'family name');
  const fields = {
    givenName,
    familyName,
    emails: values(columns.emails),
    phones: unique(voicePhones(row, columns).flatMap(splitMulti)),
    company: either('organization name', 'organization 1 - name'),
    title: either('organization title', 'organization 1 - title'),
    location: firstLocation(row, columns) ?? orNull(row.get('location')),
    ...pickLinkedIn(values(columns.websites)),
    tags: cleanTags(splitMulti(row.get('labels') || row.get('group membership'))),
    notes: orNull(row.raw('notes')),
    birthday: cleanBirthday(
      row.get('birthday'),
      parseExportDate(row.get('birthday'))?.date ?? null,
    ),
  };
  const source = { format: 'google-csv' as const, file, line: row.line };
  const name =
    row.get('name') ||
    joinName([row.get('first name'), row.get('middle name'), row.get('last name')]) ||
    joinName([row.get('given name'), row.get('additional name'), row.get('family name')]) ||
    row.get('nickname') ||
    row.get('file as');
  const warn = (message: string) =>
    problems.push({ file, line: row.line, field: 'First Name', message, severity: 'warning' });
  return namedContact({ source, name, fields, warn, organisation: 'organisation' });
}

/**
 * Fax and pager numbers are left out: nobody is reached on them, and a shared office fax would
 * otherwise look like a strong key that two colleagues have in common.
 */
function voicePhones(row: TableRow, columns: GroupedColumns): string[] {
  return columns.phones
    .filter(([label]) => !/fax|pager/i.test(row.get(label)))
    .map(([, value]) => row.get(value));
}

function firstLocation(row: TableRow, columns: GroupedColumns): string | null {
  for (const parts of columns.addresses) {
    const location = parts
      .map((name) => row.get(name))
      .filter(Boolean)
      .join(', ');
    if (location) return location;
  }
  return null;
}
