import { describe, expect, it } from 'vitest';
import { contact, readFixture } from '../../test/fixture-files.js';
import { parseGoogleCsv } from './google-csv.js';

const parse = (name: string) => parseGoogleCsv(readFixture(`csv/${name}`), { file: name });
const source = (file: string, line: number) => ({ format: 'google-csv' as const, file, line });

describe('parseGoogleCsv', () => {
  it('reads the current export: BOM, CRLF, ::: cells, labels as tags, multi-line notes and addresses', () => {
    const file = 'google-current.csv';
    const { records, problems } = parse(file);
    expect(records).toEqual([
      contact(source(file, 2), {
        name: 'Ines Okafor-Lindqvist',
        givenName: 'Ines',
        familyName: 'Okafor-Lindqvist',
        emails: [
          'ines@northwind.example',
          'ines.okafor@northwind.example',
          'ines.ol@quillmail.example',
        ],
        phones: ['+46 70 123 45 67', '+46 8 555 010 10'],
        company: 'Northwind Analytics, Inc.',
        title: 'Director of People Ops',
        location: 'Stockholm, Sweden',
        linkedinUrl: 'https://www.linkedin.com/in/ines-okafor-l-3b2a91',
        urls: ['https://ines.example/blog'],
        tags: ['Conference'],
        notes:
          'Met at People Analytics Summit.\nAsked about "Strength of Weak Ties" reading group.',
        birthday: '1988-07-14',
      }),
      contact(source(file, 6), {
        name: 'Tomás J. Echeverría',
        givenName: 'Tomás',
        familyName: 'Echeverría',
        phones: ['+34 91 555 0199'],
        company: 'Clínica Sur',
        tags: ['Family'],
        birthday: '--03-09',
      }),
      contact(source(file, 7), {
        name: 'ops-alerts@relay.example',
        givenName: 'ops-alerts@relay.example',
        emails: ['ops-alerts@relay.example'],
        tags: ['Other Contacts'],
      }),
      contact(source(file, 8), {
        name: 'Harbour Bakery',
        phones: ['+44 113 496 0000'],
        company: 'Harbour Bakery',
        tags: ['Suppliers'],
      }),
      contact(source(file, 9), { name: 'Bee', emails: ['bee@hive.example'] }),
    ]);
    expect(problems).toEqual([
      {
        file,
        line: 8,
        field: 'First Name',
        message: 'No name is given; the contact is named by its organisation, Harbour Bakery.',
        severity: 'warning',
      },
    ]);
  });

  it('reads the legacy export: Name, Given Name, Group Membership, "* Home" types', () => {
    const file = 'google-legacy.csv';
    const { records, problems } = parse(file);
    expect(records).toEqual([
      contact(source(file, 2), {
        name: 'Kwame Asante-Boateng',
        givenName: 'Kwame',
        familyName: 'Asante-Boateng',
        emails: ['kwame.ab@lumenworks.example', 'kwame@lumenworks.example'],
        phones: ['+233 20 123 4567'],
        company: 'Lumenworks',
        title: 'CTO',
        location: 'Accra, Ghana',
        linkedinUrl: 'http://www.linkedin.com/in/kwameab',
        tags: ['Friends', 'Accra'],
        notes: 'Prefers "Kwame", not "Mr. Asante".',
        birthday: '1979-02-28',
      }),
      contact(source(file, 5), {
        name: 'desk@brackenridge.example',
        emails: ['desk@brackenridge.example'],
      }),
      contact(source(file, 6), {
        name: 'Odile Fairweather',
        givenName: 'Odile',
        familyName: 'Fairweather',
        company: 'Brackenridge Press',
        title: 'Editor',
        location: 'Bath, UK',
      }),
    ]);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [
        5,
        'First Name',
        'No name is given; the contact is named by its email address, desk@brackenridge.example.',
      ],
    ]);
  });

  it('reads a UTF-16LE, tab-separated export from Google’s older "for importing" variant', () => {
    const file = 'google-utf16le.csv';
    expect(parse(file)).toEqual({
      records: [
        contact(source(file, 2), {
          name: 'Łucja Ñúñez-Çelik',
          givenName: 'Łucja',
          familyName: 'Ñúñez-Çelik',
          emails: ['lucja@example.pl'],
          phones: ['+48 600 100 200'],
          company: 'Studio Ćma',
          tags: ['Kraków'],
        }),
        contact(source(file, 3), {
          name: '山田 花子',
          givenName: '花子',
          familyName: '山田',
          emails: ['hanako@example.jp'],
        }),
      ],
      problems: [],
    });
  });

  it('keeps the good rows of a ragged file and reports the short and the long row by line', () => {
    const file = 'google-ragged.csv';
    const { records, problems } = parse(file);
    expect(records.map((r) => [r.source.line, r.name, r.emails])).toEqual([
      [2, 'Ada Quill', ['ada@quill.example']],
      [4, 'Cass Moreno', ['cass@moreno.example']],
      [6, 'Dev Anand', []],
    ]);
    expect(problems.map((p) => [p.file, p.line, p.severity, p.message])).toEqual([
      [
        file,
        3,
        'error',
        'This row has 12 fields where the header has 19, so its columns cannot be trusted; the row was skipped.',
      ],
      [
        file,
        5,
        'error',
        'This row has 20 fields where the header has 19, so its columns cannot be trusted; the row was skipped.',
      ],
    ]);
  });

  it('leaves out fax and pager numbers, which nobody is reached on', () => {
    const bytes = new TextEncoder().encode(
      'Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Phone 3 - Type,Phone 3 - Value\n' +
        'Ana Lopez,Work Fax,+1 555 0100,Pager,+1 555 0101,Mobile,+1 555 0102\n',
    );
    expect(parseGoogleCsv(bytes, { file: 'g.csv' }).records[0]?.phones).toEqual(['+1 555 0102']);
  });
});
