// kith log: the one-line form, the flag form, stdin, and what happens with bad input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, stackLine, type Cli } from './harness.js';

describe('kith log', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('logs a line about someone new, adding them on the way', async () => {
    const result = await cli.kith('log', 'coffee with Ana Lopez about data roles yesterday');
    expect(result).toEqual({
      code: 0,
      stdout:
        'Logged a meeting with Ana Lopez on 2026-11-24 (new person added)\nSee their timeline: kith show 1\n',
      stderr: '',
    });
  });

  it('logs a line about someone already known without adding them again', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('log', 'called Ana Lopez on 2026-11-20');
    expect(result.stdout).toBe(
      'Logged a call with Ana Lopez on 2026-11-20\nSee their timeline: kith show "Ana Lopez"\n',
    );
    expect(JSON.parse((await cli.kith('people', '--json')).stdout)).toMatchObject({ total: 1 });
  });

  it('prints what was logged as JSON, people and interactions together', async () => {
    const result = await cli.kith('log', 'lunch with Ana and Ben #jobsearch', '--json');
    expect(result.code).toBe(0);
    const logged = JSON.parse(result.stdout) as {
      interactions: unknown[];
      people: Array<{ name: string }>;
      created: unknown[];
    };
    expect(logged.people.map((p) => p.name)).toEqual(['Ana', 'Ben']);
    expect(logged.created).toHaveLength(2);
    expect(logged.interactions).toEqual([
      expect.objectContaining({
        personId: 1,
        channel: 'meeting',
        occurredOn: '2026-11-25',
        tags: ['jobsearch'],
      }),
      expect.objectContaining({ personId: 2 }),
    ]);
  });

  it('rejects an impossible date with exit 4, naming the line and the date', async () => {
    const result = await cli.kith('log', 'call with Ana Lopez on 2026-02-30');
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^line: has "2026-02-30", which is not a real date/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('asks who a line that names nobody was with, exit 5, and logs nothing', async () => {
    const result = await cli.kith('log', 'coffee with the team');
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(
      'Who was this with? Write their name after "with" or at the start',
    );
    expect((await cli.kith('people', '--json')).stdout).not.toContain('team');
  });

  it('logs with flags for an existing person', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith(
      'log',
      '--person',
      'Ana Lopez',
      '--channel',
      'call',
      '--direction',
      'inbound',
      '--kind',
      'give',
      '--date',
      '2026-11-20',
      '--summary',
      'shared the PM reading list',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      interactions: [
        {
          personId: 1,
          channel: 'call',
          direction: 'inbound',
          kind: 'give',
          occurredOn: '2026-11-20',
          summary: 'shared the PM reading list',
        },
      ],
      people: [{ id: 1, name: 'Ana Lopez' }],
      created: [],
    });
  });

  it('uses the line as the summary and today as the date in the flag form', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('log', '--person', '1', '--channel', 'email', 'sent the deck');
    expect(result.stdout).toBe(
      'Logged an email with Ana Lopez on 2026-11-25\nSee their timeline: kith show "Ana Lopez"\n',
    );
  });

  it('rejects an impossible --date with exit 4, naming the flag', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith(
      'log',
      '--person',
      'Ana Lopez',
      '--channel',
      'call',
      '--date',
      '2026-13-01',
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      '--date: has "2026-13-01", which is not a real date; write a date such as 2026-11-20 or "yesterday"\n',
    );
  });

  it('rejects an unknown --channel with exit 4, listing the choices', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('log', '--person', 'Ana Lopez', '--channel', 'pigeon');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      '--channel: must be one of meeting, call, video, email, message, event, social, other\n',
    );
  });

  it('exits 3 when --person names nobody', async () => {
    const result = await cli.kith('log', '--person', 'Zed', '--channel', 'call');
    expect(result.code).toBe(3);
  });

  it('exits 2 when there is nothing to log', async () => {
    const result = await cli.kith('log');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kith log "coffee with Ana Lopez yesterday"');
  });

  it('exits 2 when flag-form options come without --person', async () => {
    const result = await cli.kith('log', 'coffee with Ana', '--channel', 'call');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--channel goes with --person');
  });

  it('reads the line from stdin when given -', async () => {
    const result = await cli.kithWith(
      { stdin: () => Promise.resolve('video call with Lee Park\n') },
      'log',
      '-',
    );
    expect(result.stdout).toContain('Logged a video call with Lee Park on 2026-11-25');
  });

  it('never prints a stack trace for bad lines', async () => {
    for (const line of ['', 'coffee with Ana on February 31', 'lunch with Ana tomorrow']) {
      const result = await cli.kith('log', line);
      expect(result.code, line).toBe(4);
      expect(result.stdout + result.stderr).not.toContain(stackLine);
    }
    for (const line of ['with', 'coffee with the team']) {
      const result = await cli.kith('log', line);
      expect(result.code, line).toBe(5);
      expect(result.stdout + result.stderr).not.toContain(stackLine);
    }
  });
});
