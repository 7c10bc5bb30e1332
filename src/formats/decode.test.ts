import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixture-files.js';
import { decodeCharset, decodeText } from './decode.js';

const text = 'Renée Dubé, Łucja, 山田 🌿';
const utf8 = (value: string) => new TextEncoder().encode(value);
const withBytes = (...parts: Array<number[] | Uint8Array>) =>
  Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeText', () => {
  it.each([
    ['UTF-8 without a BOM', utf8(text), 'utf-8', false],
    ['UTF-8 with a BOM', withBytes([0xef, 0xbb, 0xbf], utf8(text)), 'utf-8', true],
    [
      'UTF-16LE with a BOM',
      withBytes([0xff, 0xfe], iconv.encode(text, 'utf-16le')),
      'utf-16le',
      true,
    ],
    [
      'UTF-16BE with a BOM',
      withBytes([0xfe, 0xff], iconv.encode(text, 'utf-16be')),
      'utf-16be',
      true,
    ],
    ['UTF-16LE without a BOM', iconv.encode(`First Name,${text}`, 'utf-16le'), 'utf-16le', false],
    ['UTF-16BE without a BOM', iconv.encode(`BEGIN:VCARD ${text}`, 'utf-16be'), 'utf-16be', false],
  ] as const)('reads %s and drops the BOM', (_, bytes, encoding, bom) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.bom).toBe(bom);
    expect(decoded.text.endsWith(text)).toBe(true);
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (é is 0xE9, the dash 0x97)', () => {
    const decoded = decodeText(
      Uint8Array.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x20, 0x97, 0x20, 0x80]),
    );
    expect(decoded).toEqual({ text: 'Renée — €', encoding: 'windows-1252', bom: false });
  });

  it('reads the Windows-1252 Outlook fixture with its accents', () => {
    const decoded = decodeText(readFixture('csv/outlook-classic-1252.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Renée,,Dubé');
    expect(decoded.text).toContain('Weiß & Söhne');
  });

  it('reads the UTF-16LE Google fixture', () => {
    const decoded = decodeText(readFixture('csv/google-utf16le.csv'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toContain('Łucja Ñúñez-Çelik');
    expect(decoded.text).toContain('山田 花子');
  });

  it('recognises binary files by their NUL bytes and control characters', () => {
    expect(
      decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 0, 3]))
        .encoding,
    ).toBe('binary');
    expect(decodeText(Uint8Array.from({ length: 64 }, (_, i) => (i * 7) % 9)).encoding).toBe(
      'binary',
    );
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});

describe('decodeCharset', () => {
  it('decodes a named charset and answers null for one it does not know', () => {
    expect(decodeCharset(Uint8Array.from([0xeb]), 'windows-1252')).toBe('ë');
    expect(decodeCharset(Uint8Array.from([0xf1]), 'ISO-8859-2')).toBe('ń');
    expect(decodeCharset(Uint8Array.from([0x41]), 'x-no-such-charset')).toBeNull();
  });
});
