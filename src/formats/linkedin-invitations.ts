// LinkedIn's Invitations.csv: From,To,Sent At,Message,Direction, plus the two profile URL columns
// added in late 2023. "Sent At" is "M/D/YY, h:mm AM" with no time zone, so only the date is kept.
import type { InvitationRecord, ParseProblem, ParseResult } from './contact.js';
import { orNull } from './contact-fields.js';
import { isInvitationsHeader } from './csv-headers.js';
import { capProblems, readTable, type TableRow } from './csv-table.js';
import { parseExportDate } from './export-dates.js';

export function parseLinkedInInvitations(
  bytes: Uint8Array,
  options: { file: string },
): ParseResult<InvitationRecord> {
  const { table, problems } = readTable(bytes, {
    file: options.file,
    isHeader: isInvitationsHeader,
    expected: 'LinkedIn Invitations.csv (From, To, Sent At, Message, Direction)',
  });
  const records: InvitationRecord[] = [];
  for (const row of table?.rows ?? []) {
    const record = rowToInvitation(row, options.file, problems);
    if (record) records.push(record);
  }
  return { records, problems: capProblems(problems) };
}

function rowToInvitation(
  row: TableRow,
  file: string,
  problems: ParseProblem[],
): InvitationRecord | null {
  const fail = (field: string, message: string) => {
    problems.push({ file, line: row.line, field, message, severity: 'error' });
    return null;
  };
  const direction = row.get('direction').toLowerCase();
  if (direction !== 'incoming' && direction !== 'outgoing') {
    return fail(
      'Direction',
      `“${row.get('direction')}” is neither INCOMING nor OUTGOING; the invitation was skipped.`,
    );
  }
  const written = row.get('sent at');
  const sent = parseExportDate(written);
  if (!sent)
    return fail(
      'Sent At',
      `“${written}” is not a date Kith recognises; the invitation was skipped.`,
    );
  const fromName = row.get('from');
  const toName = row.get('to');
  if (fromName === '' || toName === '') {
    return fail(
      fromName === '' ? 'From' : 'To',
      'The invitation does not say who it is from and to; skipped.',
    );
  }
  return {
    source: { format: 'linkedin-invitations', file, line: row.line },
    fromName,
    toName,
    sentOn: sent.date,
    direction,
    message: row.raw('message').trim(),
    inviterUrl: orNull(row.get('inviterprofileurl')),
    inviteeUrl: orNull(row.get('inviteeprofileurl')),
  };
}
