// Exports through the service on SQLite and PostgreSQL: vCard read back by Kith's own parser, CSV
// written a page at a time with one header, and a single person by name.
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import type { Person } from '../../src/core/person.js';
import type { ContactRecord } from '../../src/formats/contact.js';
import { parseVCard } from '../../src/formats/vcard.js';
import { addPerson } from '../../src/services/add-person.js';
import type { Deps } from '../../src/services/deps.js';
import { prepareExport, type ExportInput } from '../../src/services/export.js';
import { importFiles } from '../../src/services/import-files.js';
import { loadDemo } from '../../src/services/load-demo.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount } from './coach-builders.js';

const now = '2026-11-30T15:00:00Z';

async function exported(deps: Deps, input: ExportInput) {
  const file = await prepareExport(deps, input);
  let text = '';
  const summary = await file.write((chunk) => void (text += chunk));
  return { ...file, text, summary };
}

/** Everything a vCard carries of a person. */
function vcardFields(person: Person) {
  return {
    name: person.name,
    emails: person.emails,
    phones: person.phones,
    company: person.company,
    title: person.title,
    location: person.location,
    linkedinUrl: person.linkedinUrl,
    tags: person.tags,
    notes: person.notes,
    howWeMet: person.howWeMet,
    interests: person.interests,
    needs: person.needs,
    offers: person.offers,
    doNotContact: person.doNotContact,
  };
}

/** The same fields as the import side reads them; Kith's own are left out when a card has none. */
function recordFields(record: ContactRecord): ReturnType<typeof vcardFields> {
  return {
    name: record.name,
    emails: record.emails,
    phones: record.phones,
    company: record.company,
    title: record.title,
    location: record.location,
    linkedinUrl: record.linkedinUrl,
    tags: record.tags,
    notes: record.notes,
    howWeMet: record.howWeMet ?? null,
    interests: record.interests ?? [],
    needs: record.needs ?? null,
    offers: record.offers ?? null,
    doNotContact: record.doNotContact ?? false,
  };
}

describeEachDialect('exports', ({ store }) => {
  it('vCard export → parseVCard brings back every exported field', async () => {
    const deps = await freshAccount(store(), now);
    const people = [
      await addPerson(deps, {
        name: 'Zoë Ñúñez-Ørsted',
        emails: ['zoe@example.com', 'z@home.example'],
        phones: ['+34 600 000 001', '+1 (555) 010-2030'],
        company: 'Smith, Jones; & Co',
        title: 'Head of Data: Platforms',
        location: 'Lisbon, Portugal',
        linkedinUrl: 'https://www.linkedin.com/in/zoe-nunez',
        tags: ['alumni', 'data'],
        howWeMet: 'PyData Lisbon, by the coffee',
        interests: ['climbing', 'maps, old and new'],
        needs: 'a designer; ideally remote',
        offers: 'SQL reviews',
        notes: 'Line one\nLine two, with a comma\\and a backslash',
        doNotContact: true,
      }),
      await addPerson(deps, { name: 'Ben' }),
      await addPerson(deps, { name: '李小龍', company: '株式会社テスト', notes: '日本語のメモ' }),
    ];
    const file = await exported(deps, { format: 'vcard' });
    expect(file).toMatchObject({
      contentType: 'text/vcard; charset=utf-8',
      fileName: 'kith-people-2026-11-30.vcf',
      summary: { people: 3 },
    });
    const read = parseVCard(new TextEncoder().encode(file.text), { file: file.fileName });
    expect(read.problems).toEqual([]);
    expect(read.records.map(recordFields)).toEqual(people.map(vcardFields));
  });

  it('exports one person as a vCard named after them', async () => {
    const deps = await freshAccount(store(), now);
    await addPerson(deps, { name: 'Ana López', emails: ['ana@example.com'] });
    await addPerson(deps, { name: 'Ben Okafor' });
    const file = await exported(deps, { format: 'vcard', person: 'Ana' });
    expect(file.fileName).toBe('ana-lopez-2026-11-30.vcf');
    expect(file.text.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(file.text).toContain('FN:Ana López');
  });

  it('writes a CSV of a large network a page at a time, with the header once', async () => {
    const deps = await freshAccount(store(), now);
    await loadDemo(deps, { people: 1100 });
    const file = await exported(deps, { format: 'csv' });
    expect(file.summary).toEqual({ people: 1100 });
    const rows = Papa.parse<string[]>(file.text.slice(1), {
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(1101);
    expect(rows.data.filter((row) => row[0] === 'Id')).toHaveLength(1);
    const ids = rows.data.slice(1).map((row) => Number(row[0]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('CSV export → import into an empty account gives the same people', async () => {
    const from = await freshAccount(store(), now);
    await addPerson(from, {
      name: 'Zoë Ñúñez-Ørsted',
      emails: ['zoe@example.com', 'z@home.example'],
      // As an import writes phones (international format), so they come back letter for letter.
      phones: ['+34 600 00 00 01', '+44 7700 900123'],
      company: 'Smith, Jones; & Co',
      title: 'Head of "Data": Platforms',
      location: 'Lisbon, Portugal',
      linkedinUrl: 'https://www.linkedin.com/in/zoe-nunez',
      tags: ['alumni', 'data'],
      howWeMet: 'PyData Lisbon, by the coffee',
      interests: ['climbing', 'maps, old and new'],
      needs: 'a designer; ideally remote',
      offers: 'SQL reviews',
      notes: 'Line one\nLine two, with a comma',
      doNotContact: true,
    });
    await addPerson(from, { name: 'Ben' });
    await addPerson(from, { name: '李小龍', company: '株式会社テスト', notes: '日本語のメモ' });
    const first = await exported(from, { format: 'csv' });

    const to = await freshAccount(store(), now);
    const report = await importFiles(to, {
      files: [{ name: first.fileName, bytes: new TextEncoder().encode(first.text) }],
    });
    expect(report.files).toEqual([{ file: first.fileName, format: 'kith-csv', rows: 3 }]);
    expect(report.problems).toEqual([]);
    expect(report.people).toMatchObject({ new: 3, review: 0 });
    const again = await exported(to, { format: 'csv' });
    // Ids and the dates each person was added are the new network's own; everything else is the same.
    const fields = (text: string) =>
      Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data.map(
        (row) => row.slice(1, -2),
      );
    expect(fields(again.text)).toEqual(fields(first.text));
  });
});
