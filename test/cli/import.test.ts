// `kith import`, `kith duplicates`, `kith merge` and `kith unmerge` on real temp files and a temp database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { createCli, type Cli } from './harness.js';

const connections = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,Lopez,https://www.linkedin.com/in/ana-lopez,ana@acme.com,Acme,Data Lead,08 Feb 2026
Bill,Jones,https://www.linkedin.com/in/bill-jones,,Acme,CFO,09 Feb 2026
Eve,Adams,https://www.linkedin.com/in/eve-adams,eve(at)adams.org,Adams & Co,Owner,10 Feb 2026
`;

const messages = `"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT"
"c1","","Sam Rivera","https://www.linkedin.com/in/sam-rivera","Ana Lopez","https://www.linkedin.com/in/ana-lopez","2026-03-01 10:00:00 UTC","","Coffee next week?","INBOX","","No"
"c1","","Ana Lopez","https://www.linkedin.com/in/ana-lopez","Sam Rivera","https://www.linkedin.com/in/sam-rivera","2026-03-02 09:00:00 UTC","","Yes please!","INBOX","","No"
`;

interface PeopleJson {
  people: Array<{
    id: number;
    name: string;
    emails: string[];
    notes: string | null;
    howWeMet: string | null;
  }>;
  total: number;
}

describe('kith import', () => {
  let cli: Cli;
  let dir: string;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** Everyone by name, with every field: a page of `kith people --json` gives what a list shows. */
  const people = async (): Promise<PeopleJson> => {
    const everyone = await cli.kith('people', '--json', '--all', '--array');
    const all = (JSON.parse(everyone.stdout) as PeopleJson['people']).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return { people: all, total: all.length };
  };

  beforeEach(() => {
    cli = createCli();
    dir = mkdtempSync(join(tmpdir(), 'kith-import-'));
  });
  afterEach(() => {
    cli.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the preview and imports nothing with --dry-run', async () => {
    const result = await cli.kith('import', file('Connections.csv', connections), '--dry-run');
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toContain(
      'Preview: 3 new people, 0 updated, 0 merged as duplicates, 0 to review',
    );
    expect(result.stdout).toContain('Connections.csv  LinkedIn connections · 3 connections');
    expect(result.stdout).toContain('Nothing was imported (--dry-run)');
    expect((await people()).total).toBe(0);
  });

  it('prints the preview, imports, and adds nothing the second time', async () => {
    await cli.kith('init', '--name', 'Sam Rivera');
    const paths = [file('Connections.csv', connections), file('messages.csv', messages)];
    const first = await cli.kith('import', ...paths);
    expect(first.code).toBe(exitCodes.ok);
    expect(first.stdout.indexOf('Preview: 3 new people')).toBeLessThan(
      first.stdout.indexOf('Imported: 3 new people'),
    );
    expect(first.stdout).toContain('2 interactions');
    const imported = await people();
    expect(imported.people.map((p) => p.name)).toEqual(['Ana Lopez', 'Bill Jones', 'Eve Adams']);
    expect(imported.people[0]?.howWeMet).toBe('Connected on LinkedIn, 8 Feb 2026');

    const again = await cli.kith('import', ...paths, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      dryRun: false,
      people: { new: 0, updated: 0, merged: 0, review: 0 },
      interactions: 0,
      alreadyImported: 5,
    });
    expect((await people()).total).toBe(3);
  });

  it('names the file, line and field of a bad email, and imports the good rows', async () => {
    const result = await cli.kith('import', file('Connections.csv', connections));
    expect(result.stdout).toMatch(
      /Connections\.csv:7 +email +"eve\(at\)adams\.org" is not an email address; it is kept in the notes instead\./,
    );
    const eve = (await people()).people.find((p) => p.name === 'Eve Adams');
    expect(eve).toMatchObject({ emails: [], notes: 'Email as written: eve(at)adams.org' });
  });

  it('lists a possible duplicate, merges it, undoes the merge, and keeps a rejected pair apart', async () => {
    await cli.kith('add', 'William Jones', '--company', 'Acme Ltd');
    const imported = await cli.kith('import', file('Connections.csv', connections));
    expect(imported.stdout).toContain(
      '1 pair might be the same person. Review them: kith duplicates',
    );
    const list = await cli.kith('duplicates');
    expect(list.stdout).toMatch(
      /#1 +William Jones \(#1, Acme Ltd\) +Bill Jones \(#3, Acme\) +nickname at Acme/,
    );

    const merged = await cli.kith('merge', '1', '3');
    expect(merged.code).toBe(exitCodes.ok);
    expect(merged.stdout).toContain(
      'Merged Bill Jones (#3) into William Jones (#1); 0 interactions moved.',
    );
    expect(merged.stdout).toContain('Undo: kith unmerge 1');
    expect((await people()).total).toBe(3);
    expect((await cli.kith('duplicates')).stdout).toContain('No possible duplicates to review.');

    const undone = await cli.kith('unmerge', '1');
    expect(undone.stdout).toContain(
      'Undid merge 1: Bill Jones (#3) is back beside William Jones (#1).',
    );
    expect((await people()).total).toBe(4);
    expect((await cli.kith('unmerge', '1')).code).toBe(exitCodes.conflict);

    const rejected = await cli.kith('duplicates', '--reject', '1');
    expect(rejected.stdout).toContain('Pair 1 are two different people; Kith will not ask again.');
    expect(JSON.parse((await cli.kith('duplicates', '--json')).stdout)).toEqual({ reviews: [] });
  });

  it('refuses a file of the wrong kind, saying what it looks like and which formats Kith reads', async () => {
    const result = await cli.kith(
      'import',
      file('photo.bin', new Uint8Array([0, 1, 2, 255, 254, 0, 7])),
    );
    expect(result.code).toBe(exitCodes.unsupportedFormat);
    expect(result.stderr).toContain('photo.bin: This file is a binary file');
    expect(result.stderr).toContain('Kith reads LinkedIn’s data export');
    expect((await people()).total).toBe(0);
  });

  it('says when a file is not there', async () => {
    const result = await cli.kith('import', join(dir, 'nope.csv'));
    expect(result.code).toBe(exitCodes.notFound);
    expect(result.stderr).toContain('There is no file called');
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const path = file('Connections.csv', connections);
    const plain = await cli.kith('import', path, '--dry-run');
    expect(plain.stderr).toBe('');
    const terminal = await cli.kithWith({ stderrIsTty: true }, 'import', path);
    expect(terminal.stderr).toContain('\r[########################] 100%  writing 3 of 3');
    expect(terminal.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('reads phones without a country code by the region in the profile', async () => {
    expect((await cli.kith('init', '--name', 'Sam Rivera', '--region', 'gb')).code).toBe(
      exitCodes.ok,
    );
    const google = (name: string, phone: string) =>
      `First Name,Last Name,Phone 1 - Label,Phone 1 - Value\n${name},Lopez,Mobile,${phone}\n`;
    await cli.kith('import', file('phone.csv', google('Ana', '07700 900123')));
    const second = await cli.kith(
      'import',
      file('work.csv', google('Ana', '+44 (0)7700-900123')),
      '--json',
    );
    expect(JSON.parse(second.stdout)).toMatchObject({ people: { new: 0, unchanged: 1 } });
    const { people: all } = await people();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ name: 'Ana Lopez', phones: ['+44 7700 900123'] });
  });

  it('explains itself with examples', async () => {
    const help = await cli.kith('import', '--help');
    expect(help.stdout).toContain('kith import Connections.csv messages.csv --me "Sam Rivera"');
    expect(help.stdout).toContain('a name alone never merges');
  });
});
