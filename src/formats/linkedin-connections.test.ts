import { describe, expect, it } from 'vitest';
import { contact, readFixture } from '../../test/fixture-files.js';
import { parseLinkedInConnections } from './linkedin-connections.js';

const parse = (name: string) =>
  parseLinkedInConnections(readFixture(`linkedin/${name}`), { file: name });
const source = (file: string, line: number) => ({
  format: 'linkedin-connections' as const,
  file,
  line,
});

describe('parseLinkedInConnections', () => {
  it('reads the ≤2018 era: no preamble, no URL, emails present, quoted "M/D/YY, h:mm AM" dates, CRLF', () => {
    const file = 'connections-2018.csv';
    expect(parse(file)).toEqual({
      records: [
        contact(source(file, 2), {
          name: 'Marguerite Oyelaran-Voss',
          givenName: 'Marguerite',
          familyName: 'Oyelaran-Voss',
          emails: ['m.oyelaran@harbourlight.example'],
          company: 'Harbourlight Shipping',
          title: 'Logistics Analyst',
          connectedOn: '2018-11-04',
        }),
        contact(source(file, 3), {
          name: 'Teodor Brandvold',
          givenName: 'Teodor',
          familyName: 'Brandvold',
          emails: ['teodor.b@fjordline.example'],
          company: 'Fjordline Consulting, AS',
          title: 'Partner',
          connectedOn: '2017-03-22',
        }),
        contact(source(file, 4), {
          name: 'Priya Raghunathan',
          givenName: 'Priya',
          familyName: 'Raghunathan',
          company: 'Kestrel Labs',
          title: 'Senior Engineer, Platform',
          connectedOn: '2016-12-01',
        }),
      ],
      problems: [],
    });
  });

  it('reads the 2020–21 era: six columns, "DD Mon YYYY", no newline after the last row', () => {
    const file = 'connections-2020.csv';
    const { records, problems } = parse(file);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.source.line, r.name, r.emails, r.connectedOn])).toEqual([
      [2, 'Odile Fairweather', [], '2021-03-14'],
      [3, 'Kwame Asante-Boateng', ['kwame.ab@lumenworks.example'], '2020-11-02'],
    ]);
  });

  it('reads the 2021–23 era past the three-line Notes preamble and warns about a hidden row', () => {
    const file = 'connections-2022.csv';
    expect(parse(file)).toEqual({
      records: [
        contact(source(file, 5), {
          name: 'Hollis Quartermaine',
          givenName: 'Hollis',
          familyName: 'Quartermaine',
          company: 'Saltmarsh Analytics',
          title: 'Data Scientist',
          connectedOn: '2022-09-19',
        }),
        contact(source(file, 7), {
          name: 'Rosalind Achterberg',
          givenName: 'Rosalind',
          familyName: 'Achterberg',
          connectedOn: '2022-02-01',
        }),
      ],
      problems: [
        {
          file,
          line: 6,
          field: 'First Name',
          message:
            'LinkedIn hides this connection’s name (a hidden or closed profile); the row was skipped.',
          severity: 'warning',
        },
      ],
    });
  });

  it('reads the 2023+ era with the URL column: credentials, quotes, emoji, percent-encoded slugs', () => {
    const file = 'connections-2026.csv';
    const { records, problems } = parse(file);
    expect(records).toEqual([
      contact(source(file, 5), {
        name: 'Ines Okafor-Lindqvist',
        givenName: 'Ines',
        familyName: 'Okafor-Lindqvist',
        company: 'Northwind Analytics, Inc.',
        title: 'Director of People Ops',
        linkedinUrl: 'https://www.linkedin.com/in/ines-okafor-l-3b2a91',
        connectedOn: '2026-02-08',
      }),
      contact(source(file, 7), {
        name: 'Jonah Doe, Ph.D.',
        givenName: 'Jonah',
        familyName: 'Doe, Ph.D.',
        company: 'Meridian Health',
        title: 'Research Lead, "Sleep & Memory"',
        linkedinUrl: 'https://www.linkedin.com/in/jonah-doe-phd',
        connectedOn: '2026-01-23',
      }),
      contact(source(file, 8), {
        name: 'Zoë Brandt 🌿',
        givenName: 'Zoë',
        familyName: 'Brandt 🌿',
        emails: ['zoe.brandt@quillmail.example'],
        linkedinUrl: 'https://www.linkedin.com/in/zo%C3%AB-brandt',
        connectedOn: '2025-12-30',
      }),
      contact(source(file, 9), {
        name: 'Mateus Carvalho',
        givenName: 'Mateus',
        familyName: 'Carvalho',
        company: 'Self-employed',
        title: 'Founder',
        linkedinUrl: 'https://www.linkedin.com/in/mateuscarvalho',
        connectedOn: null,
      }),
    ]);
    expect(problems.map((p) => [p.line, p.field, p.severity])).toEqual([
      [6, 'First Name', 'warning'],
      [9, 'Connected On', 'warning'],
      [10, 'First Name', 'warning'],
    ]);
    expect(problems[1]?.message).toBe(
      '“31 Sept 2025” is not a date Kith recognises; the connection date was left empty.',
    );
  });

  it('reads an Excel re-save: BOM, CRLF and "4-Apr-21" dates', () => {
    const { records, problems } = parse('connections-excel.csv');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.source.line, r.name, r.connectedOn])).toEqual([
      [2, 'Amara Nwachukwu', '2021-04-04'],
      [3, 'Lucien Marchetti', '2023-10-17'],
    ]);
  });

  it('keeps the good rows of a ragged file and names the lines with the wrong field count', () => {
    const file = 'connections-ragged.csv';
    const { records, problems } = parse(file);
    expect(records.map((r) => [r.source.line, r.name])).toEqual([
      [2, 'Ada Quill'],
      [5, 'Dev Anand'],
    ]);
    expect(problems).toEqual([
      {
        file,
        line: 3,
        field: null,
        message:
          'This row has 6 fields where the header has 7, so its columns cannot be trusted; the row was skipped.',
        severity: 'error',
      },
      {
        file,
        line: 4,
        field: null,
        message:
          'This row has 8 fields where the header has 7, so its columns cannot be trusted; the row was skipped.',
        severity: 'error',
      },
    ]);
  });

  it('names a connection by the email when LinkedIn gives an email but no name', () => {
    const bytes = new TextEncoder().encode(
      'First Name,Last Name,Email Address,Company,Position,Connected On\n,,sam@example.org,,,01 Jan 2020\n',
    );
    const { records, problems } = parseLinkedInConnections(bytes, { file: 'c.csv' });
    expect(records.map((r) => [r.name, r.emails])).toEqual([
      ['sam@example.org', ['sam@example.org']],
    ]);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([[2, 'warning']]);
  });

  it('says so when the file has no Connections header', () => {
    const { records, problems } = parseLinkedInConnections(new TextEncoder().encode('a,b\n1,2\n'), {
      file: 'x.csv',
    });
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'x.csv',
        line: 1,
        field: null,
        message:
          'No LinkedIn Connections.csv (First Name, Last Name, …, Connected On) header row was found.',
        severity: 'error',
      },
    ]);
  });
});
