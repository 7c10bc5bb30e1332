import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixture-files.js';
import { acceptedFormats } from './detect.js';
import { readImport } from './read-import.js';

const linkedin = (name: string) => readFixture(`linkedin/${name}`);
const vcard = strToU8(
  'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lopez\r\nN:Lopez;Ana;;;\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n',
);

/** LinkedIn's quick archive: the files at the zip root. */
function quickArchive(): Uint8Array {
  return zipSync({
    'Connections.csv': linkedin('connections-2026.csv'),
    'messages.csv': linkedin('messages.csv'),
    'Invitations.csv': linkedin('Invitations.csv'),
    'Profile.csv': linkedin('Profile.csv'),
  });
}

/** The complete archive, unpacked and re-zipped on a Mac: a folder, resource forks, extra files. */
function completeArchive(): Uint8Array {
  const folder = 'Complete_LinkedInDataExport_03-09-2026';
  const files: Zippable = {
    [`${folder}/`]: {},
    [`${folder}/Connections.csv`]: linkedin('connections-2022.csv'),
    [`${folder}/messages.csv`]: linkedin('messages-2022.csv'),
    [`${folder}/Invitations.csv`]: linkedin('invitations-2021.csv'),
    [`${folder}/Profile.csv`]: linkedin('Profile.csv'),
    [`${folder}/Positions.csv`]: linkedin('Positions.csv'),
    [`${folder}/coach_messages.csv`]: linkedin('coach_messages.csv'),
    [`${folder}/Jobs/Saved Jobs.csv`]: strToU8('Saved Date,Job Url,Job Title,Company Name\n'),
    [`${folder}/.DS_Store`]: Uint8Array.from([0, 0, 0, 1, 66, 117, 100, 49]),
    [`__MACOSX/${folder}/._Connections.csv`]: Uint8Array.from([0, 5, 22, 7, 0, 2, 0, 0]),
  };
  return zipSync(files);
}

