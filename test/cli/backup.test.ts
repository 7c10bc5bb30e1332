// kith export, backup and restore: real files in temp folders, a fixed clock, exit codes and messages.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

describe('kith backup, restore and export', () => {
  let cli: Cli;
  let other: Cli;
  let files: string;
  beforeEach(() => {
    cli = createCli();
    other = createCli();
    files = mkdtempSync(join(tmpdir(), 'kith-files-'));
  });
  afterEach(() => {
    cli.cleanup();
    other.cleanup();
    rmSync(files, { recursive: true, force: true });
  });

  const peopleIn = async (home: Cli) =>
    JSON.parse((await home.kith('people', '--json', '--limit', '100')).stdout) as {
      total: number;
      people: Array<{ name: string }>;
    };

  it('backs up to a file and restores it into an empty home, which then backs up the same file', async () => {
    await cli.kith('demo', '--people', '40');
    await cli.kith('tier', '1', '2');
    const file = join(files, 'kith-backup.json');
    const saved = await cli.kith('backup', file);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(
      /^Saved a backup of 40 people and [\d,]+ interactions to .*kith-backup\.json \([\d.]+ (kB|MB)\)\.\n$/,
    );
    expect(readdirSync(files)).toEqual(['kith-backup.json']);

    const restored = await other.kith('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored 40 people, [\d,]+ interactions from /);
    expect((await peopleIn(other)).total).toBe(40);
    expect(JSON.parse((await other.kith('show', '1', '--json')).stdout)).toMatchObject({
      tier: 2,
      tierPinned: true,
    });
    const again = await other.kith('backup');
    // Same data, same fixed clock: the very same bytes.
    expect(again.stdout).toBe(readFileSync(file, 'utf8'));
  });

  it('writes the backup to standard output when no file is given', async () => {
    await cli.kith('add', 'Ana López', '--email', 'ana@example.com');
    const result = await cli.kith('backup');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      kind: string;
      tables: Record<string, unknown[]>;
    };
    expect(document.kind).toBe('kith-backup');
    expect(document.tables.people).toMatchObject([
      { name: 'Ana López', emails: ['ana@example.com'] },
    ]);
  });

  it('refuses to restore over people, saying how many and how to replace them; --force replaces them', async () => {
    await cli.kith('add', 'Ana Lopez');
    const file = join(files, 'ana.json');
    await cli.kith('backup', file);
    await other.kith('add', 'Ben Okafor');
    await other.kith('add', 'Cleo Park');
    const refused = await other.kith('restore', file);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('Your network already has 2 people, so nothing was restored.');
    expect(refused.stderr).toContain(`kith restore ${file} --force`);
    expect((await peopleIn(other)).people.map((p) => p.name)).toEqual(['Ben Okafor', 'Cleo Park']);

    const forced = await other.kith('restore', file, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ people: 1, replaced: 2 });
    expect((await peopleIn(other)).people.map((p) => p.name)).toEqual(['Ana Lopez']);
  });

  it('names the file when it is missing, not JSON, not a backup, from a newer Kith, or damaged', async () => {
    const missing = await cli.kith('restore', join(files, 'nope.json'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('There is no file called');
    expect(missing.stderr).toContain('nope.json');

    const notJson = join(files, 'contacts.vcf');
    writeFileSync(notJson, 'BEGIN:VCARD\nVERSION:4.0\nEND:VCARD\n');
    const wrongKind = await cli.kith('restore', notJson);
    expect(wrongKind.code).toBe(7);
    expect(wrongKind.stderr).toContain(
      'contacts.vcf" is not JSON (it looks like a vCard file). A Kith backup is the .json file kith backup writes; contacts from other apps come in with kith import.',
    );

    const other = join(files, 'package.json');
    writeFileSync(other, '{"name": "not-kith"}');
    const notBackup = await cli.kith('restore', other);
    expect(notBackup.code).toBe(7);
    expect(notBackup.stderr).toContain('package.json" is not a Kith backup');

    await cli.kith('add', 'Ana Lopez');
    const good = JSON.parse((await cli.kith('backup')).stdout) as {
      schemaVersion: number;
      tables: { people: Array<Record<string, unknown>> };
    };
    const newer = join(files, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...good, schemaVersion: good.schemaVersion + 1 }));
    const tooNew = await cli.kith('restore', newer);
    expect(tooNew.code).toBe(7);
    expect(tooNew.stderr).toContain('newer.json" was made by a newer Kith');

    const cut = join(files, 'cut.json');
    writeFileSync(cut, (await cli.kith('backup')).stdout.slice(0, 200));
    const cutShort = await cli.kith('restore', cut);
    expect(cutShort.code).toBe(7);
    expect(cutShort.stderr).toContain('cut.json" is not a whole Kith backup');
    const folder = await cli.kith('restore', files);
    expect(folder.code).toBe(4);
    expect(folder.stderr).toContain('is a folder');

    const damaged = join(files, 'damaged.json');
    good.tables.people[0] = { ...good.tables.people[0], created_at: 'yesterday' };
    writeFileSync(damaged, JSON.stringify(good));
    const bad = await cli.kith('restore', damaged);
    expect(bad.code).toBe(4);
    expect(bad.stderr).toBe(
      `"${damaged}" is not a valid Kith backup, so nothing was restored:\n  tables.people[0].created_at: must be a time such as 2026-11-25T12:00:00.000Z\n`,
    );
  });

  it('exports CSV with a BOM to a file, naming how many people went in it', async () => {
    await cli.kith(
      'add',
      'Zoë Ñúñez',
      '--company',
      'Smith, Jones & Co',
      '--email',
      'zoe@example.com',
      '--email',
      'z@home.example',
    );
    await cli.kith('add', 'Ben Okafor');
    const file = join(files, 'people.csv');
    const result = await cli.kith('export', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Exported 2 people to .*people\.csv \(\d+ bytes\)\.\n$/);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFId,Name,Emails,')).toBe(true);
    expect(text).toContain('Zoë Ñúñez,zoe@example.com ::: z@home.example,,"Smith, Jones & Co"');
  });

  it('exports vCards to a file named .vcf without --format, and one person with --person', async () => {
    await cli.kith('add', 'Ana López', '--email', 'ana@example.com', '--met', 'PyData');
    await cli.kith('add', 'Ben Okafor');
    const file = join(files, 'contacts.vcf');
    const all = await cli.kith('export', '--out', file);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^Exported 2 people to .*contacts\.vcf/);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4\.0/g)).toHaveLength(2);
    expect(text).toContain('X-KITH-HOW-WE-MET');
    const one = await cli.kith('export', '--format', 'vcard', '--person', 'Ben Okafor');
    expect(one.stdout.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(one.stdout).toContain('FN:Ben Okafor');
  });

  it('exports one person to standard output, and the json format is the backup', async () => {
    await cli.kith('add', 'Ana Lopez');
    await cli.kith('add', 'Ben Okafor');
    const one = await cli.kith('export', '--format', 'csv', '--person', 'Ben');
    expect(one.code).toBe(0);
    expect(one.stdout.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(one.stdout).toContain('Ben Okafor');
    const json = await cli.kith('export', '--format', 'json');
    expect(json.stdout).toBe((await cli.kith('backup')).stdout);
  });

  it('says what is wrong with the export flags', async () => {
    const noFormat = await cli.kith('export');
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('Say which format');
    const unknown = await cli.kith('export', '--format', 'xml');
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('--format: must be one of vcard, csv, json (got "xml")');
    await cli.kith('add', 'Ana Lopez');
    const jsonPerson = await cli.kith('export', '--format', 'json', '--person', 'Ana');
    expect(jsonPerson.code).toBe(4);
    expect(jsonPerson.stderr).toContain('--person: works with vcard and csv, not json');
    const nowhere = await cli.kith('export', '--out', join(files, 'no', 'such', 'people.csv'));
    expect(nowhere.code).toBe(3);
    expect(nowhere.stderr).toContain('does not exist');
    expect(existsSync(join(files, 'no'))).toBe(false);
  });

  it('shows examples in the help of each command', async () => {
    for (const command of ['export', 'backup', 'restore']) {
      const help = await cli.kith(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Examples:');
      expect(help.stdout).toContain(`kith ${command} `);
    }
  });
});
