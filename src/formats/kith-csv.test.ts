import { describe, expect, it } from 'vitest';
import { personWith as person } from '../../test/person.js';
import { writePeopleCsv } from './csv-write.js';
import { detectFormat } from './detect.js';
import { parseKithCsv } from './kith-csv.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseKithCsv', () => {
  it('is how a file Kith exported is recognised, by its columns', () => {
    expect(detectFormat(bytes(writePeopleCsv([person()])))).toEqual({
      kind: 'format',
      format: 'kith-csv',
    });
  });

  it('reads back every field Kith exported, lists, line breaks and quotes included', () => {
    const ana = person({
      emails: ['ana@example.com', 'a@home.example'],
      phones: ['+34 600 000 001', '+44 7700 900123'],
      company: 'Smith, Jones; & Co',
      title: 'Head of "Data"',
      location: 'Lisbon, Portugal',
      linkedinUrl: 'https://www.linkedin.com/in/ana-lopez',
      tags: ['alumni', 'data'],
      howWeMet: 'PyData Lisbon,\nby the coffee',
      interests: ['climbing', 'maps, old and new'],
      needs: 'a designer',
      offers: 'SQL reviews',
      notes: 'Line one\nLine two, with a comma',
      doNotContact: true,
    });
    const read = parseKithCsv(bytes(writePeopleCsv([ana, person({ id: 8, name: 'Ben' })])), {
      file: 'kith-people.csv',
    });
    expect(read.problems).toEqual([]);
    expect(read.records).toHaveLength(2);
    expect(read.records[0]).toMatchObject({
      source: { format: 'kith-csv', file: 'kith-people.csv', line: 2 },
      name: 'Ana López',
      emails: ana.emails,
      phones: ana.phones,
      company: ana.company,
      title: ana.title,
      location: ana.location,
      linkedinUrl: ana.linkedinUrl,
      tags: ana.tags,
      howWeMet: ana.howWeMet,
      interests: ana.interests,
      needs: ana.needs,
      offers: ana.offers,
      notes: ana.notes,
      doNotContact: true,
    });
    expect(read.records[1]).toMatchObject({ name: 'Ben', emails: [], doNotContact: false });
  });

  it('names the line and the column of a do-not-contact value that is neither yes nor no', () => {
    const text = writePeopleCsv([person()]).replace(/,no,2026/, ',maybe,2026');
    const read = parseKithCsv(bytes(text), { file: 'people.csv' });
    expect(read.records[0]?.doNotContact).toBe(false);
    expect(read.problems).toEqual([
      {
        file: 'people.csv',
        line: 2,
        field: 'Do not contact',
        message: '“maybe” is neither yes nor no; it was read as no.',
        severity: 'warning',
      },
    ]);
  });
});
