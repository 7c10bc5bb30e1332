// kith log finds the person a name means: nicknames, first names, typos; asks when it cannot tell.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

describe('kith log and the people a line names', () => {
  let cli: Cli;
  beforeEach(async () => {
    cli = createCli();
    for (const [name, company] of [
      ['Joanne Bennett', 'Leeds Data'],
      ['Devendra Mistry', 'Acme'],
      ['Priya Shah', 'Acme'],
      ['Kate Morrison', 'Northwind'],
      ['Chidi Eze', 'Booking.com'],
      ['Ana Lopez', 'Acme'],
      ['Ana Silva', 'Globex'],
    ]) {
      await cli.kith('add', name ?? '', '--company', company ?? '');
    }
  });
  afterEach(() => cli.cleanup());

  const total = async () =>
    (JSON.parse((await cli.kith('people', '--json')).stdout) as { total: number }).total;

  it('reads "Jo" as Joanne Bennett and says so', async () => {
    const result = await cli.kith('log', 'met Jo at the Leeds data meetup on 3 Nov');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Logged an event with Joanne Bennett on 2026-11-03',
        '  Joanne Bennett — you wrote "Jo"',
        'Not who you meant? Move it: kith log --move 1 --to <person>',
        'See their timeline: kith show "Joanne Bennett"',
        '',
      ].join('\n'),
    );
    expect(await total()).toBe(7);
  });

  it('reads "Priya Sha" as Priya Shah', async () => {
    const result = await cli.kith('log', 'coffee with Priya Sha on monday');
    expect(result.stdout).toContain('with Priya Shah on 2026-11-23');
    expect(result.stdout).toContain('Priya Shah — you wrote "Priya Sha"');
    expect(await total()).toBe(7);
  });

  it('never turns a trailing remark into a person', async () => {
    const result = await cli.kith('log', 'lunch with Kate Morrison on 10 Oct, awkward', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      people: [{ name: 'Kate Morrison' }],
      created: [],
      interactions: [{ summary: 'Lunch, awkward', occurredOn: '2026-10-10' }],
    });
  });

  it('writes nothing when a name could be several people, and lists them with ids', async () => {
    const result = await cli.kith('log', 'lunch with Dev and Ana yesterday');
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        '"Ana" could be more than one person:',
        '  #6 Ana Lopez, Acme (first name)',
        '  #7 Ana Silva, Globex (first name)',
        'Nothing was logged. Choose who you meant by id: kith log "lunch with Dev and Ana yesterday" --pick 6',
        '',
      ].join('\n'),
    );
    expect((await cli.kith('show', '6')).stdout).toContain('Nothing logged yet');
  });

  it('logs once the user picks, naming how each name was read', async () => {
    const result = await cli.kith('log', 'lunch with Dev and Ana yesterday', '--pick', '7');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'Logged a meeting with Devendra Mistry and Ana Silva on 2026-11-24',
      '  Devendra Mistry — you wrote "Dev"',
      '  Ana Silva — you wrote "Ana"',
    ]);
  });

  it('asks about a short typo instead of adding a stranger, and adds one with --new', async () => {
    const asked = await cli.kith('log', 'coffee with Cidi');
    expect(asked.code).toBe(5);
    expect(asked.stderr).toContain(
      'Nobody called "Cidi" is in your network yet, but someone is close:',
    );
    expect(asked.stderr).toContain('#5 Chidi Eze, Booking.com (similar name)');
    expect(asked.stderr).toContain('kith log "coffee with Cidi" --new');
    const picked = await cli.kith('log', 'coffee with Cidi', '--pick', '5');
    expect(picked.stdout).toContain('Logged a meeting with Chidi Eze');
    const added = await cli.kith('log', 'coffee with Cidi', '--new');
    expect(added.stdout).toContain('Logged a meeting with Cidi on 2026-11-25 (new person added)');
    expect(await total()).toBe(8);
  });

  it('adds someone new plainly when nobody is close', async () => {
    const result = await cli.kith('log', 'call with Xavier Dupont yesterday');
    expect(result.stdout).toContain('(new person added)');
    expect(await total()).toBe(8);
  });

  it('prints the question as JSON with --json, still writing nothing', async () => {
    const result = await cli.kith('log', 'lunch with Ana', '--json');
    expect(result.code).toBe(5);
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: 'ambiguous',
      mentions: [{ written: 'Ana', outcome: 'several', candidates: [{ id: 6 }, { id: 7 }] }],
    });
  });
});

describe('kith log --move', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('moves an interaction to the right person, keeping it whole, and offers to remove the stray', async () => {
    await cli.kith('add', 'Joanne Bennett');
    await cli.kith('log', 'coffee with Jo about data roles #meetup yesterday', '--new');
    const result = await cli.kith('log', '--move', '1', '--to', 'Joanne Bennett');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'Moved "Coffee — data roles" (2026-11-24) from Jo to Joanne Bennett.\n' +
        'Jo (#2) has nothing else logged. If they were added by mistake: kith rm 2 --yes\n',
    );
    const page = JSON.parse((await cli.kith('show', '1', '--json')).stdout) as {
      timeline: Array<{ summary: string; tags: string[]; occurredOn: string }>;
    };
    expect(page.timeline).toEqual([
      expect.objectContaining({
        summary: 'Coffee — data roles',
        tags: ['meetup'],
        occurredOn: '2026-11-24',
      }),
    ]);
    expect((await cli.kith('show', '2')).stdout).toContain('Nothing logged yet');
  });

  it('explains how to move when --to is missing, and exits 3 for an unknown interaction', async () => {
    await cli.kith('add', 'Ana Lopez');
    const usage = await cli.kith('log', '--move', '1');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('kith log --move 31 --to "Joanne Bennett"');
    const missing = await cli.kith('log', '--move', '99', '--to', '1');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('Interaction 99 was not found.');
  });
});
