// kith log and kith profile --date-order: dates read in the user's order, with the reading said.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

// The harness clock reads 2026-11-25.
describe('dates in kith log', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  const occurredOn = async (...argv: string[]) => {
    const result = await cli.kith(...argv, '--json');
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { interactions: Array<{ occurredOn: string }> })
      .interactions[0]?.occurredOn;
  };

  it('reads 03/11/2026 day first on a machine with no locale, and says so', async () => {
    await cli.kith('add', 'Sam Patel');
    const result = await cli.kith('log', 'called Sam Patel on 03/11/2026');
    expect(result.stdout).toBe(
      'Logged a call with Sam Patel on 2026-11-03\nRead 03/11/2026 as 3 November 2026 (day first, as your dates are set)\nSee their timeline: kith show "Sam Patel"\n',
    );
  });

  it('reads 03/11/2026 month first when the machine locale is en_US', async () => {
    await cli.kith('add', 'Sam Patel');
    const result = await cli.kithWith(
      { env: { KITH_HOME: cli.home, LANG: 'en_US.UTF-8' } },
      'log',
      'called Sam Patel on 03/11/2026',
    );
    expect(result.stdout).toContain('on 2026-03-11\nRead 03/11/2026 as 11 March 2026 (month first');
  });

  it('lets the profile date order win over the machine locale', async () => {
    await cli.kith('profile', '--name', 'Maya', '--date-order', 'en-GB');
    await cli.kith('add', 'Sam Patel');
    const env = { KITH_HOME: cli.home, LC_ALL: 'en_US.UTF-8' };
    const result = await cli.kithWith({ env }, 'log', 'called Sam Patel on 03/11/2026');
    expect(result.stdout).toContain('on 2026-11-03');
    const profile = await cli.kithWith({ env }, 'profile');
    expect(profile.stdout).toMatch(/Dates +Day first \(3\/11\/2026 is 3 November\)\n/);
  });

  it('shows the machine date order on the profile when none is chosen', async () => {
    await cli.kith('profile', '--name', 'Maya');
    const env = { KITH_HOME: cli.home, LANG: 'en_US.UTF-8' };
    const result = await cli.kithWith({ env }, 'profile');
    expect(result.stdout).toMatch(/Dates +Month first .*\(this machine's\)\n/);
  });

  it('rejects a date order it does not know, naming the flag', async () => {
    const result = await cli.kith('profile', '--name', 'Maya', '--date-order', 'backwards');
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^--date-order: must be DMY, MDY, YMD, a locale such as en-GB/);
  });

  it('takes a day that has not come yet this year as last year, and says so', async () => {
    const result = await cli.kith('log', 'coffee with Ana Lopez on 2 December');
    expect(result.stdout).toContain(
      'on 2025-12-02 (new person added)\nRead "2 December" as 2 December 2025: 2 December 2026 is still to come\n',
    );
  });

  it('keeps a plan in the summary out of the date', async () => {
    expect(await occurredOn('log', 'Sam Patel replied on linkedin, happy to chat next week')).toBe(
      '2026-11-25',
    );
  });

  it('accepts in --date the forms the one-line log accepts', async () => {
    await cli.kith('add', 'Ana Lopez');
    const flags = ['log', '--person', 'Ana Lopez', '--channel', 'call', '--date'];
    expect(await occurredOn(...flags, '03/11/2026')).toBe('2026-11-03');
    expect(await occurredOn(...flags, 'yesterday')).toBe('2026-11-24');
    expect(await occurredOn(...flags, '3 Nov')).toBe('2026-11-03');
    expect(await occurredOn(...flags, '2026-11-20')).toBe('2026-11-20');
  });

  it('says which reading --date took', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith(
      'log',
      '--person',
      'Ana Lopez',
      '--channel',
      'call',
      '--date',
      '03/11/2026',
    );
    expect(result.stdout).toContain('Read 03/11/2026 as 3 November 2026 (day first');
  });

  it('refuses a --date it cannot read, with the forms it takes', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith(
      'log',
      '--person',
      'Ana Lopez',
      '--channel',
      'call',
      '--date',
      'soonish',
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      '--date: "soonish" is not a date Kith can read; write it as 2026-11-03, 03/11/2026, "3 Nov" or "yesterday"\n',
    );
  });

  it('refuses a --date in the future', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith(
      'log',
      '--person',
      'Ana Lopez',
      '--channel',
      'call',
      '--date',
      'tomorrow',
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^--date: has "tomorrow" \(2026-11-26\), which is in the future/);
  });
});
