// Kith's own CSV export read back: one row per person, every field Kith keeps, lists joined by " ::: ".
import type { ContactRecord, ParseProblem, ParseResult } from './contact.js';
import { namedContact, orNull } from './contact-fields.js';
import { isKithHeader } from './csv-headers.js';
import { capProblems, readTable, splitMulti, type TableRow } from './csv-table.js';

/**
 * Reads a file written by `writePeopleCsv`. The Id, Added and Updated columns are Kith's own
 * bookkeeping in the network it came from, so they are not read: the people join this network
 * as new (or matched) people like any other import.
 */
export function parseKithCsv(
  bytes: Uint8Array,
  options: { file: string },
): ParseResult<ContactRecord> {
  const { table, problems } = readTable(bytes, {
    file: options.file,
    isHeader: isKithHeader,
    expected: 'Kith CSV export (Id, Name, Emails, Phones, …, Do not contact)',
  });
  const records: ContactRecord[] = [];
  for (const row of table?.rows ?? []) {
    const record = rowToPerson(row, options.file, problems);
    if (record) records.push(record);
  }
  return { records, problems: capProblems(problems) };
}

function rowToPerson(row: TableRow, file: string, problems: ParseProblem[]): ContactRecord | null {
  const say = (field: string, message: string) =>
    problems.push({ file, line: row.line, field, message, severity: 'warning' });
  const doNotContact = row.get('do not contact').toLowerCase();
  if (doNotContact !== '' && doNotContact !== 'yes' && doNotContact !== 'no') {
    say(
      'Do not contact',
      `“${row.get('do not contact')}” is neither yes nor no; it was read as no.`,
    );
  }
  return namedContact({
    source: { format: 'kith-csv', file, line: row.line },
    name: orNull(row.get('name')) ?? undefined,
    fields: {
      emails: splitMulti(row.get('emails')),
      phones: splitMulti(row.get('phones')),
      company: orNull(row.get('company')),
      title: orNull(row.get('title')),
      location: orNull(row.get('location')),
      linkedinUrl: orNull(row.get('linkedin')),
      tags: splitMulti(row.get('tags')),
      // Notes and the longer fields keep their own line breaks and spacing.
      notes: orNull(row.raw('notes')),
      howWeMet: orNull(row.raw('how we met')),
      interests: splitMulti(row.get('interests')),
      needs: orNull(row.raw('needs')),
      offers: orNull(row.raw('offers')),
      doNotContact: doNotContact === 'yes',
    },
    warn: (message) => say('Name', message),
    organisation: 'company',
  });
}
