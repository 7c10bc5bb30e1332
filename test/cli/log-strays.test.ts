// kith log adds someone new only under a name that looks like a person's; a stray word asks who.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

describe('kith log and words that read as no person', () => {
  let cli: Cli;
  beforeEach(async () => {
    cli = createCli();
    await cli.kith('add', 'Alex Morgan', '--company', 'Meta');
    await cli.kith('add', 'Seonag Mackinnon', '--company', 'Crofting Commission');
  });
  afterEach(() => cli.cleanup());

  const names = async () =>
    (
      JSON.parse((await cli.kith('people', '--json')).stdout) as {
        people: Array<{ name: string }>;
      }
    ).people.map((p) => p.name);

  it('asks who a stray word is, and adds no one ("Meta DS")', async () => {
    const line = 'coffee with Meta DS yesterday';
    const result = await cli.kith('log', line);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'Who is "Meta DS"? Nothing was logged: nobody in your network is called that, and Kith could not tell whether it is a person.',
        `If it is a person you met, add them: kith log "${line}" --new`,
        'If you meant someone you know, write their name in the line.',
        '',
      ].join('\n'),
    );
    expect(await names()).toHaveLength(2);
  });

  it('logs on the known person beside a stray word, and says it left the word out', async () => {
    const line = '[msg][out] Alex Morgan - asked for a referral to Meta DS infra';
    const result = await cli.kith('log', line);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Alex Morgan');
    expect(result.stdout).toContain(
      'Left out "Meta DS": nobody you know is called that, and it does not read as a person\'s name.',
    );
    expect(await names()).toHaveLength(2);
  });

  it('adds the stray word as someone new when the user says so with --new', async () => {
    const result = await cli.kith('log', 'coffee with Brand Mgr yesterday', '--new');
    expect(result.code).toBe(0);
    expect(await names()).toContain('Brand Mgr');
  });

  it('adds a real new name from the list of given names ("Kwabena Owusu")', async () => {
    const result = await cli.kith('log', 'coffee with Kwabena Owusu yesterday', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: [{ name: 'Kwabena Owusu' }] });
  });

  it('adds a new person whose given name is one of the network’s own ("Seonag")', async () => {
    const result = await cli.kith('log', 'lunch with Seonag Ruadh yesterday', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: [{ name: 'Seonag Ruadh' }] });
  });
});
