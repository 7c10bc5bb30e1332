import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, ParseResult } from './contact.js';
import { parseVCard } from './vcard.js';
import { maxPropertiesPerCard } from './vcard-cards.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** What must hold for any input: records are named, and every problem says where it is. */
function expectSound(result: ParseResult<ContactRecord>, bytes: Uint8Array): void {
  const lines = 1 + bytes.filter((byte) => byte === 0x0a || byte === 0x0d).length;
  for (const record of result.records) {
    expect(record.name.trim()).not.toBe('');
    expect(record.source.line).toBeGreaterThanOrEqual(1);
  }
  for (const problem of result.problems) {
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.field).not.toBeNull();
    expect(problem.file).toBe('fuzz.vcf');
  }
}

const valid = [
  'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81=C3=\r\n=B3d=C5=BA;Ewa;;;\r\n',
  'FN;CHARSET=SHIFT_JIS:\x88\xc0\x93\xa1\r\nTEL;CELL;PREF:+48 600 000 001\r\n',
  'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n AAgAAYdpAAQAAAAB\r\n\r\nEND:VCARD\r\n',
  'BEGIN:VCARD\nVERSION:4.0\nFN;ALTID=1;LANGUAGE=ja:山田太郎\nTEL;VALUE=uri:tel:+81-3-0000-0000;ext=1\n',
  'ADR;LABEL="a^nb: c; d":;;1 Main St;Springfield;;;USA\nitem1.EMAIL:ana@example.com\nitem1.X-ABLabel:_$!<Other>!$_\n',
  'CATEGORIES:a\\,b,c\nNOTE:x\\ny\\;z\\\\\nKIND:group\nEND:VCARD\n',
].join('');

/** Pieces of vCard syntax, shuffled: reaches the quirks far more often than random bytes do. */
const token = fc.constantFrom(
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:2.1',
  'VERSION:4.0',
  'FN:',
  'FN',
  'N:',
  ';',
  ':',
  ',',
  '=',
  '"',
  '\\',
  '^',
  '\r\n',
  '\n',
  '\r',
  ' ',
  '\t',
  'ENCODING=QUOTED-PRINTABLE',
  'ENCODING=b',
  'CHARSET=',
  'SHIFT_JIS',
  'UTF-8',
  'X-NOPE',
  '=C3',
  '=E2=80=',
  '=0D=0A',
  'ADR',
  'EMAIL',
  '@',
  'TEL',
  'tel:',
  'mailto:',
  'item1.',
  'X-ABLabel',
  'KIND:group',
  'ALTID=1',
  'PHOTO',
  'AGENT:',
  'ORG',
  'URL:http\\://x',
  'é',
  '\u0000',
  '\xff',
  '中',
);

describe('parseVCard on any input (property)', () => {
  it('never throws on random bytes, and every problem has a line and a field', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expectSound(parseVCard(bytes, { file: 'fuzz.vcf' }), bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffled vCard syntax', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 200 }), (tokens) => {
        const bytes = encode(tokens.join(''));
        expectSound(parseVCard(bytes, { file: 'fuzz.vcf' }), bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid file with bytes changed, cut or inserted', () => {
    const base = Uint8Array.from(valid, (char) => char.charCodeAt(0) & 0xff);
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      remove: fc.nat({ max: 8 }),
      insert: fc.uint8Array({ maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        fc.nat({ max: base.length }),
        (edits, cut) => {
          let bytes = base.subarray(0, Math.max(cut, base.length / 2));
          for (const { at, remove, insert } of edits) {
            const start = Math.min(at, bytes.length);
            bytes = Uint8Array.from([
              ...bytes.subarray(0, start),
              ...insert,
              ...bytes.subarray(start + remove),
            ]);
          }
          expectSound(parseVCard(bytes, { file: 'fuzz.vcf' }), bytes);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseVCard limits', () => {
  it('reads a card with 10,000 properties quickly, keeping the first 2,000 and saying so', () => {
    const properties = Array.from(
      { length: 10_000 },
      (_, i) => `EMAIL;TYPE=work:p${i}@example.com`,
    );
    const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Props\r\n${properties.join('\r\n')}\r\nEND:VCARD\r\n`;
    const started = performance.now();
    const result = parseVCard(encode(text), { file: 'big.vcf' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.emails).toHaveLength(20);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 1, field: 'EMAIL', severity: 'warning' }),
      expect.objectContaining({
        line: maxPropertiesPerCard + 2,
        field: 'EMAIL',
        severity: 'warning',
        message: expect.stringContaining('more than 2000 properties') as string,
      }),
    ]);
  });

  it('skips an 8 MB base64 photo quickly', () => {
    const data = 'QUJD'.repeat(2_000_000).replace(/(.{74})/g, '$1\r\n ');
    const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:${data}\r\nEND:VCARD\r\n`;
    const started = performance.now();
    const result = parseVCard(encode(text), { file: 'photo.vcf' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ records: [{ name: 'Big Photo' }], problems: [] });
  });

  it('lists at most 1,000 problems for a file full of them, and says there were more', () => {
    const text = `BEGIN:VCARD\nFN:Noisy\n${'no colon here\n'.repeat(1500)}END:VCARD\n`;
    const { problems } = parseVCard(encode(text), { file: 'noisy.vcf' });
    expect(problems).toHaveLength(1001);
    expect(problems.at(-1)?.message).toContain('More than 1000 problems');
  });
});
