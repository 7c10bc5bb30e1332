// LinkedIn's messages.csv (9 to 13 columns, 2020–2026, quoted multi-line CONTENT) and the ≤2018
// Messages.csv (From,To,Date,Subject,Content,Direction,Folder): one MessageRecord per message sent.
import type { MessageRecord, ParseProblem, ParseResult } from './contact.js';
import { orNull } from './contact-fields.js';
import { isMessagesHeader } from './csv-headers.js';
import { capProblems, readTable, type TableRow } from './csv-table.js';
import { parseExportDate } from './export-dates.js';

export function parseLinkedInMessages(
  bytes: Uint8Array,
  options: { file: string },
): ParseResult<MessageRecord> {
  const { table, problems } = readTable(bytes, {
    file: options.file,
    isHeader: isMessagesHeader,
    expected: 'LinkedIn messages.csv (FROM, TO, DATE, CONTENT, …)',
  });
  const records: MessageRecord[] = [];
  for (const row of table?.rows ?? []) {
    const record = rowToMessage(row, options.file, problems);
    if (record) records.push(record);
  }
  return { records, problems: capProblems(problems) };
}

function rowToMessage(row: TableRow, file: string, problems: ParseProblem[]): MessageRecord | null {
  const say = (field: string, message: string, severity: ParseProblem['severity']) =>
    problems.push({ file, line: row.line, field, message, severity });
  const content = row.raw('content');
  if (
    /^yes$/i.test(row.get('is message draft')) ||
    /^yes$/i.test(row.get('is conversation draft'))
  ) {
    say('IS MESSAGE DRAFT', 'A draft that was never sent; skipped.', 'warning');
    return null;
  }
  // Sponsored InMail: no sender profile, and a body from LinkedIn's ad editor.
  if (content.trimStart().startsWith('<p class="spinmail-quill-editor')) {
    say('CONTENT', 'Sponsored InMail (an advertisement); skipped.', 'warning');
    return null;
  }
  const fromName = row.get('from');
  if (fromName === '') {
    say('FROM', 'The message has no sender; skipped.', 'error');
    return null;
  }
  const written = row.get('date');
  const when = parseExportDate(written);
  if (!when) {
    say('DATE', `“${written}” is not a date Kith recognises; the message was skipped.`, 'error');
    return null;
  }
  const recipients = splitRecipients(row.get('to'), row.get('recipient profile urls'));
  if (!recipients.paired) {
    say(
      'TO',
      'The recipients’ names could not be matched to their profile URLs; the URLs were left out.',
      'warning',
    );
  }
  const direction = row.get('direction').toLowerCase();
  return {
    source: { format: 'linkedin-messages', file, line: row.line },
    conversationId: orNull(row.get('conversation id')),
    fromName,
    fromUrl: orNull(row.get('sender profile url')),
    toNames: recipients.names,
    toUrls: recipients.urls,
    sentOn: when.date,
    ...(when.time
      ? { sentAt: `${when.date}T${when.time}${/utc$/i.test(written) ? 'Z' : ''}` }
      : {}),
    ...(direction === 'incoming' || direction === 'outgoing' ? { direction } : {}),
    subject: row.get('subject'),
    content,
  };
}

/** "Doe, Ph.D.", "Smith, MBA", "King, Jr.": a comma piece that is a credential belongs to the name before it. */
function isCredential(piece: string): boolean {
  return (
    /^(jr|sr|ii|iii|iv)\.?$/i.test(piece) ||
    /^([a-z]{1,4}\.)+$/i.test(piece) ||
    /^[A-Z]{2,6}$/.test(piece)
  );
}

/**
 * TO joins names with ", " and names may contain ", "; RECIPIENT PROFILE URLS joins URLs with ",".
 * Names are paired with URLs only when the counts agree, so no one gets another person's profile.
 */
export function splitRecipients(
  to: string,
  urlList: string,
): { names: string[]; urls: Array<string | null>; paired: boolean } {
  const urls = urlList
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  if (to === '') return { names: [], urls: [], paired: urls.length === 0 };
  if (urls.length === 1) return { names: [to], urls, paired: true };
  const names: string[] = [];
  for (const piece of to.split(/,\s+/)) {
    const previous = names.length - 1;
    if (previous >= 0 && isCredential(piece)) names[previous] += `, ${piece}`;
    else names.push(piece);
  }
  if (urls.length === 0) return { names, urls: names.map(() => null), paired: true };
  if (urls.length === names.length) return { names, urls, paired: true };
  return { names, urls: names.map(() => null), paired: false };
}
