// Splits a vCard file into logical content lines: undoes UTF-16, then unfolds and joins
// quoted-printable soft breaks at the byte level, before any value is decoded, keeping line numbers.
import iconv from 'iconv-lite';
import { decodeText } from './decode.js';

/** One unfolded content line. `text` is a byte string: one char (0–255) per byte of the file. */
export interface ContentLine {
  text: string;
  /** 1-based line of the file where the content line starts. */
  line: number;
}

export interface ContentLines {
  lines: ContentLine[];
  /** The file was UTF-16: its values are already UTF-8 here, so CHARSET parameters no longer apply. */
  utf16: boolean;
}

export function readContentLines(bytes: Uint8Array): ContentLines {
  const { text, utf16 } = toByteString(bytes);
  return { lines: unfold(splitPhysicalLines(text)), utf16 };
}

/** Bytes to a string of the same length with one char per byte, so regexes can work on bytes. */
export function bytesToByteString(bytes: Uint8Array): string {
  // Latin-1 maps byte n to U+00nn exactly (unlike TextDecoder's "latin1", which is Windows-1252).
  return iconv.decode(bytes, 'latin1');
}

export function byteStringToBytes(text: string): Uint8Array {
  return iconv.encode(text, 'latin1');
}

function toByteString(bytes: Uint8Array): { text: string; utf16: boolean } {
  if (mayBeUtf16(bytes)) {
    const decoded = decodeText(bytes);
    if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
      // UTF-16 has NUL bytes everywhere: re-encode as UTF-8 so the byte-level reader below applies.
      return { text: bytesToByteString(new TextEncoder().encode(decoded.text)), utf16: true };
    }
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: bytesToByteString(bom ? bytes.subarray(3) : bytes), utf16: false };
}

/** A UTF-16 byte order mark or a NUL early on; only then is the whole file worth decoding first. */
function mayBeUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return bytes.subarray(0, 8192).includes(0);
}

/** CRLF, LF, CR CR LF (iOS 5) and a lone CR (classic Mac) each end one line. */
function splitPhysicalLines(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  const breaks = /\r*\n|\r/g;
  let start = 0;
  let line = 1;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), line });
    start = match.index + match[0].length;
    line += 1;
  }
  if (start < text.length) lines.push({ text: text.slice(start), line });
  return lines;
}

interface Pending {
  parts: string[];
  line: number;
}

function unfold(physical: ContentLine[]): ContentLine[] {
  const logical: ContentLine[] = [];
  let pending: Pending | null = null;
  const flush = () => {
    if (pending) logical.push({ text: pending.parts.join(''), line: pending.line });
    pending = null;
  };
  for (const { text, line } of physical) {
    if (pending && endsWithSoftBreak(pending) && !isCardBoundary(text)) {
      // Quoted-printable soft break (2.1): "=" ends the line and the next line, not indented, goes on.
      pending.parts[pending.parts.length - 1] = lastPart(pending).slice(0, -1);
      pending.parts.push(text);
    } else if (text === '') {
      // Blank lines turn up inside cards (Android, Outlook after base64): they carry nothing.
      continue;
    } else if (pending && (text[0] === ' ' || text[0] === '\t')) {
      // A fold is the line break plus exactly one space or tab.
      pending.parts.push(text.slice(1));
    } else if (pending && isBareBase64(text) && isBase64Property(pending)) {
      // Some 2.1 writers put base64 data on unindented lines until a blank line.
      pending.parts.push(text);
    } else {
      flush();
      pending = { parts: [text], line };
    }
  }
  flush();
  return logical;
}

function lastPart(pending: Pending): string {
  return pending.parts[pending.parts.length - 1] ?? '';
}

function isCardBoundary(text: string): boolean {
  return /^\s*(BEGIN|END)\s*:\s*VCARD\s*$/i.test(text);
}

function endsWithSoftBreak(pending: Pending): boolean {
  return lastPart(pending).endsWith('=') && hasParameter(pending, /QUOTED-PRINTABLE/i);
}

function isBareBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]+=*$/.test(text);
}

function isBase64Property(pending: Pending): boolean {
  return hasParameter(pending, /ENCODING\s*=\s*"?(BASE64|B)\b/i);
}

/** Tests the name and parameters of a pending line; they sit on its first physical line in practice. */
function hasParameter(pending: Pending, pattern: RegExp): boolean {
  const first = pending.parts[0] ?? '';
  return pattern.test(first.slice(0, valueStart(first) ?? first.length));
}

/**
 * Where the value starts: after the first colon outside double quotes (4.0 quotes parameter values
 * that hold ":" or ";"). An unbalanced quote falls back to the first colon. Null when there is none.
 */
export function valueStart(text: string): number | null {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i + 1;
  }
  const colon = text.indexOf(':');
  return colon === -1 ? null : colon + 1;
}
