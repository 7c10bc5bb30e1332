// LinkedIn's Connections.csv in every era: with or without the "Notes:" preamble and the URL column,
// "08 Feb 2026" or "M/D/YY, h:mm AM" dates, and the date-only rows LinkedIn writes for hidden profiles.
import type { ContactRecord, ParseProblem, ParseResult } from './contact.js';
import { makeContact, orNull } from './contact-fields.js';
import { isConnectionsHeader } from './csv-headers.js';
import { capProblems, readTable, type TableRow } from './csv-table.js';
import { parseExportDate } from './export-dates.js';

export function parseLinkedInConnections(
  bytes: Uint8Array,
  options: { file: string },
): ParseResult<ContactRecord> {
  const { table, problems } = readTable(bytes, {
    file: options.file,
    isHeader: isConnectionsHeader,
    expected: 'LinkedIn Connections.csv (First Name, Last Name, …, Connected On)',
  });
  const records: ContactRecord[] = [];
  for (const row of table?.rows ?? []) {
    const record = rowToConnection(row, options.file, problems);
    if (record) records.push(record);
  }
  return { records, problems: capProblems(problems) };
}

function rowToConnection(
  row: TableRow,
  file: string,
  problems: ParseProblem[],
): ContactRecord | null {
  const givenName = orNull(row.get('first name'));
  const familyName = orNull(row.get('last name'));
  const email = row.get('email address');
  let name = [givenName, familyName].filter(Boolean).join(' ');
  if (name === '' && email !== '') {
    say(
      problems,
      { file, line: row.line },
      'First Name',
      `No name is given; the connection is named by the email address ${email}.`,
    );
    name = email;
  }
  if (name === '') {
    // LinkedIn writes ",,,,,,07 Jun 2026" for connections whose profiles are hidden or closed.
    say(
      problems,
      { file, line: row.line },
      'First Name',
      'LinkedIn hides this connection’s name (a hidden or closed profile); the row was skipped.',
    );
    return null;
  }
  const written = row.get('connected on');
  const connected = written === '' ? null : parseExportDate(written);
  if (written !== '' && !connected) {
    say(
      problems,
      { file, line: row.line },
      'Connected On',
      `“${written}” is not a date Kith recognises; the connection date was left empty.`,
    );
  }
  return makeContact({ format: 'linkedin-connections', file, line: row.line }, name, {
    givenName,
    familyName,
    emails: email ? [email] : [],
    company: orNull(row.get('company')),
    title: orNull(row.get('position')),
    linkedinUrl: orNull(row.get('url')),
    connectedOn: connected?.date ?? null,
  });
}

/** A warning about one row (a plain function: a closure made per row costs more than the row). */
function say(
  problems: ParseProblem[],
  at: { file: string; line: number },
  field: string,
  message: string,
): void {
  problems.push({ ...at, field, message, severity: 'warning' });
}
