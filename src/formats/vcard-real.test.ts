// Golden test over the real vCards other projects published (test/fixtures/real-contacts, with
// their PROVENANCE.md): what each file yields is pinned, and what its authors meant is spelt out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, goldenView, repoRoot } from '../../test/vcard.js';
import type { ContactRecord, ParseResult } from './contact.js';
import { parseVCard } from './vcard.js';

const fixtures = fixturePath('real-contacts');
const golden = fixturePath('vcard/golden-real');
/** The shared originals, next to the repository on the team's machines; absent on a clean clone. */
const shared = path.join(repoRoot, '../shared/data/real-contacts');

const vcardFiles = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(vcf|vcard)$/.test(file))
  .sort();

function parse(file: string): ParseResult<ContactRecord> {
  return parseVCard(readFileSync(path.join(fixtures, file)), { file: path.basename(file) });
}

describe('real vCards from other projects', () => {
  it('finds every vCard listed in PROVENANCE.md', () => {
    const provenance = readFileSync(path.join(fixtures, 'PROVENANCE.md'), 'utf8');
    const listed = [...provenance.matchAll(/^\| `([^`]+\.(?:vcf|vcard))`/gm)].map(
      (match) => match[1],
    );
    expect(vcardFiles).toEqual([...listed].sort());
  });

  it.runIf(existsSync(shared))('keeps each file byte for byte as the shared original', () => {
    for (const file of [...vcardFiles, 'PROVENANCE.md']) {
      const copy = readFileSync(path.join(fixtures, file));
      expect(copy.equals(readFileSync(path.join(shared, file))), file).toBe(true);
    }
  });

  it.each(vcardFiles)('reads %s as its golden file says', async (file) => {
    await expect(goldenView(parse(file))).toMatchFileSnapshot(path.join(golden, `${file}.json`));
  });

  const intended: Array<[string, (result: ParseResult<ContactRecord>) => void]> = [
    [
      'CyanogenMod__android_frameworks_opt_vcard/v21_japanese_2.vcf',
      ({ records }) => {
        expect(records[0]).toMatchObject({
          name: '安藤 ロイド 1',
          familyName: '安藤',
          givenName: 'ロイド1',
        });
        expect(records[0]?.notes).toBe('メモ');
      },
    ],
    [
      'roundcube__roundcubemail/thebat.vcf',
      ({ records, problems }) => {
        // No CHARSET: Windows-1252 reads =F1 as ñ; the author may have meant ISO-8859-2's ń.
        expect(records[0]).toMatchObject({ name: 'Piotr Iksiñski', familyName: 'Iksiñski' });
        expect(problems).toEqual([
          expect.objectContaining({
            line: 3,
            field: 'N',
            severity: 'warning',
            message: expect.stringContaining('ISO-8859-2') as string,
          }),
        ]);
      },
    ],
    [
      'roundcube__roundcubemail/johndoe.vcf',
      ({ records }) =>
        expect(records[0]).toMatchObject({ name: 'John Doë', company: 'roundcube.net' }),
    ],
    [
      'roundcube__roundcubemail/utf-16_sample.vcf',
      ({ records }) =>
        expect(records[0]).toMatchObject({
          name: 'Ǽgean ĽdaMonté',
          familyName: 'ĽdaMonté',
          location: 'LaPaz, Perú',
        }),
    ],
    [
      'KDE__kcontacts/vcard9.vcf',
      ({ records }) => {
        expect(records[0]?.name).toBe('βγδεαβγδ1'.repeat(11));
        expect(records[0]?.notes).toMatch(/^Длинный комментарий на русском языке/);
      },
    ],
    [
      'KDE__kcontacts/vcard10.vcf',
      ({ records }) => {
        expect(records.map((record) => record.name)).toEqual([
          'Bike Shop',
          'Field after Address broken',
          'Field after Address not broken',
          'Dr. med. Surname Name',
          'Second Doctor',
        ]);
        expect(records[1]?.urls).toEqual(['http://some-webseite.com']);
        expect(records[3]?.title).toBe('Facharzt für Allgemeinmedizin');
        expect(records[3]?.notes).toContain('Mo   8–12, 15–18');
      },
    ],
    [
      'mangstadt__ez-vcard/John_Doe_ANDROID.vcf',
      ({ records }) => {
        expect(records.map((record) => record.name)).toEqual([
          'john.doe@company.com',
          'jane.doe@company.com',
          'Ñ Ñ Ñ Ñ Ñ',
          'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ',
          'Ñ Ñ Ñ Ñ',
          'ÑÑÑÑ',
        ]);
        expect(records[4]).toMatchObject({ emails: ['bob@company.com'], company: 'Ñ'.repeat(12) });
      },
    ],
    [
      'mangstadt__ez-vcard/John_Doe_IPHONE.vcf',
      ({ records }) => {
        expect(records[0]).toMatchObject({
          name: 'Mr. John Richter James Doe Sr.',
          company: 'IBM',
          emails: ['john.doe@ibm.com'],
        });
        expect(records[0]?.phones).toHaveLength(7);
        expect(records[0]?.urls).toEqual(['http://www.ibm.com']);
      },
    ],
    [
      'mangstadt__ez-vcard/outlook-2003.vcf',
      ({ records }) =>
        expect(records[0]).toMatchObject({
          company: 'Company, The',
          notes: 'This is the note field!!\nSecond line\n\nThird line is empty',
        }),
    ],
    [
      'mangstadt__ez-vcard/issue114.vcf',
      ({ records }) =>
        expect(records[0]).toMatchObject({
          name: 'Dummy, Dummy',
          location: 'Bad Homburg, Germany',
        }),
    ],
    [
      'py-vobject__vobject/vcard40_multilang.vcf',
      ({ records }) =>
        expect(records[0]).toMatchObject({
          name: 'Yamada Taro',
          givenName: 'Taro',
          familyName: 'Yamada',
        }),
    ],
    [
      'py-vobject__vobject/vcard40_group.vcf',
      ({ records, problems }) => {
        expect(records).toEqual([]);
        expect(problems).toEqual([expect.objectContaining({ field: 'KIND', severity: 'warning' })]);
      },
    ],
    [
      'KDE__kcontacts/vcardwithitemasapplesupport.vcf',
      ({ records }) =>
        expect(records[0]).toMatchObject({ name: 'SOME COMPANY', company: 'SOME COMPANY' }),
    ],
  ];

  it.each(intended)('reads %s as its authors meant', (file, check) => {
    check(parse(file));
  });

  it.each(vcardFiles)('gives every problem in %s a line and a field', (file) => {
    for (const problem of parse(file).problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.field).not.toBeNull();
    }
  });
});