describe('readImport', () => {
  it('reads the quick LinkedIn archive as downloaded and lists the file it does not read', () => {
    const result = readImport([
      { name: 'Basic_LinkedInDataExport_03-09-2026.zip', bytes: quickArchive() },
    ]);
    const zip = 'Basic_LinkedInDataExport_03-09-2026.zip';
    expect(result.files).toEqual([
      { file: `${zip}/Connections.csv`, format: 'linkedin-connections', rows: 4 },
      { file: `${zip}/messages.csv`, format: 'linkedin-messages', rows: 4 },
      { file: `${zip}/Invitations.csv`, format: 'linkedin-invitations', rows: 2 },
      { file: `${zip}/Profile.csv`, format: null, rows: 0 },
    ]);
    expect(result.contacts.map((c) => [c.source.file, c.source.line, c.name])).toEqual([
      [`${zip}/Connections.csv`, 5, 'Ines Okafor-Lindqvist'],
      [`${zip}/Connections.csv`, 7, 'Jonah Doe, Ph.D.'],
      [`${zip}/Connections.csv`, 8, 'Zoë Brandt 🌿'],
      [`${zip}/Connections.csv`, 9, 'Mateus Carvalho'],
    ]);
    expect(result.messages).toHaveLength(4);
    expect(result.invitations).toHaveLength(2);
    expect(result.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [`${zip}/Connections.csv`, 6, 'First Name'],
      [`${zip}/Connections.csv`, 9, 'Connected On'],
      [`${zip}/Connections.csv`, 10, 'First Name'],
      [`${zip}/messages.csv`, 10, 'IS MESSAGE DRAFT'],
      [`${zip}/messages.csv`, 11, 'CONTENT'],
      [`${zip}/messages.csv`, 13, 'DATE'],
      [`${zip}/Invitations.csv`, 4, 'Direction'],
      [`${zip}/Invitations.csv`, 5, 'Sent At'],
    ]);
  });

  it('reads the complete archive inside a folder, skipping Mac clutter and LinkedIn’s AI-coach chats', () => {
    const zip = 'Complete_LinkedInDataExport_03-09-2026.zip';
    const folder = `${zip}/Complete_LinkedInDataExport_03-09-2026`;
    const result = readImport([{ name: zip, bytes: completeArchive() }]);
    expect(result.files).toEqual([
      { file: `${folder}/Connections.csv`, format: 'linkedin-connections', rows: 2 },
      { file: `${folder}/messages.csv`, format: 'linkedin-messages', rows: 3 },
      { file: `${folder}/Invitations.csv`, format: 'linkedin-invitations', rows: 2 },
      { file: `${folder}/Profile.csv`, format: null, rows: 0 },
      { file: `${folder}/Positions.csv`, format: null, rows: 0 },
      { file: `${folder}/coach_messages.csv`, format: null, rows: 0 },
      { file: `${folder}/Jobs/Saved Jobs.csv`, format: null, rows: 0 },
    ]);
    expect(result.contacts.map((c) => c.name)).toEqual([
      'Hollis Quartermaine',
      'Rosalind Achterberg',
    ]);
    expect(result.messages.map((m) => m.fromName)).toEqual([
      'Odile Fairweather',
      'Jordan Pike',
      'Jordan Pike',
    ]);
    expect(result.problems.map((p) => [p.file, p.line])).toEqual([
      [`${folder}/Connections.csv`, 6],
    ]);
  });

  it('reads loose files of every format in one import and reports each file’s format and rows', () => {
    const result = readImport([
      { name: 'Connections.csv', bytes: linkedin('connections-2018.csv') },
      { name: 'contacts.csv', bytes: readFixture('csv/google-legacy.csv') },
      { name: 'outlook.csv', bytes: readFixture('csv/outlook-com.csv') },
      { name: 'phone.vcf', bytes: vcard },
    ]);
    expect(result.files).toEqual([
      { file: 'Connections.csv', format: 'linkedin-connections', rows: 3 },
      { file: 'contacts.csv', format: 'google-csv', rows: 3 },
      { file: 'outlook.csv', format: 'outlook-csv', rows: 2 },
      { file: 'phone.vcf', format: 'vcard', rows: 1 },
    ]);
    expect(result.contacts.map((c) => [c.source.format, c.name])).toEqual([
      ['linkedin-connections', 'Marguerite Oyelaran-Voss'],
      ['linkedin-connections', 'Teodor Brandvold'],
      ['linkedin-connections', 'Priya Raghunathan'],
      ['google-csv', 'Kwame Asante-Boateng'],
      ['google-csv', 'desk@brackenridge.example'],
      ['google-csv', 'Odile Fairweather'],
      ['outlook-csv', 'Hollis Quartermaine'],
      ['outlook-csv', 'Lighthouse Books'],
      ['vcard', 'Ana Lopez'],
    ]);
  });

  it('recognises files by content, whatever their names say', () => {
    const result = readImport([
      { name: 'Connections.csv', bytes: readFixture('csv/google-current.csv') },
      { name: 'contacts.vcf', bytes: linkedin('Invitations.csv') },
      { name: 'export.csv', bytes: quickArchive() },
    ]);
    expect(result.files.map((f) => [f.file, f.format])).toEqual([
      ['Connections.csv', 'google-csv'],
      ['contacts.vcf', 'linkedin-invitations'],
      ['export.csv/Connections.csv', 'linkedin-connections'],
      ['export.csv/messages.csv', 'linkedin-messages'],
      ['export.csv/Invitations.csv', 'linkedin-invitations'],
      ['export.csv/Profile.csv', null],
    ]);
  });

  describe('bad input gets a clear problem, never an exception', () => {
    const only = (name: string, bytes: Uint8Array, options = {}) =>
      readImport([{ name, bytes }], options);

    it('says what a file of the wrong kind looks like and which formats are accepted', () => {
      const result = only('statement.csv', readFixture('csv/bank-statement.csv'));
      expect(result.problems).toEqual([
        {
          file: 'statement.csv',
          line: 1,
          field: null,
          message:
            'This file looks like a spreadsheet with columns Date, Amount, Payee, Reference, Balance, …, which is not a contacts format Kith knows. ' +
            acceptedFormats,
          severity: 'error',
        },
      ]);
      expect(result.files).toEqual([{ file: 'statement.csv', format: null, rows: 0 }]);
      expect(only('cv.pdf', strToU8('%PDF-1.4\n')).problems[0]?.message).toBe(
        `This file is a PDF document. ${acceptedFormats}`,
      );
    });

    it('says a binary file is binary', () => {
      const result = only(
        'photo.bin',
        Uint8Array.from({ length: 300 }, (_, i) => (i * 31) % 256),
      );
      expect(result.problems.map((p) => p.message)).toEqual([
        `This file is a binary file, not text. ${acceptedFormats}`,
      ]);
    });

    it('says an empty file is empty', () => {
      expect(
        only('empty.csv', new Uint8Array()).problems.map((p) => [p.file, p.line, p.message]),
      ).toEqual([['empty.csv', 1, 'This file is empty.']]);
    });

    it('refuses a file over the size limit, 50 MB by default and configurable', () => {
      const bytes = linkedin('connections-2026.csv');
      const result = only('Connections.csv', bytes, { maxBytes: 100 });
      expect(result.contacts).toEqual([]);
      expect(result.problems.map((p) => p.message)).toEqual([
        'This file is 939 bytes, over the 100 bytes limit for one import file.',
      ]);
      const big = only('big.csv', new Uint8Array(50 * 1_048_576 + 1).fill(0x41));
      expect(big.problems.map((p) => p.message)).toEqual([
        'This file is 50 MB, over the 50 MB limit for one import file.',
      ]);
    });

    it('refuses a file inside a zip that unpacks past the size limit, and reads the rest', () => {
      const zip = zipSync({
        'Connections.csv': linkedin('connections-2020.csv'),
        'huge.csv': new Uint8Array(5000).fill(0x41),
      });
      const result = only('export.zip', zip, { maxBytes: 4000 });
      expect(result.files.map((f) => [f.file, f.format, f.rows])).toEqual([
        ['export.zip/Connections.csv', 'linkedin-connections', 2],
      ]);
      expect(result.problems.map((p) => [p.file, p.message])).toEqual([
        ['export.zip/huge.csv', 'This file unpacks to 4.9 KB, over the 3.9 KB limit; skipped.'],
      ]);
    });

    it('reads what arrived whole from a truncated zip and says the download was cut short', () => {
      const zip = quickArchive();
      const cut = zip.subarray(0, zip.length - 60);
      const result = only('export.zip', cut);
      expect(result.files.map((f) => f.file)).toContain('export.zip/Connections.csv');
      expect(result.contacts).toHaveLength(4);
      expect(result.problems.find((p) => p.file === 'export.zip')).toMatchObject({
        line: 1,
        severity: 'warning',
        message: expect.stringContaining(
          'This zip is incomplete (perhaps the download stopped early)',
        ) as string,
      });
    });

    it('reports a zip cut off in its first file as damaged, with nothing read', () => {
      const result = only('export.zip', quickArchive().subarray(0, 40));
      expect(result.contacts).toEqual([]);
      expect(result.files).toEqual([{ file: 'export.zip', format: null, rows: 0 }]);
      expect(result.problems).toEqual([
        {
          file: 'export.zip',
          line: 1,
          field: null,
          message:
            'This zip is damaged or incomplete (perhaps the download stopped early) and nothing in it could be read. Download the export again.',
          severity: 'error',
        },
      ]);
    });

    it('never throws on a zip cut at any length', () => {
      const zip = quickArchive();
      for (let length = 0; length <= zip.length; length += 11) {
        expect(() => only('export.zip', zip.subarray(0, length))).not.toThrow();
      }
    });

    it('says an Excel workbook must be saved as CSV first', () => {
      const xlsx = zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/workbook.xml': strToU8('<workbook/>'),
      });
      expect(only('people.xlsx', xlsx).problems.map((p) => p.message)).toEqual([
        `This zip holds no file Kith reads: it is an Excel workbook; save it as CSV first. ${acceptedFormats}`,
      ]);
    });

    it('turns an unexpected failure inside one file into a problem and keeps the other files', () => {
      const failing = {
        name: 'odd.csv',
        get bytes(): Uint8Array {
          throw new Error('disk gone');
        },
      };
      const result = readImport([
        failing,
        { name: 'Connections.csv', bytes: linkedin('connections-2020.csv') },
      ]);
      expect(result.contacts).toHaveLength(2);
      expect(result.problems).toEqual([
        {
          file: 'odd.csv',
          line: 1,
          field: null,
          message: 'Kith could not read this file because of an unexpected error.',
          severity: 'error',
        },
      ]);
      expect(result.files[0]).toEqual({ file: 'odd.csv', format: null, rows: 0 });
    });

    it('keeps the good files of an import when one file is bad', () => {
      const result = readImport([
        { name: 'empty.csv', bytes: new Uint8Array() },
        { name: 'Connections.csv', bytes: linkedin('connections-2020.csv') },
      ]);
      expect(result.contacts).toHaveLength(2);
      expect(result.problems.map((p) => p.file)).toEqual(['empty.csv']);
    });
  });
});
