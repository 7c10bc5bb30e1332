// add, people, show, edit and rm against a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, stackLine, type Cli } from './harness.js';

describe('kith add, people, show, edit and rm', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('adds a person and suggests logging the last conversation', async () => {
    const result = await cli.kith(
      'add',
      'Ana Lopez',
      '--company',
      'Acme',
      '--title',
      'Product Manager',
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        'Added Ana Lopez (#1). Log your last conversation: kith log "coffee with Ana Lopez yesterday"\n',
      stderr: '',
    });
  });

  it('prints the saved person as JSON with --json, repeatable flags collected', async () => {
    const result = await cli.kith(
      'add',
      'Ben Ng',
      '--email',
      'ben@example.com',
      '--email',
      'BEN@work.example',
      '--tag',
      '#Data,jobsearch',
      '--interest',
      'climbing',
      '--met',
      'PyData meetup',
      '--linkedin',
      'linkedin.com/in/ben-ng',
      '--do-not-contact',
      '--json',
    );
    expect(result.code).toBe(0);
    const person: unknown = JSON.parse(result.stdout);
    expect(person).toMatchObject({
      id: 1,
      name: 'Ben Ng',
      emails: ['ben@example.com', 'ben@work.example'],
      tags: ['data', 'jobsearch'],
      interests: ['climbing'],
      howWeMet: 'PyData meetup',
      linkedinUrl: 'linkedin.com/in/ben-ng',
      doNotContact: true,
      createdAt: '2026-11-25T12:00:00.000Z',
    });
  });

  it('rejects a bad email with exit 4, naming the flag and what is expected', async () => {
    const result = await cli.kith('add', 'Ana', '--email', 'not-an-email');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('--email: must be an email address such as ana@example.com\n');
    expect(result.stdout).toBe('');
  });

  it('rejects an empty name with exit 4', async () => {
    const result = await cli.kith('add', '  ');
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('name: cannot be empty');
  });

  it('lists people as a compact table with the range shown', async () => {
    await cli.kith('add', 'Ana Lopez', '--company', 'Acme', '--title', 'PM', '--tag', 'jobsearch');
    await cli.kith('add', 'Ben Ng');
    await cli.kith('add', 'Cleo Diaz', '--company', 'Birch');
    const result = await cli.kith('people', '--limit', '2');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'ID  NAME       ROLE       TAGS',
        '1   Ana Lopez  PM @ Acme  #jobsearch',
        '2   Ben Ng',
        '',
        'Showing 1–2 of 3.',
        'Next page: kith people --offset 2',
        '',
      ].join('\n'),
    );
  });

  it('searches people and gives the page as JSON', async () => {
    await cli.kith('add', 'Ana Lopez', '--notes', 'knows the data team at Acme');
    await cli.kith('add', 'Ben Ng');
    const result = await cli.kith('people', 'data', '--json');
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout) as {
      people: Array<{ name: string }>;
      total: number;
      limit: number;
      offset: number;
    };
    expect(page).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(page.people.map((p) => p.name)).toEqual(['Ana Lopez']);
  });

  it('takes every word of an unquoted search, as if it were quoted', async () => {
    await cli.kith('add', 'Ana Lopez', '--title', 'Recruiter', '--location', 'Manchester');
    await cli.kith('add', 'Ben Ng', '--title', 'Recruiter', '--location', 'Leeds');
    const result = await cli.kith('people', 'manchester', 'recruiter');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ana Lopez');
    expect(result.stdout).not.toContain('Ben Ng');
  });

  it('finds people by what was logged with them, after those matched by their own fields', async () => {
    await cli.kith('add', 'Rachel Lowe', '--company', 'Booking.com');
    await cli.kith('add', 'Cleo Diaz', '--notes', 'Reviewed my CV last spring');
    await cli.kith('log', 'emailed Rachel Lowe: sent my CV for the analyst role');
    const result = await cli.kith('people', 'CV', '--json');
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout) as { people: Array<{ name: string }>; total: number };
    expect(page.people.map((p) => p.name)).toEqual(['Cleo Diaz', 'Rachel Lowe']);
    expect(page.total).toBe(2);
  });

  it('says kindly when the network is empty or nobody matches', async () => {
    expect((await cli.kith('people')).stdout).toContain('Your network is empty so far');
    expect((await cli.kith('people', 'zebra')).stdout).toBe(
      'Nobody matches "zebra". Try fewer or different words.\n',
    );
  });

  it('rejects a --limit that is not a whole number with exit 4, naming the flag', async () => {
    const result = await cli.kith('people', '--limit', 'lots');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('--limit: must be a whole number such as 50 (got "lots")\n');
  });

  it('shows a person by first name with their timeline, newest first', async () => {
    await cli.kith(
      'add',
      'Ana Lopez',
      '--company',
      'Acme',
      '--email',
      'ana@example.com',
      '--location',
      'Lisbon',
    );
    await cli.kith('log', 'call with Ana Lopez on 2026-11-02');
    await cli.kith('log', 'coffee with Ana Lopez about data roles #jobsearch yesterday');
    const result = await cli.kith('show', 'ana');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Ana Lopez (#1)', '@ Acme · Lisbon']);
    expect(result.stdout).toContain('Email  ana@example.com');
    expect(result.stdout).toContain('Timeline, newest first (2 in all):');
    const timeline = lines.filter((line) => line.startsWith('  2026-'));
    expect(timeline[0]).toMatch(
      /^ {2}2026-11-24 {2}meeting .*Coffee — data roles {2}#jobsearch {2}id 2$/,
    );
    expect(timeline[1]).toMatch(/^ {2}2026-11-02 {2}call/);
  });

  it('shows a person as JSON by id', async () => {
    await cli.kith('add', 'Ana Lopez');
    await cli.kith('log', 'coffee with Ana Lopez yesterday');
    const result = await cli.kith('show', '1', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      person: { id: 1, name: 'Ana Lopez' },
      timeline: [{ personId: 1, channel: 'meeting', occurredOn: '2026-11-24' }],
      interactionCount: 1,
    });
  });

  it('exits 3 for an unknown person, with a way to search', async () => {
    const byName = await cli.kith('show', 'Zed');
    expect(byName.code).toBe(3);
    expect(byName.stderr).toContain('"Zed"');
    expect(byName.stderr).toContain('kith people');
    expect((await cli.kith('show', '99')).code).toBe(3);
    expect((await cli.kith('edit', '99', '--title', 'CTO')).code).toBe(3);
    expect((await cli.kith('rm', 'Zed', '--yes')).code).toBe(3);
  });

  it('exits 5 when a first name matches several people, listing them', async () => {
    await cli.kith('add', 'Ana Lopez');
    await cli.kith('add', 'Ana Silva');
    const result = await cli.kith('show', 'Ana');
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('Ana Lopez (#1)');
    expect(result.stderr).toContain('Ana Silva (#2)');
  });

  it('edits only the given fields, and an empty value clears one', async () => {
    await cli.kith(
      'add',
      'Ana Lopez',
      '--company',
      'Acme',
      '--title',
      'PM',
      '--notes',
      'old note',
      '--tag',
      'a',
    );
    const result = await cli.kith(
      'edit',
      'Ana Lopez',
      '--title',
      'Head of Data',
      '--notes',
      '',
      '--tag',
      '',
    );
    expect(result).toEqual({
      code: 0,
      stdout: 'Updated Ana Lopez (#1): title, tags, notes.\n',
      stderr: '',
    });
    const person = JSON.parse((await cli.kith('show', '1', '--json')).stdout) as {
      person: Record<string, unknown>;
    };
    expect(person.person).toMatchObject({
      company: 'Acme',
      title: 'Head of Data',
      notes: null,
      tags: [],
    });
  });

  it('edits with --json and can take someone off the do-not-contact list', async () => {
    await cli.kith('add', 'Ana Lopez', '--do-not-contact');
    const result = await cli.kith('edit', '1', '--no-do-not-contact', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      id: 1,
      doNotContact: false,
      updatedAt: '2026-11-25T12:00:00.000Z',
    });
  });

  it('exits 2 when edit is given nothing to change', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('edit', 'Ana Lopez');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Nothing to change');
  });

  it('rejects a bad LinkedIn address on edit with exit 4, naming the flag', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('edit', '1', '--linkedin', 'https://example.com/ana');
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^--linkedin: must be a LinkedIn profile address/);
  });

  it('does not remove without --yes: says what would go and exits 2', async () => {
    await cli.kith('add', 'Ana Lopez');
    await cli.kith('log', 'coffee with Ana Lopez yesterday');
    const result = await cli.kith('rm', 'Ana Lopez');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'This would remove Ana Lopez (#1) and 1 logged interaction. Nothing was removed.\nTo go ahead: kith rm 1 --yes\n',
    );
    expect((await cli.kith('show', '1')).code).toBe(0);
  });

  it('removes a person and their timeline with --yes', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('rm', '1', '--yes');
    expect(result).toEqual({
      code: 0,
      stdout: 'Removed Ana Lopez (#1) and 0 logged interactions.\n',
      stderr: '',
    });
    expect((await cli.kith('show', '1')).code).toBe(3);
  });

  it('prints what was removed as JSON', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('rm', '1', '--yes', '--json');
    expect(JSON.parse(result.stdout)).toEqual({
      removed: { id: 1, name: 'Ana Lopez', interactions: 0 },
    });
  });

  it('never prints a stack trace along the way', async () => {
    const results = [
      await cli.kith('add', 'Ana', '--phone', 'call me'),
      await cli.kith('show', ''),
      await cli.kith('edit', 'x', '--title', 'y'),
      await cli.kith('rm', 'x'),
    ];
    for (const result of results) expect(result.stdout + result.stderr).not.toContain(stackLine);
  });

  it('streams everyone with --json --all, as JSON lines or one array, for scripts', async () => {
    for (const name of ['Ana Lopez', 'Ben Ng', 'Cleo Park']) await cli.kith('add', name);
    const lines = await cli.kith('people', '--json', '--all');
    expect(lines.code).toBe(0);
    const people = lines.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string });
    expect(people.map((p) => p.name)).toEqual(['Ana Lopez', 'Ben Ng', 'Cleo Park']);
    const array = await cli.kith('people', '--json', '--all', '--array');
    expect((JSON.parse(array.stdout) as unknown[]).length).toBe(3);
    expect((await cli.kith('people', 'ana', '--all')).code).toBe(4);
  });

  it('prints an empty array for an empty network with --all --array', async () => {
    expect(JSON.parse((await cli.kith('people', '--json', '--all', '--array')).stdout)).toEqual([]);
  });
});
