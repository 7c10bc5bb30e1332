import { describe, expect, it } from 'vitest';
import { checkBackup } from './backup-check.js';
import { readBackupText } from './backup-parse.js';
import {
  backupSchemaVersion,
  emptyBackup,
  encodeBackup,
  storedToBackup,
  backupToStored,
  writeBackupJson,
  type BackupDocument,
  type BackupRow,
} from './backup.js';
import { backupTables, findBackupTable, type BackupTableSpec } from './backup-tables.js';

const createdAt = '2026-11-25T12:00:00.000Z';

function sample(): BackupDocument {
  const document = emptyBackup(createdAt);
  document.tables.people = [
    {
      id: 3,
      name: 'Ana López',
      emails: ['ana@acme.example'],
      phones: [],
      company: 'Acme, Inc.',
      title: null,
      location: null,
      linkedin_url: null,
      tags: ['alumni'],
      how_we_met: null,
      interests: [],
      needs: null,
      offers: null,
      notes: 'Line one\nline "two"',
      do_not_contact: false,
      created_at: createdAt,
      updated_at: createdAt,
    },
  ];
  document.tables.interactions = [
    {
      id: 9,
      person_id: 3,
      occurred_on: '2026-11-20',
      channel: 'email',
      direction: 'outbound',
      kind: 'ask',
      summary: 'asked about data roles',
      tags: [],
      expects_reply: true,
      created_at: createdAt,
    },
  ];
  document.tables.person_ties = [
    { person_id: 3, tier: 2, tier_pin: 2, cadence_days: 21, hold_until: '2026-12-01' },
  ];
  return document;
}

function check(document: unknown) {
  return checkBackup(document, '"backup.json"');
}

function* pagesOf(rows: BackupRow[], size: number): Generator<BackupRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function streamed(document: BackupDocument, pageSize: number): Promise<string> {
  function* tables() {
    for (const [name, rows] of Object.entries(document.tables)) {
      yield { name, pages: pagesOf(rows, pageSize) };
    }
  }
  let text = '';
  for await (const chunk of encodeBackup(document.createdAt, tables())) text += chunk;
  return text;
}

