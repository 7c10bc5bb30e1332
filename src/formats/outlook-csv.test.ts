import { describe, expect, it } from 'vitest';
import { contact, readFixture } from '../../test/fixture-files.js';
import { parseOutlookCsv } from './outlook-csv.js';

const parse = (name: string) => parseOutlookCsv(readFixture(`csv/${name}`), { file: name });
const source = (file: string, line: number) => ({ format: 'outlook-csv' as const, file, line });

describe('parseOutlookCsv', () => {
  it('reads the 61-column Outlook.com layout; "Title" is a courtesy title, not the job', () => {
    const file = 'outlook-com.csv';
    expect(parse(file)).toEqual({
      records: [
        contact(source(file, 2), {
          name: 'Hollis Quartermaine',
          givenName: 'Hollis',
          familyName: 'Quartermaine',
          emails: ['hollis@saltmarsh.example', 'hq@quillmail.example'],
          phones: ['+44 7700 900123', '+44 20 7946 0000'],
          company: 'Saltmarsh Analytics',
          title: 'Data Scientist',
          location: 'London, United Kingdom',
          linkedinUrl: 'https://www.linkedin.com/in/hollisq',
          notes: 'Runs the Thursday data meetup.',
          birthday: '1990-04-02',
        }),
        contact(source(file, 3), {
          name: 'Lighthouse Books',
          emails: ['info@lighthouse-books.example'],
          company: 'Lighthouse Books',
          location: 'Whitby',
        }),
      ],
      problems: [
        {
          file,
          line: 3,
          field: 'First Name',
          message: 'No name is given; the contact is named by its organisation, Lighthouse Books.',
          severity: 'warning',
        },
      ],
    });
  });

  it('reads the 88-column classic layout in Windows-1252: accents, a CRLF address, categories, 0/0/00', () => {
    const file = 'outlook-classic-1252.csv';
    expect(parse(file)).toEqual({
      records: [
        contact(source(file, 2), {
          name: 'Renée Dubé',
          givenName: 'Renée',
          familyName: 'Dubé',
          emails: ['renee@cafe-dube.example'],
          phones: ['+33 6 12 34 56 78'],
          company: 'Café Dubé',
          title: 'Propriétaire',
          location: 'Lyon, France',
          tags: ['Lyon'],
          notes: 'Café owner — introduced by Hollis.',
          birthday: '1980-03-22',
        }),
        contact(source(file, 4), {
          name: 'Jürgen Weiß',
          givenName: 'Jürgen',
          familyName: 'Weiß',
          emails: ['jw@example.de'],
          phones: ['+49 30 901820'],
          company: 'Weiß & Söhne',
          location: 'Berlin, Germany',
          tags: ['Suppliers'],
        }),
      ],
      problems: [],
    });
  });
});
