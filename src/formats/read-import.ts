// The one way in for imports: any mix of files and zips, each recognised by content and handed to
// its parser. Wrong, empty, damaged or oversized files become problems, never exceptions.
import type { ParsedImport, ParseProblem, ParseResult, SourceFormat } from './contact.js';
import { acceptedFormats, detectFormat, isZip } from './detect.js';
import { parseGoogleCsv } from './google-csv.js';
import { parseKithCsv } from './kith-csv.js';
import { parseLinkedInConnections } from './linkedin-connections.js';
import { parseLinkedInInvitations } from './linkedin-invitations.js';
import { parseLinkedInMessages } from './linkedin-messages.js';
import { formatSize, unzipExport } from './linkedin-zip.js';
import { parseOutlookCsv } from './outlook-csv.js';
import { parseVCard } from './vcard.js';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadImportOptions {
  /** The largest file accepted, and the largest file unpacked from a zip. */
  maxBytes?: number;
}

export const defaultMaxBytes = 50 * 1_048_576;

/**
 * LinkedIn's exports carry chat logs with its AI coaches in files shaped like messages.csv: those are
 * not conversations with people, so they are left out by name, the one exception to reading content.
 */
const coachMessages = /(^|\/)(guide|coach|learning_coach|learning_role_play)_messages\.csv$/i;

export function readImport(
  files: readonly ImportFile[],
  options: ReadImportOptions = {},
): ParsedImport {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const result: ParsedImport = {
    contacts: [],
    messages: [],
    invitations: [],
    problems: [],
    files: [],
  };
  for (const file of files) {
    const before = lengths(result);
    try {
      readFile(file, maxBytes, result);
    } catch {
      // Parsers are built not to throw; should one ever do, none of that file is kept and the
      // other files still import.
      restore(result, before);
      result.problems.push(
        fileProblem(file.name, 'Kith could not read this file because of an unexpected error.'),
      );
      result.files.push({ file: file.name, format: null, rows: 0 });
    }
  }
  return result;
}

type Lengths = Record<keyof ParsedImport, number>;

function lengths(result: ParsedImport): Lengths {
  const { contacts, messages, invitations, problems, files } = result;
  return {
    contacts: contacts.length,
    messages: messages.length,
    invitations: invitations.length,
    problems: problems.length,
    files: files.length,
  };
}

function restore(result: ParsedImport, before: Lengths): void {
  result.contacts.length = before.contacts;
  result.messages.length = before.messages;
  result.invitations.length = before.invitations;
  result.problems.length = before.problems;
  result.files.length = before.files;
}

function readFile(file: ImportFile, maxBytes: number, into: ParsedImport): void {
  if (file.bytes.length > maxBytes) {
    const message = `This file is ${formatSize(file.bytes.length)}, over the ${formatSize(maxBytes)} limit for one import file.`;
    return reject(file.name, message, into);
  }
  const detection = detectFormat(file.bytes);
  switch (detection.kind) {
    case 'format':
      return parseInto(detection.format, file, into);
    case 'empty':
      return reject(file.name, 'This file is empty.', into);
    case 'zip':
      return readZip(file, maxBytes, into);
    case 'unknown':
      return reject(file.name, `This file ${detection.looksLike}. ${acceptedFormats}`, into);
  }
}

function readZip(zip: ImportFile, maxBytes: number, into: ParsedImport): void {
  const { entries, problems } = unzipExport(zip.bytes, { file: zip.name, maxBytes });
  into.problems.push(...problems);
  let recognised = 0;
  for (const entry of entries) {
    const name = `${zip.name}/${entry.name}`;
    const detection =
      coachMessages.test(entry.name) || isZip(entry.bytes) ? null : detectFormat(entry.bytes);
    if (detection?.kind === 'format') {
      parseInto(detection.format, { name, bytes: entry.bytes }, into);
      recognised += 1;
    } else {
      // The export's other files (Profile.csv, Positions.csv, …) are listed but not read.
      into.files.push({ file: name, format: null, rows: 0 });
    }
  }
  if (recognised === 0 && entries.length > 0) {
    const what = describeZip(entries.map((entry) => entry.name));
    into.problems.push(
      fileProblem(zip.name, `This zip holds no file Kith reads${what}. ${acceptedFormats}`),
    );
  }
  if (entries.length === 0) into.files.push({ file: zip.name, format: null, rows: 0 });
}

/** Office documents are zips too: say which, since "save as CSV" is then the fix. */
function describeZip(names: readonly string[]): string {
  if (!names.includes('[Content_Types].xml')) return '';
  if (names.some((name) => name.startsWith('xl/')))
    return ': it is an Excel workbook; save it as CSV first';
  if (names.some((name) => name.startsWith('word/'))) return ': it is a Word document';
  return ': it is an Office document';
}

function parseInto(format: SourceFormat, file: ImportFile, into: ParsedImport): void {
  const options = { file: file.name };
  let rows: number;
  switch (format) {
    case 'vcard':
      rows = collect(parseVCard(file.bytes, options), into.contacts, into.problems);
      break;
    case 'google-csv':
      rows = collect(parseGoogleCsv(file.bytes, options), into.contacts, into.problems);
      break;
    case 'outlook-csv':
      rows = collect(parseOutlookCsv(file.bytes, options), into.contacts, into.problems);
      break;
    case 'kith-csv':
      rows = collect(parseKithCsv(file.bytes, options), into.contacts, into.problems);
      break;
    case 'linkedin-connections':
      rows = collect(parseLinkedInConnections(file.bytes, options), into.contacts, into.problems);
      break;
    case 'linkedin-messages':
      rows = collect(parseLinkedInMessages(file.bytes, options), into.messages, into.problems);
      break;
    case 'linkedin-invitations':
      rows = collect(
        parseLinkedInInvitations(file.bytes, options),
        into.invitations,
        into.problems,
      );
      break;
  }
  into.files.push({ file: file.name, format, rows });
}

function collect<T>(result: ParseResult<T>, records: T[], problems: ParseProblem[]): number {
  for (const record of result.records) records.push(record);
  for (const problem of result.problems) problems.push(problem);
  return result.records.length;
}

function reject(file: string, message: string, into: ParsedImport): void {
  into.problems.push(fileProblem(file, message));
  into.files.push({ file, format: null, rows: 0 });
}

function fileProblem(file: string, message: string): ParseProblem {
  return { file, line: 1, field: null, message, severity: 'error' };
}
