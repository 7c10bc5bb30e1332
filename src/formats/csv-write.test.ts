import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { personWith as person } from '../../test/person.js';
import { peopleCsvHeaders, quote, writePeopleCsv } from './csv-write.js';

/** Reads the file back with a real CSV parser, as a spreadsheet would. */
function readBack(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('writePeopleCsv', () => {
  it('starts with a BOM and a header row, and ends every line with CRLF', () => {
    const text = writePeopleCsv([person()]);
    expect(text.startsWith('\uFEFFId,Name,Emails,Phones,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes every field of a person, lists joined with " ::: " as Google does', () => {
    const [header, row] = readBack(
      writePeopleCsv([
        person({
          id: 42,
          emails: ['ana@acme.example', 'ana@home.example'],
          phones: ['+1 555 010 2030'],
          company: 'Acme',
          title: 'Data Lead',
          location: 'Lisbon',
          linkedinUrl: 'https://www.linkedin.com/in/ana-lopez',
          tags: ['alumni', 'data'],
          howWeMet: 'PyData 2025',
          interests: ['climbing', 'maps'],
          needs: 'a designer',
          offers: 'SQL reviews',
          notes: 'Prefers mornings',
          doNotContact: true,
        }),
      ]),
    );
    expect(header).toEqual(peopleCsvHeaders);
    expect(row).toEqual([
      '42',
      'Ana López',
      'ana@acme.example ::: ana@home.example',
      '+1 555 010 2030',
      'Acme',
      'Data Lead',
      'Lisbon',
      'https://www.linkedin.com/in/ana-lopez',
      'alumni ::: data',
      'PyData 2025',
      'climbing ::: maps',
      'a designer',
      'SQL reviews',
      'Prefers mornings',
      'yes',
      '2026-11-25T12:00:00.000Z',
      '2026-11-26T08:30:00.000Z',
    ]);
  });

  it('quotes commas, quotes, line breaks and edge spaces, and keeps accents as they are', () => {
    const notes = 'Said "call me, anytime"\r\nthen left\nearly';
    const text = writePeopleCsv([
      person({ name: 'Zoë Ñúñez-Ørsted', company: 'Smith, Jones & Co', notes, title: ' CTO ' }),
    ]);
    expect(text).toContain('"Smith, Jones & Co"');
    expect(text).toContain('"Said ""call me, anytime""\r\nthen left\nearly"');
    const [, row] = readBack(text);
    expect(row?.[1]).toBe('Zoë Ñúñez-Ørsted');
    expect(row?.[4]).toBe('Smith, Jones & Co');
    expect(row?.[5]).toBe(' CTO ');
    expect(row?.[13]).toBe(notes);
  });

  it('leaves plain cells unquoted and empty fields empty', () => {
    expect(quote('Acme')).toBe('Acme');
    expect(quote('')).toBe('');
    const [, row] = readBack(writePeopleCsv([person()]));
    expect(row?.slice(2, 8)).toEqual(['', '', '', '', '', '']);
    expect(row?.[14]).toBe('no');
  });

  it('any text survives a trip through a real CSV parser (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }),
        (notes) => {
          const people = notes.map((text, i) =>
            person({ id: i + 1, notes: text, name: text || 'x' }),
          );
          const rows = readBack(writePeopleCsv(people)).slice(1);
          expect(rows.map((row) => row[13])).toEqual(notes);
          expect(rows.map((row) => row[1])).toEqual(notes.map((text) => text || 'x'));
        },
      ),
    );
  });
});
