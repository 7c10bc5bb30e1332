import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, goldenView } from '../../test/vcard.js';
import type { ContactRecord, ParseProblem, ParseResult } from './contact.js';
import { parseVCard } from './vcard.js';

const fixtures = fixturePath('vcard');
const fixtureFiles = readdirSync(fixtures).filter((file) => file.endsWith('.vcf'));

function parse(file: string): ParseResult<ContactRecord> {
  return parseVCard(readFileSync(path.join(fixtures, file)), { file });
}

function parseText(text: string): ParseResult<ContactRecord> {
  return parseVCard(new TextEncoder().encode(text), { file: 'inline.vcf' });
}

const names = (result: ParseResult<ContactRecord>) => result.records.map((record) => record.name);
const where = (problems: ParseProblem[]) =>
  problems.map(({ line, field, severity }) => `${line} ${field} ${severity}`);

describe('parseVCard on the project fixtures', () => {
  it.each(fixtureFiles)('reads %s as its golden file says', async (file) => {
    await expect(goldenView(parse(file))).toMatchFileSnapshot(
      path.join(fixtures, 'golden', `${file}.json`),
    );
  });

  it('unfolds at the byte level, so a fold inside a UTF-8 character or an email leaves no trace', () => {
    const [record] = parse('folding.vcf').records;
    expect(record).toMatchObject({
      name: 'Zoë Ångström-Łukasiewicz',
      givenName: 'Zoë',
      familyName: 'Ångström-Łukasiewicz',
      emails: ['zoe.angstrom@example.org'],
      company: 'Nordlys Kompani AS',
      title: 'Head of Research',
      notes: 'Met at the Bergen meetup; talked about fjords, ferries and 5G.',
    });
  });

  it('reads LF, CR CR LF, LF-only continuation lines and classic Mac CR alike', () => {
    const result = parse('line-endings.vcf');
    expect(names(result)).toEqual(['Ana Lima', 'Bruno Costa', 'Carla Dias', 'Duarte Mac']);
    expect(result.records[1]?.phones).toEqual(['+351 21 000 0001']);
    expect(result.records[2]?.notes).toBe('first part, second part and third');
    expect(result.records[3]?.company).toBe('Classic Computers');
    expect(result.problems).toEqual([]);
  });

  it('joins quoted-printable soft breaks that split a UTF-8 character, a CRLF escape or a component', () => {
    const [record] = parse('quoted-printable.vcf').records;
    expect(record).toMatchObject({
      name: 'Krystyna Wróblewska-Łącka',
      familyName: 'Wróblewska-Łącka',
      phones: ['+48 600 000 001', '+48 22 000 00 02'],
      company: 'Stocznia Śląska',
      location: 'Warszawa, Polska',
      notes: 'Spotkanie – konferencja\nDrugi wiersz',
      emails: ['krystyna@example.pl'],
    });
  });

  it('decodes each value in its CHARSET: ISO-8859-1 and -2, Windows-1252 and Shift_JIS', () => {
    const result = parse('charsets.vcf');
    expect(names(result)).toEqual([
      'Jürgen Müller',
      'Łukasz Wiśniewski',
      'Chloé O’Brien',
      '山田 花子',
      'Wörf',
    ]);
    expect(result.records[1]?.location).toBe('Gdańsk, Polska');
    expect(result.records[2]?.company).toBe('Café €uro Ltd');
    // ソ is 0x83 0x5C in Shift_JIS: its second byte is a backslash, which must not start an escape.
    expect(result.records[3]).toMatchObject({
      company: 'ソニー株式会社',
      title: 'ソフト開発',
      location: '渋谷区, 日本',
    });
    expect(where(result.problems)).toEqual(['28 FN warning']);
  });

  it('reads a file with raw Windows-1252 bytes and no CHARSET, and says so once', () => {
    const result = parse('windows-1252.vcf');
    expect(result.records[0]).toMatchObject({
      name: 'François Dupré',
      company: 'Société Générale – Paris',
      notes: 'Owes me €5 for the café',
    });
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'N',
        severity: 'warning',
        message: expect.stringContaining('Windows-1252') as string,
      }),
    ]);
  });

  it.each(['utf16le-bom.vcf', 'utf16be.vcf', 'utf16le.vcf'])(
    'decodes %s, ignoring CHARSET parameters that no longer describe its bytes',
    (file) => {
      const result = parse(file);
      expect(result.records[0]).toMatchObject({
        name: 'Søren Kierkegård',
        familyName: 'Kierkegård',
        emails: ['soren@example.dk'],
        notes: 'Ελένη introduced us',
      });
      expect(result.problems).toEqual([]);
    },
  );

  it('skips a UTF-8 byte order mark', () => {
    expect(names(parse('utf8-bom.vcf'))).toEqual(['Amélie Poulain']);
  });

  it('reads Apple groups and labels, company cards and social profiles, and skips group cards', () => {
    const result = parse('apple.vcf');
    expect(result.records[0]).toMatchObject({
      name: 'Maya Patel',
      emails: ['maya@home.example', 'maya@work.example'],
      phones: ['+44 20 7946 0000'],
      urls: ['http://maya.example/blog'],
      linkedinUrl: 'https://www.linkedin.com/in/maya-patel',
      location: 'London, United Kingdom',
      birthday: null,
    });
    expect(result.records[1]).toMatchObject({
      name: 'Fernwood Bakery',
      company: 'Fernwood Bakery',
    });
    expect(where(result.problems)).toEqual(['26 KIND warning']);
  });

  it('unescapes 3.0 text and keeps 2.1 backslashes literal', () => {
    const [modern, old] = parse('escapes.vcf').records;
    expect(modern).toMatchObject({
      name: "O'Neil, Siobhan",
      company: 'Hart; Lowe & Co.',
      title: 'Partner, Disputes',
      notes: 'One\nTwo, with a comma; a semicolon: a colon \\ a backslash\nUpper N "quoted"',
      urls: ['https://hartlowe.example/team'],
      tags: ['lawyers', 'dublin', 'ireland'],
    });
    expect(old).toMatchObject({
      name: 'Tom Ruiz;Vega',
      familyName: 'Ruiz;Vega',
      notes: 'Files in C:\\Docs\\new',
    });
  });

  it('reads 4.0: one ALTID alternate, tel: and mailto: URIs, PREF order, caret escapes, KIND', () => {
    const result = parse('vcard4.vcf');
    expect(result.records[0]).toMatchObject({
      name: '김민준',
      givenName: '민준',
      familyName: '김',
      phones: ['+82-2-555-0100 ext. 7', '+82-2-555-0199'],
      emails: ['minjun@example.com', 'minjun.kim@example.kr'],
      company: 'Hanbit Labs',
      location: 'Seoul, South Korea',
      birthday: null,
    });
    expect(result.records[1]).toMatchObject({
      name: 'Hanbit Labs',
      emails: ['hello@hanbit.example'],
    });
    expect(where(result.problems)).toEqual(['17 KIND warning']);
  });

  it('skips base64 photos, keys and sounds, folded, unindented, malformed or empty', () => {
    const result = parse('binary.vcf');
    expect(result.records.map(({ name, emails, phones }) => ({ name, emails, phones }))).toEqual([
      { name: 'Priya Raman', emails: ['priya@example.in'], phones: [] },
      { name: 'Olu Adeyemi', emails: [], phones: ['+234 1 000 0000'] },
      { name: 'Noor Haddad', emails: ['noor@example.jo'], phones: [] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads odd cards and says where each problem is', () => {
    const result = parse('odd-cards.vcf');
    expect(names(result)).toEqual([
      'Bluebell Florists',
      'Chidi Okafor',
      'only.an.email@example.com',
      'Grace Hopper',
      'Last Card Without End',
    ]);
    expect(result.records[1]).toMatchObject({
      emails: ['chidi@example.ng'],
      notes: 'Lowercase property names',
    });
    expect(result.records[3]?.phones).toEqual(['+1 555 010 0003']);
    expect(result.records[2]?.tags).toEqual([]);
    expect(where(result.problems)).toEqual([
      '1 VCARD warning',
      '2 FN warning',
      '18 FN warning',
      '23 FN error',
      '31 AGENT warning',
      '36 VCARD warning',
      '39 VCARD warning',
    ]);
  });

  it('makes a short place of each address form', () => {
    expect(parse('addresses.vcf').records.map((record) => [record.name, record.location])).toEqual([
      ['City Country', 'Lisboa, Portugal'],
      ['City Region', 'Austin, TX'],
      ['Region Country', 'Bavaria, Germany'],
      ['Country Only', 'Kenya'],
      ['Crammed Street', 'West Yorkshire, United Kingdom'],
      ['Street Only', '42 Harbour Road'],
      ['Empty Then Real', 'Nairobi, Kenya'],
      ['Preferred Second', 'Madrid, Spain'],
      ['Postal Code Only', null],
    ]);
  });

  it("reads Kith's own X-KITH-* fields and keeps a Kith export's tags as they are", () => {
    const [ines, sam] = parse('kith-export.vcf').records;
    expect(ines).toMatchObject({
      name: 'Inès Belkacem',
      company: 'Atelier Lumi, SAS',
      location: 'Lyon, France',
      linkedinUrl: 'https://www.linkedin.com/in/ines-belkacem',
      tags: ['design', 'starred', 'my-contacts'],
      notes: 'Prefers mornings.\nLikes long walks.',
      howWeMet: 'Design week, Lyon 2025',
      interests: ['ceramics', 'type design, old and new'],
      needs: 'A printer in Lyon',
      offers: 'Brand reviews',
      doNotContact: true,
    });
    expect(sam?.doNotContact).toBe(false);
    expect(sam).not.toHaveProperty('howWeMet');
  });

  it('takes the first LinkedIn profile, drops Google groups and reads only whole birthdays', () => {
    const [record] = parse('urls-and-tags.vcf').records;
    expect(record).toMatchObject({
      linkedinUrl: 'http://de.linkedin.com/in/lena-fischer/',
      urls: [
        'https://www.linkedin.com/company/acme',
        'https://www.linkedin.com/in/other-lena',
        'https://lena.example',
      ],
      tags: ['Friends', 'Berlin'],
      birthday: '1985-02-28',
    });
  });
});

describe('parseVCard on bad input', () => {
  it('says there is no vCard in an empty file', () => {
    expect(parseText('')).toEqual({
      records: [],
      problems: [expect.objectContaining({ line: 1, field: 'VCARD', severity: 'error' })],
    });
  });

  it('says there is no vCard in a CSV file, and reports its text once', () => {
    const result = parseText('First Name,Last Name\nAna,Lopez\nBo,Chen\n');
    expect(result.records).toEqual([]);
    expect(where(result.problems)).toEqual(['1 VCARD warning', '1 VCARD error']);
  });

  it('names the file in every problem', () => {
    const result = parseVCard(new TextEncoder().encode('BEGIN:VCARD\nNOTE:x\nEND:VCARD\n'), {
      file: 'phone.vcf',
    });
    expect(result.problems.map((problem) => problem.file)).toEqual(['phone.vcf']);
  });

  it('keeps the first 20 emails of a card that lists more, with a warning', () => {
    const emails = Array.from({ length: 25 }, (_, i) => `EMAIL:p${i}@example.com`).join('\n');
    const result = parseText(`BEGIN:VCARD\nVERSION:3.0\nFN:Many\n${emails}\nEND:VCARD\n`);
    expect(result.records[0]?.emails).toHaveLength(20);
    expect(where(result.problems)).toEqual(['1 EMAIL warning']);
  });

  it('reads an ISO-8859-1 label as Windows-1252, as browsers do, so € and curly quotes survive', () => {
    const bytes = Uint8Array.from(
      'BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1:\x93Caf\xe9\x94 \x80\nEND:VCARD\n',
      (char) => char.charCodeAt(0),
    );
    expect(parseVCard(bytes, { file: 'x.vcf' }).records[0]?.name).toBe('“Café” €');
  });

  it('drops bytes that are not UTF-8 in a value that says it is, with a warning on its line', () => {
    const result = parseText(
      'BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ana=C3=B1=80a\nEND:VCARD\n',
    );
    expect(result.records[0]?.name).toBe('Anaña');
    expect(where(result.problems)).toEqual(['3 FN warning']);
  });
});
