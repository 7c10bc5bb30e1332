// Recognises a file by its content, never its name: vCard, a zip, or one of the CSV formats by its
// header (found past any preamble). Anything else is described, so the user learns what they gave.
import type { SourceFormat } from './contact.js';
import { csvFormatOf } from './csv-headers.js';
import { findHeader, readCsv, sniffDelimiter } from './csv.js';
import { decodeText } from './decode.js';

export type Detection =
  | { kind: 'format'; format: SourceFormat }
  | { kind: 'zip' }
  | { kind: 'empty' }
  /** `looksLike` completes "This file …": "is a PDF document", "looks like a spreadsheet with columns …". */
  | { kind: 'unknown'; looksLike: string };

export const acceptedFormats =
  'Kith reads LinkedIn’s data export (the .zip as downloaded, or its Connections.csv, messages.csv and ' +
  'Invitations.csv), Google Contacts CSV, Outlook CSV, vCard (.vcf) files and Kith’s own CSV export.';

/** The header sits within LinkedIn's three preamble lines; 64 KB covers it with room to spare. */
const headSize = 65_536;

export function detectFormat(bytes: Uint8Array): Detection {
  if (isZip(bytes)) return { kind: 'zip' };
  const binary = describeBinary(bytes);
  if (binary) return { kind: 'unknown', looksLike: binary };
  const decoded = decodeText(bytes.subarray(0, headSize));
  if (decoded.encoding === 'binary')
    return { kind: 'unknown', looksLike: 'is a binary file, not text' };
  const text = decoded.text;
  if (text.trim() === '') return { kind: 'empty' };
  if (/^\s*BEGIN:VCARD/i.test(text)) return { kind: 'format', format: 'vcard' };
  const header = findHeader(text, csvFormatOf);
  if (header) return { kind: 'format', format: header.found };
  const rows = readCsv(text, { file: '', delimiter: sniffDelimiter(text) }).rows;
  return { kind: 'unknown', looksLike: describeText(text, rows.slice(0, 20)) };
}

/** PK\3\4 starts a zip with files, PK\5\6 an empty one. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

const magic: ReadonlyArray<readonly [number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'is a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'is a PNG image'],
  [[0xff, 0xd8, 0xff], 'is a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'is a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'is an old Excel or Word file (.xls/.doc): save it as CSV first'],
  [[0x1f, 0x8b], 'is a gzip archive: Kith reads .zip archives'],
  [[0x52, 0x61, 0x72, 0x21], 'is a RAR archive: Kith reads .zip archives'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'is an SQLite database'],
];

function describeBinary(bytes: Uint8Array): string | null {
  const found = magic.find(([signature]) => signature.every((byte, i) => bytes[i] === byte));
  return found ? found[1] : null;
}

function describeText(text: string, rows: ReadonlyArray<{ cells: string[] }>): string {
  const start = text.trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'is a calendar (iCalendar) file, not contacts';
  if (/^<(!doctype html|html)/i.test(start)) return 'is a web page (HTML)';
  if (/^<\?xml/i.test(start)) return 'is an XML document';
  if (/^[[{]/.test(start)) return 'is a JSON file';
  const header = rows.find((row) => row.cells.filter((cell) => cell.trim() !== '').length >= 2);
  if (header) {
    const names = header.cells.map((cell) => cell.trim()).filter(Boolean);
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    return `looks like a spreadsheet with columns ${shown}, which is not a contacts format Kith knows`;
  }
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const excerpt = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
  return `is plain text beginning “${excerpt}”`;
}
