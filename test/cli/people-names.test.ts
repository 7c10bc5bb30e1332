// Renaming, finding people by surname or a typo, and a second person with the same name and company.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

describe('people by name', () => {
  let cli: Cli;
  beforeEach(async () => {
    cli = createCli();
    await cli.kith('add', 'Joanne Bennett', '--company', 'Leeds Data');
    await cli.kith('add', 'Chidi Eze');
    await cli.kith('add', 'Priya Shah', '--company', 'Acme');
    await cli.kith('add', 'Thomas Baker');
  });
  afterEach(() => cli.cleanup());

  it.each([
    ['Bennett', 'Closest: Joanne Bennett (#1, surname).'],
    ['Cidi', 'Closest: Chidi Eze (#2, similar name).'],
    ['Tom Whittaker', 'Closest: Thomas Baker (#4, similar name).'],
  ])('kith show %s says nobody is called that and offers the closest', async (name, closest) => {
    const result = await cli.kith('show', name);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`Nobody called "${name}" is in your network yet. ${closest}`);
    expect(result.stderr).toContain('use the id, such as');
  });

  it('says nobody is called a name like no one, without suggestions', async () => {
    const result = await cli.kith('show', 'Xavier');
    expect(result.stderr.split('\n')[0]).toBe('Nobody called "Xavier" is in your network yet.');
  });

  it('renames a person with kith edit --name, keeping their timeline', async () => {
    await cli.kith('log', 'coffee with Jo yesterday', '--new');
    const result = await cli.kith('edit', 'Jo', '--name', 'Jo Kim');
    expect(result).toEqual({
      code: 0,
      stdout: 'Updated Jo Kim (#5) (was Jo): name.\n',
      stderr: '',
    });
    const page = JSON.parse((await cli.kith('show', 'Jo Kim', '--json')).stdout) as {
      interactionCount: number;
    };
    expect(page.interactionCount).toBe(1);
  });

  it('refuses an empty new name, naming the field', async () => {
    const result = await cli.kith('edit', '1', '--name', ' ');
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^name: /);
  });

  it('warns about a second Priya Shah at the same company and shows the first', async () => {
    const result = await cli.kith('add', 'Priya Shah', '--company', 'ACME Inc.');
    expect(result).toEqual({
      code: 5,
      stdout: '',
      stderr:
        'Priya Shah at Acme is already in your network: kith show 3\n' +
        'Nothing was added. If this is someone else: kith add "Priya Shah" … --anyway\n',
    });
    const anyway = await cli.kith('add', 'Priya Shah', '--company', 'Acme', '--anyway');
    expect(anyway.stdout).toMatch(/^Added Priya Shah \(#5\)/);
  });

  it('adds a Priya Shah at another company without a word', async () => {
    const result = await cli.kith('add', 'Priya Shah', '--company', 'Globex');
    expect(result.code).toBe(0);
  });
});
