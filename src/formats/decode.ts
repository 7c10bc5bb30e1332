// Turns a file's bytes into text: finds the encoding (BOM, UTF-16 null pattern, UTF-8, else
// Windows-1252) and tells binary files apart, so every parser reads strings, never bytes.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text without its BOM; empty for a binary file. */
  text: string;
  encoding: TextEncoding | 'binary';
  bom: boolean;
}

/** How many leading bytes the sniffers look at: enough to judge, bounded for 50 MB files. */
const sampleSize = 8192;

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = readBom(bytes);
  if (bom)
    return {
      text: decodeWith(bytes.subarray(bom.length), bom.encoding),
      encoding: bom.encoding,
      bom: true,
    };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, bom: false };
  if (looksBinary(bytes)) return { text: '', encoding: 'binary', bom: false };
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', bom: false };
}

/** Decodes bytes in a named charset (a vCard CHARSET parameter, say); null when iconv-lite does not know it. */
export function decodeCharset(bytes: Uint8Array, charset: string): string | null {
  if (!iconv.encodingExists(charset)) return null;
  return iconv.decode(bytes, charset, { stripBOM: false });
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string {
  return iconv.decode(bytes, encoding, { stripBOM: false });
}

function readBom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM (Roundcube's sample vCard, old Google exports): mostly-ASCII text puts a NUL
 * in every other byte, on the even side for big-endian and the odd side for little-endian.
 */
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
  const pairs = Math.floor(Math.min(bytes.length, sampleSize) / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenNuls += 1;
    if (bytes[2 * i + 1] === 0) oddNuls += 1;
  }
  const strong = pairs * 0.4;
  const weak = pairs * 0.05;
  if (evenNuls >= strong && oddNuls <= weak) return 'utf-16be';
  if (oddNuls >= strong && evenNuls <= weak) return 'utf-16le';
  return null;
}

/** NUL bytes or many control characters: no text format Kith reads looks like that. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, sampleSize);
  let control = 0;
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR and ESC turn up in text files; other C0 controls do not.
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) control += 1;
  }
  return end > 0 && control / end > 0.1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