describe('the backup file', () => {
  it('streams, page by page, exactly the text written at once, one row per line', async () => {
    const document = sample();
    const whole = writeBackupJson(document);
    expect(await streamed(document, 1)).toBe(whole);
    expect(JSON.parse(whole)).toEqual(document);
    expect(whole.split('\n')[0]).toBe(
      `{"kind":"kith-backup","schemaVersion":${backupSchemaVersion},"createdAt":"${createdAt}","tables":{`,
    );
    expect(whole).toContain('\n{"id":9,"person_id":3,');
  });

  it('turns stored lists, flags and JSON into plain JSON values and back', () => {
    const profiles = findBackupTable('profiles');
    if (!profiles) throw new Error('profiles is a backup table');
    const stored = {
      account_id: 'local',
      name: 'Sam',
      headline: '',
      goal: 'job-search',
      target_roles: '["Analyst"]',
      target_companies: '[]',
      target_industries: 'not json',
      weekly_minutes: 60,
      onboarded: 1,
      updated_at: createdAt,
      offers: '[{"category":"skills","detail":"SQL"}]',
      strengths: '[]',
      who_i_help: '',
      how_i_help: '',
      interests: '[]',
      value_statement: '',
      intro: '',
      time_zone: 'UTC',
      dormant_years: 3,
      weekly_goal: 0,
    };
    const row = storedToBackup(profiles, stored);
    expect(row).toMatchObject({
      target_roles: ['Analyst'],
      target_industries: [],
      onboarded: true,
      offers: [{ category: 'skills', detail: 'SQL' }],
    });
    expect(row).not.toHaveProperty('account_id');
    expect(backupToStored(profiles, row)).toMatchObject({
      target_roles: '["Analyst"]',
      onboarded: 1,
      offers: '[{"category":"skills","detail":"SQL"}]',
    });
  });

  it('accepts a good backup, and one with a BOM in front', () => {
    expect(check(sample())).toMatchObject({ ok: true });
    expect(readBackupText(`\uFEFF${writeBackupJson(sample())}`, '"b.json"')).toMatchObject({
      ok: true,
    });
  });

  it('says where JSON breaks, by line and column', () => {
    const result = readBackupText('{\n  "kind": "kith-backup",\n  oops\n}', '"backup.json"');
    expect(result).toMatchObject({ ok: false, refusal: 'not-json' });
    expect(!result.ok && result.message).toMatch(
      /^"backup\.json" is not JSON \(line 3, column 3: /,
    );
  });

  it('refuses an empty file and a file of another kind, saying what a backup is', () => {
    expect(readBackupText('  \n', '"x.json"')).toMatchObject({
      ok: false,
      refusal: 'not-json',
      message: expect.stringContaining('"x.json" is empty') as unknown,
    });
    const vcard = readBackupText('BEGIN:VCARD\nEND:VCARD', '"ana.vcf"');
    expect(!vcard.ok && vcard.message).toContain('kith import');
    for (const other of [[], { kind: 'other' }, 'text', null]) {
      expect(check(other)).toMatchObject({ ok: false, refusal: 'not-a-backup' });
    }
  });

  it('refuses a backup from a newer Kith, saying to update', () => {
    const result = check({ ...sample(), schemaVersion: backupSchemaVersion + 1 });
    expect(result).toMatchObject({ ok: false, refusal: 'newer-version' });
    expect(!result.ok && result.message).toContain('Update Kith');
  });

  it('names the path of each bad field', () => {
    const document = sample();
    const person = document.tables.people?.[0] as BackupRow;
    person.emails = ['ok@example.com', 7];
    person.do_not_contact = 'no';
    const interaction = document.tables.interactions?.[0] as BackupRow;
    interaction.occurred_on = '2026-02-30';
    interaction.channel = 'pigeon';
    const result = check(document);
    expect(result).toMatchObject({ ok: false, refusal: 'invalid' });
    if (result.ok) return;
    expect(result.problems).toEqual([
      { field: 'tables.people[0].emails', message: 'must be a list of text, such as ["a", "b"]' },
      { field: 'tables.people[0].do_not_contact', message: 'must be true or false' },
      {
        field: 'tables.interactions[0].occurred_on',
        message: 'must be a date written as YYYY-MM-DD',
      },
      {
        field: 'tables.interactions[0].channel',
        message: 'must be one of meeting, call, video, email, message, event, social, other',
      },
    ]);
    expect(result.message).toBe(
      '"backup.json" is not a valid Kith backup, so nothing was restored: tables.people[0].emails: must be a list of text, such as ["a", "b"] (and 3 more).',
    );
  });

  it('finds rows that point at nobody, repeated ids, unknown tables and columns, and missing ones', () => {
    const document = sample();
    (document.tables.interactions?.[0] as BackupRow).person_id = 4;
    document.tables.people?.push({ ...(document.tables.people[0] as BackupRow) });
    (document.tables.person_ties?.[0] as BackupRow).colour = 'blue';
    delete (document.tables as Record<string, unknown>).plan_actions;
    (document.tables as Record<string, unknown>).friends = [];
    const result = check(document);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'tables.friends',
      'tables.people[1].id',
      'tables.interactions[0].person_id',
      'tables.person_ties[0].colour',
      'tables.plan_actions',
    ]);
    expect(!result.ok && result.problems[2]?.message).toBe(
      'refers to people id 4, which is not in the backup',
    );
  });

  it('lists the first twenty problems and counts the rest', () => {
    const document = sample();
    document.tables.people = Array.from({ length: 30 }, (_, i) => ({
      ...(sample().tables.people?.[0] as BackupRow),
      id: i + 1,
      name: 5,
    }));
    document.tables.interactions = [];
    document.tables.person_ties = [];
    const result = check(document);
    expect(!result.ok && result.problems).toHaveLength(21);
    expect(!result.ok && result.problems.at(-1)).toEqual({
      field: 'tables',
      message: 'and 10 more problems like these',
    });
  });

  it('lets an older backup leave out newer tables and columns, and checks lists of ids', () => {
    const tables: BackupTableSpec[] = [
      {
        name: 'people',
        since: 1,
        key: ['id'],
        columns: { id: { kind: 'id' }, name: { kind: 'text' }, region: { kind: 'text', since: 2 } },
      },
      {
        name: 'merges',
        since: 2,
        key: ['id'],
        columns: {
          id: { kind: 'id' },
          kept: { kind: 'ref', ref: 'people' },
          removed: { kind: 'ref', ref: 'people', mayDangle: true },
          moved: { kind: 'ref-list', ref: 'people' },
        },
      },
    ];
    const schema = { tables, version: 2 };
    const older = {
      kind: 'kith-backup',
      schemaVersion: 1,
      createdAt,
      tables: { people: [{ id: 1, name: 'Ana' }] },
    };
    const read = checkBackup(older, 'old.json', schema);
    expect(read).toMatchObject({ ok: true, document: { tables: { merges: [] } } });
    expect(backupToStored(tables[0] as BackupTableSpec, { id: 1, name: 'Ana' }, 1)).toEqual({
      id: 1,
      name: 'Ana',
    });

    const newer = {
      ...older,
      schemaVersion: 2,
      tables: {
        people: [{ id: 1, name: 'Ana' }],
        merges: [{ id: 1, kept: 1, removed: 99, moved: [1, 7] }],
      },
    };
    const result = checkBackup(newer, 'new.json', schema);
    expect(!result.ok && result.problems).toEqual([
      { field: 'tables.people[0].region', message: 'is missing' },
      {
        field: 'tables.merges[0].moved',
        message: 'refers to people id 7, which is not in the backup',
      },
    ]);
  });

  it('lists every table restore writes, parents before children', () => {
    const seen = new Set<string>();
    for (const table of backupTables) {
      for (const column of Object.values(table.columns)) {
        if (column.ref) expect(seen.has(column.ref), `${table.name} refers forward`).toBe(true);
      }
      seen.add(table.name);
    }
  });
});
