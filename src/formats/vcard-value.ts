// Turns a property's raw bytes into text: quoted-printable or base64 first, then the character set
// (CHARSET, else the file's own), then the vCard escapes, leniently for each version's habits.
import { decodeCharset } from './decode.js';
import { byteStringToBytes, bytesToByteString } from './vcard-lines.js';
import { param, type VCardProperty } from './vcard-property.js';

export type VCardVersion = '2.1' | '3.0' | '4.0';

export interface ValueContext {
  /** Null when the card does not say; read as 3.0. */
  version: VCardVersion | null;
  /** Used for values with no CHARSET: UTF-8 unless the file is not valid UTF-8. */
  defaultCharset: 'utf-8' | 'windows-1252';
  /** A UTF-16 file was re-encoded as UTF-8, so CHARSET parameters no longer describe its bytes. */
  utf16: boolean;
}

export interface DecodedValue {
  text: string;
  /** What went wrong on the way, as a sentence for a warning; null when nothing did. */
  issue: string | null;
}

export function decodeValue(property: VCardProperty, context: ValueContext): DecodedValue {
  if (param(property, 'ENCODING') === null && !/[\x80-\xff]/.test(property.raw)) {
    return { text: property.raw, issue: null };
  }
  const bytes = valueBytes(property);
  const charset = context.utf16 ? null : param(property, 'CHARSET');
  return decodeBytes(bytes, charset, context.defaultCharset);
}

/** The value's bytes after its transfer encoding (quoted-printable or base64) is undone. */
export function valueBytes(property: VCardProperty): Uint8Array {
  const encoding = param(property, 'ENCODING')?.toUpperCase();
  if (encoding === 'QUOTED-PRINTABLE') return decodeQuotedPrintable(property.raw);
  if (encoding === 'B' || encoding === 'BASE64') return decodeBase64(property.raw);
  return byteStringToBytes(property.raw);
}

/** True when a value without a CHARSET would not read as UTF-8: the file is then Windows-1252. */
export function isForeignBytes(property: VCardProperty): boolean {
  const encoding = param(property, 'ENCODING')?.toUpperCase();
  if (param(property, 'CHARSET') !== null || encoding === 'B' || encoding === 'BASE64')
    return false;
  if (encoding !== 'QUOTED-PRINTABLE' && !/[\x80-\xff]/.test(property.raw)) return false;
  return decodeUtf8(valueBytes(property)) === null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * As browsers do, read Latin-1 and ASCII labels as Windows-1252, their superset: Windows tools
 * write € (0x80) and curly quotes under those labels.
 */
const windows1252Labels = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'us-ascii', 'ascii']);

function decodeBytes(
  bytes: Uint8Array,
  charset: string | null,
  fallback: ValueContext['defaultCharset'],
): DecodedValue {
  if (!bytes.some((byte) => byte > 0x7f)) return { text: bytesToByteString(bytes), issue: null };
  const label = charset?.trim().toLowerCase() ?? null;
  const named = label !== null && windows1252Labels.has(label) ? 'windows-1252' : label;
  if (named === 'utf-8' || named === 'utf8' || (named === null && fallback === 'utf-8')) {
    const strict = decodeUtf8(bytes);
    if (strict !== null) return { text: strict, issue: null };
    // Android's quoted-printable can carry a stray byte (John_Doe_ANDROID.vcf's =80): drop it, keep the rest.
    const text = lenientUtf8.decode(bytes).replace(/\uFFFD/g, '');
    return { text, issue: 'Some bytes here are not valid UTF-8; they were left out.' };
  }
  if (named !== null) {
    const text = decodeCharset(bytes, named);
    if (text !== null) return { text, issue: null };
  }
  const text = decodeCharset(bytes, 'windows-1252') ?? '';
  const issue =
    named === null
      ? null
      : `The character set "${charset}" is unknown; the value was read as Windows-1252.`;
  return { text, issue };
}

/** Lenient: `=XX` is a byte, a soft break is dropped, and a stray `=` stays as it is. */
export function decodeQuotedPrintable(raw: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === 0x3d) {
      const hex = raw.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
      const softBreak = /^(\r?\n)/.exec(raw.slice(i + 1, i + 3));
      if (softBreak?.[1]) {
        i += softBreak[1].length;
        continue;
      }
    }
    bytes.push(code & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Ignores whitespace and anything outside the alphabet, so folded or damaged data never throws. */
function decodeBase64(raw: string): Uint8Array {
  const clean = raw.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length] = (buffer >> bits) & 0xff;
      length += 1;
    }
  }
  return bytes.subarray(0, length);
}
