import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter } from './csv.js';

const read = (text: string) => readCsv(text, { file: 'people.csv' });

describe('readCsv', () => {
  it('gives each row the line it starts on across quoted newlines in LF, CRLF and CR files, with cells in \\n', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['a,b', `1,"two${end}lines"`, '', `3,"x${end}${end}y"`, '4,5'].join(end);
      const { rows, problems } = read(text);
      expect(problems).toEqual([]);
      expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
        [1, 'a'],
        [2, '1'],
        [4, ''],
        [5, '3'],
        [8, '4'],
      ]);
      expect(rows[1]?.cells[1]).toBe('two\nlines');
    }
  });

  it('counts a CRLF inside a quoted cell of an LF file as one line break', () => {
    const { rows } = read('a,b\n1,"x\r\ny"\n3,4');
    expect(rows.map((row) => [row.line, ...row.cells])).toEqual([
      [1, 'a', 'b'],
      [2, '1', 'x\ny'],
      [4, '3', '4'],
    ]);
  });

  it('reads doubled quotes, ragged rows and a stray quote inside an unquoted field', () => {
    const { rows, problems } = read(
      'name,note\n"Doe, Ph.D.","say ""hi"""\nshort\nlong,1,2,3\nsay "what",ok',
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.cells)).toEqual([
      ['name', 'note'],
      ['Doe, Ph.D.', 'say "hi"'],
      ['short'],
      ['long', '1', '2', '3'],
      ['say "what"', 'ok'],
    ]);
  });

  it('skips only the line whose quote never closes and keeps reading after it', () => {
    const { rows, problems } = read('a,b\n1,2\n"never closed,3\n4,5\n6,7');
    expect(rows.map((row) => [row.line, ...row.cells])).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [4, '4', '5'],
      [5, '6', '7'],
    ]);
    expect(problems).toEqual([
      {
        file: 'people.csv',
        line: 3,
        field: null,
        message: 'A quoted field on this line is not closed properly; the line was skipped.',
        severity: 'error',
      },
    ]);
  });

  it('counts lines correctly past multi-byte characters', () => {
    const { rows } = read('név,város\n"Zoë 🌿\nBrandt",Kraków\nŁucja,Łódź');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 4]);
  });
});

describe('readCsv on broken quotes', () => {
  it('skips a line whose quoted field runs into text and reads the next line as a row of its own', () => {
    const { rows, problems } = read('a,b\n"bad"x,1\nsay "what",ok\n5,6');
    expect(rows.map((row) => [row.line, ...row.cells])).toEqual([
      [1, 'a', 'b'],
      [3, 'say "what"', 'ok'],
      [4, '5', '6'],
    ]);
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('stops after twenty broken quotes and says where', () => {
    const { problems } = read(Array.from({ length: 30 }, () => '"x"y,1').join('\n'));
    expect(problems).toHaveLength(21);
    expect(problems[20]).toMatchObject({
      line: 21,
      message: 'Too many broken quotes; stopped reading here.',
    });
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['Name\tGiven Name\tE-mail 1 - Value\nA, B\tA\ta@x', '\t'],
    ['Vorname;Nachname;Firma\nA;B;"C, D"', ';'],
    ['single', ','],
  ])('picks the delimiter of %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsv on mixed line endings', () => {
  it('reads a file whose preamble ends in LF and whose rows end in CRLF (a regression: quoted last cells took the CR)', () => {
    const { rows } = readCsv('Notes:\n"x, y"\n\n"a","b"\r\n"1","2"\r\n3,4\r5,6', { file: 'c.csv' });
    expect(rows.map((row) => [row.line, ...row.cells])).toEqual([
      [1, 'Notes:'],
      [2, 'x, y'],
      [3, ''],
      [4, 'a', 'b'],
      [5, '1', '2'],
      [6, '3', '4'],
      [7, '5', '6'],
    ]);
  });
});
